import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { criteriaFor } from "../../src/reviews/criteria.js";
import { normaliseReview, oneLine, type Review } from "../../src/reviews/review.js";
import { proseLine, unescapeProse } from "../../src/io/markdown.js";
import { parseReviewNote, renderReviewNote } from "../../src/reviews/review-note.js";

const criteria = criteriaFor("residency");

const sample: Review = {
  program: "Lakeside IM",
  date: "2026-11-20",
  kind: "residency",
  specialty: "Internal medicine",
  scores: { training: 5, culture: 4, faculty: 4, location: 3, schedule: 3, outcomes: 4 },
  gut: 4,
  dealBreakers: [],
  people: [{ name: "Dr. Rivera", role: "Program director", detail: "the sepsis QI project", thanked: null }],
  redFlags: ["Residents looked tired"],
  stillUnknown: ["Moonlighting policy"],
  notes: "Great morning report.\n\nAsk about research time.",
  changes: [],
  draft: false,
  extra: {},
  otherSections: "",
};

function parsed(text: string): Review {
  const result = parseReviewNote(text, "reviews/x.md");
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.review;
}

describe("review notes", () => {
  it("render the front matter rank and followups read, and the prose in the body", () => {
    const text = renderReviewNote(sample, criteria);
    expect(text).toMatch(/^---\ntype: review\nprogram: Lakeside IM\ndate: 2026-11-20\nkind: residency\n/);
    expect(text).toContain("gut: 4\n");
    expect(text).toContain("    thanked: null\n");
    expect(text).toContain("# Review: Lakeside IM, 20 Nov 2026");
    expect(text).toContain("## Red flags\n\n- Residents looked tired\n");
    expect(text).toContain("| Training and clinical exposure | 5/5 |");
    expect(parsed(text)).toEqual(sample);
  });

  it("keep typed Markdown, front-matter fences and HTML from changing the note's structure", () => {
    const hostile: Review = {
      ...sample,
      program: "---\nname: x",
      redFlags: ["## Notes", "- nested", "1. numbered", "=== setext", "<script>x</script>", "`code` and \\ slash"],
      notes: "---\n# Heading\n```\nfenced\n```\n    indented\n> quote",
      people: [{ name: "# Dr. Who", role: "| pipe |", detail: "---", thanked: "2026-11-21" }],
    };
    const review = normaliseReview(hostile);
    const text = renderReviewNote(review, criteria);
    expect(text.split("\n").filter((line) => line === "---")).toHaveLength(2);
    expect(text.split("\n").filter((line) => /^#{1,6} /.test(line))).toEqual(["# Review: --- name: x, 20 Nov 2026", "## People met", "## Scores", "## Red flags", "## Still unknown", "## Notes"]);
    expect(parsed(text)).toEqual(review);
  });

  it("parse back to the same data whatever was typed (property)", () => {
    const text = fc.string({ unit: "grapheme", maxLength: 40 });
    const anyText = fc.oneof(text, fc.string({ unit: "binary", maxLength: 20 }), fc.constantFrom("---", "## Notes", "- x", "\\", "1. a", "  ", "\r\n", "null", "true", "0"));
    const person = fc.record({ name: anyText, role: anyText, detail: anyText, thanked: fc.constantFrom(null, "2026-11-21") });
    fc.assert(
      fc.property(anyText, fc.array(anyText, { maxLength: 4 }), fc.array(anyText, { maxLength: 3 }), fc.array(person, { maxLength: 3 }), fc.array(anyText, { maxLength: 5 }), anyText, (program, redFlags, dealBreakers, people, noteLines, specialty) => {
        const review = normaliseReview({ ...sample, program: oneLine(program) || "P", redFlags, dealBreakers, people, notes: noteLines.join("\n"), specialty, stillUnknown: redFlags.slice(1) });
        expect(parsed(renderReviewNote(review, criteria))).toEqual(review);
      }),
      { numRuns: 300 },
    );
  });

  it("keep front-matter keys and body sections added by hand across a rewrite", () => {
    const text = renderReviewNote(sample, criteria).replace("type: review\n", "type: review\ntags: [residency, interview]\n") + "\n## Drive there\n\nTwo hours; check winter roads.\n";
    const review = parsed(text);
    expect(review.extra).toEqual({ tags: ["residency", "interview"] });
    expect(review.otherSections).toBe("## Drive there\n\nTwo hours; check winter roads.");
    const again = renderReviewNote(review, criteria);
    expect(again).toContain("tags:\n  - residency\n  - interview\n");
    expect(again).toContain("## Drive there\n\nTwo hours; check winter roads.\n");
    expect(parsed(again)).toEqual(review);
  });

  it("name the people written by hand under People met that the front matter does not list, and none of its own", () => {
    const text = renderReviewNote(sample, criteria);
    expect(parsed(text).unlistedPeople).toBeUndefined();
    const added = text.replace("- **Dr. Rivera**:", "- **Dr. Mei\\_Chen**: Chief resident\n- **dr. rivera** again\n- **Dr. Rivera**:");
    expect(parsed(added).unlistedPeople).toEqual(["Dr. Mei_Chen"]);
  });

  describe("a name corrected by hand under People met", () => {
    const three: Review = {
      ...sample,
      people: [
        { name: "Dr. Rivera", role: "Program director", detail: "", thanked: "2026-11-22" },
        { name: "Dr. Mei Chn", role: "Chief resident", detail: "night float", thanked: null },
        { name: "sam lee", role: "PGY-2", detail: "", thanked: null },
      ],
    };
    const text = renderReviewNote(three, criteria);
    const edit = (...pairs: [string, string][]) => pairs.reduce((t, [a, b]) => t.replace(a, b), text);

    it("is the person's name from then on, the rest of them kept, and a rewrite puts it into the front matter", () => {
      const review = parsed(edit(["- **Dr. Mei Chn**: Chief", "- **Dr. Mei Chen**: Chief"], ["- **sam lee**", "- **Sam Lee**"]));
      expect(review.people).toEqual([three.people[0], { ...three.people[1], name: "Dr. Mei Chen" }, { ...three.people[2], name: "Sam Lee" }]);
      expect(review.renamedPeople).toEqual([
        { from: "Dr. Mei Chn", to: "Dr. Mei Chen" },
        { from: "sam lee", to: "Sam Lee" },
      ]);
      expect(review.unlistedPeople).toBeUndefined();
      const rewritten = renderReviewNote(parsed(renderReviewNote(review, criteria)), criteria);
      expect(rewritten).toContain("  - name: Dr. Mei Chen\n    role: Chief resident\n");
      expect(rewritten.match(/^- \*\*/gm)).toHaveLength(3);
      expect(parsed(rewritten).renamedPeople).toBeUndefined();
    });

    it("is not guessed when the gap holds two new names for one person, or the line moved away", () => {
      const two = parsed(edit(["- **Dr. Mei Chn**: Chief resident; talked about night float", "- **Dr. Mei Chen**: Chief resident\n- **Dr. Ana Ruiz**: Nurse"]));
      expect(two.people.map((p) => p.name)).toEqual(["Dr. Rivera", "Dr. Mei Chn", "sam lee"]);
      expect(two.unlistedPeople).toEqual(["Dr. Mei Chen", "Dr. Ana Ruiz"]);
      const moved = parsed(edit(["- **Dr. Mei Chn**: Chief resident; talked about night float\n", ""], ["- **sam lee**: PGY-2", "- **sam lee**: PGY-2\n- **Dr. Mei Chen**"]));
      expect(moved.renamedPeople).toBeUndefined();
      expect(moved.unlistedPeople).toEqual(["Dr. Mei Chen"]);
    });

    it("leaves two people of one name and a line repeating a name, in another case, as they are", () => {
      const twins: Review = { ...three, people: [three.people[0]!, { ...three.people[0]!, thanked: null }] };
      const again = renderReviewNote(twins, criteria).replace(/(- \*\*Dr\. Rivera\*\*.*\n)$/m, "$1- **dr. rivera** once more\n");
      expect(again).toContain("- **dr. rivera** once more\n");
      const review = parsed(again);
      expect(review.people).toEqual(twins.people);
      expect(review.renamedPeople).toBeUndefined();
      expect(review.unlistedPeople).toBeUndefined();
    });
  });

  it("escape and unescape prose lines exactly", () => {
    for (const line of ["- a", "+ b", "= c", "12. d", "3) e", "#x", "a\\b", "*x*_y_", "~~~"]) {
      expect(unescapeProse(proseLine(line))).toBe(line);
      expect(proseLine(line)).not.toMatch(/^([-+=~#]|\d+[.)])/);
    }
  });
});

describe("broken review notes", () => {
  const good = renderReviewNote(sample, criteria);
  const issues = (text: string) => {
    const result = parseReviewNote(text, "reviews/x.md");
    return result.ok ? [] : result.issues.map((i) => `${i.file}:${i.line}:${i.col}: ${i.message}`);
  };

  it.each([
    ["a score out of range", good.replace("training: 5", "training: 7"), "reviews/x.md:8:13: 'training' must be at most 5, got 7"],
    ["a date that is not a date", good.replace("date: 2026-11-20", "date: 2026-02-30"), "reviews/x.md:4:7: 'date': must be a real date as YYYY-MM-DD"],
    ["an unknown kind", good.replace("kind: residency", "kind: fellowship"), "reviews/x.md:5:7: 'kind' must be one of residency, job, networking; got \"fellowship\""],
    ["a typo of a known key", good.replace("dealBreakers:", "dealbreakers:"), "reviews/x.md:15:1: unknown key 'dealbreakers'. Did you mean 'dealBreakers'?"],
    ["a missing gut rating", good.replace("gut: 4\n", ""), "reviews/x.md:2:1: missing 'gut'"],
    ["broken YAML", good.replace("gut: 4", "gut: [4"), "reviews/x.md:14:6: "],
    ["no front matter", "# just text\n", "reviews/x.md:1:1: no front matter"],
  ])("report %s with its position", (_what, text, expected) => {
    expect(issues(text)[0]).toContain(expected);
  });

  it("accept a draft without scores or gut", () => {
    const draft = renderReviewNote({ ...sample, scores: {}, gut: null, draft: true }, criteria);
    expect(draft).toContain("draft: true");
    expect(parsed(draft)).toMatchObject({ draft: true, gut: null, scores: {} });
  });
});
