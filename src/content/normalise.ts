// Content as the program uses it: durations in seconds, defaults filled in, optional lists empty.
import { parseDueOffset, parseDuration } from "../io/duration.js";
import type { ChecklistInput, DeckInput } from "./schema.js";
import { DEFAULT_ANSWER_SECONDS, DEFAULT_PREP_SECONDS, type Checklist, type Deck } from "./types.js";

export function normaliseDeck(id: string, input: DeckInput): Deck {
  const answerSeconds = parseDuration(input.defaults?.answer) ?? DEFAULT_ANSWER_SECONDS;
  return {
    kind: "deck",
    id,
    title: input.title,
    ...(input.description ? { description: input.description } : {}),
    ...(input.interview ? { interview: input.interview } : {}),
    prepSeconds: parseDuration(input.defaults?.prep) ?? DEFAULT_PREP_SECONDS,
    answerSeconds,
    questions: input.questions.map((q) => ({
      id: q.id,
      text: q.text,
      ...(q.category ? { category: q.category } : {}),
      tags: q.tags ?? [],
      format: q.format ?? "open",
      answerSeconds: parseDuration(q.answer) ?? answerSeconds,
      points: (q.points ?? []).map((p) => ({ text: p.text, keywords: p.keywords ?? [], ...(p.unless ? { unless: p.unless } : {}), ...(p.also ? { also: p.also } : {}) })),
      ...(q.competencies ? { competencies: [...new Set(q.competencies)] } : {}),
      tips: q.tips ?? [],
      followups: q.followups ?? [],
    })),
  };
}

export function normaliseChecklist(id: string, input: ChecklistInput): Checklist {
  return {
    kind: "checklist",
    id,
    title: input.title,
    ...(input.description ? { description: input.description } : {}),
    sections: input.sections.map((section) => ({
      title: section.title,
      phase: section.phase,
      ...(section.formats ? { formats: section.formats } : {}),
      items: section.items.map((item) => {
        const dueDays = item.due === undefined ? undefined : parseDueOffset(item.due);
        return { id: item.id, text: item.text, ...(item.why ? { why: item.why } : {}), ...(dueDays === undefined ? {} : { dueDays }), ...(item.doneBy ? { doneBy: item.doneBy } : {}) };
      }),
    })),
  };
}
