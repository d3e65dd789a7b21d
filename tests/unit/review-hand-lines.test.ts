// Lines a user writes by hand inside the sections the program rewrites from the front matter
// ("People met", "Scores", "Deal-breakers", "Changes") stay where they were, byte for byte,
// when the review is rewritten, also after the program's own lines changed.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { criteriaFor } from "../../src/reviews/criteria.js";
import type { Review } from "../../src/reviews/review.js";
import { parseReviewNote, renderReviewNote, rewriteProblem } from "../../src/reviews/review-note.js";

const criteria = criteriaFor("residency");

const sample: Review = {
  program: "Lakeside IM",
  date: "2026-11-20",
  kind: "residency",
  specialty: "Internal medicine",
  scores: { training: 5, culture: 4, faculty: 4, location: 3, schedule: 3, outcomes: 4 },
  gut: 4,
  dealBreakers: ["No visa sponsorship I can use"],
  people: [
    { name: "Dr. Lee", role: "Surgery", detail: "the trauma bay", thanked: null },
    { name: "Dr. Lee", role: "Medicine", detail: "", thanked: "2026-11-21" },
  ],
  redFlags: [],
  stillUnknown: [],
  notes: "",
  changes: ["2026-11-21: gut 3 → 4"],
  draft: false,
  extra: {},
  otherSections: "",
};

function parsed(text: string): Review {
  // With the criteria, as a command that rewrites the note reads it.
  const result = parseReviewNote(text, "reviews/x.md", { residency: criteria, job: criteriaFor("job") });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.review;
}

const rewrite = (text: string, change: (review: Review) => Review = (r) => r) => renderReviewNote(change(parsed(text)), criteria);

const OWNED = ["## People met", "## Scores", "## Deal-breakers", "## Changes"];

/** Where a hand-written block may go: under an owned heading's blank line, or after any non-blank line of an owned section. */
function insertionPoints(lines: readonly string[]): number[] {
  const points: number[] = [];
  let owned = false;
  for (const [i, line] of lines.entries()) {
    if (line.startsWith("## ")) owned = OWNED.includes(line);
    else if (owned && (line !== "" || lines[i - 1]!.startsWith("## "))) points.push(i + 1);
  }
  return points;
}

