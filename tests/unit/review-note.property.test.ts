// A review note holds what a user typed right after an interview: names, red flags, free notes.
// Whatever that is (front-matter fences, headings, backticks, HTML, emoji, line separators, very
// long lines, CR LF), the note parses back to the same review and keeps its Markdown structure.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { criteriaFor } from "../../src/reviews/criteria.js";
import { normaliseReview, type Review } from "../../src/reviews/review.js";
import { parseReviewNote, renderReviewNote } from "../../src/reviews/review-note.js";

const HOSTILE = [
  "---", "...", "# Review: fake", "## Notes", "## Scores", "## Drive there", "### x", "- x", "+ y", "* z", "1. one", "2) two", "= setext", "===",
  "> quote", "    indented code", "```", "```js", "~~~", "`", "``", "<script>alert(1)</script>", "<details>", "<!--", "-->", "&amp;",
  "[link](http://x)", "| a | b |", "**bold**", "_it_", "\\", "\\n", "\"", "'", "a: b", "gut: 5", "scores: {}", "type: practice", "null", "true",
  "~", "&a", "*a", "!!binary", "%YAML 1.1", "\n", "\n\n", "\r\n", "\r", "\t", "\u2028", "\u2029", "\u0085", "\u00a0", "\uFEFF", "\u200b",
  "\u202e", "😀", "👩🏽‍⚕️", "é", "e\u0301", "مستشفى", "x".repeat(5000),
];
const text = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.array(fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 4 })), { maxLength: 8 }).map((parts) => parts.join("")),
);
const list = fc.array(text, { maxLength: 4 });
const day = fc.constantFrom("2026-11-20", "2024-02-29", "2027-01-01");
const rating = fc.integer({ min: 1, max: 5 });

const reviewArb = fc
  .record({
    program: text,
    date: day,
    kind: fc.constantFrom("residency" as const, "job" as const),
    specialty: text,
    draft: fc.boolean(),
    someScores: fc.array(rating, { minLength: 8, maxLength: 8 }),
    scored: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
    gut: rating,
    dealBreakers: list,
    people: fc.array(fc.record({ name: text, role: text, detail: text, thanked: fc.option(day, { nil: null }) }), { maxLength: 3 }),
    redFlags: list,
    stillUnknown: list,
    noteLines: fc.array(text, { maxLength: 6 }),
    newline: fc.constantFrom("\n", "\r\n", "\r"),
    writtenAfterDays: fc.option(fc.integer({ min: 3, max: 400 }), { nil: undefined }),
    changes: list,
  })
  .map((r): Review => {
    const criteria = criteriaFor(r.kind);
    // A draft may lack scores and the gut rating; a finished review has them all.
    const scores = Object.fromEntries(criteria.flatMap((c, i) => (!r.draft || r.scored[i] ? [[c.id, r.someScores[i]!]] : [])));
    return normaliseReview({
      program: r.program,
      date: r.date,
      kind: r.kind,
      specialty: r.specialty,
      scores,
      gut: r.draft && !r.scored[7] ? null : r.gut,
      dealBreakers: r.dealBreakers,
      people: r.people,
      redFlags: r.redFlags,
      stillUnknown: r.stillUnknown,
      notes: r.noteLines.join(r.newline),
      ...(r.writtenAfterDays === undefined ? {} : { writtenAfterDays: r.writtenAfterDays }),
      changes: r.changes,
      draft: r.draft,
      extra: {},
      otherSections: "",
    });
  })
  // The command refuses an empty program name (review "" is a usage error).
  .filter((review) => review.program !== "");

const render = (review: Review) => renderReviewNote(review, criteriaFor(review.kind));

describe("review notes round-trip whatever was typed (property)", () => {
  it("render -> parseReviewNote -> the same review", () => {
    fc.assert(
      fc.property(reviewArb, (review) => {
        const result = parseReviewNote(render(review), "reviews/x.md");
        if (!result.ok) throw new Error(result.issues.map((i) => `${i.line}:${i.col} ${i.message}`).join("\n"));
        expect(result.review).toEqual(review);
      }),
      { numRuns: 400 },
    );
  });

  it("keeps one front matter and only its own headings, each once", () => {
    const known = ["## People met", "## Scores", "## Deal-breakers", "## Red flags", "## Still unknown", "## Notes", "## Changes"];
    fc.assert(
      fc.property(reviewArb, (review) => {
        const note = render(review);
        // CommonMark ends a line at LF, CR or CR LF.
        const lines = note.split(/\r\n|\r|\n/);
        expect(lines.filter((l) => l === "---")).toHaveLength(2);
        expect(lines[0]).toBe("---");
        const headings = lines.filter((l) => /^ {0,3}#{1,6}(\s|$)/.test(l));
        expect(headings[0]).toMatch(/^# Review: /);
        expect(headings.slice(1).every((h) => known.includes(h)), JSON.stringify(headings)).toBe(true);
        expect(new Set(headings).size).toBe(headings.length);
        // Nothing typed opens an HTML block or setext heading in the body, nor a code block that
        // runs on: a fence typed into Notes is kept only when it is closed, and what is inside it is code.
        const body = lines.slice(lines.indexOf("---", 1) + 1);
        const outside: string[] = [];
        let fenced = false;
        for (const l of body) {
          if (/^ {0,3}(```|~~~)/.test(l)) fenced = !fenced;
          else if (!fenced) outside.push(l);
        }
        expect(fenced).toBe(false);
        expect(outside.filter((l) => /^ {0,3}(<[a-zA-Z!/]|=+\s*$|-{3,}\s*$)/.test(l))).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });
});
