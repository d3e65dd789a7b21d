// The story bank's part of `stats`: the stories told in practice (from history's `story` field)
// and the competencies practised (from the competencies of the questions answered).
import { competencyLabel } from "../content/competencies.js";
import type { Deck } from "../content/types.js";
import type { HistoryEntry } from "../practice/history.js";
import { cell, table } from "../io/markdown.js";
import type { Story } from "./story.js";
import { competenciesPractised, storyUses } from "./usage.js";

export interface StoryStats {
  /** Stories told at least once, most told first; a story no longer in the bank shows its slug. */
  storiesUsed: { story: string; title: string; answers: number }[];
  /** Competencies the answered questions asked for, most practised first. */
  competencies: { id: string; label: string; answers: number }[];
}

export interface StoryStatsInput {
  /** Answers (deck and question ids) counted by stats: its decks and --since already applied. */
  answers: Iterable<{ deck: string; question: string }>;
  /** History entries, to read the stories told; left out when the bank is empty. */
  entries?: Iterable<HistoryEntry>;
  decks: readonly Deck[];
  stories: readonly Story[];
  /** Epoch ms: only answers from then on (--since). */
  from?: number;
}

export function storyStats({ answers, entries = [], decks, stories, from = -Infinity }: StoryStatsInput): StoryStats {
  const deckIds = new Set(decks.map((d) => d.id));
  const counted = [...entries].filter((e) => e.type === "answer" && deckIds.has(e.deck) && Date.parse(e.at) >= from);
  const titles = new Map(stories.map((s) => [s.slug, s.title]));
  const storiesUsed = [...storyUses(counted)]
    .map(([story, count]) => ({ story, title: titles.get(story) ?? story, answers: count }))
    .sort((a, b) => b.answers - a.answers || a.title.localeCompare(b.title));
  const competencies = [...competenciesPractised(answers, decks)]
    .map(([id, count]) => ({ id, label: competencyLabel(id), answers: count }))
    .sort((a, b) => b.answers - a.answers || a.id.localeCompare(b.id));
  return { storiesUsed, competencies };
}

export function storyStatsMarkdown(stats: StoryStats): string {
  const out = ["## Stories and competencies", ""];
  if (stats.storiesUsed.length) out.push(table(["story told", "answers"], stats.storiesUsed.map((s) => [cell(s.title), String(s.answers)])), "");
  else out.push("No answer has named a story yet (pick one after a STAR answer in practice).", "");
  if (stats.competencies.length) out.push(table(["competency practised", "answers"], stats.competencies.map((c) => [cell(c.label), String(c.answers)])), "");
  return `${out.join("\n").trimEnd()}\n`;
}
