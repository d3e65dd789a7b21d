// The agenda on a terminal: one heading per section, the "when" column aligned, long lines
// wrapped under their own column to fit the terminal's width.
import stringWidth from "fast-string-width";
import type { AgendaRow, AgendaSection } from "../interviews/agenda-render.js";
import { paint } from "./color.js";
import { wrapWords } from "./table.js";
import { markdownForTerminal } from "./terminal-markdown.js";

/** Stacked rows are never wrapped narrower than this. */
const MIN_TEXT = 20;
/**
 * Columns the text beside the "when" column keeps: the "when" column narrows for them, down to
 * its longest word; when even that leaves less, each row is stacked instead.
 */
const SIDE_TEXT = 30;

export function renderAgendaView(today: string, sections: readonly AgendaSection[], columns = process.stdout.columns || 80, missing?: string): string {
  const whens = sections.flatMap((s) => s.rows.map((r) => r.when));
  const natural = Math.min(24, Math.max(...whens.map((when) => stringWidth(when))));
  const longestWord = Math.max(...whens.flatMap((when) => when.split(/\s+/).map((word) => stringWidth(word))));
  const whenWidth = Math.min(natural, Math.max(longestWord, columns - 4 - SIDE_TEXT));
  // A narrow terminal (below about 45 to 50 columns, as the "when" words are long) has no room for
  // two columns: the "when" goes on its own line and the text under it, so neither is cut nor
  // wider than the terminal.
  const stacked = columns - whenWidth - 4 < SIDE_TEXT;
  const textWidth = stacked ? Math.max(MIN_TEXT, columns - 4) : columns - whenWidth - 4;
  const out = [paint.bold(`Today, ${today}`)];
  // What the agenda leaves out (a line of Markdown) is said first.
  if (missing) out.push("", markdownForTerminal(missing, columns));
  for (const section of sections) {
    out.push("", paint.bold(section.title));
    for (const row of section.rows) {
      const { lines, command } = rowLines(row, textWidth);
      if (stacked) {
        for (const when of wrapWords(row.when, Math.max(MIN_TEXT, columns - 2))) out.push(`  ${row.urgent ? paint.red(when) : when}`);
        out.push(...lines.map((line) => `    ${line}`));
      } else {
        // A "when" wider than its column ("in 5 days 09:00 America/Chicago") wraps inside it too.
        const whens = wrapWords(row.when, whenWidth);
        for (let i = 0; i < Math.max(whens.length, lines.length); i++) {
          const when = whens[i] ?? "";
          const padded = when + " ".repeat(Math.max(0, whenWidth - stringWidth(when)));
          out.push(`  ${row.urgent && when ? paint.red(padded) : padded}  ${lines[i] ?? ""}`.trimEnd());
        }
      }
      if (command !== undefined) out.push(...commandLines(command, columns - 4).map((line) => `    ${line}`));
    }
  }
  return `${out.join("\n")}\n`;
}

/**
 * A row's text as lines of at most `width` columns, broken between words (or after a hyphen
 * inside a word too long for the line), never mid-word. A command it ends with is never broken
 * as text is, since a command cut in two with an indent between cannot be copied and run: when
 * the row does not fit on one line, the command goes on a line of its own, in the text column if
 * it fits there, else (`command`) under the row (see commandLines).
 */
function rowLines(row: AgendaRow, width: number): { lines: string[]; command?: string } {
  const whole = wrapWords(row.what, width);
  if (whole.length === 1 || !row.command || !row.what.endsWith(row.command)) return { lines: whole };
  const text = row.what.slice(0, row.what.length - row.command.length).replace(/\s*·?\s*$/u, "");
  const lines = text ? wrapWords(text, width) : [];
  return stringWidth(row.command) <= width ? { lines: [...lines, row.command] } : { lines, command: row.command };
}

/**
 * A shell command in lines of at most `width` columns that still run when copied and pasted:
 * broken only between its words, never inside a quoted name, each line but the last ending in
 * " \\" (the shell's line continuation) and the lines after the first indented two columns.
 * A single word wider than the line is left whole.
 */
function commandLines(command: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of command.match(/"[^"]*"|\S+/g) ?? []) {
    const indent = lines.length ? "  " : "";
    if (line && stringWidth(`${indent}${line} ${word} \\`) > width) {
      lines.push(`${indent}${line} \\`);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(`${lines.length ? "  " : ""}${line}`);
  return lines;
}
