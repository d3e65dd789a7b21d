// Tables on a 60-column terminal, in a real pseudo-terminal against the built binary: `rank`,
// `list`, `followups`, `interviews` and the checklist overview fit the width, rows line up whatever
// the script of a name (display width, not characters), no word or date is cut, and piped the same
// commands still write Markdown.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { FIXTURES, run, sandbox, terminal, type Sandbox } from "../helpers/cli.js";

const COLUMNS = 60;
const KOREAN = "서울대학교병원 내과";
const JAPANESE = "東京総合病院 内科";

/** The reviews of the fixture library, two of them renamed to a Korean and a Japanese program. */
function library(): Sandbox {
  const made = sandbox({ INTERVIEW_COACH_NOW: "2026-11-25T10:00:00" });
  cpSync(join(FIXTURES, "reviews", "library"), made.home, { recursive: true });
  for (const [file, from, to] of [
    ["bayview-im.md", "program: Bayview IM", `program: ${KOREAN}`],
    ["northgate-im.md", "program: Northgate IM", `program: ${JAPANESE}`],
  ] as const) {
    const path = join(made.home, "reviews", file);
    writeFileSync(path, readFileSync(path, "utf8").replace(from, to));
  }
  return made;
}

/** The screen's lines, without the carriage returns a terminal adds. */
const screenLines = (output: string) => output.split("\n").map((line) => line.replace(/\r$/, ""));

