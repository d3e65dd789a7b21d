// An edit of a finished review stopped part-way (Ctrl-C, a signal, a closed terminal). The
// review stays exactly as it was: rank and followups read it as finished, and half-typed text is
// not an answer yet. What the edit changed is kept beside it, reviews/<slug>.edit.yaml, in the
// `review --answers` format (a file a person can read and fix, which rank never reads as a
// review), and the next `review` of the program goes on from there. Only the changed fields are
// kept, so that whatever changes the review meanwhile (`followups --done`) is not undone later.
import { rmSync } from "node:fs";
import { basename, dirname } from "node:path";
import YAML from "yaml";
import { ContentError } from "../io/errors.js";
import { replaceFile, writeNewFile } from "../io/files.js";
import { displayPath } from "../io/library.js";
import { readIfExists, withFileLock } from "../io/locked-update.js";
import { validate } from "../io/validate.js";
import { parseYamlText } from "../io/yaml-file.js";
import { stoppedEditFile } from "./kept-edits.js";
import { normalisePerson, type Review } from "./review.js";
import { reviewAnswersSchema, type ReviewAnswers } from "./review-schema.js";

/** A stopped edit found on disk: its file's text as read (to tell a later change) and the review with it applied. */
export interface KeptEdit {
  file: string;
  text: string;
  review: Review;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** What `after` changed of `before`, as answers; undefined when nothing. A thank-you date is kept only when set, so a later one is not undone. */
export function changedAnswers(before: Review, after: Review): ReviewAnswers | undefined {
  const answers: Record<string, unknown> = {};
  for (const key of ["date", "kind", "specialty"] as const) if (before[key] !== after[key]) answers[key] = after[key];
  const people = (review: Review) => review.people.map(({ name, role, detail, thanked }) => ({ name, role, detail, ...(thanked ? { thanked } : {}) }));
  if (!same(people(before), people(after))) answers.people = people(after);
  // Another kind asks other criteria: all of this edit's scores are its answers then.
  const scores = Object.entries(after.scores).filter(([id, score]) => after.kind !== before.kind || before.scores[id] !== score);
  if (scores.length) answers.scores = Object.fromEntries(scores);
  if (after.gut !== null && after.gut !== before.gut) answers.gut = after.gut;
  for (const key of ["dealBreakers", "redFlags", "stillUnknown", "notes"] as const) if (!same(before[key], after[key])) answers[key] = after[key];
  return Object.keys(answers).length ? (answers as ReviewAnswers) : undefined;
}

/**
 * The stopped edit of the review at `reviewPath`, applied to `review` (the review as it is now),
 * or undefined when there is none. A file that is not valid answers is exit 65 at its positions:
 * it holds what was typed, so it is neither used half nor thrown away.
 */
export function readStoppedEdit(reviewPath: string, review: Review): KeptEdit | undefined {
  const file = stoppedEditFile(reviewPath);
  const text = readIfExists(file);
  if (text === undefined) return undefined;
  const yaml = parseYamlText(text, displayPath(file));
  // A file of comments only (its answers deleted by hand) changes nothing.
  const checked = yaml.ok ? validate(reviewAnswersSchema, { ...yaml.value, data: yaml.value.data ?? {} }) : yaml;
  if (!checked.ok) throw new ContentError(checked.issues, `Fix that file, or delete it to edit ${displayPath(reviewPath)} as it is saved.`);
  const { type: _type, program: _program, scores, people, ...rest } = checked.value;
  const given = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined)) as Partial<Review>;
  const kind = given.kind ?? review.kind;
  const thanked = (name: string) => review.people.find((p) => p.name === name)?.thanked ?? null;
  return {
    file,
    text,
    review: {
      ...review,
      ...given,
      kind,
      scores: { ...(kind === review.kind ? review.scores : {}), ...scores },
      people: people ? people.map((p) => normalisePerson({ ...p, thanked: p.thanked ?? thanked(p.name) })) : review.people,
    },
  };
}

/**
 * Keeps `answers` in the stopped-edit file of the review at `reviewPath`, replacing the one this
 * edit went on from (`startedFrom`, its text). One written meanwhile by another edit is not
 * overwritten: this one goes to a file of its own (<slug>.edit-2.yaml). Returns the file written.
 */
export async function keepStoppedEdit(reviewPath: string, answers: ReviewAnswers, program: string, startedFrom?: string): Promise<string> {
  const file = stoppedEditFile(reviewPath);
  const text = (goOn: string) =>
    [
      `# An edit of ${basename(reviewPath)} that was stopped before it was saved; the review is unchanged.`,
      `# What the edit changed is below. ${goOn}`,
      "# Drop it: delete this file.",
      YAML.stringify(answers),
    ].join("\n");
  return withFileLock(file, (target) => {
    const now = readIfExists(target);
    if (now === undefined || now === startedFrom) {
      replaceFile(target, text(`Go on with it: interview-coach review "${program}"`));
      return file;
    }
    return writeNewFile(dirname(file), basename(file, ".yaml"), text(`Apply it with: interview-coach review "${program}" --answers FILE`), ".yaml");
  });
}

/** Removes the stopped edit once it is saved in the review, unless another edit has rewritten it since. */
export async function dropStoppedEdit(kept: KeptEdit): Promise<void> {
  await withFileLock(kept.file, (target) => {
    if (readIfExists(target) === kept.text) rmSync(target, { force: true });
  });
}
