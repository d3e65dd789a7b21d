// Reads every review in the library. A broken file is reported and skipped: one bad hand edit
// must not keep the user from their list. `rank` reads thousands of notes: each is parsed once
// and kept in the parsed-file cache until it changes.
import { join } from "node:path";
import { displayPath, noteFileNames } from "../io/library.js";
import { CannotReadError, type ContentIssue } from "../io/errors.js";
import { FileCache } from "../io/file-cache.js";
import { readFailure } from "../io/read-file.js";
import { parseReviewNote } from "./review-note.js";
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
  /** The cache file for parsed reviews (see file-cache.ts); none: every note is parsed. */
  cacheFile?: string;
}

/** Bumped when the Review shape or the cache's entries change, so that reviews cached the old way are parsed again. */
const CACHE_VERSION = 3;

export async function loadReviews(dir: string, { label = (name) => `reviews/${name}`, cacheFile }: LoadOptions = {}): Promise<LoadedReviews> {
  const loaded: LoadedReviews = { reviews: [], drafts: [], issues: [] };
  const cache = new FileCache<Review>(cacheFile, CACHE_VERSION);
  const paths: string[] = [];
  for (const name of noteFileNames(dir)) {
    const path = join(dir, name);
    paths.push(path);
    let review: Review | undefined;
    try {
      review = cache.read(path, (bytes) => {
        const result = parseReviewNote(bytes.toString("utf8"), displayPath(path));
        if (!result.ok) loaded.issues.push(...result.issues);
        return result.ok ? result.review : undefined;
      });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ENOENT") continue; // removed since the listing
      // A review that cannot be read is not "no review": the list would silently miss a program.
      if (code !== "EISDIR" && code !== "EFBIG") throw new CannotReadError(displayPath(path), error);
      loaded.issues.push({ file: displayPath(path), line: 1, col: 1, message: readFailure(error, "review") });
      continue;
    }
    if (review) (review.draft ? loaded.drafts : loaded.reviews).push({ review, file: label(name) });
  }
  cache.keepOnly(paths, dir);
  cache.save();
  return loaded;
}
