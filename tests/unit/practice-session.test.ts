// The practice session as a state machine: what ends up in the note and in history for each
// sequence of takes, retakes, ratings and interruptions.
import { beforeAll, describe, expect, it } from "vitest";
import type { Question } from "../../src/content/types.js";
import { PracticeRun, type SessionSetup } from "../../src/practice/session.js";
import { renderPracticeNote, skippedSummary } from "../../src/practice/practice-note.js";
import { findUnfinished, newSessionId, recoverSession, sessionPid } from "../../src/practice/recovery.js";
import type { HistoryEntry } from "../../src/practice/history.js";
import { loadLanguage } from "../../src/practice/language.js";
import { deck, question as questionOf } from "../helpers/content.js";

// Feedback reads answers with the language model, which loads once per test file.
beforeAll(async () => {
  await loadLanguage();
}, 30_000);

const question = (id: string, extra: Partial<Question> = {}) => questionOf(id, { text: `Question ${id}?`, points: [{ text: "A patient moment", keywords: ["patient"] }, { text: "Teamwork", keywords: ["team"] }], tips: [`tip for ${id}`], followups: [`follow-up for ${id}`], ...extra });

function setup(overrides: Partial<SessionSetup> = {}): SessionSetup {
  return {
    id: "s1",
    deck: { id: "residency", title: "Residency" },
    questions: [question("a", { category: "motivation" }), question("b", { format: "star" })],
    mode: "typed",
    takes: 2,
    ...overrides,
  };
}

/** A clock that moves one minute per reading, from a fixed start. */
function ticking() {
  let t = Date.UTC(2026, 10, 22, 14, 5);
  return () => new Date((t += 60_000));
}

