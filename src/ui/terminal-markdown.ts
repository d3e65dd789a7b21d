// The Markdown documents this program writes (rank-order list, plan, follow-ups, lists, stats),
// laid out for a terminal: a table becomes aligned columns that fit the width, and every other
// line wraps between words, list items under their own text. Piped or redirected, the document
// stays Markdown (writeMarkdown in output.ts decides); this is only how it looks on a screen.
import { renderTable, wrapWords, type Align } from "./table.js";

/** A table's delimiter row, as io/markdown.ts table() writes it: `| --- | --- |`. */
const DELIMITER = /^\|(?:\s*:?-{3,}:?\s*\|)+\s*$/;
/** What inline() escapes, unescaped for the screen (the inverse of io/markdown.ts inline()). */
const ESCAPED = /\\([\\`*_[\]<>|#])/g;
/** **Strong** text: the screen shows the words; stdout carries no bold. */
const STRONG = /(?<!\\)\*\*(.+?)(?<!\\)\*\*/g;
/** Markup that reads as noise on a screen, taken off before escapes are undone. */
const shown = (text: string) => text.replace(STRONG, "$1").replace(ESCAPED, "$1");
/** A cell that reads as a number, a rank ("2=") or a range: right-aligned. */
const NUMERIC = /^[=\d.,%/±+\-–]+$|^\d+\/\d+$/;
/** A list item or an indented line: the marker and indent its wrapped lines hang under. */
const HANGING = /^(\s*(?:[-*•] |\d+\. |- \[[ x]\] )?)/;

/** `markdown` laid out for a terminal `width` columns wide (0 or less: 80). */
export function markdownForTerminal(markdown: string, width: number): string {
  const columns = width > 0 ? width : 80;
  const lines = markdown.split("\n");
  const out: string[] = [];
  let fenced = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith("```")) fenced = !fenced;
    if (fenced || line.startsWith("```")) {
      out.push(line);
      continue;
    }
    if (line.startsWith("|") && DELIMITER.test(lines[i + 1] ?? "")) {
      const block: string[] = [];
      while (i < lines.length && lines[i]!.startsWith("|")) block.push(lines[i++]!);
      i--;
      out.push(...tableLines(block, columns));
      continue;
    }
    if (line.trim() === "") {
      out.push("");
      continue;
    }
    const text = shown(line);
    out.push(...wrapWords(text, columns, HANGING.exec(text)?.[1]?.length ?? 0));
  }
  return out.join("\n");
}

function tableLines(block: string[], width: number): string[] {
  const [header, , ...rows] = block.map(cellsOf);
  if (!header) return block;
  const align: Align[] = header.map((_, c) => {
    const values = rows.map((row) => row[c] ?? "").filter((value) => value !== "");
    return values.length > 0 && values.every((value) => NUMERIC.test(value)) ? "right" : "left";
  });
  return renderTable(header, rows, { width, align });
}

/** The cells of one table row: split at pipes that are not escaped, then unescaped. */
function cellsOf(row: string): string[] {
  const inner = row.trim().replace(/^\|/, "").replace(/(?<!\\)\|$/, "");
  return inner.split(/(?<!\\)\|/).map((cell) => shown(cell.trim()));
}
