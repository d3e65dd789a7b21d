import { describe, expect, it } from "vitest";
import { criteriaFor } from "../../src/reviews/criteria.js";
import type { Review } from "../../src/reviews/review.js";
import { blankReview } from "../../src/reviews/review-edit.js";
import { parseReviewNote, renderReviewNote } from "../../src/reviews/review-note.js";
import { describeTableEdits, tableEdits, tableEditsChange, unsettled } from "../../src/reviews/table-edits.js";

const criteria = criteriaFor("residency");

const review: Review = {
  ...blankReview("Lakeside IM", new Date(2026, 10, 20)),
  scores: { training: 5, culture: 4, faculty: 4, location: 3, schedule: 3, outcomes: 4 },
  gut: 4,
  draft: false,
};

function parsed(text: string): Review {
  const result = parseReviewNote(text, "reviews/lakeside-im.md");
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.review;
}

const written = renderReviewNote(review, criteria);

describe("scores the Scores table shows differently from the front matter", () => {
  it("are none in a note as the program wrote it, and the parse then records no table", () => {
    expect(parsed(written).shown).toBeUndefined();
    expect(tableEdits(parsed(written), criteria)).toEqual([]);
  });

  it("are each score changed in the table, by its label, and the gut line", () => {
    const text = written.replace("| Faculty and mentorship | 4/5 |", "| Faculty and mentorship | 2/5 |").replace("could this be home: 4/5", "could this be home: 5/5");
    const edits = tableEdits(parsed(text), criteria);
    expect(edits).toEqual([
      { label: "Faculty and mentorship", criterion: "faculty", table: 2, front: 4 },
      { label: "Gut feeling", criterion: null, table: 5, front: 4 },
    ]);
    expect(describeTableEdits(edits)).toBe("Faculty and mentorship 2/5 against faculty: 4 in the front matter; Gut feeling 5/5 against gut: 4 in the front matter");
    expect(tableEditsChange(edits.slice(0, 1), new Date(2026, 10, 25))).toBe(
      "2026-11-25: the Scores table showed Faculty and mentorship 2/5 against faculty: 4 in the front matter; the table was rewritten from the front matter",
    );
  });

  it("are found under a label the defaults had before, and in rows moved around, but not in rows added by hand", () => {
    const text = written
      .replace("| Schedule and workload | 3/5 |", "| Schedule and call | 1/5 |")
      .replace("| Training and clinical exposure | 5/5 |\n", "")
      .replace("| Career outcomes | 4/5 |", "| Career outcomes | 4/5 |\n| Commute | 1/5 |\n| Training and clinical exposure | 5/5 |");
    expect(tableEdits(parsed(text), criteria)).toEqual([{ label: "Schedule and workload", criterion: "schedule", table: 1, front: 3 }]);
  });

  it("are also a score changed in the front matter alone, since either may be the one edited", () => {
    const text = written.replace("  location: 3\n", "  location: 5\n");
    expect(tableEdits(parsed(text), criteria)).toEqual([{ label: "Location and support network", criterion: "location", table: 3, front: 5 }]);
  });

  it("are settled by a save that gives the table's score", () => {
    const edits = tableEdits(parsed(written.replace("| Faculty and mentorship | 4/5 |", "| Faculty and mentorship | 2/5 |").replace("could this be home: 4/5", "could this be home: 5/5")), criteria);
    expect(unsettled(edits, { scores: { ...review.scores, faculty: 2 }, gut: 4 }).map((e) => e.label)).toEqual(["Gut feeling"]);
    expect(unsettled(edits, { scores: { ...review.scores, faculty: 2 }, gut: 5 })).toEqual([]);
  });
});