describe("PracticeRun", () => {
  it("keeps a take set aside for a retake, unrated, when the retake is skipped or the session stops first", () => {
    const skipped = new PracticeRun(setup(), ticking());
    skipped.recordTake({ text: "A whole first answer about a patient", seconds: 50 });
    skipped.retake();
    skipped.skip("Take two, half");
    expect(skipped.result().unrated).toEqual([{ questionId: "a", text: "Question a?", answer: "A whole first answer about a patient", stage: "retaken" }]);
    expect(skipped.result().skipped).toEqual([{ questionId: "a", text: "Question a?", category: "motivation", answer: "Take two, half" }]);

    const stopped = new PracticeRun(setup(), ticking());
    stopped.recordTake({ text: "A whole first answer", seconds: 50 });
    stopped.retake();
    expect(stopped.result().unrated).toBeUndefined();
    expect(stopped.result({ interrupted: true }).unrated).toEqual([{ questionId: "a", text: "Question a?", answer: "A whole first answer", stage: "retaken" }]);

    // Rated on a later take, the set-aside one goes with the rated answer, no longer unrated.
    stopped.recordTake({ text: "a patient and my team", seconds: 40 });
    const entry = stopped.rate(4);
    expect(stopped.result({ interrupted: true }).unrated).toBeUndefined();
    expect(stopped.answers[0]!.earlierTakes).toEqual(["A whole first answer"]);
    expect(entry.earlier).toEqual(["A whole first answer"]);
  });

  it("a rated retake keeps the earlier takes in the note, oldest first, and a kill after the rating still has them", () => {
    const run = new PracticeRun(setup({ takes: 3, questions: [question("a")] }), ticking());
    run.recordTake({ text: "First take, with a ``` fence in it", seconds: 50 });
    run.retake();
    run.recordTake({ text: "Second take", seconds: 45 });
    run.retake();
    run.recordTake({ text: "Third take, kept: a patient and my team", seconds: 40 });
    const entry = run.rate(5);
    run.close();
    const note = renderPracticeNote(run.result());
    expect(note).toContain("Earlier take 1 of 2, set aside for a retake (not rated):\n\n````text\nFirst take, with a ``` fence in it\n````\n");
    expect(note).toContain("Earlier take 2 of 2, set aside for a retake (not rated):\n\n```text\nSecond take\n```\n");
    expect(note.indexOf("Third take, kept")).toBeLessThan(note.indexOf("Earlier take 1 of 2"));

    // A session killed once this answer was rated is rebuilt from history alone: the earlier takes come back with it.
    const start = new PracticeRun(setup({ takes: 3, questions: [question("a")] }), ticking()).startEntry();
    const [unfinished] = findUnfinished([start, entry] as HistoryEntry[], () => false);
    const recovered = recoverSession(unfinished!, deck([question("a")]));
    expect(recovered.answers[0]!.earlierTakes).toEqual(["First take, with a ``` fence in it", "Second take"]);

    // One retake: no numbering. A retake of an empty take (aloud) keeps nothing.
    const once = new PracticeRun(setup({ questions: [question("a")] }), ticking());
    once.recordTake({ text: "Only earlier take", seconds: 30 });
    once.retake();
    once.recordTake({ text: "Kept", seconds: 30 });
    once.rate(3);
    expect(renderPracticeNote(once.result())).toContain("Earlier take, set aside for a retake (not rated):\n\n```text\nOnly earlier take\n```\n");
    const aloud = new PracticeRun(setup({ mode: "aloud", questions: [question("a")] }), ticking());
    aloud.recordTake({ text: "", seconds: 30 });
    aloud.retake();
    aloud.recordTake({ text: "", seconds: 30 });
    expect(aloud.rate(3).earlier).toBeUndefined();
    expect(renderPracticeNote(aloud.result())).not.toContain("Earlier take");
  });

  it("counts the questions the clock ran out on apart from those skipped on purpose, in one sentence", () => {
    const run = new PracticeRun(setup({ questions: [question("a"), question("b"), question("c")] }), ticking());
    run.skip("", { timedOut: true });
    expect(skippedSummary(run.result())).toBe("Time ran out with nothing typed: 1 question (not rated; schedule unchanged).");
    run.skip();
    run.skip("", { timedOut: true });
    expect(skippedSummary(run.result())).toBe("Skipped on purpose: 1 question; time ran out with nothing typed: 2 questions (not rated; schedule unchanged).");
  });

  it("opens with a start record listing the planned questions in order", () => {
    const run = new PracticeRun(setup({ program: "Lakeside IM" }), ticking());
    expect(run.startEntry()).toMatchObject({ type: "start", session: "s1", deck: "residency", deckTitle: "Residency", program: "Lakeside IM", plan: ["a", "b"] });
  });

  it("rates and analyses only the chosen take, counts the takes used, and keeps the earlier one as text", () => {
    const run = new PracticeRun(setup({ takes: 3 }), ticking());
    expect(run.recordTake({ text: "first try", seconds: 10.2 })).toBe("choosing");
    run.retake();
    expect(run.recordTake({ text: "a patient and my team", seconds: 42.1 })).toBe("choosing");
    run.keep();
    const entry = run.rate(4);
    expect(entry).toMatchObject({ type: "answer", question: "a", answer: "a patient and my team", seconds: 42.1, takes: 2, rating: 4, covered: 2, points: 2, limit: 90, mode: "typed", category: "motivation" });
    expect(run.answers).toHaveLength(1);
    expect(run.answers[0]).toMatchObject({ answer: "a patient and my team", takes: 2, tips: ["tip for a"], followups: ["follow-up for a"] });
    expect(JSON.stringify(run.answers[0]!.feedback)).not.toContain("first try");
    expect(run.answers[0]!.earlierTakes).toEqual(["first try"]);
  });

  it("keeps the last take by itself when no takes are left", () => {
    const run = new PracticeRun(setup({ takes: 2 }), ticking());
    run.recordTake({ text: "one", seconds: 5 });
    run.retake();
    expect(run.recordTake({ text: "two", seconds: 6 })).toBe("rating");
    expect(run.canRetake).toBe(false);
    expect(() => run.retake()).toThrow();
    expect(run.rate(2)).toMatchObject({ answer: "two", takes: 2 });
  });

  it("with one take allowed there is no keep-or-retake step", () => {
    const run = new PracticeRun(setup({ takes: 1 }), ticking());
    expect(run.recordTake({ text: "only", seconds: 3 })).toBe("rating");
  });

  it("takes an answer from a file as kept, with the takes the file says it took", () => {
    const run = new PracticeRun(setup({ takes: 1 }), ticking());
    expect(run.recordFinalTake({ text: "from a file", seconds: 20 }, 3)).toBe("rating");
    expect(run.rate(4)).toMatchObject({ answer: "from a file", takes: 3 });
  });

  it("adds the next-time line to the rated answer and moves on; an empty line is skipped", () => {
    const run = new PracticeRun(setup({ takes: 1 }), ticking());
    run.recordTake({ text: "x", seconds: 1 });
    run.rate(3);
    expect(run.close("  Lead with the patient  ")).toBe("answering");
    expect(run.question.id).toBe("b");
    run.recordTake({ text: "y", seconds: 2 });
    run.rate(5);
    expect(run.close("   ")).toBe("done");
    expect(run.answers.map((a) => a.nextTime)).toEqual(["Lead with the patient", undefined]);
  });

  it("uses --time for every question when given, else each question's own limit", () => {
    expect(new PracticeRun(setup({ timeSeconds: 30 }), ticking()).limitSeconds).toBe(30);
    expect(new PracticeRun(setup(), ticking()).limitSeconds).toBe(90);
  });

  it("checks STAR parts only for star questions", () => {
    const run = new PracticeRun(setup({ takes: 1, questions: [question("b", { format: "star" })] }), ticking());
    run.recordTake({ text: "During my rotation I was responsible for handover. I organised a checklist. As a result errors fell.", seconds: 30 });
    expect(run.rate(5).star).toEqual({ situation: true, task: true, action: true, result: true });
  });

  it("records no words feedback for an answer spoken aloud, only its time", () => {
    const run = new PracticeRun(setup({ takes: 1, mode: "aloud" }), ticking());
    run.recordTake({ text: "", seconds: 100.4 });
    const entry = run.rate(3);
    expect(entry).toMatchObject({ mode: "aloud", covered: 0, points: 0 });
    expect(run.answers[0]!.feedback).toMatchObject({ words: 0, speakingSeconds: 100.4, overLimit: true, fillers: [], missed: [] });
  });

  it("an interrupted session holds the rated answers, not the one in progress", () => {
    const run = new PracticeRun(setup({ takes: 2 }), ticking());
    run.recordTake({ text: "first answer", seconds: 12 });
    run.keep();
    run.rate(3);
    run.close();
    run.recordTake({ text: "half of the second", seconds: 4 });
    const partial = run.result({ interrupted: true });
    expect(partial).toMatchObject({ deck: "residency", planned: 2, interrupted: true });
    expect(partial.answers.map((a) => a.answer)).toEqual(["first answer"]);
    expect(run.endEntry({ note: "/lib/sessions/x.md", interrupted: true })).toMatchObject({ type: "end", session: "s1", note: "/lib/sessions/x.md", interrupted: true });
  });

  it("an answer rated but waiting for its next-time line is already part of the session", () => {
    const run = new PracticeRun(setup({ takes: 1 }), ticking());
    run.recordTake({ text: "rated", seconds: 9 });
    run.rate(4);
    expect(run.result({ interrupted: true }).answers).toHaveLength(1);
  });

  it.each([0, 6, 2.5])("refuses the rating %s", (rating) => {
    const run = new PracticeRun(setup({ takes: 1 }), ticking());
    run.recordTake({ text: "x", seconds: 1 });
    expect(() => run.rate(rating)).toThrow(/1-5/);
  });

  it("refuses steps out of order", () => {
    const run = new PracticeRun(setup(), ticking());
    expect(() => run.rate(3)).toThrow(/expected rating/);
    expect(() => run.keep()).toThrow(/expected choosing/);
  });
});

