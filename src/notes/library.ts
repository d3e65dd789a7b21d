// The user's library: sessions/, reviews/, checklists/ and history.jsonl under home.
import { readdirSync, type Dirent } from "node:fs";
import { isAbsolute, join, relative } from "node:path";

export interface LibraryPaths {
  home: string;
  sessions: string;
  reviews: string;
  checklists: string;
  history: string;
}

export function libraryPaths(home: string): LibraryPaths {
  return {
    home,
    sessions: join(home, "sessions"),
    reviews: join(home, "reviews"),
    checklists: join(home, "checklists"),
    history: join(home, "history.jsonl"),
  };
}

/** How to name a file in a message: relative when under the working folder, else absolute. */
export function displayPath(path: string, cwd = process.cwd()): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : path;
}

/**
 * The notes in a library folder: *.md names, not hidden ones or our temp files (.xxxx.tmp), in
 * name order. [] when the folder does not exist yet or the path runs through a file; throws
 * any other error from reading the folder. `filesOnly` leaves out folders named *.md.
 */
export function noteFileNames(dir: string, { filesOnly = false } = {}): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return [];
    throw error;
  }
  return entries
    .filter((entry) => entry.name.endsWith(".md") && !entry.name.startsWith(".") && (!filesOnly || entry.isFile()))
    .map((entry) => entry.name)
    .sort();
}
