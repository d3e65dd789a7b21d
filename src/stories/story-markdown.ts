// The story bank as Markdown documents for stdout: the list, one story, the check report and
// the one-page story sheet per interview kind (deck). User text goes through inline()/cell().
import { competencyLabel } from "../content/competencies.js";
import type { Deck } from "../content/types.js";
import { cell, inline, table } from "../io/markdown.js";
import type { CheckReport } from "./check.js";
import { storiesFor } from "./check.js";
import { SECTION_TITLES, STAR_PARTS, STORY_FIELDS, type Story } from "./story.js";
import { WE_ONLY_HINT, WE_ONLY_SHORT } from "../practice/star-hints.js";

const times = (n: number) => (n === 1 ? "once" : `${n} times`);
const plural = (n: number, word: string) => `${n} ${n === 1 ? word : word.endsWith("y") ? `${word.slice(0, -1)}ies` : `${word}s`}`;
const label = (part: string) => SECTION_TITLES[part as keyof typeof SECTION_TITLES] ?? part;

export function storiesListMarkdown(stories: readonly Story[], uses: ReadonlyMap<string, number>): string {
  const rows = stories.map((s) => [cell(s.title), cell(s.competencies.join(", ")), cell(s.where), String(uses.get(s.slug) ?? 0)]);
  return `# Story bank\n\n${plural(stories.length, "story")}.\n\n${table(["story", "competencies", "where", "used in practice"], rows)}\n`;
}

/** One story; `missing`: the STAR parts not found in its text; `weOnly`: every step told as "we". */
export function storyMarkdown(story: Story, used: number, missing: readonly string[], weOnly = false): string {
  const facts = [story.where ? inline(story.where) : "", story.competencies.map(competencyLabel).join(", "), used ? `told in practice ${times(used)}` : "not told in practice yet"];
  const out = [`# ${inline(story.title)}`, "", facts.filter(Boolean).join(" · "), ""];
  for (const field of STORY_FIELDS) out.push(`## ${SECTION_TITLES[field]}`, "", story[field] ? story[field].split("\n").map(inline).join("\n") : "_(empty)_", "");
  if (missing.length) out.push(`STAR check: no ${missing.map(label).join(", no ")} found in the story's text.`, "");
  if (weOnly) out.push(WE_ONLY_HINT, "");
  return `${out.join("\n").trimEnd()}\n`;
}

export function checkMarkdown(report: CheckReport): string {
  const title = report.decks.length === 1 ? report.decks[0]!.title : "all decks";
  const out = [`# Story check: ${inline(title)}`, ""];
  out.push(`${plural(report.stories.length, "story")}; ${plural(report.gaps.length, "competency")} asked with no story.`, "");
  out.push("## Competencies", "");
  out.push(
    table(
      ["competency", "stories", "questions that ask for it"],
      report.competencies.map((c) => [cell(c.label), cell(c.stories.join("; ") || "—"), cell(c.questions.map((q) => q.text).join(" / ") || "—")]),
    ),
    "",
  );
  out.push("## Gaps", "");
  out.push(...(report.gaps.length ? report.gaps.map((g) => `- **${inline(g.label)}** (${g.id}): asked by ${plural(g.questions, "question")}, no story yet`) : ["Every competency the deck asks for has a story."]), "");
  const incomplete = report.stories.filter((s) => s.missing.length || s.star.weOnly);
  if (incomplete.length) {
    const said = (s: CheckReport["stories"][number]) => [s.missing.length ? `no ${s.missing.map(label).join(", no ")}` : "", s.star.weOnly ? WE_ONLY_HINT : ""].filter(Boolean).join(". ");
    out.push("## Missing STAR parts", "", ...incomplete.map((s) => `- ${inline(s.title)}: ${said(s)}`), "");
  }
  out.push("## Stories", "");
  for (const s of report.stories) {
    // A story with no competency (a hand-edited note) starts at "answers", not at a bare separator.
    const facts = [s.competencies.join(", "), `answers ${plural(s.questions.length, "question")}`, `told in practice ${s.used ? times(s.used) : "never"}`];
    out.push(`### ${inline(s.title)}`, "", facts.filter(Boolean).join(" · "), "");
    for (const part of STAR_PARTS) {
      const e = s.star[part];
      const weOnly = part === "action" && s.star.weOnly ? ` (${WE_ONLY_SHORT})` : "";
      out.push(`- ${label(part)}: ${e.found ? (e.sentence ? `“${inline(e.sentence)}”` : "found") : `**missing**${weOnly}`}`);
    }
    if (s.questions.length) out.push("", "Answers:", ...s.questions.map((q) => `- ${inline(q.text)} (${q.deck}/${q.id})`));
    out.push("");
  }
  if (report.duplicates.length) {
    out.push("## Near-duplicates", "", ...report.duplicates.map((d) => `- ${inline(d.a)} and ${inline(d.b)}: ${Math.round(d.similarity * 100)}% of their words in common; keep the stronger one`), "");
  }
  return `${out.join("\n").trimEnd()}\n`;
}

/** First sentence of a part, cut at about `words` words: a sheet line is a cue, not the story. */
function cue(text: string, words = 25): string {
  const first = (text.split(/(?<=[.!?])\s/)[0] ?? "").replace(/\s+/g, " ").trim();
  const list = first.split(" ");
  return list.length > words ? `${list.slice(0, words).join(" ")}…` : first;
}

/**
 * One page per deck that some story fits: each fitting story as four cue lines and the questions
 * it answers, then the competencies the deck asks for that have no story. For the "cheat sheet"
 * on an interview day.
 */
export function storySheetMarkdown(stories: readonly Story[], decks: readonly Deck[]): string {
  const pages: string[] = [];
  for (const deck of decks) {
    const asked = [...new Set(deck.questions.flatMap((q) => q.competencies ?? []))];
    const fitting = storiesFor(asked, stories);
    if (!fitting.length) continue;
    const out = [`# Story sheet: ${inline(deck.title)}`, ""];
    for (const story of fitting) {
      const shows = story.competencies.filter((c) => asked.includes(c)).map(competencyLabel);
      out.push(`## ${inline(story.title)}`, "", `${shows.join(", ")}${story.where ? ` · ${inline(story.where)}` : ""}`, "");
      for (const part of STAR_PARTS) out.push(`- **${label(part)[0]}** ${story[part] ? inline(cue(story[part])) : "_(not written yet)_"}`);
      const answers = deck.questions.filter((q) => q.competencies?.some((c) => story.competencies.includes(c)));
      out.push("", `For: ${answers.map((q) => inline(q.text)).join(" / ")}`, "");
    }
    const gaps = asked.filter((c) => !stories.some((s) => s.competencies.includes(c)));
    if (gaps.length) out.push(`No story yet for: ${gaps.map(competencyLabel).join(", ")}.`, "");
    pages.push(out.join("\n").trimEnd());
  }
  return pages.length ? `${pages.join("\n\n---\n\n")}\n` : "";
}
