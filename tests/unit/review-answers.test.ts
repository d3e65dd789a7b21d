import { describe, expect, it } from "vitest";
import { parseYamlText } from "../../src/io/yaml-file.js";
import { criteriaFor } from "../../src/reviews/criteria.js";
import type { InterviewKind } from "../../src/content/interview-kinds.js";
import { applyAnswers } from "../../src/reviews/review-answers.js";
import { blankReview, describeChanges, finishReview, lateBy } from "../../src/reviews/review-edit.js";
import type { Review } from "../../src/reviews/review.js";

const today = new Date(2026, 10, 25, 10);
const criteriaOf = (kind: InterviewKind) => criteriaFor(kind);
const full = "scores: { training: 5, culture: 4, faculty: 4, location: 3, schedule: 3, outcomes: 4 }\ngut: 4\n";

function answers(text: string, base: Review = blankReview("Lakeside IM", today)) {
  const yaml = parseYamlText(text, "answers.yaml");
  if (!yaml.ok) throw new Error(JSON.stringify(yaml.issues));
  return applyAnswers(base, yaml.value, criteriaOf, today);
}

const messages = (result: ReturnType<typeof answers>) => (result.ok ? [] : result.issues.map((i) => `${i.file}:${i.line}:${i.col}: ${i.message}`));

describe("review --answers", () => {
  it("fills a review from the file, today's date when none is given", () => {
    const result = answers(`kind: residency\n${full}people:\n  - name: Dr. Rivera\n    detail: sepsis QI\nredFlags: [Tired residents]\n`);
    expect(result.ok && result.review).toMatchObject({ date: "2026-11-25", gut: 4, scores: { training: 5 }, redFlags: ["Tired residents"], people: [{ name: "Dr. Rivera", role: "", detail: "sepsis QI", thanked: null }] });
  });

  it.each([
    ["an unknown criterion", "scores: { training: 5, culture: 4, faculty: 4, location: 3, schedule: 3, outcomes: 4, cultur: 2 }\ngut: 4\n", "answers.yaml:1:87: unknown criterion 'cultur' for a residency review. Did you mean 'culture'?"],
    ["a missing score", "scores: { training: 5 }\ngut: 3\n", "answers.yaml:1:9: missing scores (1-5) for culture (Resident culture and wellness), faculty"],
    ["a missing gut", "scores: { training: 5, culture: 4, faculty: 4, location: 3, schedule: 3, outcomes: 4 }\n", "answers.yaml:1:1: missing 'gut'"],
    ["a score out of range", "gut: 6\n", "answers.yaml:1:6: 'gut' must be at most 5, got 6"],
    ["a score below the scale", "gut: 0\n", "answers.yaml:1:6: 'gut' must be at least 1, got 0"],
    ["a score between two", "gut: 3.5\n", "answers.yaml:1:6: 'gut' must be a whole number, got the number 3.5"],
    ["an unknown key", "gutt: 4\n", "answers.yaml:1:1: unknown key 'gutt'. Did you mean 'gut'?"],
    ["a date in the future", `date: 2026-12-01\n${full}`, "answers.yaml:1:7: 'date' 2026-12-01 is after today"],
    ["a date that is not real", `date: 2026-11-31\n${full}`, "answers.yaml:1:7: 'date': must be a real date"],
    ["'n' for no deal-breaker", `${full}dealBreakers: [n]\n`, "means 'none' here; for no entry leave the list empty: []"],
  ])("rejects %s with its position", (_what, text, expected) => {
    const result = parseYamlText(text, "answers.yaml");
    const got = result.ok ? messages(applyAnswers(blankReview("Lakeside IM", today), result.value, criteriaOf, today)) : result.issues.map((i) => `${i.file}:${i.line}:${i.col}: ${i.message}`);
    // Among the file's other problems (a file without scores misses them too), all reported at once.
    expect(got).toContainEqual(expect.stringContaining(expected));
  });

  it("adds the people a file lists to those met before, who stay with their recorded thank-you notes", () => {
    const first = answers(`date: 2026-11-20\n${full}people: [{ name: Dr. Rivera, detail: QI }, { name: Sam Lee }]\n`);
    if (!first.ok) throw new Error("first");
    const base = { ...first.review, people: first.review.people.map((p) => ({ ...p, thanked: "2026-11-21" })) };
    const second = answers("people: [{ name: Dr. Mei Chen, role: Chief resident }]\n", base);
    expect(second.ok && second.review.people.map((p) => [p.name, p.thanked])).toEqual([
      ["Dr. Rivera", "2026-11-21"],
      ["Sam Lee", "2026-11-21"],
      ["Dr. Mei Chen", null],
    ]);
    // Two of one name are two people, each matched to the earlier one in turn.
    const twice = answers("people: [{ name: Dr. Rivera, role: Surgery }, { name: Dr. Rivera, role: Medicine }]\n", base);
    expect(twice.ok && twice.review.people.map((p) => [p.name, p.role, p.thanked])).toEqual([
      ["Dr. Rivera", "Surgery", "2026-11-21"],
      ["Sam Lee", "", "2026-11-21"],
      ["Dr. Rivera", "Medicine", null],
    ]);
  });

  it("keeps earlier answers for fields the file leaves out, and thank-you dates for people listed again", () => {
    const first = answers(`date: 2026-11-20\n${full}people: [{ name: Dr. Rivera, detail: QI }]\nnotes: First thoughts\n`);
    if (!first.ok) throw new Error("first");
    const base = { ...first.review, people: [{ ...first.review.people[0]!, thanked: "2026-11-21" }] };
    const second = answers("scores: { culture: 5 }\npeople: [{ name: dr. rivera, detail: QI and research }]\n", base);
    expect(second.ok && second.review).toMatchObject({ date: "2026-11-20", gut: 4, notes: "First thoughts", scores: { training: 5, culture: 5 }, people: [{ detail: "QI and research", thanked: "2026-11-21" }] });
  });

  it("adds the file's notes after the notes the review has, as the form does, never replacing them", () => {
    const first = answers(`date: 2026-11-20\n${full}notes: "Strong QI curriculum.\\n\\nCalled a PGY-3 friend afterwards."\n`);
    if (!first.ok) throw new Error("first");
    const second = answers("notes: Second look booked for Jan 8.\n", first.review);
    expect(second.ok && second.review.notes).toBe("Strong QI curriculum.\n\nCalled a PGY-3 friend afterwards.\n\nSecond look booked for Jan 8.");
    const blank = answers("notes: '  '\n", first.review);
    expect(blank.ok && blank.review.notes).toBe("Strong QI curriculum.\n\nCalled a PGY-3 friend afterwards.");
  });
});