describe(`tables on a ${COLUMNS}-column terminal`, () => {
  it("rank: every line fits, the table's rows are all one width, and the bars start in one column", async () => {
    const made = library();
    const term = terminal(["rank"], { env: made.env, cols: COLUMNS });
    expect((await term.exited).exitCode).toBe(0);
    // The document (stdout), then the bar chart (stderr); messages before it are the terminal's to wrap.
    const lines = screenLines(term.output()).slice(screenLines(term.output()).indexOf("# Rank-order list"));
    expect(lines.length).toBeGreaterThan(20);
    expect(lines.filter((line) => stringWidth(line) > COLUMNS)).toEqual([]);

    // The residency table: from its header to the line before the blank line that ends it.
    const start = lines.findIndex((line) => line.startsWith("Rank  Program"));
    const end = lines.indexOf("", start);
    const table = lines.slice(start, end);
    expect(new Set(table.map((line) => stringWidth(line))).size).toBe(1);
    const korean = table.find((line) => line.includes("서울"))!;
    const latin = table.find((line) => line.includes("Lakeside IM"))!;
    // The program column starts in the same display column for both.
    expect(stringWidth(korean.slice(0, korean.indexOf("서울")))).toBe(stringWidth(latin.slice(0, latin.indexOf("Lakeside"))));
    // Scores are right-aligned: they end in one display column.
    const scoreEnd = (line: string, score: string) => stringWidth(line.slice(0, line.indexOf(` ${score} `) + score.length + 1));
    expect(scoreEnd(korean, "50")).toBe(scoreEnd(latin, "75"));

    // The bar chart on stderr: every bar starts in one column, Korean and Japanese names too.
    // One chart per list; the residency one, with both names, ends where the jobs' starts.
    const bars = lines.slice(lines.lastIndexOf("residency"), lines.lastIndexOf("job")).filter((line) => line.includes("█"));
    expect(bars).toHaveLength(5);
    expect(bars.some((line) => line.includes("서울"))).toBe(true);
    expect(bars.some((line) => line.includes("東京"))).toBe(true);
    expect(new Set(bars.map((line) => stringWidth(line.slice(0, line.indexOf("█"))))).size).toBe(1);
    // Both lists on one scale: the jobs' bars start in the same column as the residency ones.
    const jobBars = lines.slice(lines.lastIndexOf("job")).filter((line) => line.includes("█"));
    expect(jobBars.length).toBeGreaterThan(0);
    expect(new Set([...bars, ...jobBars].map((line) => stringWidth(line.slice(0, line.indexOf("█"))))).size).toBe(1);

    // Prose wraps between words: the reminders say the same as the Markdown, line breaks aside.
    const markdown = run(["rank"], { env: made.env }).stdout;
    expect(markdown).toContain("| Rank | Program | Score | Gut | Gut rank | Rank if one weight moves ±1 |");
    const reminder = markdown.split("\n").find((line) => line.startsWith("- Rank by true preference"))!.slice(2);
    const shown = lines.slice(lines.findIndex((line) => line.startsWith("- Rank by true preference")));
    const joined = shown.slice(0, shown.findIndex((line, i) => i > 0 && !line.startsWith("  "))).map((line) => line.replace(/^- /, "").trim()).join(" ");
    expect(joined).toBe(reminder);
  });

  it("list: every line fits and every id, title and category is there whole", async () => {
    const made = sandbox();
    const term = terminal(["list"], { env: made.env, cols: COLUMNS });
    expect((await term.exited).exitCode).toBe(0);
    const lines = screenLines(term.output());
    expect(lines.filter((line) => stringWidth(line) > COLUMNS)).toEqual([]);
    const text = lines.join(" ").replace(/-\s+/g, "-").replace(/\s+/g, " ");
    const listed = JSON.parse(run(["list", "--json"], { env: made.env }).stdout) as { id: string; title: string; categories?: string[] }[];
    for (const entry of listed) {
      expect(text).toContain(entry.id);
      expect(text).toContain(entry.title);
      for (const category of entry.categories ?? []) expect(text).toContain(category);
    }
    // No word is cut: every word on screen is a word of the list.
    const words = new Set(listed.flatMap((e) => [e.id, ...e.title.split(" "), ...(e.categories ?? [])]).flatMap((w) => w.split(/[-\s]/)));
    const shownWords = lines.flatMap((line) => line.split(/[\s,]+/)).filter((w) => /^[A-Za-z]+-?$/.test(w) && w.length > 3);
    for (const word of shownWords) {
      if (["kind", "deck", "checklist", "title", "count", "source", "categories", "questions", "items", "built"].includes(word.replace(/-$/, ""))) continue;
      expect(words.has(word.replace(/-$/, "")), word).toBe(true);
    }
  });

  it("followups at 80, 60 and 40 columns: every line fits and no date is split; a table at 80, one record per person below", async () => {
    const made = library();
    const markdown = run(["followups"], { env: made.env }).stdout;
    const dates = markdown.match(/\d{1,2} [A-Z][a-z]{2,3} \d{4}/g)!;
    expect(dates.length).toBeGreaterThan(8);
    for (const columns of [80, COLUMNS, 40]) {
      const term = terminal(["followups"], { env: made.env, cols: columns });
      expect((await term.exited).exitCode).toBe(0);
      const lines = screenLines(term.output());
      expect(lines.filter((line) => stringWidth(line) > columns)).toEqual([]);
      // Each date as often on screen as in the document: "20 / Nov / 2026" down a column would not count.
      const shown = lines.join("\n");
      for (const date of new Set(dates)) expect(shown.split(date).length, `${date} at ${columns} columns`).toBe(markdown.split(date).length);
      if (columns === 80) expect(lines.map((line) => line.trimEnd())).toContain("overdue by 5 days  20 Nov 2026  Raj Patel,      東京総合病院      the residents'");
      else expect(lines.slice(lines.indexOf("Status        overdue by 5 days"), lines.indexOf("Status        overdue by 5 days") + 3)).toEqual(["Status        overdue by 5 days", "Send by       20 Nov 2026", "Person        Raj Patel, PGY-3"]);
    }
  });

  it("interviews and the checklist overview at 80 and 60 columns: a day's cell breaks between its date, time, zone and '(in 8 days)', never inside them", async () => {
    const made = sandbox({ INTERVIEW_COACH_NOW: "2026-11-24T10:00:00" });
    for (const args of [
      ["Bayview IM", "--date", "2026-11-21"],
      ["Mercy IM", "--date", "2026-12-02", "--time", "09:00"],
      ["Haiti FM", "--date", "2026-12-05", "--time", "08:00", "--tz", "America/Port-au-Prince"],
    ]) {
      const added = run(["interviews", "add", ...args], { env: made.env });
      expect(added.code, added.stderr).toBe(0);
    }
    mkdirSync(join(made.home, "checklists"));
    writeFileSync(join(made.home, "checklists", "residency-interview-day--mercy-im.md"), "---\ntype: checklist\nchecklist: residency-interview-day\nprogram: Mercy IM\ndone: []\n---\n");
    for (const command of ["interviews", "checklist"]) {
      const markdown = run([command], { env: made.env }).stdout;
      const parts = new Set(markdown.match(/\d{4}-\d{2}-\d{2}|\d{2}:\d{2}|America\/[\w-]+|your time|\((?:in \d+ days|\d+ days ago)\)/g));
      expect(parts).toContain("(in 8 days)");
      for (const columns of [80, COLUMNS]) {
        const term = terminal([command], { env: made.env, cols: columns });
        expect((await term.exited).exitCode).toBe(0);
        const lines = screenLines(term.output());
        expect(lines.filter((line) => stringWidth(line) > columns)).toEqual([]);
        // Each part as often on screen as in the document: "2026-12-" above "02" would not count.
        const shown = lines.join("\n");
        for (const part of parts) expect(shown.split(part).length, `${part} in ${command} at ${columns} columns`).toBe(markdown.split(part).length);
      }
    }
  });

  it("piped, list and rank are Markdown as before", () => {
    const made = library();
    expect(run(["list"], { env: made.env }).stdout.split("\n")[0]).toBe("| kind | id | title | count | source | categories |");
    expect(run(["rank"], { env: made.env }).stdout).toContain(`| 2= | Lakeside IM | 75 | 4/5 | 3 | 1–2 |`);
  });
});
