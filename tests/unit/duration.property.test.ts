// Durations come from content files, config.yaml and flags, all typed by people: whatever they
// type, a duration is a finite number of seconds above zero or nothing at all.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatDuration, parseDueOffset, parseDuration } from "../../src/io/duration.js";

/** Text made of what durations are made of, so that near misses ("1m3", "0m0s", "+5s") are common. */
const durationLike = fc.oneof(
  fc.string({ unit: fc.constantFrom(..."0123456789ms"), maxLength: 12 }),
  fc.string({ unit: fc.constantFrom(..."0123456789ms -+.eEhdw_\t\n:,xX"), maxLength: 16 }),
  fc.tuple(fc.constantFrom("", " ", "+", "-", "0", "00"), fc.nat(10_000), fc.constantFrom("", "s", "m", "m30s", "m0s", "h", "ms", "sm", ".5", "e3")).map(([a, n, b]) => `${a}${n}${b}`),
  // Long runs of digits: 400 nines are past Number's range and once read as Infinity.
  fc.tuple(fc.constantFrom("", "-", "+"), fc.integer({ min: 1, max: 400 }), fc.constantFrom("", "s", "m", "m9s", "d", "w")).map(([sign, n, unit]) => `${sign}${"9".repeat(n)}${unit}`),
);

const anyInput: fc.Arbitrary<unknown> = fc.oneof(
  durationLike,
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.double(),
  fc.integer(),
  fc.anything({ maxDepth: 1 }),
);

describe("parseDuration (property)", () => {
  it("reads a formatted whole number of seconds back to the same number", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), (seconds) => {
        expect(parseDuration(formatDuration(seconds))).toBe(seconds);
      }),
      { numRuns: 5000 },
    );
  });

  it("never reads anything as zero, a negative, NaN or infinite time", () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const seconds = parseDuration(input);
        if (seconds === undefined) return;
        expect(Number.isFinite(seconds), JSON.stringify(input)).toBe(true);
        expect(seconds, JSON.stringify(input)).toBeGreaterThan(0);
      }),
      { numRuns: 10_000 },
    );
  });

  it("a duration typed as text is whole seconds, and formatting it gives a text that reads the same", () => {
    fc.assert(
      fc.property(durationLike, (text) => {
        const seconds = parseDuration(text);
        if (seconds === undefined) return;
        expect(Number.isInteger(seconds), text).toBe(true);
        expect(parseDuration(formatDuration(seconds))).toBe(seconds);
      }),
      { numRuns: 10_000 },
    );
  });
});

describe("parseDueOffset (property)", () => {
  it("is a whole number of days or nothing, and '-Nd' is N days before", () => {
    fc.assert(
      fc.property(durationLike, fc.integer({ min: 0, max: 999 }), (text, days) => {
        const parsed = parseDueOffset(text);
        // A due date is a real calendar day: at most 999 weeks either way.
        if (parsed !== undefined) expect(Math.abs(parsed), text).toBeLessThanOrEqual(999 * 7);
        expect(parseDueOffset(`-${days}d`)).toBe(-days);
        expect(parseDueOffset(`+${days}w`)).toBe(days * 7);
      }),
      { numRuns: 5000 },
    );
  });
});
