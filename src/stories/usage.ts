// What practice tells about the story bank: how often each story was told, and which
// competencies the answered questions asked for.
import type { Deck } from "../content/types.js";

/** Answers per story slug, from the answers that named one (history's older lines name none). */
export function storyUses(answers: Iterable<{ story?: string }>): Map<string, number> {
  const uses = new Map<string, number>();
  for (const { story } of answers) if (story) uses.set(story, (uses.get(story) ?? 0) + 1);
  return uses;
}

/**
 * Answers per competency: each answered question counts once for each competency it asks for.
 * `answers`: deck and question ids (history answer lines or records); questions no deck knows now are left out.
 */
export function competenciesPractised(answers: Iterable<{ deck: string; question: string }>, decks: Iterable<Deck>): Map<string, number> {
  // Answers are counted per question first and spread over competencies once at the end: `stats`
  // passes 100,000 answers here, and two map lookups and an increment each keep that cheap.
  const asked = new Map<string, Map<string, { competencies: string[]; answers: number }>>();
  for (const deck of decks) {
    const questions = new Map(deck.questions.filter((q) => q.competencies).map((q) => [q.id, { competencies: q.competencies!, answers: 0 }]));
    if (questions.size) asked.set(deck.id, questions);
  }
  for (const answer of answers) {
    const question = asked.get(answer.deck)?.get(answer.question);
    if (question) question.answers++;
  }
  const counts = new Map<string, number>();
  for (const questions of asked.values()) {
    for (const { competencies, answers: n } of questions.values()) if (n) for (const c of competencies) counts.set(c, (counts.get(c) ?? 0) + n);
  }
  return counts;
}
