// The user's library: sessions/, reviews/, checklists/ and history.jsonl under home.
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
