// The user's library: sessions/, reviews/, checklists/, interviews/, stories/ and history.jsonl under home.
import { realpathSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve } from "node:path";
import { UsageError } from "../errors.js";

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
