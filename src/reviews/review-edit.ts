// What happens to a review between the form and the file: a blank one to start from, the
// "written N days after" record, and the dated line that says what an edit changed.
import { daysBetween, isoDay, parseDay, shiftDay } from "../io/dates.js";
import type { Criterion } from "./criteria.js";
import { DEFAULT_KIND, isPlaceKind, type InterviewKind } from "../content/interview-kinds.js";
import { missingScores, normaliseReview, type Review } from "./review.js";

/** Past this many days, memory of an interview is visibly less reliable. */
export const FRESH_DAYS = 2;

export function blankReview(program: string, today: Date): Review {
  return {
    program,
    date: isoDay(today),
    kind: DEFAULT_KIND,
    specialty: "",
    scores: {},
    gut: null,
    dealBreakers: [],
    people: [],
    redFlags: [],
    stillUnknown: [],
    notes: "",
    changes: [],
    draft: true,
    extra: {},
    otherSections: "",
  };
}

/** Days from the interview to `today` when more than FRESH_DAYS, else undefined. */
export function lateBy(date: string, today: Date): number | undefined {
  const day = parseDay(date);
  if (!day) return undefined;
  const days = daysBetween(day, today);
  return days > FRESH_DAYS ? days : undefined;
}

/**
 * How many days late the impressions are being written (of `date`, the interview's YYYY-MM-DD,
 * on `today`), to warn of; undefined: no warning. A finished review was written already:
 * correcting its date is no late writing (finishReview counts its days from when it was written).
 */
export function lateWriting(previous: Review | undefined, date: string, today: Date): number | undefined {
  if (previous?.date === date || (previous !== undefined && !previous.draft)) return undefined;
  return lateBy(date, today);
}

/**
 * A review is finished when every criterion of its kind is scored and the gut is rated; a
 * networking event's has neither, so it is finished once saved.
 */
export function isComplete(review: Review, criteriaOf: (kind: InterviewKind) => readonly Criterion[]): boolean {
  if (!isPlaceKind(review.kind)) return true;
  return review.gut !== null && missingScores(review, criteriaOf(review.kind).map((c) => c.id)).length === 0;
}

/**
 * The review to save. `writtenAfterDays` records when the impressions were first written, so
 * an edit keeps it unless the interview date itself changed. A review turned into one of a
 * networking event drops its scores, gut and deal-breakers: an event is not ranked, and a note
 * that kept them would say otherwise.
 */
export function finishReview(
  previous: Review | undefined,
  next: Review,
  today: Date,
  criteriaOf: (kind: InterviewKind) => readonly Criterion[],
): Review {
  const unranked = isPlaceKind(next.kind) ? {} : { scores: {}, gut: null, dealBreakers: [] };
  const review = normaliseReview({ ...next, ...unranked, draft: !isComplete(next, criteriaOf) });
  // A corrected interview date counts from the day the review was first written (its old date
  // plus the days it was late), not from the day of the correction.
  const writtenOn = previous && !previous.draft ? parseDay(shiftDay(previous.date, previous.writtenAfterDays ?? 0)) : undefined;
  const late = previous && previous.date === review.date ? previous.writtenAfterDays : lateBy(review.date, writtenOn ?? today);
  if (late === undefined) delete review.writtenAfterDays;
  else review.writtenAfterDays = late;
  // Finishing a draft is still writing it, not editing it: no change line for that.
  if (previous && !previous.draft) {
    const what = describeChanges(previous, review);
    review.changes = what ? [...previous.changes, `${isoDay(today)}: ${what}`] : previous.changes;
  }
  return review;
}

/** "culture 3 → 4; gut 3 → 4; red flags: + Call schedule unclear": an edit in one line. */
export function describeChanges(before: Review, after: Review): string | undefined {
  const parts: string[] = [];
  const value = (field: string, a: unknown, b: unknown) => {
    if (a !== b) parts.push(`${field} ${show(a)} → ${show(b)}`);
  };
  value("date", before.date, after.date);
  value("kind", before.kind, after.kind);
  value("specialty", before.specialty, after.specialty);
  const ids = [...new Set([...Object.keys(before.scores), ...Object.keys(after.scores)])];
  for (const id of ids) value(id, before.scores[id], after.scores[id]);
  value("gut", before.gut, after.gut);
  list("deal-breakers", before.dealBreakers, after.dealBreakers, parts);
  list("people", before.people.map((p) => p.name), after.people.map((p) => p.name), parts);
  const detailsChanged = after.people.some((p) => {
    const old = before.people.find((o) => o.name === p.name);
    return old !== undefined && (old.role !== p.role || old.detail !== p.detail);
  });
  if (detailsChanged) parts.push("people's details edited");
  list("red flags", before.redFlags, after.redFlags, parts);
  list("still unknown", before.stillUnknown, after.stillUnknown, parts);
  if (before.notes !== after.notes) parts.push(before.notes ? "notes edited" : "notes added");
  if (before.draft && !after.draft) parts.push("finished");
  return parts.length ? parts.join("; ") : undefined;
}

function list(name: string, before: readonly string[], after: readonly string[], parts: string[]): void {
  const added = after.filter((x) => !before.includes(x));
  const removed = before.filter((x) => !after.includes(x));
  if (added.length || removed.length) parts.push(`${name}: ${[...added.map((x) => `+ ${x}`), ...removed.map((x) => `− ${x}`)].join(", ")}`);
}

function show(value: unknown): string {
  return value === undefined || value === null || value === "" ? "none" : String(value);
}