describe("finishing a review", () => {
  const complete = (extra: Partial<Review> = {}): Review => ({ ...blankReview("Lakeside IM", today), scores: { training: 5, culture: 4, faculty: 4, location: 3, schedule: 3, outcomes: 4 }, gut: 4, ...extra });

  it.each([
    ["2026-11-25", undefined],
    ["2026-11-23", undefined],
    ["2026-11-22", 3],
    ["2026-11-15", 10],
  ])("records writtenAfterDays for an interview on %s as %s", (date, days) => {
    expect(lateBy(date, today)).toBe(days);
    expect(finishReview(undefined, complete({ date }), today, criteriaOf).writtenAfterDays).toBe(days);
  });

  it("keeps when the impressions were first written; a corrected date counts from that day, not the day of the correction", () => {
    const before = finishReview(undefined, complete({ date: "2026-11-24" }), new Date(2026, 10, 24), criteriaOf);
    expect(finishReview(before, { ...before, gut: 5 }, today, criteriaOf).writtenAfterDays).toBeUndefined();
    // Written on the 24th: an interview on the 20th was 4 days before it, whenever the date is put right.
    expect(finishReview(before, { ...before, date: "2026-11-20" }, new Date(2026, 11, 16), criteriaOf).writtenAfterDays).toBe(4);
    expect(finishReview(before, { ...before, date: "2026-11-23" }, new Date(2026, 11, 16), criteriaOf).writtenAfterDays).toBeUndefined();
    // Written 3 days late, then the date moved a day earlier: 4 days late.
    const late = finishReview(undefined, complete({ date: "2026-11-21" }), new Date(2026, 10, 24), criteriaOf);
    expect(late.writtenAfterDays).toBe(3);
    expect(finishReview(late, { ...late, date: "2026-11-20" }, new Date(2026, 11, 16), criteriaOf).writtenAfterDays).toBe(4);
  });

  it("adds one dated line of what an edit changed", () => {
    const before = finishReview(undefined, complete({ redFlags: ["Tired residents"] }), today, criteriaOf);
    const after = finishReview(before, { ...before, scores: { ...before.scores, culture: 2 }, gut: 3, redFlags: ["Call schedule unclear"], people: [{ name: "Dr. Rivera", role: "", detail: "", thanked: null }] }, new Date(2026, 10, 27), criteriaOf);
    expect(after.changes).toEqual(["2026-11-27: culture 4 → 2; gut 4 → 3; people: + Dr. Rivera; red flags: + Call schedule unclear, − Tired residents"]);
    expect(finishReview(after, after, new Date(2026, 10, 28), criteriaOf).changes).toHaveLength(1);
  });

  it("marks a review without every score a draft", () => {
    expect(finishReview(undefined, complete({ scores: { training: 3 } }), today, criteriaOf).draft).toBe(true);
    expect(finishReview(undefined, complete(), today, criteriaOf).draft).toBe(false);
  });

  it("says nothing changed when nothing did", () => {
    expect(describeChanges(complete(), complete())).toBeUndefined();
  });

  it("finishes a networking event's review without scores, and one turned into an event's drops them, saying so", () => {
    const event = finishReview(undefined, { ...blankReview("Chicago Mixer", today), kind: "networking" }, today, criteriaOf);
    expect(event).toMatchObject({ draft: false, scores: {}, gut: null, dealBreakers: [] });
    const job = finishReview(undefined, complete({ dealBreakers: ["Too far"] }), today, criteriaOf);
    const turned = finishReview(job, { ...job, kind: "networking" }, today, criteriaOf);
    expect(turned).toMatchObject({ draft: false, scores: {}, gut: null, dealBreakers: [] });
    expect(turned.changes).toEqual(["2026-11-25: kind residency → networking; training 5 → none; culture 4 → none; faculty 4 → none; location 3 → none; schedule 3 → none; outcomes 4 → none; gut 4 → none; deal-breakers: − Too far"]);
  });
});
