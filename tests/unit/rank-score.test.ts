import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { criteriaFor, type Criterion } from "../../src/reviews/criteria.js";
import { blankReview } from "../../src/reviews/review-edit.js";
import type { Review } from "../../src/reviews/review.js";
import { competitionRanks, rankRanges, rankReviews, spanDistance, weightedScore, type ReviewFile } from "../../src/reviews/score.js";

const two: Criterion[] = [
  { id: "a", label: "A", weight: 3 },
  { id: "b", label: "B", weight: 1 },
];

function review(program: string, scores: Record<string, number>, gut: number, extra: Partial<Review> = {}): ReviewFile {
  return { review: { ...blankReview(program, new Date(2026, 10, 20)), scores, gut, draft: false, ...extra }, file: `reviews/${program}.md` };
}

describe("weightedScore", () => {
  it.each([
    [{ a: 1, b: 1 }, 0],
    [{ a: 5, b: 5 }, 100],
    [{ a: 3, b: 3 }, 50],
    // 3 * (5-1) + 1 * (1-1) = 12 of 16
    [{ a: 5, b: 1 }, 75],
    [{ a: 1, b: 5 }, 25],
  ])("scores %j as %d on 0-100", (scores, expected) => {
    expect(weightedScore(scores, two)).toBe(expected);
  });

  it("leaves out a criterion the review has no score for instead of counting it as zero", () => {
    expect(weightedScore({ a: 5 }, two)).toBe(100);
  });

  it("ignores criteria weighted 0 and has no score when nothing is weighted", () => {
    const zeroB = [two[0]!, { ...two[1]!, weight: 0 }];
    expect(weightedScore({ a: 5, b: 1 }, zeroB)).toBe(100);
    expect(weightedScore({ b: 3 }, zeroB)).toBeUndefined();
  });
});

describe("competitionRanks", () => {
  it.each([
    [[90, 80, 70], [1, 2, 3]],
    [[80, 90, 80, 70], [2, 1, 2, 4]],
    [[50, 50, 50], [1, 1, 1]],
    [[], []],
  ])("ranks %j as %j", (values, ranks) => {
    expect(competitionRanks(values)).toEqual(ranks);
  });
});

describe("spanDistance", () => {
  it.each([
    [[1, 1], [4, 4], 3],
    [[2, 4], [5, 5], 1],
    [[1, 5], [3, 3], 0],
    [[6, 6], [1, 2], 4],
  ] as const)("between %j and %j is %d", (a, b, d) => {
    expect(spanDistance(a, b)).toBe(d);
  });
});

describe("rankReviews", () => {
  it("ranks by weighted score, best first, with the gut rank beside it", () => {
    const list = rankReviews("residency", [review("Low", { a: 2, b: 2 }, 5), review("High", { a: 5, b: 4 }, 3), review("Mid", { a: 4, b: 2 }, 4)], two);
    expect(list.ranked.map((r) => [r.program, r.rank, r.score, r.gutRank])).toEqual([
      ["High", 1, 94, 3],
      ["Mid", 2, 63, 2],
      ["Low", 3, 25, 1],
    ]);
  });

  it("shows equal rounded scores as a tie sharing one rank, and the next rank skips", () => {
    const list = rankReviews("residency", [review("B", { a: 4, b: 4 }, 3), review("A", { a: 4, b: 4 }, 4), review("C", { a: 5, b: 5 }, 3), review("D", { a: 1, b: 1 }, 3)], two);
    expect(list.ranked.map((r) => [r.program, r.rank, r.tied])).toEqual([
      ["C", 1, false],
      // Within a tie, the higher gut comes first.
      ["A", 2, true],
      ["B", 2, true],
      ["D", 4, false],
    ]);
  });

  it("lists programs with a deal-breaker apart and leaves them off the ranks", () => {
    const list = rankReviews(
      "residency",
      [review("Best", { a: 5, b: 5 }, 5, { dealBreakers: ["No visa sponsorship I can use"] }), review("Other", { a: 3, b: 3 }, 3)],
      two,
    );
    expect(list.ranked.map((r) => [r.program, r.rank])).toEqual([["Other", 1]]);
    expect(list.dealBreakers).toEqual([{ program: "Best", file: "reviews/Best.md", score: 100, gut: 5, dealBreakers: ["No visa sponsorship I can use"] }]);
  });

  it("asks to look again when score rank and gut rank are 3 or more places apart", () => {
    const files = [
      review("P1", { a: 5, b: 5 }, 1),
      review("P2", { a: 4, b: 5 }, 2),
      review("P3", { a: 4, b: 4 }, 3),
      review("P4", { a: 3, b: 3 }, 4),
      review("P5", { a: 2, b: 2 }, 5),
    ];
    const flagged = rankReviews("residency", files, two).ranked.filter((r) => r.lookAgain).map((r) => r.program);
    // P1: 1st by score, 5th by gut (4 places); P2: 2nd vs 4th (2 places, not flagged).
    expect(flagged).toEqual(["P1", "P5"]);
  });

  it("does not flag a program whose tied gut rank overlaps its score rank", () => {
    const files = ["A", "B", "C", "D", "E"].map((p, i) => review(p, { a: 5 - i, b: 5 - i }, 4));
    expect(rankReviews("residency", files, two).ranked.some((r) => r.lookAgain)).toBe(false);
  });

  it("reports the criteria a review has no score for", () => {
    const list = rankReviews("residency", [review("Old", { a: 4 }, 3)], two);
    expect(list.ranked[0]!.unscored).toEqual(["b"]);
  });

  it("puts reviews with nothing to score by aside", () => {
    const list = rankReviews("residency", [review("Empty", { z: 4 }, 3), review("Fine", { a: 4, b: 4 }, 3)], two);
    expect(list.unscorable.map((f) => f.review.program)).toEqual(["Empty"]);
    expect(list.ranked.map((r) => r.program)).toEqual(["Fine"]);
  });
});

