// Tables and wrapped text on a terminal: widths in display columns, so that Japanese and Korean
// line up with Latin text, and wrapping between words at the width.
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { barChart, barCharts } from "../../src/ui/bar-chart.js";
import { fitToWidth, renderTable, wrapWords } from "../../src/ui/table.js";
import { markdownForTerminal } from "../../src/ui/terminal-markdown.js";

const widthsOf = (lines: string[]) => lines.map((line) => stringWidth(line));

const PROGRAMS = [
  ["1", "Hillcrest Family Medicine", "77"],
  ["2", "서울대학교병원 내과", "75"],
  ["3", "東京総合病院 内科プログラム", "50"],
  ["4", "Mercy", "25"],
];

describe("renderTable", () => {
  it("gives every line the same display width when names are Korean and Japanese (2 columns a character)", () => {
    const lines = renderTable(["Rank", "Program", "Score"], PROGRAMS, { width: 80, align: ["right", "left", "right"] });
    expect(new Set(widthsOf(lines)).size).toBe(1);
    // Natural widths fit in 80: one line per row, and the Korean name is where the Latin one is.
    expect(lines).toHaveLength(2 + PROGRAMS.length);
    expect(lines[3]!.indexOf("서울")).toBe(lines[2]!.indexOf("Hillcrest"));
    // The score column ends in the same display column on every row.
    const scoreEnds = lines.slice(2).map((line) => stringWidth(line.trimEnd()));
    expect(new Set(scoreEnds).size).toBe(1);
  });

  it("wraps cells by words to fit the width, and keeps every word whole", () => {
    const question = "Tell me about a time you disagreed with a senior colleague about a patient's care plan.";
    const lines = renderTable(["#", "question", "category"], [["1", question, "behavioural"]], { width: 40 });
    expect(Math.max(...widthsOf(lines))).toBeLessThanOrEqual(40);
    expect(new Set(widthsOf(lines)).size).toBe(1);
    const text = lines.slice(2).map((line) => line.slice(3).replace("behavioural", "").trim()).join(" ");
    expect(text).toBe(question);
    for (const word of question.split(" ")) expect(lines.some((line) => line.includes(word))).toBe(true);
    expect(lines.length).toBeGreaterThan(4);
  });

  it("wraps Japanese and Korean cells at the column's display width", () => {
    const notes = "面接は午前九時から始まり、見学と昼食のあと午後に終わります。";
    const lines = renderTable(["Program", "Notes"], [["東京", notes], ["서울 병원", "오전 아홉 시에 시작합니다"]], { width: 30 });
    expect(Math.max(...widthsOf(lines))).toBe(30);
    expect(new Set(widthsOf(lines)).size).toBe(1);
    // Text without spaces breaks between characters; it is all there, in order.
    const tokyo = lines.slice(2, lines.findIndex((line) => line.startsWith("서울")));
    expect(tokyo.length).toBeGreaterThan(2);
    expect(tokyo.map((line) => line.replace(/^東京/, "").trim()).join("")).toBe(notes);
  });

  it("wraps a long header before the cells under another column: a program's name stays on one line", () => {
    const lines = renderTable(["Program", "Score", "Rank if one weight moves ±1"], [["Lakeside Internal Medicine", "71", "1"], ["Old Town IM", "71", "1–3"]], { width: 50 });
    expect(lines.every((line) => stringWidth(line) <= 50)).toBe(true);
    expect(lines.filter((line) => line.includes("Lakeside Internal Medicine"))).toHaveLength(1);
    expect(lines.filter((line) => line.includes("Old Town IM"))).toHaveLength(1);
    expect(lines[0]).toMatch(/^Program +Score +Rank if one/);
  });

  it("keeps short cells whole (a date, a status) when a long text column must wrap", () => {
    const detail = "the new hospital-at-home programme and how the nurses run the evening visits across the county";
    const lines = renderTable(["Status", "Send by", "Person", "Program", "Talked about"], [["overdue by 5 days", "25 Nov 2026", "Dr. Priya Raman", "Riverside Family Medicine", detail]], { width: 100 });
    expect(lines.every((line) => stringWidth(line) <= 100)).toBe(true);
    expect(lines.filter((line) => line.includes("overdue by 5 days") && line.includes("25 Nov 2026"))).toHaveLength(1);
  });

  it("never breaks a cell that is one hyphenated word, such as a question id to type: records instead; a hyphenated word in running text still breaks", () => {
    const header = ["#", "id", "question", "category", "format", "answer time", "state", "due", "last rating"];
    const row = ["1", "img-us-clinical-experience", "Tell us about your US clinical experience.", "behavioural", "open", "2m", "new", "new", ""];
    const lines = renderTable(header, [row], { width: 80 });
    expect(lines.every((line) => stringWidth(line) <= 80)).toBe(true);
    expect(lines).toContain("id           img-us-clinical-experience");
    const prose = renderTable(["id", "question"], [["q1", "What would a day-to-day rota with cross-cover-at-night shifts look like?"]], { width: 16 });
    expect(prose.map((line) => line.slice(4).trim())).toContain("cross-cover-");
  });

  it("shows each row as a record when the columns cannot fit even their longest words", () => {
    const lines = renderTable(["kind", "id", "title"], [["checklist", "residency-interview-day", "Residency interview day"]], { width: 20 });
    expect(lines).toEqual(["kind   checklist", "id     residency-", "       interview-day", "title  Residency", "       interview day"]);
  });
});

