import { describe, expect, it } from "vitest";
import { criteriaFor } from "../../src/reviews/criteria.js";
import { blankReview } from "../../src/reviews/review-edit.js";
import { MAX_RANKED, rangeLabel, rankLabel, renderMarkdown } from "../../src/reviews/rank-render.js";
import { rankReviews, type ReviewFile } from "../../src/reviews/score.js";

const asOf = new Date(2026, 10, 25);
const file = (program: string, score: number, gut: number, extra: Partial<ReviewFile["review"]> = {}, kind: "residency" | "job" = "residency"): ReviewFile => {
  const ids = criteriaFor(kind).map((c) => c.id);
  return { review: { ...blankReview(program, asOf), kind, scores: Object.fromEntries(ids.map((id) => [id, score])), gut, draft: false, ...extra }, file: `reviews/${program}.md` };
};

describe("rank labels", () => {
  it.each([
    [2, true, "2="],
    [1, false, "1"],
  ])("rank %d tied %s is %s", (rank, tied, label) => expect(rankLabel(rank, tied)).toBe(label));
  it.each([
    [[3, 3], "3"],
    [[1, 4], "1–4"],
  ] as const)("range %j is %s", (range, label) => expect(rangeLabel(range)).toBe(label));
});

describe("the Markdown list", () => {
  it("asks the NRMP question for deal-breakers and leaves those programs off the table", () => {
    const list = rankReviews("residency", [file("Mercy", 5, 4, { dealBreakers: ["No visa sponsorship I can use"] }), file("Lakeside", 4, 4)], criteriaFor("residency"));
    const text = renderMarkdown({ asOf, lists: [list], reviewCount: 2 });
    expect(text).toContain("Would you rather go unmatched than train there?");
    expect(text).toContain("- Mercy: No visa sponsorship I can use\n");
    expect(text).not.toMatch(/\| \d+=? \| Mercy \|/);
    expect(text).toContain("| 1 | Lakeside | 75 | 4/5 | 1 | 1 |");
  });

  it("asks the job-seeker's version of the question for jobs, with job reminders", () => {
    const list = rankReviews("job", [file("Valley", 5, 4, { dealBreakers: ["Non-compete terms I cannot accept"] }, "job")], criteriaFor("job"));
    const text = renderMarkdown({ asOf, lists: [list], reviewCount: 1 });
    expect(text).toContain("## Jobs");
    expect(text).toContain("Would you rather keep looking than work there?");
    expect(text).toContain("Rank only places you would accept");
    expect(text).not.toContain("300");
  });

  it("warns when a residency list holds more programs than a rank-order list can", () => {
    const files = Array.from({ length: MAX_RANKED + 1 }, (_, i) => file(`P${i}`, 1 + (i % 5), 3));
    const text = renderMarkdown({ asOf, lists: [rankReviews("residency", files, criteriaFor("residency"))], reviewCount: files.length });
    expect(text).toContain(`**${MAX_RANKED + 1} programs: more than the ${MAX_RANKED} a rank-order list can hold.**`);
  });

  it("always carries the reminders that belong to the list", () => {
    const text = renderMarkdown({ asOf, lists: [rankReviews("residency", [file("A", 3, 3)], criteriaFor("residency"))], reviewCount: 1 });
    expect(text).toContain("- Rank by true preference, not by your guess of your chances");
    expect(text).toContain("- Rank only programs you would attend");
    expect(text).toContain("- At most 300 programs fit on one rank-order list.");
  });
});
