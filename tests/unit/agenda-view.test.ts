// The agenda on a terminal keeps to the terminal's width, "when" column included.
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { renderAgendaView } from "../../src/ui/agenda-view.js";

describe("renderAgendaView", () => {
  const sections = [
    {
      title: "Interviews",
      rows: [
        { when: "in 5 days 09:00 America/Chicago", what: "Lakeside IM (residency: internal medicine, virtual) · residency-interview-day 1/20 done", urgent: false },
        { when: "tomorrow", what: "Valley Health (job: hospitalist)", urgent: false },
      ],
    },
  ];

  it("wraps a 'when' wider than its column inside the column, so no line is wider than the terminal", () => {
    const lines = renderAgendaView("2026-11-29", sections, 60).trimEnd().split("\n");
    expect(Math.max(...lines.map((line) => stringWidth(line)))).toBeLessThanOrEqual(60);
    const when = lines.slice(3, 6).map((line) => line.slice(2, 26).trim()).filter(Boolean).join(" ");
    expect(when).toBe("in 5 days 09:00 America/Chicago");
    expect(lines.find((line) => line.includes("tomorrow"))).toBe(`  ${"tomorrow".padEnd(24)}  Valley Health (job: hospitalist)`);
  });

  it("stacks each row on a narrow terminal: the 'when' on its own line, the text under it, nothing wider than the terminal", () => {
    const lines = renderAgendaView("2026-11-29", sections, 40).trimEnd().split("\n");
    expect(lines.filter((line) => stringWidth(line) > 40)).toEqual([]);
    const at = lines.indexOf("  tomorrow");
    expect(lines[at + 1]).toBe("    Valley Health (job: hospitalist)");
    expect(lines.slice(3, at)).toEqual(["  in 5 days 09:00 America/Chicago", "    Lakeside IM (residency: internal", "    medicine, virtual) ·", "    residency-interview-day 1/20 done"]);
  });

  it("at 50 columns narrows a long 'when' column to leave the text room, and breaks both between words", () => {
    const narrow = [
      { title: "Thank-you notes", rows: [{ when: "send today (late, was due 2026-11-17)", what: 'Dr. Ana Rivera, Riverside Peds · interview-coach followups --draft "Riverside Peds"', urgent: false }] },
      { title: "Checklist items", rows: [{ when: "today", what: "Read the program's website and note two or three things that set it apart (Riverside Peds, residency-interview-day)", urgent: false }] },
    ];
    expect(renderAgendaView("2026-11-18", narrow, 50).trimEnd().split("\n")).toEqual([
      "Today, 2026-11-18",
      "",
      "Thank-you notes",
      "  send today        Dr. Ana Rivera, Riverside Peds",
      "  (late, was due    · interview-coach followups",
      '  2026-11-17)       --draft "Riverside Peds"',
      "",
      "Checklist items",
      "  today             Read the program's website and",
      "                    note two or three things that",
      "                    set it apart (Riverside Peds,",
      "                    residency-interview-day)",
    ]);
  });

  it("says first what it leaves out, as text fitted to the terminal: no Markdown marks or escapes", () => {
    const missing = "**Not on this list: 1 interview note that cannot be read** (/home/sam/my\\_notes/mercy.md): fix it, then run today again.";
    const lines = renderAgendaView("2026-11-29", sections, 50, missing).trimEnd().split("\n");
    expect(lines.slice(1, 5)).toEqual(["", "Not on this list: 1 interview note that cannot be", "read (/home/sam/my_notes/mercy.md): fix it, then", "run today again."]);
    expect(lines[6]).toBe("Interviews");
  });
});
