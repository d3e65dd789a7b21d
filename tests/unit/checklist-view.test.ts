// What the person sees: item labels wrapped at words (never mid-word, never splitting a date),
// and the overview rows for interviews in the library.
import { describe, expect, it } from "vitest";
import { chalkStderr } from "chalk";
import { itemLabel, wrapPieces } from "../../src/ui/checklist-prompt.js";
import { overviewRow, renderOverview } from "../../src/checklists/overview.js";
import type { Checklist } from "../../src/content/types.js";

chalkStderr.level = 0;

describe("item labels", () => {
  const item = { id: "a", text: "Confirm the schedule, the names and roles of everyone you will meet", done: false, overdue: false };

  it("wraps at words, continuation lines indented under the text after the checkbox", () => {
    const label = itemLabel({ ...item, due: "2026-12-01" }, 40);
    expect(label).toBe(["Confirm the schedule, the names and", "   roles of everyone you will meet", "   · due 2026-12-01"].join("\n"));
    // "❯◯ " (3 columns) comes before the first line.
    for (const [index, line] of label.split("\n").entries()) expect(line.length + (index === 0 ? 3 : 0)).toBeLessThanOrEqual(40);
  });

  it("marks an overdue item, and shows the offset when there is no date", () => {
    expect(itemLabel({ ...item, text: "Pack", due: "2026-11-26", overdue: true })).toBe("Pack · overdue, was due 2026-11-26");
    expect(itemLabel({ ...item, text: "Pack", dueDays: -2 })).toBe("Pack · 2 days before");
    expect(itemLabel({ ...item, text: "Pack" })).toBe("Pack");
  });

  it("puts a word longer than the width on a line of its own rather than losing it", () => {
    const word = (text: string) => ({ shown: text, width: text.length });
    expect(wrapPieces([word("a"), word("x".repeat(12)), word("b")], 8)).toBe(`a\n${"x".repeat(12)}\nb`);
  });
});

describe("overview", () => {
  const checklist: Checklist = {
    kind: "checklist",
    id: "visit",
    title: "Visit | day",
    sections: [{ title: "Before", phase: "before", items: [{ id: "read", text: "Read", dueDays: -3 }, { id: "route", text: "Plan the route", dueDays: -1 }] }],
  };
  const at = "2026-11-30T10:00:00+00:00";

  it("shows progress, overdue items and the next one due", () => {
    const row = overviewRow({ checklist: "visit", program: "Lakeside", date: "2026-12-03", done: [] }, checklist, "2026-12-01");
    expect(row).toEqual({ checklist: "visit", program: "Lakeside", interview: "2026-12-03 (in 2 days)", done: "0/2", overdue: "1", next: "2026-11-30, overdue: Read" });
  });

  it("says when everything is done, and when the checklist is gone", () => {
    const done = [{ id: "read", at }, { id: "route", at }];
    expect(overviewRow({ checklist: "visit", program: "default", done }, checklist, "2026-12-01")).toMatchObject({ program: "(default)", interview: "no date", done: "2/2", next: "all done" });
    expect(overviewRow({ checklist: "gone", program: "X", done }, undefined, "2026-12-01")).toMatchObject({ done: "2 ticked", next: "checklist not found" });
  });

  it("says nothing is left, not 'all done', when only preparation for a past interview day is open", () => {
    const row = overviewRow({ checklist: "visit", program: "Lakeside", date: "2026-12-03", done: [] }, checklist, "2026-12-05");
    expect(row).toMatchObject({ done: "0/2", overdue: "0", next: "nothing left: the interview day has passed" });
    const event = overviewRow({ checklist: "visit", program: "Boston Mixer", date: "2026-12-03", done: [] }, checklist, "2026-12-05", "not-begun", "networking");
    expect(event.next).toBe("nothing left: the networking event day has passed");
  });

  it("renders tables whose cells cannot break the table, soonest interview first", () => {
    const text = renderOverview(
      [checklist],
      [
        { state: { checklist: "visit", program: "Later", date: "2027-01-10", done: [] }, checklist },
        { state: { checklist: "visit", program: "No date", done: [] }, checklist },
        { state: { checklist: "visit", program: "Sooner | Clinic", date: "2026-12-03", done: [] }, checklist },
      ],
      "2026-12-01",
    );
    expect(text).toContain("| visit | Visit \\| day | 2 |");
    const order = ["Sooner \\| Clinic", "Later", "No date"].map((name) => text.indexOf(`| visit | ${name} |`));
    expect(order.every((position, index) => position > 0 && (index === 0 || position > order[index - 1]!))).toBe(true);
  });
});
