// Reads every review in the library. A broken file is reported and skipped: one bad hand edit
// must not keep the user from their list. `rank` reads thousands of notes: each is parsed once
// and kept in the parsed-file cache until it changes. The parser (YAML and the schema, most of
// the code a command loads) is imported only when some note is not in the cache.
import { join } from "node:path";
import { displayPath, noteFileNames } from "../io/library.js";
import { CannotReadError, type ContentIssue } from "../io/errors.js";
import { FileCache } from "../io/file-cache.js";
import { readFailure } from "../io/read-file.js";
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
  const names = noteFileNames(dir);
  const paths = names.map((name) => join(dir, name));
  let parser: typeof import("./review-note.js") | undefined;
  for (const [i, path] of paths.entries()) {
    let review: Review | undefined;
    try {
      review = cache.cached(path);
      if (review === undefined) {
        parser ??= await import("./review-note.js");
        const { parseReviewNote } = parser;
        review = cache.read(path, (bytes) => {
          const result = parseReviewNote(bytes.toString("utf8"), displayPath(path));
          if (!result.ok) loaded.issues.push(...result.issues);
          return result.ok ? result.review : undefined;
        });
      }
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ENOENT") continue; // removed since the listing
      // A review that cannot be read is not "no review": the list would silently miss a program.
      if (code !== "EISDIR" && code !== "EFBIG") throw new CannotReadError(displayPath(path), error);
      loaded.issues.push({ file: displayPath(path), line: 1, col: 1, message: readFailure(error, "review") });
      continue;
    }
    if (review) (review.draft ? loaded.drafts : loaded.reviews).push({ review, file: label(names[i]!) });
  }
  cache.keepOnly(paths, dir);
  cache.save();
  return loaded;
}
