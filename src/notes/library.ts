// The user's library: sessions/, reviews/, checklists/, interviews/ and history.jsonl under home.
import { join } from "node:path";

export interface LibraryPaths {
  home: string;
  sessions: string;
  reviews: string;
  checklists: string;
  interviews: string;
  history: string;
}

export function libraryPaths(home: string): LibraryPaths {
  return {
    home,
    sessions: join(home, "sessions"),
    reviews: join(home, "reviews"),
    checklists: join(home, "checklists"),
    interviews: join(home, "interviews"),
    history: join(home, "history.jsonl"),
  };
}
