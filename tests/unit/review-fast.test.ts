// The fast review reader must agree with the full YAML + zod path on everything it accepts,
// and hand anything else over (undefined) rather than guess.
import fc from "fast-check";
import YAML from "yaml";
import { describe, expect, it } from "vitest";
import { criteriaFor } from "../../src/rank/criteria.js";
import { normaliseReview, type Review } from "../../src/rank/review.js";
import { reviewFrontMatterSchema } from "../../src/rank/review-schema.js";
import { fullParseReview, renderReviewNote } from "../../src/notes/review-note.js";
import { checkFrontMatter, fastParseReview, fastYaml, FRONT_MATTER_KEYS, splitNote } from "../../src/notes/review-fast.js";

const criteria = criteriaFor("residency");
const text = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.string({ unit: "binary", maxLength: 10 }),
  fc.constantFrom("null", "~", "true", "False", "12", "-3", "0x1F", "1e3", ".5", ".inf", "2026-11-20", "a: b", "x #y", "- z", "'q'", '"d"', "it's", "\\", "[a]", "{}", "é ü", "tab\there", " pad ", "#c", "key:"),
);

describe("the fast review reader", () => {
  it("knows the same front-matter keys as the schema", () => {
    expect(FRONT_MATTER_KEYS).toEqual(Object.keys(reviewFrontMatterSchema.shape));
  });

  it("splits front matter from body exactly as parseNote does (property)", () => {
    const piece = fc.constantFrom("---", "----", "\n", "\r\n", "\uFEFF", "a", "x: 1", " ");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join("");
        const clean = text.replace(/^\uFEFF/, "").replace(/\r\n/g, "\n");
        const match = /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(clean);
        expect(splitNote(text)).toEqual(match ? { yaml: match[1], body: clean.slice(match[0].length) } : undefined);
      }),
      { numRuns: 3000 },
    );
  });

  it("reads YAML as the yaml package does, or declines (property)", () => {
    const value = fc.oneof(text, fc.integer(), fc.boolean(), fc.constant(null), fc.array(text, { maxLength: 3 }));
    const object = fc.dictionary(fc.constantFrom("program", "detail", "a_b", "x-y", "k"), fc.oneof(value, fc.array(fc.dictionary(fc.constantFrom("name", "role"), value, { maxKeys: 2 }), { maxLength: 2 }), fc.dictionary(fc.constantFrom("training", "gut"), value, { maxKeys: 2 })), { maxKeys: 4 });
    let read = 0;
    fc.assert(
      fc.property(object, (data) => {
        const source = YAML.stringify(data, { lineWidth: 0 }).trimEnd();
        const fast = fastYaml(source);
        if (fast !== undefined) expect(fast).toEqual(YAML.parse(source)), read++;
      }),
      { numRuns: 2000 },
    );
    expect(read).toBeGreaterThan(1000);
  });

  it("reads every note the program writes without falling back, exactly as the full path (property)", () => {
    const person = fc.record({ name: text, role: text, detail: text, thanked: fc.constantFrom(null, "2026-11-21") });
    fc.assert(
      fc.property(text, fc.array(text, { maxLength: 3 }), fc.array(person, { maxLength: 3 }), fc.array(text, { maxLength: 4 }), text, (program, list, people, lines, specialty) => {
        const review: Review = normaliseReview({
          program: program.trim() ? program : "P",
          date: "2026-11-20",
          kind: "residency",
          specialty,
          scores: { training: 5, culture: 1 },
          gut: 3,
          dealBreakers: list,
          people,
          redFlags: list,
          stillUnknown: [],
          notes: lines.join("\n"),
          changes: list.map((x) => `2026-11-22: ${x}`),
          draft: false,
          extra: {},
          otherSections: "",
        });
        if (!review.program) return;
        const note = renderReviewNote(review, criteria);
        const full = fullParseReview(note, "x.md");
        expect(full).toEqual({ ok: true, review });
        const fast = fastParseReview(note);
        // Plain text that YAML must quote in a way the fast reader leaves alone is allowed to
        // fall back; what it does read must be the same.
        if (fast) expect(fast).toEqual(review);
      }),
      { numRuns: 500 },
    );
  });

  it("reads ordinary notes on the fast path", () => {
    const review = normaliseReview({
      program: "Mercy, Internal Medicine",
      date: "2026-11-20",
      kind: "residency",
      specialty: "IM",
      scores: { training: 5, culture: 4 },
      gut: 4,
      dealBreakers: ["No visa sponsorship I can use"],
      people: [{ name: "Dr. O'Neil", role: "PD", detail: 'the "QI" project: sepsis', thanked: null }],
      redFlags: [],
      stillUnknown: [],
      notes: "",
      changes: [],
      draft: false,
      extra: {},
      otherSections: "",
    });
    expect(fastParseReview(renderReviewNote(review, criteria))).toEqual(review);
  });

  it("agrees with zod on what is valid (property)", () => {
    const anyValue = fc.oneof(fc.string({ maxLength: 5 }), fc.integer({ min: -1, max: 7 }), fc.double(), fc.boolean(), fc.constant(null), fc.constantFrom("review", "residency", "job", "2026-11-20", "2026-02-30"));
    // Mostly valid, sometimes anything: both outcomes must occur often for the test to mean something.
    const mostly = <T>(valid: fc.Arbitrary<T>) => fc.oneof({ arbitrary: valid, weight: 30 }, { arbitrary: anyValue, weight: 1 });
    const rating = fc.integer({ min: 1, max: 5 });
    const day = fc.constantFrom("2026-11-20", "2024-02-29");
    const person = fc.record(
      { name: mostly(fc.constantFrom("Dr. A", "B")), role: mostly(fc.string({ maxLength: 3 })), detail: mostly(fc.string({ maxLength: 3 })), thanked: mostly(fc.oneof(fc.constant(null), day)), email: anyValue },
      { requiredKeys: [] },
    );
    const data = fc.record(
      {
        type: mostly(fc.constant("review")),
        program: mostly(fc.constantFrom("P", "Lakeside IM")),
        date: mostly(day),
        kind: mostly(fc.constantFrom("residency", "job")),
        specialty: mostly(fc.string({ maxLength: 4 })),
        draft: mostly(fc.boolean()),
        scores: mostly(fc.dictionary(fc.constantFrom("training", "culture", "x"), mostly(rating), { maxKeys: 3 })),
        gut: mostly(fc.oneof(rating, fc.constant(null))),
        dealBreakers: mostly(fc.array(mostly(fc.string({ maxLength: 3 })), { maxLength: 2 })),
        people: mostly(fc.array(person, { maxLength: 2 })),
        writtenAfterDays: mostly(fc.nat(30)),
        changes: mostly(fc.array(mostly(fc.string({ maxLength: 3 })), { maxLength: 2 })),
        tags: anyValue,
      },
      { requiredKeys: ["type", "program", "date", "kind"] },
    ).chain((record) => fc.oneof({ arbitrary: fc.constant(record), weight: 9 }, { arbitrary: fc.constant({ ...record, scroes: 1 }), weight: 1 }));
    let accepted = 0;
    let rejected = 0;
    fc.assert(
      fc.property(data, (raw) => {
        // As YAML would give it: no undefined values, -0 and NaN as YAML has them.
        const input = JSON.parse(JSON.stringify(raw)) as Record<string, unknown>;
        const fast = checkFrontMatter(input);
        const zod = reviewFrontMatterSchema.safeParse(input);
        expect(fast !== undefined).toBe(zod.success && !("scroes" in input));
        if (fast) accepted++;
        else rejected++;
      }),
      { numRuns: 3000 },
    );
    expect(accepted).toBeGreaterThan(100);
    expect(rejected).toBeGreaterThan(100);
  });

  it.each([
    ["a comment line", "---\n# mine\ntype: review\n---\n"],
    ["flow-style scores", "---\ntype: review\nscores: { training: 5 }\n---\n"],
    ["a block scalar", "---\ntype: review\nprogram: |\n  x\n---\n"],
    ["an anchor", "---\ntype: review\nprogram: &a x\n---\n"],
    ["a duplicate key", "---\ntype: review\ntype: review\n---\n"],
  ])("hands %s over to the full path", (_what, note) => {
    expect(fastParseReview(note)).toBeUndefined();
  });
});
