// The review of a recorded interview, for the edits of the record that depend on it (another
// kind, another day: see kind-change.ts and date-change.ts).
import { join } from "node:path";
import { displayPath } from "../io/library.js";
import { loadReviews } from "../reviews/load-reviews.js";
import type { ReviewFile } from "../reviews/score.js";
import { sameProgram } from "./find.js";

/**
 * The review or draft of `program` in `reviewsDir` (files named as shown to the user), and the
 * problems of the review files that cannot be read. Throws CannotReadError (exit 66) for a folder
 * that cannot be read, as loadReviews does.
 */
export async function reviewOfProgram(reviewsDir: string, program: string): Promise<{ found?: ReviewFile; issues: Awaited<ReturnType<typeof loadReviews>>["issues"] }> {
  const { reviews, drafts, issues } = await loadReviews(reviewsDir, { label: (name) => displayPath(join(reviewsDir, name)) });
  const found = [...reviews, ...drafts].find((file) => sameProgram(file.review.program, program));
  return { ...(found ? { found } : {}), issues };
}
