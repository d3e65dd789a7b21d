// practice flags and config.yaml practice.*: flags win over config, config over defaults, and
// every bad value is a usage error that says what would fit.
import { describe, expect, it } from "vitest";
import { resolvePracticeOptions } from "../../src/practice/options.js";

describe("practice options", () => {
  it("has the documented defaults", () => {
    expect(resolvePracticeOptions({})).toEqual({ count: 5, categories: [], excludeCategories: [], tags: [], mode: "typed", hard: false, takes: 2, save: true, plan: false, json: false, stories: true });
  });

  it("shuffles with --seed unless --order says otherwise, over config's order too", () => {
    expect(resolvePracticeOptions({ seed: "s1" }).order).toBe("shuffle");
    expect(resolvePracticeOptions({ seed: "s1" }, { order: "due" }).order).toBe("shuffle");
    expect(resolvePracticeOptions({ seed: "s1", order: "deck" }).order).toBe("deck");
    expect(resolvePracticeOptions({}).order).toBeUndefined();
  });

  it("hides the story bank with --no-stories or practice.stories: false in config", () => {
    expect(resolvePracticeOptions({ stories: false }).stories).toBe(false);
    expect(resolvePracticeOptions({ stories: true }, { stories: false }).stories).toBe(false);
    expect(resolvePracticeOptions({ stories: true }, { stories: true }).stories).toBe(true);
  });

  it("takes config values over defaults and flags over config", () => {
    const config = { count: 8, mode: "aloud" as const, takes: 1, prep: "10s", time: 60, hard: true, order: "deck" as const };
    expect(resolvePracticeOptions({}, config)).toMatchObject({ count: 8, mode: "aloud", takes: 1, prepSeconds: 10, timeSeconds: 60, hard: true, order: "deck" });
    expect(resolvePracticeOptions({ count: "2", mode: "typed", takes: "3", prep: "0", time: "1m30s", order: "shuffle" }, config)).toMatchObject({
      count: 2, mode: "typed", takes: 3, prepSeconds: 0, timeSeconds: 90, order: "shuffle", hard: true,
    });
  });

  it.each(["0", "0s", "0m"])("--prep %s means no think time", (prep) => {
    expect(resolvePracticeOptions({ prep }).prepSeconds).toBe(0);
  });

  it("takes a plain number of ten or more as seconds, and a small one with its unit", () => {
    expect(resolvePracticeOptions({ time: "90" })).toMatchObject({ timeSeconds: 90 });
    expect(resolvePracticeOptions({ time: "5s" })).toMatchObject({ timeSeconds: 5 });
  });

  it("--no-save and --output pass through", () => {
    expect(resolvePracticeOptions({ save: false, output: "-" })).toMatchObject({ save: false, output: "-" });
  });

  it.each([
    [{ count: "0" }, '--count must be a whole number, 1 or more; got "0"'],
    [{ count: "five" }, '--count must be a whole number, 1 or more; got "five"'],
    [{ count: "2.5" }, "--count must be a whole number"],
    [{ takes: "0" }, '--takes must be a whole number, 1 to 20; got "0"'],
    [{ takes: "100" }, "--takes must be a whole number, 1 to 20"],
    [{ prep: "soon" }, '--prep must be a duration like 20s, 1m or 0 (no think time); got "soon"'],
    [{ time: "0" }, '--time must be a duration above zero in minutes or seconds, like 90s, 2m or 1m30s; got "0"'],
    [{ time: "2h" }, '--time must be a duration above zero in minutes or seconds, like 90s, 2m or 1m30s; got "2h"'],
    // A bare 2 is two minutes meant; two seconds is what a plain number would give.
    [{ time: "2" }, "--time 2 would give 2 seconds to answer; give a unit: 2m for minutes, or 2s if you mean it"],
    [{ time: "ninety" }, "--time must be a duration above zero"],
    [{ json: true }, "--json goes with --plan"],
    [{ plan: true, answers: "a.yaml" }, "--plan and --answers do not go together"],
    [{ program: "  " }, "--program needs a name"],
    [{ output: "" }, "--output needs a file name"],
  ])("refuses %o", (flags, message) => {
    expect(() => resolvePracticeOptions(flags)).toThrow(expect.objectContaining({ exitCode: 64, message: expect.stringContaining(message) }));
  });
});
