// The agenda on a terminal: one heading per section, the "when" column aligned, long lines
// wrapped under their own column to fit the terminal's width.
import stringWidth from "string-width";
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
      const when = row.when.padEnd(whenWidth + (row.when.length - stringWidth(row.when)));
      const lines = wrapAnsi(row.what, textWidth, { hard: true }).split("\n");
      out.push(`  ${row.urgent ? paint.red(when) : when}  ${lines[0] ?? ""}`);
      for (const line of lines.slice(1)) out.push(`  ${" ".repeat(whenWidth)}  ${line}`);
    }
  }
  return `${out.join("\n")}\n`;
}
