// The agenda on a terminal: one heading per section, the "when" column aligned, long lines
// wrapped under their own column to fit the terminal's width.
import stringWidth from "fast-string-width";
import { wrapAnsi } from "fast-wrap-ansi";
import type { AgendaSection } from "../interviews/agenda-render.js";
import { paint } from "./color.js";

export function renderAgendaView(today: string, sections: readonly AgendaSection[], columns = process.stdout.columns || 80): string {
  const whenWidth = Math.min(24, Math.max(...sections.flatMap((s) => s.rows.map((r) => stringWidth(r.when)))));
  const textWidth = Math.max(20, columns - whenWidth - 4);
  const out = [paint.bold(`Today, ${today}`)];
  for (const section of sections) {
    out.push("", paint.bold(section.title));
    for (const row of section.rows) {
      // A "when" wider than its column ("in 5 days 09:00 America/Chicago") wraps inside it too.
      const whens = wrapAnsi(row.when, whenWidth, { hard: true }).split("\n");
      const lines = wrapAnsi(row.what, textWidth, { hard: true }).split("\n");
      for (let i = 0; i < Math.max(whens.length, lines.length); i++) {
        const when = whens[i] ?? "";
        const padded = when + " ".repeat(Math.max(0, whenWidth - stringWidth(when)));
        out.push(`  ${row.urgent && when ? paint.red(padded) : padded}  ${lines[i] ?? ""}`);
      }
    }
  }
  return `${out.join("\n")}\n`;
}
