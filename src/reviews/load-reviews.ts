// Reads every review in the library (see io/note-folder.ts): `rank` reads thousands of notes, each
// parsed once and then kept in the parsed-file cache until it changes.
import { basename } from "node:path";
import { displayPath } from "../io/library.js";
import type { ContentIssue } from "../io/errors.js";
import { readNoteFolder, valueUnder } from "../io/note-folder.js";
import type { Review } from "./review.js";
import type { ReviewFile } from "./score.js";

export interface LoadedReviews {
  reviews: ReviewFile[];
  drafts: ReviewFile[];
  issues: ContentIssue[];
}

export interface LoadOptions {
  /** How a file is named in results (default reviews/<name>). */
  label?: (name: string) => string;
  /** Another parsed-file cache (tests), or null for none; default: the user's (see io/note-folder.ts). */
  cacheFile?: string | null;
}

/** Bumped when the Review shape or the cache's entries change, so that reviews cached the old way are parsed again. */
const CACHE_VERSION = 6;

/** Reviews and drafts in name order; broken notes as issues. Throws CannotReadError (exit 66) for a folder or note that cannot be read. */
export async function loadReviews(dir: string, { label = (name) => `reviews/${name}`, cacheFile }: LoadOptions = {}): Promise<LoadedReviews> {
  const folder = await readNoteFolder<Review>(dir, {
    cacheName: "reviews.json",
    cacheFile,
    version: CACHE_VERSION,
    kind: "review",
    label: displayPath,
    // A review that cannot be read is not "no review": the list would silently miss a program.
    strict: true,
    parser: async () => {
      const { parseReviewNote } = await import("./review-note.js");
      return valueUnder("review", (text, file) => parseReviewNote(text, file));
    },
  });
  const loaded: LoadedReviews = { reviews: [], drafts: [], issues: folder.issues };
  for (const { path, value: review } of folder.notes) (review.draft ? loaded.drafts : loaded.reviews).push({ review, file: label(basename(path)) });
  return loaded;
}
