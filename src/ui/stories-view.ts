// The story bank for a person at the terminal (stderr): tables and lines that fit the terminal's
// width, wrapped between words; gaps and missing STAR parts in colour.
import type { CheckReport } from "../stories/check.js";
import { ADD_STORY, type StoryStats } from "../stories/practice-stats.js";
import { SECTION_TITLES, STAR_PARTS, type Story } from "../stories/story.js";
import { WE_ONLY_HINT, WE_ONLY_SHORT } from "../practice/star-hints.js";
import { paint } from "./color.js";
import { fitToWidth, hangingLines, renderTable } from "./table.js";

/** stderr's width less the one spare column (a line that fills the terminal exactly may wrap). */
const width = () => (process.stderr.columns || 100) - 1;
const plural = (n: number, word: string) => `${n} ${n === 1 ? word : word.endsWith("y") ? `${word.slice(0, -1)}ies` : `${word}s`}`;
const INDENT = "  ";

/** A table indented under its heading, its header and rule dimmed (a narrow terminal gets records, see renderTable). */
function indentedTable(header: string[], rows: string[][]): string[] {
  const lines = renderTable(header, rows, { width: width() - INDENT.length });
  const rule = lines.findIndex((line) => /^[─ ]+$/.test(line));
  return lines.map((line, i) => (i <= rule ? paint.dim(`${INDENT}${line}`.trimEnd()) : `${INDENT}${line}`.trimEnd()));
}

/** Lines under a heading, wrapped between words and indented. */
const indented = (text: string) => hangingLines(INDENT, text, width());

export function renderStoriesList(stories: readonly Story[], uses: ReadonlyMap<string, number>): string {
  const rows = stories.map((s) => [s.title, String(uses.get(s.slug) ?? 0), s.competencies.join(", ")]);
  return [paint.bold(`Story bank: ${plural(stories.length, "story")}`), ...indentedTable(["Story", "Used", "Competencies"], rows)].join("\n");
}

export function renderCheckView(report: CheckReport): string {
  const title = report.decks.length === 1 ? `${report.decks[0]!.title} (${report.decks[0]!.id})` : "all decks";
  const out = [...hangingLines("", paint.bold(`Story check: ${title}`), width()), ""];
  // A competency with no story is a gap: its name in yellow.
  const rows = report.competencies.map((c) => [c.stories.length ? c.label : paint.yellow(c.label), String(c.questions.length), c.stories.join("; ") || "–"]);
  out.push(...indentedTable(["Competency", "Questions", "Stories"], rows), "");
  if (report.gaps.length) {
    out.push(...hangingLines("", paint.bold("Gaps: asked, no story yet (most asked first)"), width()));
    out.push(...report.gaps.flatMap((g) => indented(`${paint.yellow(g.label)} ${paint.dim(`(${g.id})`)}: ${plural(g.questions, "question")}`)), "");
  } else {
    out.push(...hangingLines("", paint.green("Every competency the deck asks for has a story."), width()), "");
  }
  const incomplete = report.stories.filter((s) => s.missing.length || s.star.weOnly);
  if (incomplete.length) {
    const said = (s: CheckReport["stories"][number]) =>
      [s.missing.length ? paint.red(`no ${s.missing.map((part) => SECTION_TITLES[part]).join(", no ")}`) : "", s.star.weOnly ? paint.yellow(WE_ONLY_HINT) : ""].filter(Boolean).join(". ");
    out.push(paint.bold("Missing STAR parts"), ...incomplete.flatMap((s) => indented(`${s.title}: ${said(s)}`)), "");
  }
  for (const s of report.stories) {
    out.push(...hangingLines("", `${paint.bold(s.title)} ${paint.dim(`${s.competencies.join(", ") || "no competency"} · answers ${plural(s.questions.length, "question")} · told ${s.used}×`)}`, width()));
    // One line a part: the opening words of the sentence that shows it, cut to the width.
    const room = width() - INDENT.length - 10;
    for (const part of STAR_PARTS) {
      const e = s.star[part];
      const name = SECTION_TITLES[part].padEnd(9);
      const weOnly = part === "action" && s.star.weOnly ? paint.dim(` (${WE_ONLY_SHORT})`) : "";
      out.push(`${INDENT}${name} ${e.found ? fitToWidth(e.sentence ? `“${e.sentence}”` : "found", room).trimEnd() : `${paint.red("missing")}${weOnly}`}`);
    }
    if (s.questions.length) out.push(`${INDENT}${paint.dim("Answers")}   ${fitToWidth(s.questions.map((q) => q.text).join(" / "), room).trimEnd()}`);
    out.push("");
  }
  if (report.duplicates.length) {
    out.push(...hangingLines("", paint.bold("Near-duplicates: keep the stronger one"), width()));
    out.push(...report.duplicates.flatMap((d) => indented(`${d.a} ≈ ${d.b} ${paint.dim(`(${Math.round(d.similarity * 100)}% words in common)`)}`)));
  }
  return out.join("\n").trimEnd();
}

/**
 * The story bank's lines under `stats` on the terminal: stories told and competencies practised,
 * wrapped under their labels to fit `columns` (stderr's width). `inBank`: how many stories the
 * bank holds; with none, practice never asks which was told.
 */
export function renderStoryStats(stats: StoryStats, inBank: number, columns = process.stderr.columns || 80): string {
  const told = stats.storiesUsed.map((s) => `${s.title} ${paint.dim(`×${s.answers}`)}`).join(" · ");
  // By label, as the Markdown report names them ("A difficult conversation", not its id).
  const practised = stats.competencies.map((c) => `${c.label} ${paint.dim(`×${c.answers}`)}`).join(" · ");
  const width = columns - 1;
  return [
    paint.bold("Stories and competencies"),
    ...hangingLines("  Stories told  ", told || paint.dim(inBank ? "none named yet: pick one after a STAR answer" : `no stories yet: add one with ${ADD_STORY}`), width),
    ...hangingLines("  Competencies  ", practised || paint.dim("none yet"), width),
  ].join("\n");
}
