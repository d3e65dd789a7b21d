// The story bank for a person at the terminal (stderr): aligned columns cut to the terminal's
// width, gaps and missing STAR parts in colour.
import type { CheckReport } from "../stories/check.js";
import { ADD_STORY, type StoryStats } from "../stories/practice-stats.js";
import { SECTION_TITLES, STAR_PARTS, type Story } from "../stories/story.js";
import { WE_ONLY_HINT, WE_ONLY_SHORT } from "../practice/star-hints.js";
import { paint } from "./color.js";
import { hangingLines } from "./table.js";

const width = () => Math.max(60, process.stderr.columns ?? 100);
const plural = (n: number, word: string) => `${n} ${n === 1 ? word : word.endsWith("y") ? `${word.slice(0, -1)}ies` : `${word}s`}`;

/** Cuts `text` to `max` characters with an ellipsis. */
function fit(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, Math.max(0, max - 1))}…` : text;
}

/** Rows as aligned columns; the last column takes what the terminal has left. */
function columns(rows: string[][], indent = "  "): string[] {
  const count = rows[0]?.length ?? 0;
  const widths = Array.from({ length: count - 1 }, (_, col) => Math.min(30, Math.max(...rows.map((row) => (row[col] ?? "").length))));
  const last = Math.max(10, width() - indent.length - widths.reduce((sum, w) => sum + w + 2, 0));
  return rows.map((row) => `${indent}${row.map((cell, col) => (col < count - 1 ? fit(cell, widths[col]!).padEnd(widths[col]!) : fit(cell, last))).join("  ")}`.trimEnd());
}

export function renderStoriesList(stories: readonly Story[], uses: ReadonlyMap<string, number>): string {
  const rows = [["Story", "Used", "Competencies"], ...stories.map((s) => [s.title, String(uses.get(s.slug) ?? 0), s.competencies.join(", ")])];
  const [header, ...body] = columns(rows);
  return [paint.bold(`Story bank: ${plural(stories.length, "story")}`), paint.dim(header!), ...body].join("\n");
}

export function renderCheckView(report: CheckReport): string {
  const title = report.decks.length === 1 ? `${report.decks[0]!.title} (${report.decks[0]!.id})` : "all decks";
  const out = [paint.bold(`Story check: ${title}`), ""];
  const rows = [["Competency", "Questions", "Stories"], ...report.competencies.map((c) => [c.label, String(c.questions.length), c.stories.join("; ") || "–"])];
  const lines = columns(rows);
  out.push(paint.dim(lines[0]!), ...lines.slice(1).map((line, i) => (report.competencies[i]!.stories.length ? line : paint.yellow(line))), "");
  if (report.gaps.length) {
    out.push(paint.bold("Gaps: asked, no story yet (most asked first)"));
    out.push(...report.gaps.map((g) => `  ${paint.yellow(g.label)} ${paint.dim(`(${g.id})`)}: ${plural(g.questions, "question")}`), "");
  } else {
    out.push(paint.green("Every competency the deck asks for has a story."), "");
  }
  const incomplete = report.stories.filter((s) => s.missing.length || s.star.weOnly);
  if (incomplete.length) {
    const said = (s: CheckReport["stories"][number]) =>
      [s.missing.length ? paint.red(`no ${s.missing.map((part) => SECTION_TITLES[part]).join(", no ")}`) : "", s.star.weOnly ? paint.yellow(WE_ONLY_HINT) : ""].filter(Boolean).join(". ");
    out.push(paint.bold("Missing STAR parts"), ...incomplete.map((s) => `  ${s.title}: ${said(s)}`), "");
  }
  for (const s of report.stories) {
    out.push(`${paint.bold(s.title)} ${paint.dim(`${s.competencies.join(", ") || "no competency"} · answers ${plural(s.questions.length, "question")} · told ${s.used}×`)}`);
    for (const part of STAR_PARTS) {
      const e = s.star[part];
      const name = SECTION_TITLES[part].padEnd(9);
      const weOnly = part === "action" && s.star.weOnly ? paint.dim(` (${WE_ONLY_SHORT})`) : "";
      out.push(`  ${name} ${e.found ? fit(e.sentence ? `“${e.sentence}”` : "found", width() - 14) : `${paint.red("missing")}${weOnly}`}`);
    }
    if (s.questions.length) out.push(`  ${paint.dim("Answers")}   ${fit(s.questions.map((q) => q.text).join(" / "), width() - 14)}`);
    out.push("");
  }
  if (report.duplicates.length) {
    out.push(paint.bold("Near-duplicates: keep the stronger one"));
    out.push(...report.duplicates.map((d) => `  ${d.a} ≈ ${d.b} ${paint.dim(`(${Math.round(d.similarity * 100)}% words in common)`)}`));
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
  const practised = stats.competencies.map((c) => `${c.id} ${paint.dim(`×${c.answers}`)}`).join(" · ");
  const width = columns - 1;
  return [
    paint.bold("Stories and competencies"),
    ...hangingLines("  Stories told  ", told || paint.dim(inBank ? "none named yet: pick one after a STAR answer" : `no stories yet: add one with ${ADD_STORY}`), width),
    ...hangingLines("  Competencies  ", practised || paint.dim("none yet"), width),
  ].join("\n");
}
