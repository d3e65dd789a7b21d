// Reads every review in the library. A broken file is reported and skipped: one bad hand edit
// must not keep the user from their list. Reads are synchronous on purpose: 2,000 small files
// read in a loop beat 2,000 promises on a two-core laptop.
import { readdirSync, readFileSync } from "node:fs";
import { isAbsolute, join, relative } from "node:path";
import type { ContentIssue } from "../errors.js";
import { parseReviewNote } from "../notes/review-note.js";
import type { ReviewFile } from "./score.js";

export interface LoadedReviews {
  reviews: ReviewFile[];
  drafts: ReviewFile[];
  issues: ContentIssue[];
}

/** Review file names: <slug>.md, not our temp files (.xxxx.tmp) or hidden files. */
export function reviewFileNames(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  return names.filter((name) => name.endsWith(".md") && !name.startsWith(".")).sort();
}

/** How to name a file in a message: relative when under the working folder, else absolute. */
export function displayPath(path: string, cwd = process.cwd()): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : path;
}

export function loadReviews(dir: string, label: (name: string) => string = (name) => `reviews/${name}`): LoadedReviews {
  const loaded: LoadedReviews = { reviews: [], drafts: [], issues: [] };
  for (const name of reviewFileNames(dir)) {
    const path = join(dir, name);
    let text: string;
    try {
      text = readFileSync(path, "utf8");
    } catch (error) {
      loaded.issues.push({ file: displayPath(path), line: 1, col: 1, message: `cannot read: ${(error as NodeJS.ErrnoException).code ?? error}` });
      continue;
    }
    const result = parseReviewNote(text, displayPath(path));
    if (!result.ok) loaded.issues.push(...result.issues);
    else (result.review.draft ? loaded.drafts : loaded.reviews).push({ review: result.review, file: label(name) });
  }
  return loaded;
}
