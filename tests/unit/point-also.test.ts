// A point that joins two requirements with "and" ("How you prepared and who you involved") is
// covered only when the answer delivers both: its `also` cues are the second requirement's.
import { beforeAll, describe, expect, it } from "vitest";
import type { Point, QuestionFormat } from "../../src/content/types.js";
import { analyseAnswer, renderFeedbackLines } from "../../src/practice/feedback.js";
import { feedbackJson } from "../../src/practice/feedback-json.js";
import { loadLanguage } from "../../src/practice/language.js";
import { halvesOf } from "../../src/practice/point-wording.js";
import { question as questionOf } from "../helpers/content.js";

const PREPARED: Point = {
  text: "How you prepared and who you involved",
  keywords: ["prepare", "rehearse", "read up"],
  also: ["involve", "brought in", "asked ... to join"],
};
const OUTCOME: Point = { text: "The outcome and what you would repeat", keywords: ["outcome"], also: ["do the same", "do it again", "repeat"] };

const question = (points: Point[], format: QuestionFormat = "open") => questionOf("q", { text: "Tell me about a difficult conversation with a patient's family.", format, answerSeconds: 120, points });
const covered = (answer: string, points: Point[], format?: QuestionFormat) => analyseAnswer(answer, question(points, format), 120).covered;

beforeAll(async () => {
  await loadLanguage();
}, 30_000);

describe("a point's two halves", () => {
  it("are cut at its last 'and', the first lower-cased to follow 'but not' unless its first word is an acronym", () => {
    expect(halvesOf("A plan for coping with it and who you would lean on")).toEqual(["a plan for coping with it", "who you would lean on"]);
    expect(halvesOf("Matched the channel to the urgency, and kept the record current")).toEqual(["matched the channel to the urgency", "kept the record current"]);
    expect(halvesOf("HIPAA named and a policy")[0]).toBe("HIPAA named");
    expect(halvesOf("A real weakness")).toEqual([]);
    // One verb's two subjects: each half is one of them.
    expect(halvesOf("Does not release anything until identity and authorisation are confirmed")).toEqual(["identity", "authorisation"]);
    expect(halvesOf("Shows how double bookings and errors were caught")).toEqual(["double bookings", "errors"]);
    expect(halvesOf("Describes the problem and what was at stake for patients")).toEqual(["describes the problem", "what was at stake for patients"]);
  });
});

describe("a point with also cues", () => {
  it.each([
    ["only the first half", "I rehearsed what I would say the night before."],
    ["only the second half", "I brought in the social worker."],
    ["the second half negated", "I rehearsed it twice, but I didn't involve anyone else."],
  ])("is not covered with %s", (_name, answer) => {
    expect(covered(answer, [PREPARED])).toEqual([]);
  });

  it("is covered with both halves in one sentence, quoted", () => {
    const answer = "It was a hard week. I rehearsed the talk and asked the palliative nurse to join us.";
    expect(covered(answer, [PREPARED])).toEqual([
      { point: PREPARED.text, evidence: "I rehearsed the talk and asked the palliative nurse to join us.", matched: ["rehearsed"] },
    ]);
  });

  it("is covered with the halves in two sentences, quoting the first", () => {
    const answer = "I read up on her scans the night before. In the morning I involved the charge nurse.";
    expect(covered(answer, [PREPARED]).map((c) => [c.point, c.evidence])).toEqual([[PREPARED.text, "I read up on her scans the night before."]]);
  });

  it("says on screen and in JSON which half was said, and what is missing", () => {
    const q = question([PREPARED]);
    const feedback = analyseAnswer("I rehearsed what I would say the night before.", q, 120);
    expect(renderFeedbackLines(feedback)).toContain('  ✗ How you prepared and who you involved (said "rehearsed", but not who you involved)');
    expect(feedbackJson(feedback, q).points).toEqual([{ text: PREPARED.text, covered: false, evidence: null, halfSaid: "rehearsed" }]);
    const secondOnly = analyseAnswer("I brought in the social worker.", q, 120);
    expect(renderFeedbackLines(secondOnly)).toContain('  ✗ How you prepared and who you involved (said "brought in", but not how you prepared)');
    expect(feedbackJson(secondOnly, q).points).toEqual([{ text: PREPARED.text, covered: false, evidence: null, halfSaid: "brought in" }]);
    const neither = analyseAnswer("It was a hard week.", q, 120);
    expect(renderFeedbackLines(neither)).toContain("  ✗ How you prepared and who you involved");
    expect(feedbackJson(neither, q).points).toEqual([{ text: PREPARED.text, covered: false, evidence: null }]);
  });

  it("leaves a point without also cues as before: either of its cues earns it", () => {
    const single: Point = { text: PREPARED.text, keywords: [...PREPARED.keywords, ...PREPARED.also!] };
    expect(covered("I rehearsed what I would say the night before.", [single]).map((c) => c.point)).toEqual([PREPARED.text]);
  });

  describe("on a point about a STAR part", () => {
    const story =
      "On my surgery rotation last spring a patient's daughter was furious that her mother's scan had been delayed. " +
      "I sat down with her, explained the delay and called radiology myself. The scan was done within the hour and she thanked me.";

    it("takes the story's result for the first half only with the second half said", () => {
      expect(covered(story, [OUTCOME], "star")).toEqual([]);
      expect(covered(`${story} I would do the same again.`, [OUTCOME], "star").map((c) => c.point)).toEqual([OUTCOME.text]);
    });

    it("does not take an outcome only imagined for the half that asks what happened, though the other half asks what you would do", () => {
      const plan = "I think pressure is part of medicine. If I had several admissions at once, I would triage them and tell my senior.";
      expect(covered(`${plan} I think the outcome would be that the patients get safe care, and I would do it again.`, [OUTCOME], "star")).toEqual([]);
      expect(covered(`${story} The outcome was good, and I would do it again.`, [OUTCOME], "star").map((c) => c.point)).toEqual([OUTCOME.text]);
    });

    it("takes the result for a point without also cues; one that also asks for the lesson needs a lesson in any words", () => {
      const result: Point = { text: "A concrete result", keywords: ["outcome"] };
      expect(covered(story, [result], "star").map((c) => c.point)).toEqual([result.text]);
      const single: Point = { text: OUTCOME.text, keywords: ["outcome"] };
      expect(covered(story, [single], "star")).toEqual([]);
      // The half said is quoted as its sentence, which reads better than the cue alone.
      expect(analyseAnswer(`${story} The outcome was good.`, question([single], "star"), 120).halfSaid).toEqual([{ point: OUTCOME.text, said: "The outcome was good.", missing: "what you would repeat" }]);
      expect(covered(`${story} Looking back, I should have called radiology sooner.`, [single], "star").map((c) => c.point)).toEqual([OUTCOME.text]);
    });
  });
});