describe("rank ranges when one weight moves by ±1", () => {
  it("is a single rank for a program that wins on every criterion", () => {
    const list = rankReviews("residency", [review("Top", { a: 5, b: 5 }, 5), review("Next", { a: 3, b: 4 }, 3)], two);
    expect(list.ranked.map((r) => r.range)).toEqual([
      [1, 1],
      [2, 2],
    ]);
  });

  it("spans both places for two programs that trade places when a weight moves", () => {
    // X is strong on a (weight 3), Y on b (weight 1): X 3*4+0=12/16=75, Y 3*2+4=10/16=62.5.
    // With a=2: X 8/12=67, Y 8/12=67 (a tie); with b=2: X 12/20=60, Y 14/20=70 (Y first).
    const criteria: Criterion[] = [
      { id: "a", label: "A", weight: 3 },
      { id: "b", label: "B", weight: 1 },
    ];
    const list = rankReviews("residency", [review("X", { a: 5, b: 1 }, 3), review("Y", { a: 3, b: 5 }, 3)], criteria);
    expect(list.ranked.map((r) => [r.program, r.rank, r.range])).toEqual([
      ["X", 1, [1, 2]],
      ["Y", 2, [1, 2]],
    ]);
  });

  it("skips a change that would take a weight below zero", () => {
    const criteria: Criterion[] = [
      { id: "a", label: "A", weight: 0 },
      { id: "b", label: "B", weight: 1 },
    ];
    expect(rankRanges([{ a: 5, b: 1 }, { a: 1, b: 2 }], criteria, [2, 1])).toEqual([
      [1, 2],
      [1, 2],
    ]);
  });

  it("works with the default residency criteria", () => {
    const criteria = criteriaFor("residency");
    const files = [
      review("Even", { training: 4, culture: 4, faculty: 4, location: 4, schedule: 4, outcomes: 4 }, 4),
      review("Spiky", { training: 5, culture: 5, faculty: 3, location: 3, schedule: 2, outcomes: 4 }, 4),
    ];
    const list = rankReviews("residency", files, criteria);
    for (const r of list.ranked) expect(r.range[0]).toBeLessThanOrEqual(r.rank), expect(r.range[1]).toBeGreaterThanOrEqual(r.rank);
  });
});

describe("rank ranges, checked against rescoring from scratch", () => {
  it("match ranking every one-weight change of ±1 in full (property)", () => {
    const ids = ["a", "b", "c", "d"];
    const scoreSet = fc.record(Object.fromEntries(ids.map((id) => [id, fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined })])));
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 4, maxLength: 4 }), fc.array(scoreSet, { minLength: 1, maxLength: 12 }), (weights, sets) => {
        const criteria = ids.map((id, i) => ({ id, label: id, weight: weights[i]! }));
        const scores = sets.map((s) => Object.fromEntries(Object.entries(s).filter(([, v]) => v !== undefined)) as Record<string, number>);
        const exact = scores.map((s) => weightedScore(s, criteria));
        fc.pre(exact.every((x) => x !== undefined));
        const base = competitionRanks(exact.map((x) => Math.round(x!)));
        const expected = base.map((r): [number, number] => [r, r]);
        criteria.forEach((c, index) => {
          for (const delta of [-1, 1]) {
            if (c.weight + delta < 0) continue;
            const moved = criteria.map((m, i) => (i === index ? { ...m, weight: m.weight + delta } : m));
            const again = scores.map((s) => weightedScore(s, moved));
            if (again.some((x) => x === undefined)) continue;
            competitionRanks(again.map((x) => Math.round(x!))).forEach((r, i) => {
              expected[i] = [Math.min(expected[i]![0], r), Math.max(expected[i]![1], r)];
            });
          }
        });
        expect(rankRanges(scores, criteria, base)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});

describe("competitionRanks on any numbers", () => {
  it("agrees between the counting path (small whole numbers) and the sorting path (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { maxLength: 50 }), (values) => {
        // Adding 0.5 keeps the order and the ties but forces the sorting path.
        expect(competitionRanks(values)).toEqual(competitionRanks(values.map((v) => v + 0.5)));
      }),
    );
  });
});