describe("wrapWords", () => {
  it("breaks between words at the width, never inside one that fits on a line", () => {
    const lines = wrapWords("Aim for about 90 seconds; they have your application, so tell the story behind it", 24);
    expect(lines).toEqual(["Aim for about 90", "seconds; they have your", "application, so tell the", "story behind it"]);
  });

  it("hangs the lines after the first under the text after a marker", () => {
    expect(wrapWords("  • Rehearse the first and last sentence until they come naturally", 30, 4)).toEqual([
      "  • Rehearse the first and",
      "    last sentence until they",
      "    come naturally",
    ]);
  });

  it("keeps a date written out ('19 Nov 2026', '3 Sept 2026,') on one line, as a word", () => {
    expect(wrapWords("sent 19 Nov 2026", 11)).toEqual(["sent", "19 Nov 2026"]);
    expect(wrapWords("As of 3 Sept 2026, 2 overdue", 13)).toEqual(["As of", "3 Sept 2026,", "2 overdue"]);
  });

  it("keeps how far a day is, '(in 8 days)' and '(in 1 day)' alike, on one line", () => {
    expect(wrapWords("practice (in 8 days)", 12)).toEqual(["practice", "(in 8 days)"]);
    expect(wrapWords("practice (in 1 day)", 11)).toEqual(["practice", "(in 1 day)"]);
    expect(wrapWords("review (1 day ago)", 11)).toEqual(["review", "(1 day ago)"]);
  });

  it("breaks a hyphenated word after a hyphen only when it is longer than the line", () => {
    expect(wrapWords("the residency-interview-day checklist", 16)).toEqual(["the residency-", "interview-day", "checklist"]);
    expect(wrapWords("see day-to-day", 10)).toEqual(["see", "day-to-day"]);
  });
});

describe("fitToWidth and the rank bar chart", () => {
  it("cuts by display width and pads to it", () => {
    expect(fitToWidth("東京総合病院", 7)).toBe("東京総…");
    expect(fitToWidth("東京総合病院", 8)).toBe("東京総… ");
    expect(fitToWidth("Mercy", 7)).toBe("Mercy  ");
  });

  it("draws the residency and job lists on one scale: equal scores get equal bars, whatever each list's longest name", () => {
    const chart = barCharts(
      [
        { title: "residency", bars: [{ label: "Mercy", value: 80 }] },
        { title: "job", bars: [{ label: "Sunrise Family Clinic", value: 80 }] },
      ],
      { columns: 60 },
    ).split("\n");
    expect(chart.filter((line) => line === "residency" || line === "job")).toEqual(["residency", "job"]);
    const bars = chart.filter((line) => line.includes("█"));
    expect(bars.map((line) => line.indexOf("█"))).toEqual([bars[0]!.indexOf("█"), bars[0]!.indexOf("█")]);
    expect(bars.map((line) => line.trimEnd().length)).toEqual([bars[0]!.trimEnd().length, bars[0]!.trimEnd().length]);
  });

  it("starts every bar in the same column whatever the script of the name", () => {
    const lines = barChart(PROGRAMS.map(([, label, score]) => ({ label: label!, value: Number(score) })), { columns: 60 }).split("\n");
    const barStarts = lines.map((line) => stringWidth(line.slice(0, line.indexOf("█"))));
    expect(new Set(barStarts).size).toBe(1);
    expect(new Set(widthsOf(lines)).size).toBe(1);
  });
});

describe("markdownForTerminal", () => {
  it("turns a Markdown table into aligned columns, with escaped pipes and emphasis shown as text", () => {
    const markdown = ["# Thank-you notes", "", "| Status | Person |", "| --- | --- |", "| **overdue** by 2 days | Raj \\| Patel |", "| due today | 김민준 |", ""].join("\n");
    expect(markdownForTerminal(markdown, 60).split("\n")).toEqual([
      "# Thank-you notes",
      "",
      "Status             Person     ",
      "─────────────────  ───────────",
      "overdue by 2 days  Raj | Patel",
      "due today          김민준     ",
      "",
    ]);
  });

  it("wraps prose and list items between words, items hanging under their text", () => {
    const markdown = "- Rank only programs you would attend: a match is binding.";
    expect(markdownForTerminal(markdown, 30).split("\n")).toEqual(["- Rank only programs you would", "  attend: a match is binding."]);
  });
});
