// interviews/<slug>.md: where interview notes are and how every command lists them. Each note
// is parsed once (interview-note.ts: yaml and zod, the slow part of a start) and then kept in the
// parsed-file cache until it changes, so `today` and `interviews` start without the parser.
import { join } from "node:path";
import type { ContentIssue } from "../io/errors.js";
import { FileCache } from "../io/file-cache.js";
import { readFailure } from "../io/read-file.js";
import { recordFile } from "../io/record-file.js";
import { noteFileNames } from "../io/library.js";
import type { Interview } from "./interview.js";

/**
 * The one place an interview's file is chosen: interviews/<slug>.md whose own `program` is this
 * program (see recordFile), so two programs never share a file and no name leads outside the
 * folder. Every reader and writer of interview files goes through here.
 */
export function interviewFile(interviewsDir: string, program: string): string {
  return recordFile({ dir: interviewsDir, name: program });
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

export interface LoadOptions {
  /** Turns a file name into the path shown in messages (default: its path). */
  label?: (name: string) => string;
  /** The parsed-file cache for interview notes (see io/file-cache.ts); none: every note is parsed. */
  cacheFile?: string;
}

/** Bumped when the Interview shape changes, so that interviews cached the old way are parsed again. */
const CACHE_VERSION = 1;

/**
 * Every interview in the folder, soonest first. A folder that does not exist yet holds no
 * interviews; one that cannot be listed throws CannotReadError (exit 66). A broken or unreadable
 * note is an issue (FILE:LINE:COL, or 1:1 when it cannot be read) and is left out.
 */
export async function loadInterviews(interviewsDir: string, { label = (name) => join(interviewsDir, name), cacheFile }: LoadOptions = {}): Promise<LoadedInterviews> {
  const loaded: LoadedInterviews = { interviews: [], issues: [] };
  const cache = new FileCache<Interview>(cacheFile, CACHE_VERSION);
  const names = noteFileNames(interviewsDir);
  const paths = names.map((name) => join(interviewsDir, name));
  let parser: typeof import("./interview-note.js") | undefined;
  for (const [i, path] of paths.entries()) {
    const file = label(names[i]!);
    let interview: Interview | undefined;
    try {
      interview = cache.cached(path);
      if (interview === undefined) {
        parser ??= await import("./interview-note.js");
        const { parseInterviewNote } = parser;
        interview = cache.read(path, (bytes) => {
          const result = parseInterviewNote(bytes.toString("utf8"), file);
          if (!result.ok) loaded.issues.push(...result.issues);
          return result.ok ? result.interview : undefined;
        });
      }
    } catch (error) {
      // Unreadable (a folder, too large, no permission, gone since the listing): reported like a broken note.
      if ((error as NodeJS.ErrnoException).code === undefined) throw error;
      loaded.issues.push({ file, line: 1, col: 1, message: readFailure(error, "interview note") });
      continue;
    }
    if (interview) loaded.interviews.push({ interview, file, path });
  }
  cache.keepOnly(paths, interviewsDir);
  cache.save();
  loaded.interviews.sort((a, b) => byWhen(a.interview, b.interview));
  return loaded;
}

/** Soonest first; on one day, the earlier time first (no time counts as the start of the day). */
export function byWhen(a: Pick<Interview, "date" | "time" | "program">, b: Pick<Interview, "date" | "time" | "program">): number {
  return a.date.localeCompare(b.date) || (a.time ?? "").localeCompare(b.time ?? "") || a.program.localeCompare(b.program);
}
