// Interviews whose day has passed with no review yet: the step of the season most easily lost,
// and the one that decides both the thank-you notes and the rank-order list.
import { daysFrom } from "../io/dates.js";
import { formatIssue } from "../io/errors.js";
import { isoDay } from "../io/dates.js";
import { programSlug } from "../io/slug.js";
import { FRESH_DAYS } from "../reviews/review-edit.js";
import type { ReviewFile } from "../reviews/score.js";
import { loadInterviews, type InterviewEntry } from "./interview-file.js";
import { statusOf } from "./interview.js";

/** Whether some review is of `program` (same name ignoring case and spacing, or the same slug). */
export function hasReview(program: string, reviews: readonly Pick<ReviewFile, "review">[]): boolean {
  const fold = (text: string) => text.replace(/\s+/g, " ").trim().toLowerCase();
  return reviews.some((r) => fold(r.review.program) === fold(program) || programSlug(r.review.program) === programSlug(program));
}

export interface MissingReview {
  entry: InterviewEntry;
  /** Whole days since the interview day. */
  daysAgo: number;
  /** Past the days in which impressions stay fresh: say so. */
  biasWarning: boolean;
}

/** Interviews before `today` (YYYY-MM-DD), not withdrawn, with no review; oldest first. */
export function missingReviews(entries: readonly InterviewEntry[], reviews: readonly Pick<ReviewFile, "review">[], today: string): MissingReview[] {
  return entries
    .filter((entry) => statusOf(entry.interview, today, hasReview(entry.interview.program, reviews)) === "done")
    .map((entry) => {
      const daysAgo = daysFrom(entry.interview.date, today);
      return { entry, daysAgo, biasWarning: daysAgo > FRESH_DAYS };
    })
    .sort((a, b) => b.daysAgo - a.daysAgo);
}

/** "Riverside IM was 3 days ago and has no review …": one line each. */
export function missingReviewLine(missing: MissingReview): string {
  const { program } = missing.entry.interview;
  const ago = missing.daysAgo === 1 ? "yesterday" : `${missing.daysAgo} days ago`;
  const bias = missing.biasWarning ? " Impressions fade and bias creeps in after 2 days: write it today." : "";
  return `${program} was ${ago} and has no review yet.${bias} Run: interview-coach review "${program}"`;
}

/** The nudges `followups` prints on stderr: broken interview files, then missing reviews. */
export function unreviewedInterviews(interviewsDir: string, reviews: readonly Pick<ReviewFile, "review">[], now: Date): string[] {
  const loaded = loadInterviews(interviewsDir);
  return [
    ...loaded.issues.map((issue) => `warning: skipped ${formatIssue(issue)}`),
    ...missingReviews(loaded.interviews, reviews, isoDay(now)).map(missingReviewLine),
  ];
}
