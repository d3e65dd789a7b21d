// The fast replay must schedule exactly as ts-fsrs's own `next()` does: same state, due time,
// memory (stability, difficulty), reps and lapses after any sequence of answers and gaps.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createEmptyCard, fsrs, type Card, type Grade } from "ts-fsrs";
import { newCard, Replayer } from "../../src/practice/fsrs-replay.js";

const reference = fsrs({ enable_fuzz: false });
const replayer = new Replayer();

// Gaps from seconds to months, so that every learning step, graduation and lapse path is taken.
const gap = fc.oneof(fc.integer({ min: 0, max: 30 * 60_000 }), fc.integer({ min: 0, max: 3 * 86_400_000 }), fc.integer({ min: 0, max: 120 * 86_400_000 }));
const answers = fc.array(fc.record({ gap, grade: fc.constantFrom<Grade>(1, 2, 3, 4) }), { minLength: 1, maxLength: 40 });

describe("Replayer", () => {
  it("matches ts-fsrs next() on random histories", () => {
    fc.assert(
      fc.property(answers, fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2027, 0, 1) }), (steps, start) => {
        let time = start;
        let expected: Card = createEmptyCard(new Date(time));
        const actual = newCard(time);
        for (const { gap, grade } of steps) {
          time += gap;
          expected = reference.next(expected, new Date(time), grade).card;
          replayer.review(actual, time, grade);
          const card = replayer.toCard(actual);
          expect({ ...card, due: card.due.getTime() }).toEqual({ ...expected, due: expected.due.getTime() });
        }
      }),
      { numRuns: 300 },
    );
  });
});
