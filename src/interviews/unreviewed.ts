// Interviews whose day has passed with no review yet: the step of the season most easily lost,
// and the one that decides both the thank-you notes and the rank-order list.
import { daysFrom } from "../io/dates.js";
import { formatIssue } from "../io/errors.js";
import { isoDay } from "../io/dates.js";
import { FRESH_DAYS } from "../reviews/review-edit.js";
import type { ReviewFile } from "../reviews/score.js";
import { loadInterviews, type InterviewEntry } from "./interview-file.js";
import { statusOf } from "./interview.js";
import { sameProgram } from "./find.js";

type Reviewed = Pick<ReviewFile, "review">;

/** Whether some review of `reviews` is of `program` (see sameProgram). */
export function hasReview(program: string, reviews: readonly Reviewed[]): boolean {
  return reviews.some((r) => sameProgram(r.review.program, program));
}

/**
 * Whether `program` is reviewed: a finished review of it exists. A draft (a form stopped with
 * Ctrl-C) is not one yet: rank leaves it out, so the review is still to finish.
 */
export function isReviewed(program: string, reviews: readonly Reviewed[]): boolean {
  return hasReview(program, reviews.filter((r) => !r.review.draft));
}

export interface MissingReview {
  entry: InterviewEntry;
  /** Whole days since the interview day. */
  daysAgo: number;
  /** Past the days in which impressions stay fresh: say so. */
  biasWarning: boolean;
  /** A draft of the review is saved: it is to be finished rather than written. */
  draft: boolean;
}

/** Interviews before `today` (YYYY-MM-DD), not withdrawn, with no finished review; oldest first. */
export function missingReviews(entries: readonly InterviewEntry[], reviews: readonly Reviewed[], today: string): MissingReview[] {
  return entries
    .filter((entry) => statusOf(entry.interview, today, isReviewed(entry.interview.program, reviews)) === "done")
    .map((entry) => {
      const daysAgo = daysFrom(entry.interview.date, today);
      return { entry, daysAgo, biasWarning: daysAgo > FRESH_DAYS, draft: hasReview(entry.interview.program, reviews) };
    })
    .sort((a, b) => b.daysAgo - a.daysAgo);
}

/** "Riverside IM was 3 days ago and has no review …": one line each. */
export function missingReviewLine(missing: MissingReview): string {
  const { program } = missing.entry.interview;
  const ago = missing.daysAgo === 1 ? "yesterday" : `${missing.daysAgo} days ago`;
  const bias = missing.biasWarning ? " Impressions fade and bias creeps in after 2 days: write it today." : "";
  const state = missing.draft ? "its review is a draft" : "has no review yet";
  return `${program} was ${ago} and ${state}.${bias} Run: interview-coach review "${program}"`;
}

/** The nudges `followups` prints on stderr: broken interview files, then missing reviews. */
export function unreviewedInterviews(interviewsDir: string, reviews: readonly Pick<ReviewFile, "review">[], now: Date): string[] {
  const loaded = loadInterviews(interviewsDir);
  return [
    ...loaded.issues.map((issue) => `warning: skipped ${formatIssue(issue)}`),
    ...missingReviews(loaded.interviews, reviews, isoDay(now)).map(missingReviewLine),
  ];
}
