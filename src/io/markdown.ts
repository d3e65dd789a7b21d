// Small Markdown helpers. Anything a user typed goes through these so that it cannot open a
// heading, a code fence, front matter or HTML inside a note.

/** Inline text on one line: escapes what would change the structure, folds newlines. A lone CR
 * ends a line in Markdown too: "x\r---" made a setext heading of the line before. */
export function inline(text: string): string {
  return text
    .replace(/\r\n?|\n/g, " ")
    .replace(/([\\`*_[\]<>|#])/g, "\\$1")
    .trim();
}

/** A table cell: inline text, with pipes escaped by inline(). */
export function cell(text: string): string {
  return inline(text) || " ";
}

export function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

/** "22 Nov 2026" */
export function longDate(date: Date): string {
  return date.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric" });
}
