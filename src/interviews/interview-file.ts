// How every command lists the interview notes in interviews/: each note is parsed once
// (interview-note.ts: yaml and zod, the slow part of a start) and then kept in the parsed-file
// cache until it changes, so `today` and `interviews` start without the parser. Which file is
// a program's is interview-note.ts's to say (interviewFile), as it reads front matter.
import { basename, join } from "node:path";
import type { ContentIssue } from "../io/errors.js";
import { readNoteFolder, valueUnder } from "../io/note-folder.js";
import type { Interview } from "./interview.js";
import { byName, byText } from "../io/order.js";

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

export interface LoadOptions {
  /** Turns a file name into the path shown in messages (default: its path). */
  label?: (name: string) => string;
  /** Another parsed-file cache (tests), or null for none; default: the user's (see io/note-folder.ts). */
  cacheFile?: string | null;
}

/** Bumped when the Interview shape changes, so that interviews cached the old way are parsed again. */
const CACHE_VERSION = 1;

/**
 * Every interview in the folder, soonest first. A folder that does not exist yet holds no
 * interviews; one that cannot be listed throws CannotReadError (exit 66). A broken or unreadable
 * note is an issue (FILE:LINE:COL, or 1:1 when it cannot be read) and is left out.
 */
export async function loadInterviews(interviewsDir: string, { label = (name) => join(interviewsDir, name), cacheFile }: LoadOptions = {}): Promise<LoadedInterviews> {
  const folder = await readNoteFolder<Interview>(interviewsDir, {
    cacheName: "interviews.json",
    cacheFile,
    version: CACHE_VERSION,
    kind: "interview note",
    label: (path) => label(basename(path)),
    parser: async () => {
      const { parseInterviewNote } = await import("./interview-note.js");
      return valueUnder("interview", (text, file) => parseInterviewNote(text, file));
    },
  });
  const interviews = folder.notes.map(({ path, value }) => ({ interview: value, file: label(basename(path)), path }));
  return { interviews: interviews.sort((a, b) => byWhen(a.interview, b.interview)), issues: folder.issues };
}

/** Soonest first; on one day, the earlier time first (no time counts as the start of the day). */
export function byWhen(a: Pick<Interview, "date" | "time" | "program">, b: Pick<Interview, "date" | "time" | "program">): number {
  return byText(a.date, b.date) || byText(a.time ?? "", b.time ?? "") || byName(a.program, b.program);
}
