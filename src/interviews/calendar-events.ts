// The season as calendar events: each interview at its instant (wall-clock time in its own time
// zone, converted by luxon, so a DST change between today and the interview is accounted for),
// and the dated steps as all-day events. UIDs are built from names only, never from the clock,
// so importing a fresh export updates the events already in a calendar instead of adding copies.
import { dueDayOf } from "../checklists/due.js";
import { allItems, dayProgress, lapsedItems, mergeProgress, type ChecklistProgress } from "../checklists/progress.js";
import { programSlug, slugify } from "../io/slug.js";
import type { ReviewFile } from "../reviews/score.js";
import type { InterviewEntry } from "./interview-file.js";
import { amongPrograms, checklistDay } from "./find.js";
import { hasReview } from "./unreviewed.js";
import { kindLabel, whenLabel } from "./interview.js";
import { KINDS, type InterviewKind } from "../content/interview-kinds.js";
import { capitalised } from "../io/prose.js";
import { utcInstant } from "./start.js";
import { isThankYouItem, thankYouDates, type ThankYouDates, type ThankYouRule } from "../reviews/thank-you-rule.js";
import { interviewDay, interviewThankYou } from "./your-clock.js";

/** How long an interview with a start time is shown for, in minutes, when nothing says more. */
export const INTERVIEW_MINUTES = 60;
const DOMAIN = "interview-coach";

export type CalendarEvent = {
  uid: string;
  title: string;
  description?: string;
  location?: string;
  url?: string;
  cancelled?: boolean;
} & ({ allDay: true; day: string } | { allDay: false; startUtc: string; minutes: number });

export interface CalendarInput {
  interviews: readonly InterviewEntry[];
  reviews: readonly ReviewFile[];
  progress: readonly ChecklistProgress[];
  rankDeadline?: string;
  rule: ThankYouRule;
  /** The user's day (YYYY-MM-DD): preparation items of an interview day before it have lapsed. */
  today: string;
  /** Each timed interview's start on the user's clock where it differs (see onYourClock): checklist days follow it. */
  yourTimes?: ReadonlyMap<string, string>;
  /** Programs whose interview has begun on the user's today (see startedBy): their preparation has lapsed. */
  started?: ReadonlySet<string>;
}

const uid = (...parts: string[]) => `${parts.join("--")}@${DOMAIN}`;

export function calendarEvents(input: CalendarInput): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  const withdrawn = new Set<string>();
  for (const { interview: i } of input.interviews) {
    const slug = programSlug(i.program);
    if (i.withdrawn) withdrawn.add(slug);
    const details = [
      `${kindLabel(i)}${i.format ? `, ${i.format}` : ""}`,
      `Local time: ${whenLabel(i)}`,
      // Once the day has passed, what is left is the review, not preparing; withdrawn, neither.
      i.withdrawn ? `Withdrawn on ${i.withdrawn}.` : interviewDay(i, input.yourTimes) < input.today ? `Review: interview-coach review "${i.program}"` : `Prepare: interview-coach today`,
    ].join("\n");
    const where = i.where ? (/^https?:\/\//i.test(i.where) ? { url: i.where, location: i.where } : { location: i.where }) : {};
    // The uid stays "interview" for every kind: a kind corrected later updates the same event.
    const base = { uid: uid("interview", slug), title: `${capitalised(KINDS[i.kind].noun)}: ${i.program}`, description: details, ...where, ...(i.withdrawn ? { cancelled: true } : {}) };
    events.push(i.time ? { ...base, allDay: false, startUtc: utcInstant(i.date, i.time, i.tz), minutes: INTERVIEW_MINUTES } : { ...base, allDay: true, day: i.date });
  }

  // Thank-you notes: from the review once written (it knows who was met), else from the interview.
  // A withdrawn program's events stay in the file, cancelled: a calendar app keeps an event that
  // a new import no longer holds, so leaving them out would leave them in the user's calendar.
  // Both count from the interview's day as the season does (interviewDay): a review is dated it.
  const thanks = new Map<string, { program: string; kind: InterviewKind; dates: ThankYouDates; people: string[] }>();
  for (const { interview: i } of input.interviews) thanks.set(programSlug(i.program), { program: i.program, kind: i.kind, dates: interviewThankYou(i, input.rule, input.yourTimes), people: [] });
  // The programs whose thank-you notes the season keeps (an event until all are sent), whose
  // checklists' thank-you items are therefore left out below.
  const thankedBySeason = new Set(thanks.keys());
  for (const { review } of input.reviews) {
    const slug = programSlug(review.program);
    thankedBySeason.add(slug);
    const open = review.people.filter((p) => !p.thanked).map((p) => p.name);
    if (review.people.length && open.length === 0) thanks.delete(slug);
    else thanks.set(slug, { program: review.program, kind: review.kind, dates: thankYouDates(review.date, input.rule), people: open });
  }
  for (const [slug, t] of thanks) {
    const { sendBy, lastDay } = t.dates;
    // "Sam Ortiz, MD" holds a comma: then names are kept apart with semicolons.
    const who = t.people.length ? t.people.join(t.people.some((name) => name.includes(",")) ? "; " : ", ") : "everyone you met";
    events.push({
      uid: uid("thank-you", slug),
      // The uid stays "thank-you" for every kind, as the interview's does.
      title: `${capitalised(KINDS[t.kind].note)}s: ${t.program}`,
      description: `Send to ${who} by the end of ${sendBy} (overdue after ${lastDay}).\nDrafts: interview-coach followups --draft "${t.program}"`,
      allDay: true,
      day: sendBy,
      ...(withdrawn.has(slug) ? { cancelled: true } : {}),
    });
  }

  for (const { state, checklist } of input.progress) {
    if (!checklist) continue;
    const date = checklistDay(input.interviews, state.program, state.date, input.yourTimes);
    const { ticked } = mergeProgress(checklist, state);
    // Once the interview day has passed (or its review is written), what was to be done before it
    // or on it has lapsed, as in `today` and the checklist itself: no longer something to do, so
    // not an event either.
    const lapsed = lapsedItems(checklist, date, input.today, dayProgress(amongPrograms(input.started ?? [], state.program), hasReview(state.program, input.reviews)));
    // The season's "Thank-you notes" event stands for the checklist's thank-you items (those the
    // thank-you rule dates, by their ids): one note to send is one event, not two on one day.
    const thankYouEvent = thankedBySeason.has(programSlug(state.program));
    for (const item of allItems(checklist)) {
      const due = dueDayOf(item, date);
      if (due === undefined || ticked.has(item.id) || lapsed.has(item.id) || (thankYouEvent && isThankYouItem(item))) continue;
      events.push({
        uid: uid("checklist", slugify(checklist.id), programSlug(state.program), slugify(item.id)),
        title: `${item.text} (${state.program})`,
        description: `${checklist.title}${item.why ? `\n${item.why}` : ""}\nTick it off: interview-coach checklist ${checklist.id} --program "${state.program}"`,
        allDay: true,
        day: due,
        ...(withdrawn.has(programSlug(state.program)) ? { cancelled: true } : {}),
      });
    }
  }

  if (input.rankDeadline) {
    events.push({
      uid: uid("rank-order-list-deadline"),
      title: "Rank-order list deadline",
      description: "Certify your rank-order list. interview-coach rank shows the list from your reviews.",
      allDay: true,
      day: input.rankDeadline,
    });
  }
  return events;
}
