// Spaced repetition from history: self-ratings replayed through FSRS with a fixed clock give
// fixed due dates, and the "due" order puts weak and overdue questions first.
// Times are local (new Date(y, m, d, h)) so "today" means the same day in any time zone.
import { describe, expect, it } from "vitest";
import { answerRecords } from "../../src/practice/answer-record.js";
import type { AnswerEntry, HistoryEntry } from "../../src/practice/history.js";
import { effectiveOrder, planInfo, skippedLine } from "../../src/practice/plan-order.js";
import { deckSchedule, gradeFor, isDue, orderByDue, schedulesFrom } from "../../src/practice/schedule.js";
import { deck as deckOf, question as questionOf } from "../helpers/content.js";

/** One deck's schedule from history entries, as practice builds it. */
const buildSchedule = (entries: HistoryEntry[], deckId: string, now: Date) => schedulesFrom(answerRecords(entries, deckId), now).get(deckId) ?? new Map();
const at = (day: number, hour = 10, minute = 0) => new Date(2026, 10, day, hour, minute);
const DAY = 86_400_000;

function answer(question: string, rating: number, when: Date, extra: Partial<AnswerEntry> = {}): AnswerEntry {
  return {
    type: "answer", session: "s", deck: "residency", question, rating, seconds: 60, limit: 90, takes: 1,
    answer: "", mode: "typed", covered: 0, points: 0, at: when.toISOString(), ...extra,
  };
}

const question = (id: string, text = `Question ${id}?`) => questionOf(id, { text });
const deck = (ids: string[]) => deckOf(ids.map((id) => question(id)), { answerSeconds: 90 });

describe("gradeFor: a 1-5 self-rating as an FSRS grade", () => {
  it.each([
    [1, 1, "Again"],
    [2, 2, "Hard"],
    [3, 3, "Good"],
    [4, 4, "Easy"],
    [5, 4, "Easy"],
  ])("rating %i -> grade %i (%s)", (rating, grade) => {
    expect(gradeFor(rating)).toBe(grade);
  });
});

describe("buildSchedule: replaying answers with a fixed clock", () => {
  const t = at(1);

  // Whole days, no short-term steps: a spoken answer is practised once a session, so 1 comes
  // back next session (tomorrow) and 3 in days, never later the same sitting.
  it.each([
    // rating, state, due after the answer
    [1, "review", 1 * DAY],
    [2, "review", 2 * DAY],
    [3, "review", 3 * DAY],
    [4, "review", 8 * DAY],
    [5, "review", 8 * DAY],
  ])("a first answer rated %i is %s, due %i ms later", (rating, state, after) => {
    const s = buildSchedule([answer("q", rating, t)], "residency", t).get("q")!;
    expect(s.state).toBe(state);
    expect(s.due.getTime() - t.getTime()).toBe(after);
    expect(s.reps).toBe(1);
    expect(s.lastRating).toBe(rating);
  });

  it("brings a weak answer back soon and a strong one later, over several days", () => {
    const history = [
      answer("weak", 1, at(1)), answer("strong", 5, at(1, 10, 5)),
      answer("weak", 2, at(2)), answer("strong", 5, at(9)),
      answer("weak", 3, at(3)),
    ];
    const schedule = buildSchedule(history, "residency", at(10));
    const weak = schedule.get("weak")!;
    const strong = schedule.get("strong")!;
    // Again, then Hard, then Good on three days in a row: due again three days after the Good.
    expect(weak).toMatchObject({ state: "review", reps: 3, lapses: 0, recentRatings: [1, 2, 3] });
    expect(weak.due).toEqual(new Date(at(3).getTime() + 3 * DAY));
    // Easy twice, eight days apart: the next review is about two months away.
    expect(strong).toMatchObject({ state: "review", reps: 2, recentRatings: [5, 5] });
    expect(strong.due).toEqual(new Date(at(9).getTime() + 66 * DAY));
    expect(weak.retrievability).toBeLessThan(strong.retrievability);
  });

  // The README says so: Hard is a pass in FSRS, so a 2 does not undo an earlier 4; a 1 does.
  it("keeps most of a 4's interval after a 2 the same day, and brings it back tomorrow after a 1", () => {
    const hard = buildSchedule([answer("q", 4, at(1)), answer("q", 2, at(1, 11))], "residency", at(1, 12)).get("q")!;
    expect(Math.round((hard.due.getTime() - at(1, 11).getTime()) / DAY)).toBe(8);
    const again = buildSchedule([answer("q", 4, at(1)), answer("q", 1, at(1, 11))], "residency", at(1, 12)).get("q")!;
    expect(again.due).toEqual(new Date(at(1, 11).getTime() + 1 * DAY));
  });

  it("counts a rating of 1 on a question in review as a lapse, due the next day", () => {
    const schedule = buildSchedule([answer("q", 5, at(1)), answer("q", 1, at(9))], "residency", at(9));
    expect(schedule.get("q")).toMatchObject({ state: "review", lapses: 1 });
    expect(schedule.get("q")!.due).toEqual(new Date(at(9).getTime() + 1 * DAY));
  });

  it("replays in time order, whatever the order of the lines (two sessions interleaved)", () => {
    const inOrder = [answer("q", 1, at(1)), answer("q", 5, at(2)), answer("q", 3, at(5))];
    const shuffled = [inOrder[2]!, inOrder[0]!, inOrder[1]!];
    expect(buildSchedule(shuffled, "residency", at(6))).toEqual(buildSchedule(inOrder, "residency", at(6)));
  });

  it("keeps decks apart and ignores entries it cannot use", () => {
    const history: HistoryEntry[] = [
      answer("q", 5, at(1)),
      answer("q", 1, at(2), { deck: "networking" }),
      answer("q", 0, at(3)),
      answer("q", 6, at(3)),
      answer("q", 2.5, at(3)),
      answer("q", 1, at(3), { at: "yesterday-ish" }),
      { ...answer("q", 1, at(3)), rating: "1" as unknown as number },
      { type: "start", session: "s", deck: "residency", deckTitle: "Residency", plan: ["q"], at: at(3).toISOString() },
    ];
    const schedule = buildSchedule(history, "residency", at(4));
    expect(schedule.get("q")).toMatchObject({ reps: 1, lastRating: 5, state: "review" });
  });
});

