// The user's library (DESIGN §5): sessions/, reviews/, checklists/, stories/ and history.jsonl under home.
import { join } from "node:path";

export interface LibraryPaths {
  home: string;
  sessions: string;
  reviews: string;
  checklists: string;
  stories: string;
  history: string;
}

export function libraryPaths(home: string): LibraryPaths {
  return {
    home,
    sessions: join(home, "sessions"),
    reviews: join(home, "reviews"),
    checklists: join(home, "checklists"),
    stories: join(home, "stories"),
    history: join(home, "history.jsonl"),
  };
}
