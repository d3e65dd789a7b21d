// The story bank's part of `stats`: the stories told in practice (from history's `story` field)
// and the competencies practised (from the competencies of the questions answered).
import { competencyLabel } from "../content/competencies.js";
import type { Deck } from "../content/types.js";
import { cell, table } from "../io/markdown.js";
import type { Story } from "./story.js";
import { competenciesPractised, storyUses } from "./usage.js";
import { byName, byText } from "../io/order.js";

export const ADD_STORY = "interview-coach stories add";

export interface StoryStats {
  /** Stories told at least once, most told first; a story no longer in the bank shows its slug. */
  storiesUsed: { story: string; title: string; answers: number }[];
  /** Competencies the answered questions asked for, most practised first. */
  competencies: { id: string; label: string; answers: number }[];
}

export interface StoryStatsInput {
  /**
   * Answers counted by stats (deck and question ids, and the story told), --since already
   * applied; only those of `decks` count. Iterated twice.
   */
  answers: Iterable<{ deck: string; question: string; story?: string }>;
  decks: readonly Deck[];
  /** The story bank; without stories, no story is listed as told. */
  stories: readonly Story[];
}

export function storyStats({ answers, decks, stories }: StoryStatsInput): StoryStats {
  const titles = new Map(stories.map((s) => [s.slug, s.title]));
  const deckIds = new Set(decks.map((deck) => deck.id));
  const storiesUsed = [...(stories.length ? storyUses(inDecks(answers, deckIds)) : [])]
    .map(([story, count]) => ({ story, title: titles.get(story) ?? story, answers: count }))
    .sort((a, b) => b.answers - a.answers || byName(a.title, b.title));
  const competencies = [...competenciesPractised(answers, decks)]
    .map(([id, count]) => ({ id, label: competencyLabel(id), answers: count }))
    .sort((a, b) => b.answers - a.answers || byText(a.id, b.id));
  return { storiesUsed, competencies };
}

/** `inBank`: how many stories the bank holds; practice asks which story was told only when there are some. */
export function storyStatsMarkdown(stats: StoryStats, inBank: number): string {
  const out = ["## Stories and competencies", ""];
  if (stats.storiesUsed.length) out.push(table(["story told", "answers"], stats.storiesUsed.map((s) => [cell(s.title), String(s.answers)])), "");
  else if (inBank === 0) out.push(`No stories yet: add one with \`${ADD_STORY}\`; practice then asks which one you told after a STAR answer.`, "");
  else out.push("No answer has named a story yet (pick one after a STAR answer in practice).", "");
  if (stats.competencies.length) out.push(table(["competency practised", "answers"], stats.competencies.map((c) => [cell(c.label), String(c.answers)])), "");
  return `${out.join("\n").trimEnd()}\n`;
}

/** The answers to questions of the decks `ids` names. */
function* inDecks<A extends { deck: string }>(answers: Iterable<A>, ids: ReadonlySet<string>): Iterable<A> {
  for (const answer of answers) if (ids.has(answer.deck)) yield answer;
}
