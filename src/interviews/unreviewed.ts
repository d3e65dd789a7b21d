// Interviews whose day has passed with no review yet: the step of the season most easily lost,
// and the one that decides both the thank-you notes and the rank-order list.
import { daysFrom } from "../io/dates.js";
import { formatIssue } from "../io/errors.js";
import { isoDay } from "../io/dates.js";
import { FRESH_DAYS } from "../reviews/review-edit.js";
import type { ReviewFile } from "../reviews/score.js";
import type { InterviewEntry, LoadedInterviews } from "./interview-file.js";
import type { RecordedDone } from "../checklists/season-ticks.js";
import { statusOf } from "./interview.js";
import { sameProgram } from "./find.js";
import { interviewDay } from "./your-clock.js";

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

const finishedReview = (program: string, reviews: readonly Reviewed[]) => reviews.find((r) => !r.review.draft && sameProgram(r.review.program, program))?.review;

/** How many people the finished review of `program` names who are not thanked yet (0 when there is no such review). */
export function peopleToThank(program: string, reviews: readonly Reviewed[]): number {
  return finishedReview(program, reviews)?.people.filter((person) => !person.thanked).length ?? 0;
}

/** Whether the finished review of `program` names a deal-breaker (see StepFacts.dealBreaker). */
export function hasDealBreaker(program: string, reviews: readonly Reviewed[]): boolean {
  return (finishedReview(program, reviews)?.dealBreakers.length ?? 0) > 0;
}

/**
 * What the reviews show done for `program`, for checklist items that a record ticks (see
 * withRecordedTicks): a finished review, and every person it names thanked; whether a review
 * or a draft of it is written (see DayProgress); and the people it names not thanked yet.
 */
export function recordedDone(program: string, reviews: readonly Reviewed[]): RecordedDone & { written: boolean; unthanked: string[] } {
  const review = finishedReview(program, reviews);
  return {
    reviewed: review !== undefined,
    everyoneThanked: review !== undefined && review.people.length > 0 && review.people.every((person) => person.thanked),
    written: hasReview(program, reviews),
    unthanked: review?.people.filter((person) => !person.thanked).map((person) => person.name) ?? [],
  };
}

/** The day (YYYY-MM-DD) of the draft review of `program` when there is a draft and no finished review; else undefined. */
export function draftDay(program: string, reviews: readonly Reviewed[]): string | undefined {
  if (isReviewed(program, reviews)) return undefined;
  return reviews.find((r) => r.review.draft && sameProgram(r.review.program, program))?.review.date;
}

export interface MissingReview {
  entry: InterviewEntry;
  /** Whole days since the interview day (or since the draft's day, see draftDated). */
  daysAgo: number;
  /** Past the days in which impressions stay fresh: say so. */
  biasWarning: boolean;
  /** A draft of the review is saved: it is to be finished rather than written. */
  draft: boolean;
  /** The draft's day (YYYY-MM-DD) when it is not the day recorded for the interview. */
  draftDated?: string;
  /** The program's review exists but cannot be read (a broken hand edit): its file, to be fixed, not written. */
  unreadable?: string;
}

/**
 * Reviews still to write or finish, oldest first: interviews before `today` (YYYY-MM-DD) with no
 * finished review, and any interview with a draft and no finished review, whatever its recorded
 * day. A draft dated otherwise than the record (or saved on the interview's day) is still a review
 * to finish, and rank leaves it out until it is; its days count from the draft's day. Withdrawn
 * interviews are never listed. `yourTimes`: starts on the user's clock by program (see
 * onYourClock); an interview's day is counted on it (see interviewDay).
 */
export function missingReviews(
  entries: readonly InterviewEntry[],
  reviews: readonly Reviewed[],
  today: string,
  unreadable: ReadonlyMap<string, string> = new Map(),
  yourTimes?: ReadonlyMap<string, string>,
): MissingReview[] {
  return entries
    .flatMap((entry): MissingReview[] => {
      const { program, date } = entry.interview;
      // Past once its day on the user's clock is (see interviewDay).
      const day = interviewDay(entry.interview, yourTimes);
      const status = statusOf({ ...entry.interview, date: day }, today, isReviewed(program, reviews));
      const draft = draftDay(program, reviews);
      // Owed once the day has passed; a draft is owed whatever the recorded day, counted from its own.
      if (status !== "done" && !(status === "scheduled" && draft !== undefined)) return [];
      const daysAgo = status === "done" ? daysFrom(day, today) : Math.max(0, daysFrom(draft!, today));
      const broken = unreadable.has(program) ? { unreadable: unreadable.get(program)! } : {};
      return [{ entry, daysAgo, biasWarning: daysAgo > FRESH_DAYS, draft: draft !== undefined, ...(draft && draft !== date && draft !== day ? { draftDated: draft } : {}), ...broken }];
    })
    .sort((a, b) => b.daysAgo - a.daysAgo);
}

/** "Riverside IM was 3 days ago and has no review …": one line each. */
export function missingReviewLine(missing: MissingReview): string {
  const { program, date } = missing.entry.interview;
  if (missing.unreadable) return unreadableReviewLine(program, missing.unreadable);
  const ago = missing.daysAgo === 0 ? "today" : missing.daysAgo === 1 ? "yesterday" : `${missing.daysAgo} days ago`;
  const bias = missing.biasWarning ? " Impressions fade and bias creeps in after 2 days: write it today." : "";
  const run = ` Run: interview-coach review "${program}"`;
  if (missing.draftDated) return `${program} has a draft review dated ${missing.draftDated} (the interview is recorded for ${date}) to finish.${bias}${run}`;
  const state = missing.draft ? "its review is a draft" : "has no review yet";
  return `${program} was ${ago} and ${state}.${bias}${run}`;
}

/** Said instead of "no review yet" when the program's review (`file`) exists but is broken: writing a new one is refused. */
export function unreadableReviewLine(program: string, file: string): string {
  return `${program}: its review ${file} cannot be read (the warning gives the line); fix the file or move it away.`;
}

/** The nudges `followups` prints on stderr: broken interview files, then missing reviews. */
export function unreviewedInterviews(
  loaded: LoadedInterviews,
  reviews: readonly Pick<ReviewFile, "review">[],
  now: Date,
  unreadable?: ReadonlyMap<string, string>,
  yourTimes?: ReadonlyMap<string, string>,
): string[] {
  return [
    ...loaded.issues.map((issue) => `warning: skipped ${formatIssue(issue)}`),
    ...missingReviews(loaded.interviews, reviews, isoDay(now), unreadable, yourTimes).map(missingReviewLine),
  ];
}
