// Reads every review in the library. A broken file is reported and skipped: one bad hand edit
// must not keep the user from their list. Speed matters here (rank over 2,000 reviews in under
// half a second): files are read synchronously in one loop, notes this program wrote go through
// the fast reader, and YAML and zod are loaded only when some file needs the full parser.
import { readdirSync, readFileSync } from "node:fs";
import { isAbsolute, join, relative } from "node:path";
import { CannotReadError, type ContentIssue } from "../errors.js";
import { fastParseReview } from "../notes/review-fast.js";
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
    // No folder yet, or the library path runs through a file: either way, no reviews.
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return [];
    throw new CannotReadError(dir, error);
  }
  return names.filter((name) => name.endsWith(".md") && !name.startsWith(".")).sort();
}

/** How to name a file in a message: relative when under the working folder, else absolute. */
export function displayPath(path: string, cwd = process.cwd()): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : path;
}

export interface LoadOptions {
  /** How a file is named in results (default reviews/<name>). */
  label?: (name: string) => string;
  /** false: leave the body's prose (red flags, notes) unread, for commands that only need the front matter. */
  prose?: boolean;
}

export async function loadReviews(dir: string, { label = (name) => `reviews/${name}`, prose = true }: LoadOptions = {}): Promise<LoadedReviews> {
  const loaded: LoadedReviews = { reviews: [], drafts: [], issues: [] };
  const slow: { name: string; text: string }[] = [];
  const add = (name: string, review: ReviewFile["review"]) => (review.draft ? loaded.drafts : loaded.reviews).push({ review, file: label(name) });
  for (const name of reviewFileNames(dir)) {
    let text: string;
    try {
      text = readFileSync(join(dir, name), "utf8");
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ENOENT") continue; // removed since the listing
      // A review that cannot be read is not "no review": the list would silently miss a program.
      if (code !== "EISDIR") throw new CannotReadError(displayPath(join(dir, name)), error);
      loaded.issues.push({ file: displayPath(join(dir, name)), line: 1, col: 1, message: "is a folder, not a review" });
      continue;
    }
    const review = fastParseReview(text, { prose });
    if (review) add(name, review);
    else slow.push({ name, text });
  }
  if (slow.length) {
    const { fullParseReview } = await import("../notes/review-note.js");
    for (const { name, text } of slow) {
      const result = fullParseReview(text, displayPath(join(dir, name)));
      if (result.ok) add(name, result.review);
      else loaded.issues.push(...result.issues);
    }
    // Keep the listing order whichever path a file took.
    const order = (list: ReviewFile[]) => list.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    order(loaded.reviews);
    order(loaded.drafts);
  }
  return loaded;
}
