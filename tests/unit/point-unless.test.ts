// A point's `unless` cues: the disguised version of a point ("I'm a perfectionist" for a real
// weakness) keeps it from counting, wherever the answer says it, and the feedback says why.
import { beforeAll, describe, expect, it } from "vitest";
import type { Point } from "../../src/content/types.js";
import { analyseAnswer, renderFeedbackLines } from "../../src/practice/feedback.js";
import { feedbackJson } from "../../src/practice/feedback-json.js";
import { loadLanguage } from "../../src/practice/language.js";
import { builtinDeck } from "../../src/eval/labelled-set.js";
import { question as questionOf } from "../helpers/content.js";

const WEAKNESS: Point = {
  text: "A real weakness",
  keywords: ["i struggle", "i tend to", "weakness is"],
  unless: ["perfectionist", "care too much", "work too hard", "too detail-oriented"],
};

const question = (points: Point[]) => questionOf("q", { text: "What is your greatest weakness?", points });

beforeAll(async () => {
  await loadLanguage();
}, 30_000);

describe("a point with unless cues", () => {
  it.each<[string, string, string | undefined]>([
    ["a disguised strength, though a keyword matched", "My weakness is that I'm a perfectionist.", "perfectionist"],
    ["said as a habit", "I tend to care too much about my patients.", "care too much"],
    ["said in any inflection", "I worked too hard in my first year.", "worked too hard"],
    ["a hyphenated cue", "Honestly my weakness is that I'm too detail-oriented.", "too detail-oriented"],
    ["said in another sentence than the keyword", "I struggle with some things. Mainly I'm a perfectionist.", "perfectionist"],
  ])("is not covered: %s", (_name, answer, said) => {
    const feedback = analyseAnswer(answer, question([WEAKNESS]), 90);
    expect(feedback.covered).toEqual([]);
    expect(feedback.undone).toEqual([{ point: "A real weakness", said }]);
  });

  it("takes a negative unless cue ('wasn't fair', 'didn't hear') as said, not undone by its own 'not'", () => {
    const cause: Point = { text: "An honest cause without excuses", keywords: ["i studied"], unless: ["wasn't fair", "not my fault"] };
    const feedback = analyseAnswer("I studied by subject, and honestly the exam wasn't fair.", question([cause]), 90);
    expect(feedback.covered).toEqual([]);
    expect(feedback.undone).toEqual([{ point: cause.text, said: "wasn't fair" }]);
    expect(analyseAnswer("I studied by subject, and it was not my fault.", question([cause]), 90).undone).toEqual([{ point: cause.text, said: "not my fault" }]);
    expect(analyseAnswer("I studied by subject, and I knew too little pharmacology.", question([cause]), 90).covered.map((c) => c.point)).toEqual([cause.text]);
  });

  it.each([
    ["a real weakness", "I struggle to delegate when the list is long."],
    ["the disguise negated", "I'm not a perfectionist, but I tend to put off hard phone calls."],
  ])("is covered: %s", (_name, answer) => {
    const feedback = analyseAnswer(answer, question([WEAKNESS]), 90);
    expect(feedback.covered.map((c) => c.point)).toEqual(["A real weakness"]);
    expect(feedback.undone).toBeUndefined();
  });

  it("undoes only its own point", () => {
    const steps: Point = { text: "Steps you take", keywords: ["checklist"] };
    const feedback = analyseAnswer("I'm a perfectionist, so I keep a checklist.", question([WEAKNESS, steps]), 90);
    expect(feedback.covered.map((c) => c.point)).toEqual(["Steps you take"]);
    expect(feedback.missed).toEqual(["A real weakness"]);
  });

  it("says on screen and in JSON which words kept the point from counting", () => {
    const q = question([WEAKNESS, { text: "Steps you take", keywords: ["checklist"] }]);
    const feedback = analyseAnswer("My weakness is that I'm a perfectionist.", q, 90);
    expect(renderFeedbackLines(feedback)).toContain('  ✗ A real weakness ("perfectionist" does not count for it)');
    expect(renderFeedbackLines(feedback)).toContain("  ✗ Steps you take");
    expect(feedbackJson(feedback, q).points).toEqual([
      { text: "A real weakness", covered: false, evidence: null, undoneBy: "perfectionist" },
      { text: "Steps you take", covered: false, evidence: null },
    ]);
  });
});

describe("the built-in residency deck's weakness question", () => {
  const weakness = builtinDeck("residency").questions.find((q) => q.id === "greatest-weakness")!;
  const verdict = (answer: string) => analyseAnswer(answer, weakness, weakness.answerSeconds);

  it("does not take working too hard for a real weakness, and says so", () => {
    const feedback = verdict("I tend to work too hard and I can't leave a note half-finished.");
    expect(feedback.missed).toContain("A real weakness that matters at work but is not disqualifying");
    expect(renderFeedbackLines(feedback)).toContain('  ✗ A real weakness that matters at work but is not disqualifying ("work too hard" does not count for it)');
  });

  it("takes a real one", () => {
    const feedback = verdict("I find it hard to say no when a colleague asks me to cover a shift.");
    expect(feedback.covered.map((c) => c.point)).toContain("A real weakness that matters at work but is not disqualifying");
  });
});