describe("hand-written lines inside the sections the program writes", () => {
  it("stay in place under Scores, Deal-breakers, Changes and a person, byte for byte", () => {
    const text = renderReviewNote(sample, criteria);
    const edited = text
      .replace("| Faculty and mentorship | 4/5 |\n", "| Faculty and mentorship | 4/5 |\n\nFaculty: two new hires this year.\n")
      .replace("## Deal-breakers\n\n", "## Deal-breakers\n\nMy own: no 24-hour calls.\n\n")
      .replace("\n- No visa sponsorship I can use\n", "\n- No visa sponsorship I can use\n  - J-1 only, ask again\n")
      .replace("talked about the trauma bay\n", "talked about the trauma bay\n  - knows my mentor\n")
      .replace("(thanked 21 Nov 2026)\n", "(thanked 21 Nov 2026)\n\n> sent by email\n")
      .replace("- 2026-11-21: gut 3 → 4\n", "- 2026-11-21: gut 3 → 4\n- my note: changed my mind after the dinner\n");
    expect(edited).not.toBe(text);
    expect(rewrite(edited)).toBe(edited);
  });

  it("stay with their line when the program's lines change, and at the section's end when their line is gone", () => {
    const edited = renderReviewNote(sample, criteria)
      .replace("| Faculty and mentorship | 4/5 |\n", "| Faculty and mentorship | 4/5 |\nFaculty: two new hires.\n")
      .replace("talked about the trauma bay\n", "talked about the trauma bay\n  - knows my mentor\n")
      .replace("\n- No visa sponsorship I can use\n", "\n- No visa sponsorship I can use\n  - J-1 only\n");
    const after = rewrite(edited, (r) => ({ ...r, scores: { ...r.scores, faculty: 2 }, people: r.people.slice(1), dealBreakers: [] }));
    expect(after).toContain("| Faculty and mentorship | 2/5 |\nFaculty: two new hires.\n| Location and support network | 3/5 |\n");
    // The person is gone: the line written under them stays, at the end of the section.
    expect(after).toContain("## People met\n\n- **Dr. Lee**: Medicine (thanked 21 Nov 2026)\n  - knows my mentor\n\n## Scores");
    // No deal-breaker left: the section stays for the line written into it.
    expect(after).toContain("## Deal-breakers\n\n  - J-1 only\n\n## Changes");
  });

  it("the second Dr. Lee keeps the lines written under the second, not the first", () => {
    const edited = renderReviewNote(sample, criteria).replace("(thanked 21 Nov 2026)\n", "(thanked 21 Nov 2026)\n  - the second one\n");
    const after = rewrite(edited, (r) => ({ ...r, people: r.people.map((p) => ({ ...p, thanked: "2026-11-22" })) }));
    expect(after).toContain("- **Dr. Lee**: Medicine (thanked 22 Nov 2026)\n  - the second one\n");
    expect(after).toContain("- **Dr. Lee**: Surgery; talked about the trauma bay (thanked 22 Nov 2026)\n- **Dr. Lee**: Medicine");
  });

  it("a person written in by hand and then entered in the form the same way stands once, other hand lines staying", () => {
    const edited = renderReviewNote(sample, criteria).replace("## People met\n\n", "## People met\n\n- **Dana Fox**: Nurse manager; talked about float coverage\nMet her at lunch.\n\n");
    const added = rewrite(edited, (r) => ({ ...r, people: [...r.people, { name: "Dana Fox", role: "Nurse manager", detail: "float coverage", thanked: null }] }));
    expect(added.split("- **Dana Fox**: Nurse manager; talked about float coverage").length).toBe(2);
    expect(added).toContain("Met her at lunch.");
    // Entered otherwise, the hand line is the user's words: it stays.
    const other = rewrite(edited, (r) => ({ ...r, people: [...r.people, { name: "Dana Fox", role: "Nurse manager", detail: "", thanked: null }] }));
    expect(other).toContain("- **Dana Fox**: Nurse manager; talked about float coverage\n");
    expect(other).toContain("- **Dana Fox**: Nurse manager\n");
  });

  it("a hand-written last line keeps its trailing space (found by the property below)", () => {
    const edited = `${renderReviewNote(sample, criteria)}! \n`;
    expect(edited.endsWith("\n## Changes\n\n- 2026-11-21: gut 3 → 4\n! \n")).toBe(true);
    expect(rewrite(edited)).toBe(edited);
  });

  it("any block of lines written into an owned section survives a rewrite byte for byte (property)", () => {
    const text = renderReviewNote(sample, criteria);
    const lines = text.split("\n");
    const points = insertionPoints(lines);
    expect(points.length).toBeGreaterThan(10);
    const handLine = fc.oneof(
      fc.constantFrom("my note", "  - a sub-bullet", "> quote", "| a | b |", "| Commute | 4/5 |", "- **Not met** by the front matter", "- Another deal-breaker", "1. first", "Gut feeling, could this be home: 9/5", "  "),
      fc.string({ unit: "grapheme", minLength: 1, maxLength: 30 }).filter((s) => !/[\n\r\u2028\u2029\u0085]/.test(s) && !s.startsWith("#") && s.trim() !== ""),
    );
    // A block: hand lines, blank lines only between them (a blank next to the program's lines is its layout).
    const block = fc.array(fc.tuple(handLine, fc.boolean()), { minLength: 1, maxLength: 4 }).map((parts) => parts.flatMap(([line, blankAfter], i) => (blankAfter && i < parts.length - 1 ? [line.trim() ? line : "x", ""] : [line.trim() ? line : "x"])));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...points), block), { minLength: 1, maxLength: 4 }), (inserts) => {
        const out = [...lines];
        // Later points first, so earlier indexes stay right.
        for (const [at, added] of [...inserts].sort((a, b) => b[0] - a[0])) out.splice(at, 0, ...added);
        const edited = out.join("\n");
        expect(rewrite(edited)).toBe(edited);
      }),
      { numRuns: 500 },
    );
  });

  it("a second section of a name the program writes is refused with its position (it would be dropped)", () => {
    const text = `${renderReviewNote(sample, criteria)}\n## Scores\n\nMy own scores: 5 everywhere.\n`;
    const line = text.split("\n").lastIndexOf("## Scores") + 1;
    const first = text.split("\n").indexOf("## Scores") + 1;
    expect(rewriteProblem(text, "reviews/x.md")).toEqual({
      file: "reviews/x.md",
      line,
      col: 1,
      message: `a second '## Scores' section (the first is at line ${first}): a rewrite keeps only one; join the two, or rename this one`,
    });
  });
});

describe("a job review written when the schedule criterion was 'Schedule and call'", () => {
  const job = criteriaFor("job");
  const old = renderReviewNote({ ...sample, kind: "job", specialty: "Patient coordinator", scores: { compensation: 4, schedule: 5, culture: 4, growth: 3, location: 4, expectations: 4 } }, job).replace(
    "| Schedule and hours | 5/5 |",
    "| Schedule and call | 5/5 |",
  );

  it("asks a job's reviewer about schedule and hours, not call", () => {
    expect(job.find((c) => c.id === "schedule")?.label).toBe("Schedule and hours");
  });

  it("is rewritten with the row relabelled, not kept twice as if added by hand", () => {
    expect(old).toContain("| Schedule and call | 5/5 |");
    const result = parseReviewNote(old, "reviews/x.md", { residency: criteria, job });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const text = renderReviewNote(result.review, job);
    expect(text).toContain("| Schedule and hours | 5/5 |");
    expect(text).not.toContain("Schedule and call");
  });
});
