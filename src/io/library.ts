// The user's library: sessions/, reviews/, checklists/, interviews/, stories/ and history.jsonl under home.
import { readdirSync, realpathSync, type Dirent } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve } from "node:path";
import { CannotReadError, UsageError } from "./errors.js";

export interface LibraryPaths {
  home: string;
  sessions: string;
  reviews: string;
  checklists: string;
  interviews: string;
  stories: string;
  history: string;
}

export function libraryPaths(home: string): LibraryPaths {
  return {
    home,
    sessions: join(home, "sessions"),
    reviews: join(home, "reviews"),
    checklists: join(home, "checklists"),
    interviews: join(home, "interviews"),
    stories: join(home, "stories"),
    history: join(home, "history.jsonl"),
  };
}

/**
 * Refuses an --output FILE that is, or is inside, the library: appending a Markdown note to
 * history.jsonl or to another note corrupts files only this program writes. Symlinks are
 * followed on both sides. Throws UsageError (exit 64); `flag` names the option in the message.
 */
export function refuseLibraryOutput(output: string, home: string, flag = "--output"): void {
  const real = (path: string): string => {
    // The nearest part of the path that exists, resolved, with the rest appended.
    const absolute = resolve(path);
    try {
      return realpathSync(absolute);
    } catch {
      const parent = dirname(absolute);
      return parent === absolute ? absolute : join(real(parent), basename(absolute));
    }
  };
  const inside = relative(real(home), real(output));
  if (inside === "" || (!inside.startsWith("..") && !isAbsolute(inside))) {
    throw new UsageError(`${flag} ${output} is inside the library (${home}), whose files only interview-coach writes: choose a file outside it`);
  }
}

/** How to name a file in a message: relative when under the working folder, else absolute. */
export function displayPath(path: string, cwd = process.cwd()): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : path;
}

/**
 * The notes in a library folder: *.md names, not hidden ones or our temp files (.xxxx.tmp), in
 * name order. [] when the folder does not exist yet or the path runs through a file; throws
 * CannotReadError (exit 66) for any other error from reading the folder. `filesOnly` leaves out folders named *.md.
 */
export function noteFileNames(dir: string, { filesOnly = false } = {}): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return [];
    // A folder that cannot be read is not an empty one: "no reviews yet" would hide them.
    throw new CannotReadError(dir, error);
  }
  return entries
    .filter((entry) => entry.name.endsWith(".md") && !entry.name.startsWith(".") && (!filesOnly || entry.isFile()))
    .map((entry) => entry.name)
    .sort();
}
