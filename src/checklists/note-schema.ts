// Reading a progress note's front matter (written by us, a person or a note app): yaml with
// positions and zod, so every problem is reported as FILE:LINE:COL.
// zod/mini rather than zod: about 30 KB to load instead of 450 KB (see io/validate.ts).
import * as z from "zod/mini";
import type { ContentIssue } from "../io/errors.js";
import { positionAt } from "../io/yaml-file.js";
import { daySchema } from "../io/day-schema.js";
import { parseValidNote, renderNote, shiftIssues } from "../io/front-matter.js";
import { checkDay } from "../io/dates.js";
import { REMOVED_HEADING } from "../content/render.js";
import { boxMarkOf, type ProgressState } from "./progress.js";

const text = z.string().check(z.trim(), z.minLength(1));
const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** A real moment as the note stores it: 2026-11-30T09:15:00-05:00 (a zone is required). */
function isTimestamp(value: string): boolean {
  const match = TIMESTAMP.exec(value);
  return match !== null && checkDay(match[1]!) !== undefined;
}

export const progressNoteSchema = z.strictObject({
  type: z.optional(z.literal("checklist")),
  checklist: text,
  program: text,
  date: z.optional(z.pipe(daySchema, z.transform((value) => value.trim()))),
  done: z
    .array(
      z.strictObject({
        id: text,
        at: z.string().check(z.refine(isTimestamp, { message: "must be when it was ticked, like 2026-11-30T09:15:00-05:00" })),
        text: z.optional(z.string()),
      }),
    )
    .check(
      z.superRefine((entries, context) => {
        const seen = new Set<string>();
        entries.forEach((entry, index) => {
          if (seen.has(entry.id)) context.addIssue({ code: "custom", path: [index, "id"], message: `'${entry.id}' is ticked twice; keep one` });
          seen.add(entry.id);
        });
      }),
    ),
});

export type FullRead = { ok: true; state: ProgressState } | { ok: false; issues: ContentIssue[] };

/** Parses a whole note with positions; `expected` is the checklist its file name says it is for. */
export function readProgressFull(text: string, file: string, expected?: string): FullRead {
  const parsed = parseValidNote(progressNoteSchema, text, file);
  if (!parsed.ok) return parsed;
  const { note, value } = parsed;
  if (expected !== undefined && value.checklist !== expected) {
    const where = positionAt(note.yaml, ["checklist"]);
    const message = `this note is for checklist '${value.checklist}', but its file name says '${expected}'`;
    return { ok: false, issues: shiftIssues([{ file, ...where, message }], note) };
  }
  const done = value.done.map(({ id, at, text: itemText }) => ({ id, at, ...(itemText !== undefined ? { text: itemText } : {}) }));
  // The checklist's own boxes, for ticks changed by hand (see withHandTicks); the ticks kept for
  // items no longer in the checklist come after them and stand for no item of it.
  const items = note.body.split(`\n${REMOVED_HEADING}\n`)[0]!;
  // Lines as Markdown ends them (LF, CR or CR LF): a JavaScript `^...$` with the m flag would also
  // end one at U+2028 or U+2029, which an item's text may hold, and cut the box's text short.
  const marks = items.split(/\r\n|\r|\n/).flatMap((line) => boxMarkOf(line) ?? []);
  return { ok: true, state: { checklist: value.checklist, program: value.program, ...(value.date ? { date: value.date } : {}), done, ...(marks.length ? { marks } : {}) } };
}

/** Ids and days stay plain; names and ticked texts are quoted, as a person would write them. */
const PLAIN = /^(?:[a-z][a-z0-9-]*|\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:\d{2}))?)$/;
/** Plain words that YAML 1.1 or 1.2 readers turn into booleans or null. */
const RESERVED = new Set(["null", "true", "false", "yes", "no", "on", "off", "y", "n"]);

/** The progress note: `state` as front matter over `document` (renderProgressDocument's Markdown). */
export function renderProgressNote(state: ProgressState, document: string): string {
  const front = {
    type: "checklist",
    checklist: state.checklist,
    program: state.program,
    ...(state.date !== undefined ? { date: state.date } : {}),
    done: state.done.map(({ id, at, text }) => ({ id, at, ...(text !== undefined ? { text } : {}) })),
  };
  return renderNote(front, document, (value) => !PLAIN.test(value) || RESERVED.has(value));
}
