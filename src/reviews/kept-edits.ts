// Where an edit of a finished review stopped part-way is kept (see stopped-edit.ts), and the
// line that tells a command reading reviews as saved that one is waiting. Apart from
// stopped-edit.ts, which loads the YAML reader, so that rank and today do not load it for this.
import { readdirSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { displayPath } from "../io/library.js";
import type { Review } from "./review.js";

/** reviews/<slug>.edit.yaml beside reviews/<slug>.md: not a note, so no reader of reviews takes it for one. */
export function stoppedEditFile(reviewPath: string): string {
  return join(dirname(reviewPath), `${basename(reviewPath, ".md")}.edit.yaml`);
}

/** reviews/<slug>.edit.yaml, or <slug>.edit-2.yaml and on for one kept beside another (keepStoppedEdit). */
const KEPT_EDIT = /^(.+)\.edit(?:-\d+)?\.yaml$/;

/**
 * For a command that reads reviews as saved (`reader`: "rank", "today"), a line for each review
 * in the folder `dir` that has a stopped edit kept beside it: the changes typed there count
 * nowhere until the edit is finished, and a person who forgot it would not know. `reviews`: the
 * reviews read, each with its file (only its name counts); the line names the review and the
 * kept file by their paths. None when the folder cannot be listed.
 */
export function keptEditLines(dir: string, reviews: readonly { review: Review; file: string }[], reader: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const kept = new Map<string, string[]>();
  for (const name of names.sort()) {
    const review = KEPT_EDIT.exec(name)?.[1];
    if (review !== undefined) kept.set(`${review}.md`, [...(kept.get(`${review}.md`) ?? []), displayPath(join(dir, name))]);
  }
  return reviews.flatMap(({ review, file }) => {
    const files = kept.get(basename(file));
    if (!files) return [];
    return [`an edit of ${displayPath(join(dir, basename(file)))} stopped before it was saved is kept in ${files.join(" and ")}; ${reader} reads the review as saved. Finish the edit with: interview-coach review "${review.program}"`];
  });
}
