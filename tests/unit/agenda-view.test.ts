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

  describe("a row that ends with a command", () => {
    const followUp = (program: string) => ({ when: "overdue (by 2026-11-22)", what: `Dr. Ben Carter, ${program} · interview-coach followups --draft "${program}"`, command: `interview-coach followups --draft "${program}"`, urgent: true });
    const checklist = {
      when: "in 4 days",
      what: 'Mercy General IM (residency: internal medicine, in-person) · no checklist yet: interview-coach checklist residency-interview-day --program "Mercy General IM"',
      command: 'interview-coach checklist residency-interview-day --program "Mercy General IM"',
      urgent: false,
    };
    const view = (columns: number) => renderAgendaView("2026-12-03", [{ title: "Due", rows: [followUp("Oak Hills IM"), followUp("Chicago Physician Leaders Mixer"), checklist] }], columns).trimEnd().split("\n");
    /** The commands as a shell reads them: a line ending in " \\" goes on with the next. */
    const commands = (lines: string[]) => lines.join("\n").replace(/ \\\n\s*/g, " ").split("\n").map((line) => line.trim()).filter((line) => line.startsWith("interview-coach"));

    it("keeps it whole on a line of its own when the row wraps, and a row that fits on one line as it is", () => {
      const wide = view(160);
      expect(wide).toContain('  overdue (by 2026-11-22)  Dr. Ben Carter, Oak Hills IM · interview-coach followups --draft "Oak Hills IM"');
      const lines = view(60);
      expect(lines.slice(3, 5)).toEqual(["  overdue (by 2026-11-22)  Dr. Ben Carter, Oak Hills IM", '    interview-coach followups --draft "Oak Hills IM"']);
      expect(lines.filter((line) => stringWidth(line) > 60)).toEqual([]);
    });

    it("breaks a command too long for the terminal only between its words, never inside a quoted name, with the shell's line continuation", () => {
      for (const columns of [60, 44, 40]) {
        const lines = view(columns);
        expect(lines.filter((line) => stringWidth(line) > columns)).toEqual([]);
        expect(commands(lines)).toEqual(['interview-coach followups --draft "Oak Hills IM"', 'interview-coach followups --draft "Chicago Physician Leaders Mixer"', checklist.command]);
        // A quoted name is never split: every line has its quotes in pairs.
        expect(lines.filter((line) => (line.match(/"/g) ?? []).length % 2 === 1)).toEqual([]);
      }
    });
  });
});
