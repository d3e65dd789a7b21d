// The agenda on a terminal: one heading per section, the "when" column aligned, long lines
// wrapped under their own column to fit the terminal's width.
import stringWidth from "fast-string-width";
import { wrapAnsi } from "fast-wrap-ansi";
import type { AgendaSection } from "../interviews/agenda-render.js";
import { paint } from "./color.js";

/** Below this many columns left for the text beside the "when" column, each row is stacked instead. */
const MIN_TEXT = 20;

export function renderAgendaView(today: string, sections: readonly AgendaSection[], columns = process.stdout.columns || 80): string {
  const whenWidth = Math.min(24, Math.max(...sections.flatMap((s) => s.rows.map((r) => stringWidth(r.when)))));
  // A narrow terminal (about 45 columns or fewer) has no room for two columns: the "when" goes on
  // its own line and the text under it, so neither is cut nor wider than the terminal.
  const stacked = columns - whenWidth - 4 < MIN_TEXT;
  const textWidth = stacked ? Math.max(MIN_TEXT, columns - 4) : columns - whenWidth - 4;
  const out = [paint.bold(`Today, ${today}`)];
  for (const section of sections) {
    out.push("", paint.bold(section.title));
    for (const row of section.rows) {
      const lines = wrapAnsi(row.what, textWidth, { hard: true }).split("\n");
      if (stacked) {
        for (const when of wrapAnsi(row.when, Math.max(MIN_TEXT, columns - 2), { hard: true }).split("\n")) out.push(`  ${row.urgent ? paint.red(when) : when}`);
        out.push(...lines.map((line) => `    ${line}`));
        continue;
      }
      // A "when" wider than its column ("in 5 days 09:00 America/Chicago") wraps inside it too.
      const whens = wrapAnsi(row.when, whenWidth, { hard: true }).split("\n");
      for (let i = 0; i < Math.max(whens.length, lines.length); i++) {
        const when = whens[i] ?? "";
        const padded = when + " ".repeat(Math.max(0, whenWidth - stringWidth(when)));
        out.push(`  ${row.urgent && when ? paint.red(padded) : padded}  ${lines[i] ?? ""}`);
      }
    }
  }
  return `${out.join("\n")}\n`;
}
