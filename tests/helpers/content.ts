// Loaded content for unit tests: one builder for a question and one for a deck, so that tests
// state only the fields they rely on.
import type { Deck, Question } from "../../src/content/types.js";

/** A valid open question with no points, tips or follow-ups; its text is its id. `fields` override any of that. */
export function question(id: string, fields: Partial<Question> = {}): Question {
  return { id, text: id, tags: [], format: "open", answerSeconds: 90, points: [], tips: [], followups: [], ...fields };
}

/** The "residency" deck ("Residency", 20s prep, 120s answers) holding `questions`; `fields` override any of that. */
export function deck(questions: Question[], fields: Partial<Deck> = {}): Deck {
  return { kind: "deck", id: "residency", title: "Residency", prepSeconds: 20, answerSeconds: 120, questions, ...fields };
}