describe("recovery from history", () => {
  const start = (session: string): HistoryEntry => ({ type: "start", session, deck: "residency", deckTitle: "Residency", plan: ["a", "b", "c"], at: "2026-11-22T14:05:00.000Z" });
  const answer = (session: string, q: string, rating: number): HistoryEntry => ({
    type: "answer", session, deck: "residency", question: q, rating, seconds: 40.5, limit: 90, takes: 1, answer: `answer to ${q} about a patient`, mode: "typed", covered: 1, points: 2, at: "2026-11-22T14:09:00.000Z",
  });

  it("finds sessions started but never ended, leaving out running ones", () => {
    const entries = [start("done"), answer("done", "a", 3), { type: "end", session: "done", at: "x" } as HistoryEntry, start("killed"), answer("killed", "a", 4), start("live")];
    const found = findUnfinished(entries, (id) => id === "live");
    expect(found.map((u) => [u.start.session, u.answers.length])).toEqual([["killed", 1]]);
  });

  it("rebuilds the note's session from the answers, recomputing feedback from the deck", () => {
    const residency = deck([question("a"), question("b")], { title: "Residency interviews", answerSeconds: 90 });
    const session = recoverSession({ start: start("k") as never, answers: [answer("k", "a", 4), answer("k", "gone", 2)] as never }, residency);
    expect(session).toMatchObject({ deck: "residency", deckTitle: "Residency interviews", planned: 3, interrupted: true });
    expect(session.answers.map((a) => [a.questionId, a.text, a.rating, a.seconds])).toEqual([
      ["a", "Question a?", 4, 40.5],
      ["gone", "gone", 2, 40.5],
    ]);
    expect(session.answers[0]!.feedback.covered.map((c) => c.point)).toEqual(["A patient moment"]);
    expect(session.answers[0]!.tips).toEqual(["tip for a"]);
  });

  it("session ids carry the process id so a live session is not offered for recovery", () => {
    const id = newSessionId(new Date("2026-11-22T14:05:00.123Z"), 4821, "a1b2c3");
    expect(id).toBe("20261122T140500Z-4821-a1b2c3");
    expect(sessionPid(id)).toBe(4821);
    expect(sessionPid("hand-written")).toBeUndefined();
  });
});
