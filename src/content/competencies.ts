// The competencies behavioural questions ask about and stories show: the one list, which
// config.yaml may extend (`competencies: [research, teaching]`). Ids are kebab-case, as in decks.
// The set follows what residency and healthcare employers' behavioural interviews return to:
// working with others, handling conflict and mistakes, pressure, hard conversations, patients.
import { didYouMean } from "../io/suggest.js";
import type { Deck } from "./types.js";

export const COMPETENCIES: Readonly<Record<string, string>> = {
  teamwork: "Teamwork",
  conflict: "Conflict",
  leadership: "Leadership",
  mistake: "A mistake",
  pressure: "Under pressure",
  "difficult-conversation": "A difficult conversation",
  "patient-care": "Patient care",
  adaptability: "Adaptability",
  initiative: "Initiative",
  ethics: "Ethics and professionalism",
  communication: "Communication",
};

/** The built-in ids, then the ones config adds (kept in that order, without repeats). */
export function competencyIds(extra: readonly string[] = []): string[] {
  return [...new Set([...Object.keys(COMPETENCIES), ...extra])];
}

/** "Teamwork" for a built-in id; an id from config is shown as it is written. */
export function competencyLabel(id: string): string {
  return COMPETENCIES[id] ?? id;
}

/** How many questions of `decks` ask for each competency (every known one, zeros included). */
export function questionsPerCompetency(decks: Iterable<Deck>, known: readonly string[]): Map<string, number> {
  const counts = new Map(known.map((id) => [id, 0]));
  for (const deck of decks) for (const q of deck.questions) for (const c of q.competencies ?? []) counts.set(c, (counts.get(c) ?? 0) + 1);
  return counts;
}

/**
 * The entries of `names` outside `known`, by index, each with a message that says what was
 * probably meant. Entries that are not text are left to the schema's own message.
 */
export function unknownCompetencies(names: readonly unknown[], known: readonly string[]): { index: number; message: string }[] {
  return names.flatMap((name, index) =>
    typeof name !== "string" || !name.trim() || known.includes(name)
      ? []
      : [{ index, message: `unknown competency '${name}'.${didYouMean(name, known) || ` Known: ${known.join(", ")} (add your own under 'competencies' in config.yaml).`}` }],
  );
}
