// The interview note's format: one Markdown note per interview, its facts in YAML front matter
// and the user's own notes in the body. Read with positions (yaml + zod), so a hand edit that
// breaks the file is reported as FILE:LINE:COL; a broken file is never rewritten. Readers that
// only list interviews go through interview-file.ts, which loads this module (and yaml and zod)
// only for a note that is not in the parsed-file cache.
// zod/mini rather than zod: about 30 KB to load instead of 450 KB (see io/validate.ts).
import * as z from "zod/mini";
import { ContentError, type ContentIssue } from "../io/errors.js";
import { daySchema } from "../io/day-schema.js";
import { positionAt } from "../io/yaml-file.js";
import { updateNote } from "../io/locked-update.js";
import { parseValidNote, renderNote, shiftIssues } from "../io/front-matter.js";
import { recordFile } from "../io/record-file.js";
import { INTERVIEW_FORMATS, INTERVIEW_KINDS, KINDS, type InterviewKind } from "../content/interview-kinds.js";
import { capitalised } from "../io/prose.js";
import { checkTime, isKnownZone, type Interview } from "./interview.js";

/**
 * The one place an interview's file is chosen: interviews/<slug>.md whose own `program` is this
 * program (see recordFile), so two programs never share a file and no name leads outside the
 * folder. Every reader and writer of interview files goes through here.
 */
export function interviewFile(interviewsDir: string, program: string): string {
  return recordFile({ dir: interviewsDir, name: program });
}

const day = daySchema;
const OWN_KEYS = ["type", "program", "date", "time", "tz", "kind", "specialty", "format", "where", "withdrawn"] as const;

/** Loose at the top level: note apps add keys (tags, aliases) and those are kept. */
const frontMatterSchema = z.looseObject({
  type: z.literal("interview"),
  program: z.string().check(z.trim(), z.minLength(1)),
  date: day,
  time: z.optional(z.string().check(z.refine((text) => checkTime(text) !== undefined, { message: "must be a time as HH:MM (24-hour), like 09:30" }))),
  tz: z.string().check(z.refine(isKnownZone, { message: "must be a time zone name like America/Chicago or Europe/London" })),
  kind: z.enum(INTERVIEW_KINDS),
  specialty: z.optional(z.string()),
  format: z.optional(z.enum(INTERVIEW_FORMATS)),
  where: z.optional(z.string()),
  withdrawn: z.optional(day),
});

export function renderInterviewNote(interview: Interview): string {
  const front: Record<string, unknown> = {
    type: "interview",
    program: interview.program,
    date: interview.date,
    ...(interview.time ? { time: interview.time } : {}),
    tz: interview.tz,
    kind: interview.kind,
    ...(interview.specialty ? { specialty: interview.specialty } : {}),
    ...(interview.format ? { format: interview.format } : {}),
    ...(interview.where ? { where: interview.where } : {}),
    ...(interview.withdrawn ? { withdrawn: interview.withdrawn } : {}),
    ...interview.extra,
  };
  return renderNote(front, interview.body.trim() ? interview.body : startingBody(interview.kind, interview.program));
}

/** The body a new note starts with, to be replaced by the user's notes on the interview. */
export function startingBody(kind: InterviewKind, program: string): string {
  const { noun, noteHint } = KINDS[kind];
  return `# ${capitalised(noun)}: ${program}\n\nYour notes on this ${noun} (${noteHint}) go here.\n`;
}

/**
 * Whether the note holds anything the user wrote: a body other than the one it started with (as
 * any kind words it, since the kind may have been changed since), or front-matter keys of their own.
 */
export function holdsOwnWriting(interview: Interview): boolean {
  const started = INTERVIEW_KINDS.map((kind) => startingBody(kind, interview.program).trim());
  return Object.keys(interview.extra).length > 0 || !["", ...started].includes(interview.body.trim());
}

export type InterviewRead = { ok: true; interview: Interview } | { ok: false; issues: ContentIssue[] };

/** Parses one interview note; every problem comes back with its line and column in `file`. */
export function parseInterviewNote(text: string, file: string): InterviewRead {
  const parsed = parseValidNote(frontMatterSchema, text, file);
  if (!parsed.ok) return parsed;
  const { note, value } = parsed;
  const extra = Object.fromEntries(Object.entries(value).filter(([key]) => !(OWN_KEYS as readonly string[]).includes(key)));
  const typo = Object.keys(extra).find((key) => OWN_KEYS.some((own) => own.toLowerCase() === key.toLowerCase()));
  if (typo) {
    const where = positionAt(note.yaml, [typo], { key: true });
    return { ok: false, issues: shiftIssues([{ file, ...where, message: `unknown key '${typo}'; did you mean '${OWN_KEYS.find((own) => own.toLowerCase() === typo.toLowerCase())}'?` }], note) };
  }
  return {
    ok: true,
    interview: {
      program: value.program.replace(/\s+/g, " ").trim(),
      date: value.date.trim(),
      ...(value.time ? { time: checkTime(value.time)! } : {}),
      tz: value.tz.trim(),
      kind: value.kind,
      specialty: value.specialty?.trim() ?? "",
      ...(value.format ? { format: value.format } : {}),
      ...(value.where?.trim() ? { where: value.where.trim() } : {}),
      ...(value.withdrawn ? { withdrawn: value.withdrawn.trim() } : {}),
      extra,
      body: note.body,
    },
  };
}

/**
 * Changes the interview note at `path` under its lock: `change` gets the interview as the file
 * holds it now (undefined when there is none yet) and returns the new one, so an edit made
 * meanwhile in another terminal is built on, not overwritten. Throws ContentError (exit 65)
 * when the file is broken (it is never rewritten then), and whatever `change` throws.
 */
export async function updateInterview(path: string, displayName: string, change: (current: Interview | undefined) => Interview): Promise<Interview> {
  let result: Interview | undefined;
  await updateNote(path, (text) => {
    let current: Interview | undefined;
    if (text !== undefined) {
      const read = parseInterviewNote(text, displayName);
      if (!read.ok) throw new ContentError(read.issues);
      current = read.interview;
    }
    result = change(current);
    return renderInterviewNote(result);
  });
  return result!;
}
