// What other commands (checklist, review, practice) ask of the interviews: "is there one for
// this program?". A broken file for that very program stops the command (exit 65), since its
// date or kind would otherwise be silently wrong; other broken files do not concern it.
import { existsSync } from "node:fs";
import { ContentError } from "../io/errors.js";
import { matchInterview, unmatchedHint } from "./find.js";
import { loadInterviews, type LoadedInterviews } from "./interview-file.js";
import { kindPreparedBy, type Interview } from "./interview.js";
import type { InterviewKind } from "../content/interview-kinds.js";

/**
 * With no interview for the program, `near` lists the recorded names it resembles (closest first,
 * maybe none) and `hint` says so in a line, when a `fallback` was given. Both are absent when no
 * interview is recorded at all: someone not keeping interviews gets no nagging. `kind`: what the
 * program most likely is, for the way to record it (see recordCommand).
 */
export type Lookup =
  | { interview: Interview; file: string; hint?: undefined; near?: undefined; kind?: undefined }
  | { interview?: undefined; hint?: string; near?: string[]; kind?: InterviewKind };

/**
 * The interview recorded for `program` in `interviewsDir`, or a one-line hint: "did you mean"
 * for a near miss (`near`: the recorded names it resembles, closest first), else how to record it.
 * `fallback` says what the command does without one ("using today's date"); without it, no hint
 * is made (review words its own once the review's date is known). `preparation`: the deck or
 * checklist the command uses; a kind's own ("networking-event") says what the program is, before
 * the kind of the closest recorded name does. Throws ContentError when the program's own file is broken.
 */
export async function lookUpInterview(interviewsDir: string, program: string, fallback?: string, preparation?: string): Promise<Lookup> {
  if (!existsSync(interviewsDir)) return {};
  const loaded = await loadInterviewsFor(interviewsDir, program);
  const match = matchInterview(loaded.interviews, program);
  if (match.found) return { interview: match.found.interview, file: match.found.file };
  const kind = (preparation === undefined ? undefined : kindPreparedBy(preparation)) ?? match.nearKind;
  return { ...(fallback === undefined ? {} : { hint: unmatchedHint(program, match.near, fallback, kind) }), near: match.near, ...(kind ? { kind } : {}) };
}

/** Every interview, after checking that the file `program` maps to (if any) reads: ContentError (exit 65) if not. */
export async function loadInterviewsFor(interviewsDir: string, program: string): Promise<LoadedInterviews> {
  const loaded = await loadInterviews(interviewsDir);
  if (!loaded.issues.length) return loaded;
  // Which file is the program's is read from front matter: only worth it when some file is broken.
  const own = (await import("./interview-note.js")).interviewFile(interviewsDir, program);
  const broken = loaded.issues.filter((issue) => issue.file === own);
  if (broken.length) throw new ContentError(broken);
  return loaded;
}