describe("orderByDue", () => {
  const now = at(10, 12);
  const history = [
    answer("overdue", 3, at(1)), answer("overdue", 3, at(2)), // Good twice: due on the 10th at the latest
    answer("failed-yesterday", 1, at(9, 9)), // due the next day: due today
    answer("easy", 5, at(9)), // due in 8 days
    answer("fading", 4, at(5)), // due on the 13th; five days on, recall is lower than for "easy"
  ];

  it("puts due questions first (most overdue first), then new ones in deck order, then the rest by lowest recall", () => {
    const questions = ["new-a", "easy", "failed-yesterday", "new-b", "fading", "overdue"].map((id) => question(id));
    const schedule = buildSchedule(history, "residency", now);
    expect(orderByDue(questions, schedule, now).map((q) => q.id)).toEqual(["overdue", "failed-yesterday", "new-a", "new-b", "fading", "easy"]);
    expect(schedule.get("fading")!.retrievability).toBeLessThan(schedule.get("easy")!.retrievability);
  });

  it("treats a question due later today as due now (sessions are daily, not by the minute)", () => {
    const schedule = buildSchedule([answer("q", 1, at(9, 23, 0))], "residency", at(10, 8));
    expect(schedule.get("q")!.due > at(10, 8)).toBe(true);
    expect(isDue(schedule.get("q"), at(10, 8))).toBe(true);
    expect(isDue(schedule.get("q"), at(10, 23, 59))).toBe(true);
  });

  it("does not bring back a question rated 3 (or 1) in the same sitting", () => {
    for (const rating of [1, 3]) {
      const schedule = buildSchedule([answer("q", rating, at(10, 11, 55))], "residency", at(10, 11, 56));
      expect(isDue(schedule.get("q"), at(10, 11, 56))).toBe(false);
      expect(isDue(schedule.get("q"), at(10, 23, 59))).toBe(false);
    }
  });

  it("ignores a removed question's history and keeps history when a question's text is edited", () => {
    const edited = [question("overdue", "A reworded question?"), question("new-a")];
    const schedule = buildSchedule([...history, answer("removed", 1, at(1))], "residency", now);
    expect(schedule.has("removed")).toBe(true);
    expect(orderByDue(edited, schedule, now).map((q) => q.id)).toEqual(["overdue", "new-a"]);
  });
});

describe("plan helpers for practice", () => {
  const now = at(10, 12);
  const history = { answers: answerRecords([answer("a", 1, at(10, 9)), answer("b", 5, at(9)), answer("c", 3, at(1)), answer("c", 3, at(2))]) };

  it("makes 'due' the default order once the deck has history, and keeps an order that was asked for", () => {
    expect(deckSchedule({ answers: [] }, deck(["a"]), now).hasHistory).toBe(false);
    expect(deckSchedule(history, deck(["x"]), now).hasHistory).toBe(false); // only removed questions
    const { hasHistory } = deckSchedule(history, deck(["a", "b"]), now);
    expect([effectiveOrder(undefined, false), effectiveOrder(undefined, hasHistory), effectiveOrder("deck", hasHistory)]).toEqual(["shuffle", "due", "deck"]);
  });

  it("orders a deck's questions from its schedule", () => {
    const d = deck(["n", "b", "a", "c"]);
    const { schedule } = deckSchedule(history, d, now);
    // "a" was rated 1 this morning: due tomorrow, so after the new question; recall 1.0 puts it after "b".
    expect(orderByDue(d.questions, schedule, now).map((q) => q.id)).toEqual(["c", "n", "b", "a"]);
  });

  it("says each question's state and when it is due", () => {
    const { schedule } = deckSchedule(history, deck(["a", "b", "c", "n"]), now);
    expect(planInfo(schedule, "a", now)).toMatchObject({ state: "review", due: "2026-11-11", dueLabel: "2026-11-11", lastRating: 1 });
    expect(planInfo(schedule, "b", now)).toMatchObject({ state: "review", due: "2026-11-17", dueLabel: "2026-11-17", lastRating: 5 });
    expect(planInfo(schedule, "c", now)).toMatchObject({ state: "review", dueLabel: expect.stringMatching(/^overdue since 2026-11-0\d$/) });
    expect(planInfo(schedule, "n", now)).toEqual({ state: "new", due: null, dueLabel: "new", retrievability: 0, lastRating: null });
  });

  it("says of a skipped question what --plan says of it: still due only when overdue or due today", () => {
    const { schedule } = deckSchedule(history, deck(["a", "b", "c", "n"]), now);
    expect(skippedLine(schedule, "a", now)).toBe("Skipped: not rated; not due until 2026-11-11, as before.");
    expect(skippedLine(schedule, "b", now)).toBe("Skipped: not rated; not due until 2026-11-17, as before.");
    expect(skippedLine(schedule, "c", now)).toBe("Skipped: not rated, and still due.");
    expect(skippedLine(schedule, "n", now)).toBe("Skipped: not rated; still new (never rated).");
  });
});
