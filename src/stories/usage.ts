// What practice tells about the story bank: how often each story was told, and which
// competencies the answered questions asked for.
import type { Deck } from "../content/types.js";
import type { HistoryEntry } from "../practice/history.js";

/** Answers per story slug, from the `story` field of history's answer lines (older lines have none). */
export function storyUses(entries: Iterable<HistoryEntry>): Map<string, number> {
  const uses = new Map<string, number>();
  for (const entry of entries) if (entry.type === "answer" && entry.story) uses.set(entry.story, (uses.get(entry.story) ?? 0) + 1);
  return uses;
}

/**
 * Answers per competency: each answered question counts once for each competency it asks for.
 * `answers`: deck and question ids (history answer lines or records); questions no deck knows now are left out.
 */
export function competenciesPractised(answers: Iterable<{ deck: string; question: string }>, decks: Iterable<Deck>): Map<string, number> {
  const asked = new Map<string, string[]>();
  for (const deck of decks) for (const q of deck.questions) if (q.competencies) asked.set(`${deck.id}\u0000${q.id}`, q.competencies);
  const counts = new Map<string, number>();
  for (const answer of answers) for (const c of asked.get(`${answer.deck}\u0000${answer.question}`) ?? []) counts.set(c, (counts.get(c) ?? 0) + 1);
  return counts;
}
