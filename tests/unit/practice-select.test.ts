import { describe, expect, it } from "vitest";
import type { Question } from "../../src/content/types.js";
import { UsageError } from "../../src/io/errors.js";
import { seededRandom, selectQuestions } from "../../src/practice/select.js";
import { deck as deckOf, question } from "../helpers/content.js";

const q = (id: string, category?: string, tags: string[] = []) => question(id, { text: `Question ${id}?`, answerSeconds: 120, tags, ...(category ? { category } : {}) });

const deck = deckOf([
  q("a", "motivation", ["core"]),
  q("b", "motivation", ["core", "opener"]),
  q("c", "fit", ["img"]),
  q("d", "fit", ["core"]),
  q("e", "red-flags"),
  q("f", undefined, ["core", "img"]),
  q("g", "motivation"),
  q("h", "fit", ["core", "img"]),
]);

const ids = (questions: Question[]) => questions.map((x) => x.id);
const usageMessage = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).exitCode).toBe(64);
    return (error as Error).message;
  }
  throw new Error("expected a UsageError");
};

describe("selectQuestions: filters", () => {
  it.each<[string, Partial<Parameters<typeof selectQuestions>[1]>, string[]]>([
    ["everything, deck order", {}, ["a", "b", "c", "d", "e", "f", "g", "h"]],
    ["a category", { categories: ["fit"] }, ["c", "d", "h"]],
    ["a category in other case", { categories: ["FIT"] }, ["c", "d", "h"]],
    ["one tag", { tags: ["img"] }, ["c", "f", "h"]],
    ["all of several tags", { tags: ["core", "img"] }, ["f", "h"]],
    ["category and tags", { categories: ["fit"], tags: ["core"] }, ["d", "h"]],
    ["two categories: questions of either", { categories: ["fit", "motivation"] }, ["a", "b", "c", "d", "g", "h"]],
    ["excluding a category keeps the others and questions without one", { excludeCategories: ["fit"] }, ["a", "b", "e", "f", "g"]],
    ["excluding two categories", { excludeCategories: ["fit", "motivation"], tags: ["core"] }, ["f"]],
    ["count takes the first ones", { count: 2, tags: ["core"] }, ["a", "b"]],
    ["count above what matches gives all", { count: 50, categories: ["motivation"] }, ["a", "b", "g"]],
  ])("%s", (_name, options, expected) => {
    expect(ids(selectQuestions(deck, { count: 100, order: "deck", ...options }))).toEqual(expected);
  });

  it.each<[string, Partial<Parameters<typeof selectQuestions>[1]>, string]>([
    [
      "unknown category, with a suggestion",
      { categories: ["motivaton"] },
      "no questions in deck 'residency' have category 'motivaton'. Did you mean 'motivation'? Categories in this deck: fit, motivation, red-flags.",
    ],
    ["an unknown category to exclude", { excludeCategories: ["fitt"] }, "no questions in deck 'residency' have category 'fitt'. Did you mean 'fit'? Categories in this deck: fit, motivation, red-flags."],
    ["unknown category", { categories: ["ethics"] }, "no questions in deck 'residency' have category 'ethics'. Categories in this deck: fit, motivation, red-flags."],
    ["unknown tag", { tags: ["imgg"] }, "no questions in deck 'residency' have tag 'imgg'. Did you mean 'img'? Tags in this deck: core, img, opener."],
    ["unknown tags", { tags: ["core", "x", "y"] }, "no questions in deck 'residency' have tags 'x', 'y'. Tags in this deck: core, img, opener."],
    [
      "category and tag that exist but not together",
      { categories: ["motivation"], tags: ["img"] },
      "no questions in deck 'residency' have category 'motivation' and all of the tags 'img'. Tags in category 'motivation': core, opener.",
    ],
    ["tags that exist but not together", { tags: ["opener", "img"] }, "no questions in deck 'residency' have all of the tags 'opener', 'img'. Tags in this deck: core, img, opener."],
    ["a category whose questions have no tags", { categories: ["red-flags"], tags: ["core"] }, "no questions in deck 'residency' have category 'red-flags' and all of the tags 'core'. Questions in category 'red-flags' have no tags."],
  ])("usage error (64): %s", (_name, options, message) => {
    expect(usageMessage(() => selectQuestions(deck, { count: 5, order: "deck", ...options }))).toBe(message);
  });

  it("refuses a count that is not a whole number above zero", () => {
    expect(usageMessage(() => selectQuestions(deck, { count: 0, order: "deck" }))).toBe("--count must be a whole number of questions, 1 or more; got 0");
    expect(usageMessage(() => selectQuestions(deck, { count: 2.5, order: "deck" }))).toMatch(/got 2.5$/);
  });
});

describe("selectQuestions: order", () => {
  it("a seeded shuffle is the same every time, and differs between seeds", () => {
    const first = ids(selectQuestions(deck, { count: 8, order: "shuffle", seed: "monday" }));
    expect(ids(selectQuestions(deck, { count: 8, order: "shuffle", seed: "monday" }))).toEqual(first);
    expect([...first].sort()).toEqual(["a", "b", "c", "d", "e", "f", "g", "h"]);
    const others = ["tuesday", "wednesday", "thursday"].map((seed) => ids(selectQuestions(deck, { count: 8, order: "shuffle", seed })).join(""));
    expect(others.some((order) => order !== first.join(""))).toBe(true);
  });

  it("a seeded shuffle gives a fixed, known order (stable across Node versions)", () => {
    expect(ids(selectQuestions(deck, { count: 8, order: "shuffle", seed: "lakeside" }))).toEqual(["g", "d", "c", "h", "e", "a", "b", "f"]);
  });

  it("shuffles after filtering and before counting", () => {
    const picked = ids(selectQuestions(deck, { count: 2, order: "shuffle", seed: "x", tags: ["img"] }));
    expect(picked).toHaveLength(2);
    for (const id of picked) expect(["c", "f", "h"]).toContain(id);
  });

  it("without a seed, shuffles differently from run to run", () => {
    const orders = new Set(Array.from({ length: 20 }, () => ids(selectQuestions(deck, { count: 8, order: "shuffle" })).join("")));
    expect(orders.size).toBeGreaterThan(1);
  });

  it("does not change the deck", () => {
    selectQuestions(deck, { count: 8, order: "shuffle", seed: "s" });
    expect(ids(deck.questions)).toEqual(["a", "b", "c", "d", "e", "f", "g", "h"]);
  });
});

describe("seededRandom", () => {
  it("gives numbers in [0, 1), the same sequence for the same seed", () => {
    const a = seededRandom("seed");
    const b = seededRandom("seed");
    const seq = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(seq);
    expect(seq.every((n) => n >= 0 && n < 1)).toBe(true);
    expect(new Set(seq).size).toBeGreaterThan(990);
  });

  it("spreads numbers evenly enough for shuffling", () => {
    const random = seededRandom("even");
    const buckets = Array.from({ length: 10 }, () => 0);
    for (let i = 0; i < 10_000; i++) buckets[Math.floor(random() * 10)]!++;
    for (const count of buckets) expect(count).toBeGreaterThan(850);
  });
});
