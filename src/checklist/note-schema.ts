// The full reading of a progress note, for the notes the fast reader in note-format.ts does not
// recognise (edited by hand, or by a note app). It loads yaml and zod, and reports every problem
// as FILE:LINE:COL. Imported lazily: a note we wrote ourselves never gets here.
import { z } from "zod";
import type { ContentIssue } from "../errors.js";
import { positionAt } from "../content/yaml-file.js";
import { validate } from "../content/validate.js";
import { parseNote, shiftIssues } from "../notes/front-matter.js";
import { checkDay } from "./due.js";
import { isTimestamp } from "./note-format.js";
import type { ProgressState } from "./progress.js";

const text = z.string().trim().min(1);

export const progressNoteSchema = z.strictObject({
  type: z.literal("checklist").optional(),
  checklist: text,
  program: text,
  date: z
    .string()
    .refine((value) => checkDay(value) !== undefined, { message: "must be a real date as YYYY-MM-DD" })
    .transform((value) => value.trim())
    .optional(),
  done: z
    .array(
      z.strictObject({
        id: text,
        at: z.string().refine(isTimestamp, { message: "must be when it was ticked, like 2026-11-30T09:15:00-05:00" }),
        text: z.string().optional(),
      }),
    )
    .superRefine((entries, context) => {
      const seen = new Set<string>();
      entries.forEach((entry, index) => {
        if (seen.has(entry.id)) context.addIssue({ code: "custom", path: [index, "id"], message: `'${entry.id}' is ticked twice; keep one` });
        seen.add(entry.id);
      });
    }),
});

export type FullRead = { ok: true; state: ProgressState } | { ok: false; issues: ContentIssue[] };

/** Parses a whole note with positions; `expected` is the checklist its file name says it is for. */
export function readProgressFull(text: string, file: string, expected?: string): FullRead {
  const parsed = parseNote(text, file);
  if (!parsed.ok) return parsed;
  const { note } = parsed;
  const result = validate(progressNoteSchema, note.yaml);
  if (!result.ok) return { ok: false, issues: shiftIssues(result.issues, note) };
  const value = result.value;
  if (expected !== undefined && value.checklist !== expected) {
    const where = positionAt(note.yaml, ["checklist"]);
    const message = `this note is for checklist '${value.checklist}', but its file name says '${expected}'`;
    return { ok: false, issues: shiftIssues([{ file, ...where, message }], note) };
  }
  const done = value.done.map(({ id, at, text: itemText }) => ({ id, at, ...(itemText !== undefined ? { text: itemText } : {}) }));
  return { ok: true, state: { checklist: value.checklist, program: value.program, ...(value.date ? { date: value.date } : {}), done } };
}
