// Reads a labelled set (a YAML list of hand-judged answers) and runs the feedback analysis on
// each case in-process, with the built-in decks. Shared by `npm run eval` and its tests.
// zod/mini rather than zod: about 30 KB to load instead of 450 KB (see io/validate.ts).
import * as z from "zod/mini";
import { loadContentFile } from "../content/load.js";
import type { Deck, Question } from "../content/types.js";
import { validate } from "../io/validate.js";
import { readYamlFile } from "../io/yaml-file.js";
import { ContentError, NotFoundError } from "../io/errors.js";
import { packagePath } from "../io/package-root.js";
import type { Feedback } from "../practice/feedback.js";
import { STAR_KEYS, type Judged, type LabelledCase } from "./score.js";

const flag = z.boolean();
const caseSchema = z.strictObject({
  deck: z.string(),
  question: z.string(),
  answer: z.string(),
  points: z.array(z.strictObject({ text: z.string(), covered: flag })),
  star: z.optional(z.strictObject({ situation: flag, task: flag, action: flag, result: flag })),
  fillers: z._default(z.record(z.string(), z.number().check(z.int(), z.nonnegative())), {}),
  why: z.optional(z.string()),
});
const setSchema = z.array(caseSchema);

/** The cases of a labelled set; ContentError (FILE:LINE:COL) when the file is broken. */
export function readLabelledSet(path: string): LabelledCase[] {
  const read = readYamlFile(path, path);
  if (!read.ok) throw new ContentError(read.issues);
  const checked = validate(setSchema, read.value);
  if (!checked.ok) throw new ContentError(checked.issues);
  return checked.value;
}

/** A built-in deck by id, read from content/decks/. */
export function builtinDeck(id: string): Deck {
  const loaded = loadContentFile(packagePath("content", "decks", `${id}.yaml`), `content/decks/${id}.yaml`);
  if (!loaded.ok) throw new ContentError(loaded.issues);
  if (loaded.content.kind !== "deck") throw new NotFoundError(`${id} is not a deck`);
  return loaded.content;
}

/** The question a case is about; NotFoundError when the deck has no such question. */
export function questionOf(c: LabelledCase, decks: Map<string, Deck>): Question {
  let deck = decks.get(c.deck);
  if (!deck) decks.set(c.deck, (deck = builtinDeck(c.deck)));
  const question = deck.questions.find((q) => q.id === c.question);
  if (!question) throw new NotFoundError(`labelled set: deck ${c.deck} has no question ${c.question}`);
  const missing = c.points.filter((p) => !question.points.some((q) => q.text === p.text));
  if (missing.length) throw new NotFoundError(`labelled set: ${c.deck}/${c.question} has no point "${missing[0]!.text}"; copy the point texts from the deck`);
  return question;
}

/** What the labels judge, taken from the analysis of one answer. */
export function judgedFrom(feedback: Pick<Feedback, "covered" | "star" | "fillers">): Judged {
  return {
    covered: new Map(feedback.covered.map((c) => [c.point, "evidence" in c ? (c as { evidence?: string }).evidence : (c as { matched?: string[] }).matched?.join(", ")])),
    ...(feedback.star ? { star: Object.fromEntries(STAR_KEYS.map((k) => [k, feedback.star![k]])) as Judged["star"] } : {}),
    fillers: Object.fromEntries(feedback.fillers.map((f) => [f.word, f.count])),
  };
}
