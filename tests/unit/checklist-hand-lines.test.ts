// A checklist progress note keeps what the user wrote into its body when a save rewrites it
// with new ticks and due days: each hand-written line stays after the line it followed.
import { describe, expect, it } from "vitest";
import type { Checklist } from "../../src/content/types.js";
import { keepHandLines } from "../../src/checklists/progress-hand-lines.js";
import { readProgressFull, renderProgressNote } from "../../src/checklists/note-schema.js";
import { renderProgressDocument } from "../../src/checklists/progress-note.js";
import { withHandTicks, type ProgressState } from "../../src/checklists/progress.js";

const checklist: Checklist = {
  kind: "checklist",
  id: "visit-day",
  title: "Visit day",
  sections: [
    { title: "Before the visit", phase: "before", items: [
      { id: "book-travel", text: "Book travel and a hotel", why: "Prices climb closer to the date", dueDays: -14 },
      { id: "pack-cv", text: "Pack printed copies of your CV" },
    ] },
    { title: "On the day", phase: "day-of", items: [{ id: "note-names", text: "Note the names of everyone you meet", dueDays: 0 }] },
  ],
};
const before: ProgressState = { checklist: "visit-day", program: "Lakeside Health", date: "2026-03-02", done: [] };
const after: ProgressState = { ...before, done: [{ id: "book-travel", at: "2026-02-27T10:00:00+00:00", text: "Book travel and a hotel" }] };
const note = (state: ProgressState, today: string) => renderProgressNote(state, renderProgressDocument(checklist, state, today));

describe("hand-written lines in a checklist note", () => {
  it("stay in place when the ticks, the progress line and the overdue marks change", () => {
    const edited = note(before, "2026-02-20")
      .replace("# Visit day: Lakeside Health\n", "# Visit day: Lakeside Health\n\nMy own intro: bring the parking pass.\n")
      .replace("  - Prices climb closer to the date\n", "  - Prices climb closer to the date\n  - Booked? Ask Sam about the hotel rate\n")
      .replace("- [ ] Pack printed copies of your CV\n", "- [ ] Pack printed copies of your CV\n\nAlso a pen.\n")
      .concat("\n## My notes\n\nDress code is business casual.\n");
    const document = keepHandLines(checklist, edited, before, after, renderProgressDocument(checklist, after, "2026-02-27"));
    expect(document).toContain("# Visit day: Lakeside Health\n\nMy own intro: bring the parking pass.\n\nInterview 2026-03-02 · 1/3 done");
    expect(document).toContain("- [x] Book travel and a hotel (due 2026-02-16)\n  - Prices climb closer to the date\n  - Booked? Ask Sam about the hotel rate\n");
    expect(document).toContain("- [ ] Pack printed copies of your CV\n\nAlso a pen.\n\n## On the day");
    expect(document).toMatch(/\n## My notes\n\nDress code is business casual\.\n$/);
    // Nothing else: the rest is the document as the program writes it.
    const stripped = document
      .replace("\nMy own intro: bring the parking pass.\n", "")
      .replace("  - Booked? Ask Sam about the hotel rate\n", "")
      .replace("\nAlso a pen.\n", "")
      .replace("\n## My notes\n\nDress code is business casual.\n", "");
    expect(stripped).toBe(renderProgressDocument(checklist, after, "2026-02-27"));
  });

  it("keep their place under the progress line of a timed interview, whose start is part of that line", () => {
    const day = { noun: "interview", start: "2026-03-02 09:30 America/Chicago (15:30 your time)" };
    const edited = renderProgressNote(before, renderProgressDocument(checklist, before, "2026-02-20", "not-begun", day)).replace(/^(Interview 2026-03-02 09:30 America\/Chicago \(15:30 your time\) · 0\/3 done.*\n)/m, "$1Parking: level 2.\n");
    expect(edited).toContain("Parking");
    const document = keepHandLines(checklist, edited, before, after, renderProgressDocument(checklist, after, "2026-02-27", "not-begun", day));
    expect(document).toContain("\nInterview 2026-03-02 09:30 America/Chicago (15:30 your time) · 1/3 done, 0 overdue as of 2026-02-27\nParking: level 2.\n");
    expect(document.match(/^Interview /gm)).toHaveLength(1);
  });

  it("reads a box ticked by hand as '- [X]' or without the space ('- [x]Pack') as ticked, and keeps no second copy of its line", () => {
    const edited = note(before, "2026-02-20").replace("- [ ] Pack printed copies of your CV", "- [x]Pack printed copies of your CV").replace("- [ ] Book travel and a hotel", "- [X] Book travel and a hotel");
    const read = readProgressFull(edited, "visit-day--lakeside-health.md");
    if (!read.ok) throw new Error("the note did not read");
    const ticked = withHandTicks(checklist, read.state, "2026-02-27T10:00:00+00:00");
    expect(ticked.done.map((entry) => entry.id).sort()).toEqual(["book-travel", "pack-cv"]);
    const document = keepHandLines(checklist, edited, read.state, ticked, renderProgressDocument(checklist, ticked, "2026-02-27"));
    expect(document).toBe(renderProgressDocument(checklist, ticked, "2026-02-27"));
  });

  it("leaves the document as it is when nothing was written by hand or there is no note", () => {
    const document = renderProgressDocument(checklist, after, "2026-02-27");
    expect(keepHandLines(checklist, note(before, "2026-02-20"), before, after, document)).toBe(document);
    expect(keepHandLines(checklist, undefined, undefined, after, document)).toBe(document);
  });
});
