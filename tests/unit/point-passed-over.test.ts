// A point about the speaker's own deed whose words were said, but where they cannot count (as
// someone else's deed, as what the speaker would do, as what "we" did, as not done, or as a habit), is missed with the
// reason beside it, so the candidate learns what to say instead.
import { beforeAll, describe, expect, it } from "vitest";
import type { Point } from "../../src/content/types.js";
import { analyseAnswer, renderFeedbackLines } from "../../src/practice/feedback.js";
import { feedbackJson } from "../../src/practice/feedback-json.js";
import { loadLanguage } from "../../src/practice/language.js";
import { question as questionOf } from "../helpers/content.js";

const TOLD: Point = { text: "Immediate action, including telling your supervisor", keywords: ["told my senior", "i told", "called my senior", "escalate"] };
const BROUGHT: Point = { text: "Brought in nursing or social work when it helped", keywords: ["nurse", "social worker"] };

const question = (points: Point[]) => questionOf("q", { text: "Tell me about a mistake you made on a ward.", format: "star", answerSeconds: 120, points });
const feedbackOn = (answer: string, points: Point[]) => analyseAnswer(answer, question(points), 120);

beforeAll(async () => {
  await loadLanguage();
}, 30_000);

describe("a point's words said where they cannot count", () => {
  it("as someone else's deed: the words, and that the candidate should say what they did", () => {
    const feedback = feedbackOn("On my surgery rotation last spring a son shouted at me about his mother's move. The charge nurse called the social worker, who sat with him. He calmed down by the evening.", [BROUGHT]);
    expect(feedback.covered).toEqual([]);
    expect(renderFeedbackLines(feedback)).toContain(`  ✗ ${BROUGHT.text} (said "nurse", but as someone else's doing: say what you did)`);
    expect(feedbackJson(feedback, question([BROUGHT])).points).toEqual([{ text: BROUGHT.text, covered: false, evidence: null, passedOver: { said: "nurse", as: "someone-else" } }]);
  });

  it("counts the speaker's own deed after a relative clause about something else, or after what they did instead of", () => {
    const told = feedbackOn("On nights last year I ordered potassium for the wrong patient. When I realised at 6 pm, I checked the result, which was 3.1, and told my senior resident straight away.", [TOLD]);
    expect(told.covered.map((c) => c.point)).toEqual([TOLD.text]);
    const asked: Point = { text: "Asked without judgement what got in the way", keywords: ["i asked"] };
    const instead = feedbackOn("Last spring a man on my clinic list kept missing his insulin. Instead of lecturing him I asked what got in the way.", [asked]);
    expect(instead.covered.map((c) => c.point)).toEqual([asked.text]);
    // What was set aside is still not done: "instead of calling" does not call.
    const calling: Point = { text: "Called the family", keywords: ["i called"] };
    expect(feedbackOn("Last spring a man on my clinic list kept missing his insulin. Instead of calling his daughter I wrote to his GP.", [calling]).covered).toEqual([]);
  });

  it("as what the candidate would do, in a story that has no such step", () => {
    const feedback = feedbackOn("On my surgery rotation last spring I wrote a dose for the wrong weight and the pharmacist caught it. If it happened again I would escalate straight away.", [TOLD]);
    expect(renderFeedbackLines(feedback)).toContain(`  ✗ ${TOLD.text} (said "escalate", but as what you would do: tell what you did)`);
  });

  it("as a habit, in an answer to a story question: the words, and that the candidate should tell one time", () => {
    const feedback = feedbackOn("I'm careful with doses. I always tell my senior when something goes wrong.", [TOLD]);
    expect(renderFeedbackLines(feedback)).toContain(`  ✗ ${TOLD.text} (said "tell my senior", but as what you always do: tell one time you did)`);
    expect(feedbackJson(feedback, question([TOLD])).points[0]!.passedOver).toEqual({ said: "tell my senior", as: "habit" });
  });

  it("as what 'we' did, in a story told only as 'we'", () => {
    const feedback = feedbackOn("On my medicine rotation our team missed a low potassium. We escalated it to the attending and we changed the order set. The patient was fine.", [TOLD]);
    expect(feedback.weOnly).toBe(true);
    expect(renderFeedbackLines(feedback)).toContain(`  ✗ ${TOLD.text} (said "escalated", but as what "we" did: say your own part)`);
  });

  it("as a deed the candidate says they did not do, which a passing mention elsewhere does not make up for", () => {
    const reported: Point = { text: "Reported it through the proper channel", keywords: ["i reported", "i filed", "safety report", "review"] };
    const story = "Last year I signed off a scan report without reading the impression, and found the missed nodule months later while reviewing her chart.";
    const feedback = feedbackOn(`${story} I called her and apologised. I didn't file a safety report.`, [reported]);
    expect(feedback.covered).toEqual([]);
    expect(renderFeedbackLines(feedback)).toContain(`  ✗ ${reported.text} (said "I didn't file a safety report", so it was not done)`);
    expect(feedbackJson(feedback, question([reported])).points[0]?.passedOver).toEqual({ said: "I didn't file a safety report", as: "not-done" });
    // Done after all ("not at first, but..."), it counts; and a negation that is itself the
    // good deed ("I didn't fill the silence") is no denial, as no deed cue is denied.
    expect(feedbackOn(`${story} I didn't file a report that day, but I filed one the next morning.`, [reported]).covered.map((c) => c.point)).toEqual([reported.text]);
    // A verb alone as the cue ("told") is denied the same way.
    const telling: Point = { text: "Immediate action, including telling your supervisor", keywords: ["told", "supervisor", "immediately"] };
    const mistake = "On nights last year I wrote a potassium order for the wrong patient and cancelled it immediately.";
    expect(feedbackOn(`${mistake} Honestly, I didn't tell my supervisor.`, [telling]).passedOver).toEqual([{ point: telling.text, said: "I didn't tell my supervisor", as: "not-done" }]);
    expect(feedbackOn(`${mistake} I didn't tell my supervisor that night, but I told her in the morning.`, [telling]).covered.map((c) => c.point)).toEqual([telling.text]);
    const listened: Point = { text: "What you said and how you listened", keywords: ["silence", "i asked"] };
    expect(feedbackOn("Last spring I told a son his mother would not walk again. I asked what he knew, and when he went quiet I didn't fill the silence.", [listened]).covered.map((c) => c.point)).toEqual([listened.text]);
  });

  it("reads a point opening 'How you...' or 'What you...' as asking for the speaker's own deed", () => {
    const involved: Point = { text: "How you prepared and who you involved", keywords: ["called", "read up"] };
    const feedback = feedbackOn("On my medicine rotation last spring a daughter was furious about her father's move. The charge nurse called the social worker, who sat with her. She calmed down by the evening.", [involved]);
    expect(feedback.covered).toEqual([]);
    expect(feedback.passedOver).toEqual([{ point: involved.text, said: "called", as: "someone-else" }]);
  });

  it("gives that reason, not 'said one half', when the first half was someone else's doing and the second was said", () => {
    const documented: Point = { text: "Documented the discussion and kept the door open", keywords: ["documented"], also: ["door ... open"] };
    const feedback = feedbackOn("On my medicine rotation last spring a man refused a scan. The nurse documented the discussion in the notes, and I told him the door was always open.", [documented]);
    expect(feedback.halfSaid).toBeUndefined();
    expect(renderFeedbackLines(feedback)).toContain(`  ✗ ${documented.text} (said "documented", but as someone else's doing: say what you did)`);
  });

  it("does not count what was done to the speaker, or what they were asked to do, as their deed; what they then did counts", () => {
    const decided: Point = { text: "Decisions you made and how you brought others with you", keywords: ["i asked", "i organized", "i set up", "i involved"] };
    const asked = "On my medicine rotation our team lost its senior resident for a week. I was asked to organise the handovers for the interns, and I was involved in the rota too.";
    expect(feedbackOn(asked, [decided]).covered).toEqual([]);
    expect(feedbackOn("On my medicine rotation the consultant was away. I'd been asked by the ward manager to cover.", [decided]).covered).toEqual([]);
    // The frequency of a deed in a story told in the past ("each morning") does not make it a habit.
    const done = feedbackOn(`${asked} I set up a ten-minute huddle each morning and wrote a shared task list.`, [decided]);
    expect(done.covered.map((c) => [c.point, c.evidence])).toEqual([[decided.text, "I set up a ten-minute huddle each morning and wrote a shared task list."]]);
    expect(feedbackOn("On my medicine rotation I was organising the handovers when the bleep went.", [decided]).covered.map((c) => c.point)).toEqual([decided.text]);
  });

  it("does not take a cue inside a set phrase that means something else: 'family medicine', 'ran the code'", () => {
    const outside: Point = { text: "Who you are outside medicine, in a sentence", keywords: ["family", "run"] };
    expect(feedbackOn("I grew up in Kansas, and my rural rotation is what led me to family medicine.", [outside]).covered).toEqual([]);
    expect(feedbackOn("On my first night on call I ran the code on a man in bed 4, and we set up a family meeting after.", [outside]).covered).toEqual([]);
    const own = feedbackOn("Last spring, after a hard week on call, I drove home and spent the weekend with my family.", [outside]);
    expect(own.covered.map((c) => c.matched)).toEqual([["family"]]);
  });

  it("counts an offer the speaker made ('I told his daughter she could call me'), not what someone else was told to do", () => {
    const contact: Point = { text: "Kept one point of contact for the patient or family", keywords: ["call me", "reach me"] };
    const story = "Last year I coordinated care for a man who saw four specialists. I booked his visits on one day.";
    const offered = feedbackOn(`${story} I told his daughter she could call me directly with any question.`, [contact]);
    expect([offered.covered.map((c) => c.evidence), offered.passedOver]).toEqual([["I told his daughter she could call me directly with any question."], undefined]);
    const theirs = feedbackOn(`${story} His cardiologist said she could reach me through the front desk.`, [contact]);
    expect(theirs.covered).toEqual([]);
  });

  it("does not count what the speaker was going to do as done ('I was going to recruit volunteers')", () => {
    const recruited: Point = { text: "Decisions you made and how you brought others with you", keywords: ["i recruited"] };
    const start = "In my third year I wanted to start a diabetes class at our free clinic.";
    expect(feedbackOn(`${start} I was going to recruit volunteers, but another student ended up running it.`, [recruited]).covered).toEqual([]);
    expect(feedbackOn(`${start} I recruited six volunteers from my class.`, [recruited]).covered.map((c) => c.point)).toEqual([recruited.text]);
  });

  it("gives no reason for a detail after someone else's deed, nor for a point that was earned", () => {
    const detail = feedbackOn("On my surgery rotation last spring a son shouted at me about his mother's move. He spoke to a nurse later. I sat down with him and explained the move.", [BROUGHT]);
    expect(detail.passedOver).toBeUndefined();
    const earned = feedbackOn("On my surgery rotation last spring I wrote a dose for the wrong weight. The pharmacist caught it and I told my senior straight away.", [TOLD]);
    expect(earned.covered.map((c) => c.point)).toEqual([TOLD.text]);
    expect(earned.passedOver).toBeUndefined();
  });
});
