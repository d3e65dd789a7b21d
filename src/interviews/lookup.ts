// What other commands (checklist, review, practice) ask of the interviews: "is there one for
// this program?". A broken file for that very program stops the command (exit 65), since its
// date or kind would otherwise be silently wrong; other broken files do not concern it.
import { existsSync } from "node:fs";
import { ContentError } from "../io/errors.js";
import { matchInterview, unmatchedHint } from "./find.js";
import { interviewFile, loadInterviews, readInterviewAt, type LoadedInterviews } from "./interview-file.js";
import type { Interview } from "./interview.js";

/** `hint` is absent when no interview is recorded at all: someone not keeping interviews gets no nagging. */
export type Lookup = { interview: Interview; file: string; hint?: undefined; near?: undefined } | { interview?: undefined; hint?: string; near?: string[] };

/**
 * The interview recorded for `program` in `interviewsDir`, or a one-line hint: "did you mean"
 * for a near miss (`near`: the recorded names it resembles, closest first), else how to record it. `fallback` says what the command does without one
 * ("using today's date"). Throws ContentError when the program's own file is broken.
 */
export function lookUpInterview(interviewsDir: string, program: string, fallback: string): Lookup {
  if (!existsSync(interviewsDir)) return {};
  const loaded = loadInterviewsFor(interviewsDir, program);
  const match = matchInterview(loaded.interviews, program);
  if (match.found) return { interview: match.found.interview, file: match.found.file };
  return { hint: unmatchedHint(program, match.near, fallback), near: match.near };
}

/** Every interview, after checking that the file `program` maps to (if any) reads: ContentError (exit 65) if not. */
export function loadInterviewsFor(interviewsDir: string, program: string): LoadedInterviews {
  const loaded = loadInterviews(interviewsDir);
  const own = interviewFile(interviewsDir, program);
  if (existsSync(own) && !loaded.interviews.some((entry) => entry.path === own)) {
    const read = readInterviewAt(own, own);
    if (!read.ok) throw new ContentError(read.issues);
  }
  return loaded;
}
