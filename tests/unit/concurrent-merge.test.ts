// Two writers of one note: what the later one saves is merged into what the earlier one saved.
import { describe, expect, it } from "vitest";
import { mergeTicks, type ProgressState } from "../../src/checklists/progress.js";
import { blankReview } from "../../src/reviews/review-edit.js";
import { mergeReview } from "../../src/reviews/review-merge.js";
import type { Review } from "../../src/reviews/review.js";
import { parseHistoryText } from "../../src/practice/history.js";
import { findPerson, personLabel } from "../../src/reviews/find.js";

const today = new Date("2026-11-25T10:00:00Z");
const base: Review = {
  ...blankReview("Lakeside IM", today),
  draft: false,
  gut: 3,
  scores: { culture: 3, training: 4 },
  people: [
    { name: "Dr. Rivera", role: "PD", detail: "", thanked: null },
    { name: "Sam Lee", role: "PGY-2", detail: "", thanked: null },
  ],
  redFlags: ["Tired residents"],
};

describe("mergeReview", () => {
  it("a thank-you recorded while the form was open survives the form's save (was written back as null)", () => {
    const theirs = { ...base, people: base.people.map((p, i) => (i === 1 ? { ...p, thanked: "2026-11-25" } : p)) };
    const mine = { ...base, gut: 4, redFlags: ["Tired residents", "No parking"] };
    const { review, conflicts } = mergeReview(base, theirs, mine, today);
    expect(review.people[1]!.thanked).toBe("2026-11-25");
    expect(review.gut).toBe(4);
    expect(review.redFlags).toEqual(["Tired residents", "No parking"]);
    expect(conflicts).toEqual([]);
  });

  it("both edits changed one score: this edit's value is kept, the other's is written under Changes, and both are said", () => {
    const theirs = { ...base, scores: { ...base.scores, culture: 2 }, redFlags: [] };
    const mine = { ...base, scores: { ...base.scores, culture: 5 } };
    const { review, conflicts } = mergeReview(base, theirs, mine, today);
    expect(review.scores).toEqual({ culture: 5, training: 4 });
    expect(conflicts).toEqual(["culture: 5 here, 2 in the other edit"]);
    expect(review.changes.at(-1)).toBe("2026-11-25: two edits at once, this one kept: culture: 5 here, 2 in the other edit");
    // The other edit removed the red flag and this one did not touch it: removed.
    expect(review.redFlags).toEqual([]);
  });

  it("two new reviews of one program at once: notes of both are kept", () => {
    const first = { ...base, notes: "Great morning report." };
    const second = { ...base, notes: "Ask about research time." };
    const { review, conflicts } = mergeReview(undefined, first, second, today);
    expect(review.notes).toBe("Ask about research time.\n\nGreat morning report.");
    expect(conflicts).toContain("notes: both edits changed it; both texts are kept");
  });
});

describe("mergeTicks", () => {
  it("section 1 saved in one terminal keeps the tick another terminal saved in section 2", () => {
    const start: ProgressState = { checklist: "second-interview", program: "default", done: [] };
    const a = { ...start, done: [{ id: "thank-you", at: "2026-11-25T10:00:00Z" }] }; // saved by A
    const b = { ...start, done: [{ id: "outfit", at: "2026-11-25T10:01:00Z" }] }; // B's run, from `start`
    expect(mergeTicks(start, a, b).done.map((d) => d.id)).toEqual(["thank-you", "outfit"]);
    // B unticks what it had ticked before: gone, A's tick stays.
    expect(mergeTicks(b, { ...a, done: [...a.done, ...b.done] }, start).done.map((d) => d.id)).toEqual(["thank-you"]);
  });
});

describe("history values", () => {
  it("an unreadable time and a rating of 99 are reported as skipped lines, not used and not silently dropped", () => {
    const good = { type: "answer", session: "s", deck: "d", question: "q", rating: 3, seconds: 5, limit: 60, takes: 1, answer: "a", mode: "typed", covered: 0, points: 0, at: "2026-11-22T10:00:00Z" };
    const text = [good, { ...good, at: "22/11/2026 10:00" }, { ...good, rating: 99 }].map((e) => JSON.stringify(e)).join("\n") + "\n";
    const { entries, corrupt } = parseHistoryText(text);
    expect(entries).toHaveLength(1);
    expect(corrupt).toEqual([
      { line: 2, message: 'unreadable time "22/11/2026 10:00": write it as 2026-11-22T14:05:00-05:00' },
      { line: 3, message: "rating 99 is not a whole number from 1 to 5" },
    ]);
  });
});

describe("two people of one name at one program", () => {
  const lees = [
    { name: "Dr. Lee", role: "Surgery", detail: "", thanked: "2026-11-24" },
    { name: "Dr. Lee", role: "Medicine", detail: "", thanked: null },
    { name: "Dr. Lee", role: "Medicine", detail: "", thanked: null },
  ];
  it("are told apart by role, or by number when the role is shared", () => {
    expect(lees.map((_, i) => personLabel(lees, i))).toEqual(["Dr. Lee, Surgery", "Dr. Lee #2", "Dr. Lee #3"]);
    expect(findPerson(lees, "dr. lee #2", "Lakeside").index).toBe(1);
    expect(findPerson(lees, "Dr. Lee, Surgery", "Lakeside").index).toBe(0);
    expect(() => findPerson(lees, "Dr. Lee", "Lakeside")).toThrow("3 people named 'Dr. Lee' in the review of 'Lakeside': say which, 'Dr. Lee, Surgery' or 'Dr. Lee #2' or 'Dr. Lee #3'.");
  });
});
