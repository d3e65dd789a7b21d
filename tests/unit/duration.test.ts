// Durations in content, config and flags: "45s", "2m", "1m30s" or plain seconds; always above zero.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { formatDuration, parseDueOffset, parseDuration } from "../../src/io/duration.js";

describe("parseDuration", () => {
  it.each([
    ["45s", 45],
    ["2m", 120],
    ["1m30s", 90],
    ["0m30s", 30],
    ["90", 90],
    [" 90s ", 90],
    ["10m0s", 600],
    ["90s", 90],
    [45, 45],
    [2.5, 2.5],
  ] as const)("%j is %i seconds", (input, seconds) => {
    expect(parseDuration(input)).toBe(seconds);
  });

  it.each([["0"], ["0s"], ["0m0s"], ["00"], [0], [-5], ["-5s"], ["ninety"], ["1m30"], ["1h"], ["s"], ["m"], [""], ["1.5m"], ["30s1m"], [Number.NaN], [Number.POSITIVE_INFINITY], [null], [undefined], [["90s"]]])(
    "%j is not a duration",
    (input) => {
      expect(parseDuration(input)).toBeUndefined();
    },
  );
});

describe("formatDuration", () => {
  it.each([
    [0, "0s"],
    [1, "1s"],
    [45, "45s"],
    [59.6, "1m"],
    [60, "1m"],
    [90, "1m30s"],
    [102, "1m42s"],
    [120, "2m"],
    [3600, "60m"],
    [-3, "0s"],
  ])("%d seconds reads %s", (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });

  it("reads back to the same whole seconds", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), (seconds) => {
        expect(parseDuration(formatDuration(seconds))).toBe(seconds);
      }),
      { numRuns: 500 },
    );
  });
});

describe("parseDueOffset", () => {
  it.each([
    ["-2d", -2],
    ["0d", 0],
    ["+3d", 3],
    ["3d", 3],
    ["-1w", -7],
    ["+2w", 14],
  ])("%s is %i days", (text, days) => {
    expect(parseDueOffset(text)).toBe(days);
  });

  it.each(["", "2", "-2", "d", "2 days", "+1m", "1.5d"])("%j is not a day offset", (text) => {
    expect(parseDueOffset(text)).toBeUndefined();
  });
});
