// interviews/<slug>.md: one Markdown note per interview, its facts in YAML front matter and the
// user's own notes in the body. Read with positions (yaml + zod), so a hand edit that breaks the
// file is reported as FILE:LINE:COL; a broken file is skipped by listings, never rewritten.
import { join } from "node:path";
// zod/mini rather than zod: about 30 KB to load instead of 450 KB (see io/validate.ts).
import * as z from "zod/mini";
import { ContentError, type ContentIssue } from "../io/errors.js";
import { daySchema } from "../io/day-schema.js";
import { positionAt } from "../io/yaml-file.js";
import { updateNote } from "../io/locked-update.js";
import { readFailure, readLimitedText } from "../io/read-file.js";
import { recordFile } from "../io/record-file.js";
import { noteFileNames } from "../io/library.js";
import { parseValidNote, renderNote, shiftIssues } from "../io/front-matter.js";
import { INTERVIEW_KINDS, type InterviewKind } from "../content/interview-kinds.js";
import { checkTime, FORMATS, isKnownZone, type Interview } from "./interview.js";

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
  format: z.optional(z.enum(FORMATS)),
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
  const body = interview.body.trim() ? interview.body : `# Interview: ${interview.program}\n\nYour notes on this interview (the program, people, questions to ask) go here.\n`;
  return renderNote(front, body);
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

export interface InterviewEntry {
  interview: Interview;
  /** Where it is, as a path to show in messages. */
  file: string;
  /** Where it is on disk, to write it back. */
  path: string;
}

export interface LoadedInterviews {
  interviews: InterviewEntry[];
  /** Broken or unreadable files: listings warn and go on with the rest. */
  issues: ContentIssue[];
}

/**
 * Every interview in the folder, soonest first. `label` turns a file name into the path shown in
 * messages. A folder that does not exist yet holds no interviews; one that cannot be read throws
 * CannotReadError (exit 66): "no interviews" would hide them.
 */
export function loadInterviews(interviewsDir: string, label: (name: string) => string = (name) => join(interviewsDir, name)): LoadedInterviews {
  const loaded: LoadedInterviews = { interviews: [], issues: [] };
  for (const name of noteFileNames(interviewsDir)) {
    const result = readInterviewAt(join(interviewsDir, name), label(name));
    if (result.ok) loaded.interviews.push({ interview: result.interview, file: label(name), path: join(interviewsDir, name) });
    else loaded.issues.push(...result.issues);
  }
  loaded.interviews.sort((a, b) => byWhen(a.interview, b.interview));
  return loaded;
}

/** Reads one interview file; an unreadable file is an issue at 1:1, like a broken one. */
export function readInterviewAt(path: string, displayName: string): InterviewRead {
  let text: string;
  try {
    text = readLimitedText(path);
  } catch (error) {
    return { ok: false, issues: [{ file: displayName, line: 1, col: 1, message: readFailure(error, "interview note") }] };
  }
  return parseInterviewNote(text, displayName);
}

/** Soonest first; on one day, the earlier time first (no time counts as the start of the day). */
export function byWhen(a: Pick<Interview, "date" | "time" | "program">, b: Pick<Interview, "date" | "time" | "program">): number {
  return a.date.localeCompare(b.date) || (a.time ?? "").localeCompare(b.time ?? "") || a.program.localeCompare(b.program);
}

/** Writes an interview note (0600, atomically) at `path`, replacing what was there. */
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
