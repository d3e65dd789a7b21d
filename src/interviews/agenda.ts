// `today`: everything the season asks of the user from today through the next 7 days, built from
// the interviews, checklist progress, reviews and practice schedule. Pure: the command reads the
// files and hands them in; days are YYYY-MM-DD in local time.
import { dueDayOf, isOverdue } from "../checklists/due.js";
import { daysFrom, shiftDay } from "../io/dates.js";
import { allItems, dayProgress, lapsedItems, mergeProgress, summarize, type ChecklistProgress } from "../checklists/progress.js";
import { parseDay } from "../io/dates.js";
import { followUps } from "../reviews/followups.js";
import type { ReviewFile } from "../reviews/score.js";
import { byWhen, type InterviewEntry } from "./interview-file.js";
import { amongPrograms, checklistDay, sameProgram } from "./find.js";
import { statusOf, suggestedChecklist } from "./interview.js";
import { isThankYouItem, thankYouState, type ThankYouRule } from "../reviews/thank-you-rule.js";
import type { InterviewKind } from "../content/interview-kinds.js";
import { hasReview, isReviewed, missingReviews } from "./unreviewed.js";
import { byName, byText } from "../io/order.js";
import { interviewDay, interviewThankYou, whenHere } from "./your-clock.js";

/** How far ahead the agenda looks, in days after today. */
export const AGENDA_DAYS = 7;

export interface AgendaInterview {
  program: string;
  date: string;
  time?: string;
  tz: string;
  /** Its start on the user's clock, when that reads otherwise than the interview's zone ("15:00"). */
  yourTime?: string;
  kind: InterviewKind;
  specialty: string;
  format?: string;
  where?: string;
  /** Whole days from today (0 = today) to its day on the user's clock. */
  inDays: number;
  checklists: { checklist: string; done: number; total: number; overdue: number }[];
  /** The checklist to start when none is started yet (and the interview has not started). */
  suggestedChecklist?: string;
  /** Present (true) instead when a checklist note of it exists but cannot be read: to fix, not to start. */
  checklistUnreadable?: true;
  /** With `checklistUnreadable`: that note's file, as shown. */
  checklistNote?: string;
  /** Present (true) when the interview is on the user's today and its start has passed. */
  started?: true;
}

export interface AgendaItem {
  program: string;
  checklist: string;
  text: string;
  due: string;
  overdue: boolean;
}

export interface AgendaThankYou {
  program: string;
  /** The kind of its review: after a networking event the notes follow up, rather than thank. */
  kind: InterviewKind;
  person: string;
  sendBy: string;
  overdue: boolean;
}

export interface AgendaReview {
  program: string;
  kind: InterviewKind;
  /** The interview day as recorded. */
  date: string;
  /** Its day on the user's clock, present when that is another (see startHere). */
  yourDay?: string;
  daysAgo: number;
  biasWarning: boolean;
  /** Present (true) when a draft of the review is saved, to be finished. */
  draft?: true;
  /** The draft's day, present when it is not the recorded interview day. */
  draftDated?: string;
  /** Present (true) when the review exists but cannot be read: to be fixed, not written. */
  unreadable?: true;
  /** With `unreadable`: the review's file, as shown. */
  file?: string;
  /**
   * The day its thank-you notes are due by (the thank-you rule), and whether that has passed: they
   * are listed one by one only from the people a review names, so until then they are said here.
   */
  thankYou: { sendBy: string; overdue: boolean };
}

/** One deck's practice in the agenda's days; counts of questions (see practice/due.ts dueCounts). */
export interface AgendaPractice {
  deck: string;
  title: string;
  /** Due today. */
  due: number;
  /** Falling due after today, through the agenda's last day (0 when not given). */
  later?: number;
  /** The day (YYYY-MM-DD) the first of `later` falls due. */
  firstLater?: string;
}

export interface Agenda {
  today: string;
  until: string;
  interviews: AgendaInterview[];
  checklistItems: AgendaItem[];
  thankYouNotes: AgendaThankYou[];
  reviewsToWrite: AgendaReview[];
  practice: AgendaPractice[];
  rankDeadline?: { date: string; daysLeft: number };
}

export interface AgendaInput {
  today: string;
  interviews: readonly InterviewEntry[];
  /** Finished reviews and drafts alike: the people met are real either way. */
  reviews: readonly ReviewFile[];
  /** Programs whose review exists but cannot be read, each with its file as shown. */
  unreadableReviews?: ReadonlyMap<string, string>;
  /** Programs with a checklist note that exists but cannot be read, each with the note as shown. */
  unreadableChecklists?: ReadonlyMap<string, string>;
  /** Every interview's checklist (see ChecklistProgress); an unopened one's items are listed while the interview still says to start it. */
  progress: readonly ChecklistProgress[];
  practice: readonly AgendaPractice[];
  rankDeadline?: string;
  rule: ThankYouRule;
  /** Programs whose interview has started on the user's today (see `startedBy`). */
  started?: ReadonlySet<string>;
  /** Each timed interview's start on the user's clock, by program, where it differs (see `onYourClock`). */
  yourTimes?: ReadonlyMap<string, string>;
}

export function buildAgenda(input: AgendaInput): Agenda {
  const { today, rule } = input;
  const until = shiftDay(today, AGENDA_DAYS);
  const live = input.interviews.filter((entry) => !entry.interview.withdrawn);
  const withdrawn = input.interviews.filter((entry) => entry.interview.withdrawn).map((entry) => entry.interview.program);

  // Days count on the user's calendar: an interview held in a zone ahead may be on their day before.
  const dayOf = (i: InterviewEntry["interview"]) => interviewDay(i, input.yourTimes);
  const interviews: AgendaInterview[] = live
    .filter(({ interview: i }) => ["scheduled", "started"].includes(statusOf({ ...i, date: dayOf(i) }, today, isReviewed(i.program, input.reviews), input.started?.has(i.program))) && dayOf(i) <= until)
    .sort((a, b) => byWhen(whenHere(a.interview, input.yourTimes?.get(a.interview.program)), whenHere(b.interview, input.yourTimes?.get(b.interview.program))))
    .map(({ interview: i }) => {
      const checklists = input.progress
        .filter(({ state, checklist, unopened }) => checklist && !unopened && sameProgram(state.program, i.program))
        .map(({ state, checklist }) => {
          // Once it has started, its preparation is no longer overdue (see lapsedItems), as in the items below.
          const summary = summarize(checklist!, mergeProgress(checklist!, state).ticked, dayOf(i), today, dayProgress(input.started?.has(i.program) ?? false, false));
          return { checklist: checklist!.id, done: summary.done, total: summary.total, overdue: summary.overdue ?? 0 };
        });
      return {
        program: i.program,
        date: i.date,
        ...(i.time ? { time: i.time } : {}),
        tz: i.tz,
        ...(input.yourTimes?.has(i.program) ? { yourTime: input.yourTimes.get(i.program)! } : {}),
        kind: i.kind,
        specialty: i.specialty,
        ...(i.format ? { format: i.format } : {}),
        ...(i.where ? { where: i.where } : {}),
        inDays: daysFrom(today, dayOf(i)),
        checklists,
        // Once it has started, preparing for it is over: the review is what comes next.
        ...(input.started?.has(i.program)
          ? { started: true as const }
          : checklists.length
            ? {}
            : input.unreadableChecklists?.has(i.program)
              ? { checklistUnreadable: true as const, checklistNote: input.unreadableChecklists.get(i.program)! }
              : { suggestedChecklist: suggestedChecklist(i) }),
      };
    });

  const checklistItems: AgendaItem[] = [];
  for (const { state, checklist } of input.progress) {
    if (!checklist || amongPrograms(withdrawn, state.program)) continue;
    const date = checklistDay(live, state.program, state.date, input.yourTimes);
    const { ticked } = mergeProgress(checklist, state);
    // A review (or its draft) is written once the interview is over: the day's own items ("greet
    // everyone you meet") are past then too, though the day is not.
    const lapsed = lapsedItems(checklist, date, today, dayProgress(amongPrograms(input.started ?? [], state.program), hasReview(state.program, input.reviews)));
    // Once a review names the people met, the thank-you notes below list each of them: the
    // checklist's thank-you items (those the thank-you rule dates, by their ids) would say it twice.
    const thankedPerPerson = input.reviews.some(({ review }) => review.people.length > 0 && sameProgram(review.program, state.program));
    for (const item of allItems(checklist)) {
      const due = dueDayOf(item, date);
      if (due === undefined || ticked.has(item.id) || lapsed.has(item.id) || due > until || (thankedPerPerson && isThankYouItem(item))) continue;
      checklistItems.push({ program: state.program, checklist: checklist.id, text: item.text, due, overdue: isOverdue(due, today, false) });
    }
  }
  checklistItems.sort((a, b) => byText(a.due, b.due) || byName(a.program, b.program));

  // Withdrawing ends the season's business with a program, its thank-you notes too (the calendar
  // leaves them out as well); followups still lists them for anyone who sends one all the same.
  const thankYouNotes = followUps(input.reviews, parseDay(today)!, rule)
    .filter((item) => item.status !== "sent" && item.due <= until && !amongPrograms(withdrawn, item.program))
    .map((item) => ({ program: item.program, kind: item.kind, person: item.person.name, sendBy: item.due, overdue: item.status === "overdue" }));

  const reviewsToWrite = missingReviews(live, input.reviews, today, input.unreadableReviews, input.yourTimes).map(({ entry, daysAgo, biasWarning, draft, draftDated, unreadable }) => ({
    program: entry.interview.program,
    kind: entry.interview.kind,
    date: entry.interview.date,
    ...(dayOf(entry.interview) !== entry.interview.date ? { yourDay: dayOf(entry.interview) } : {}),
    daysAgo,
    biasWarning,
    ...(draft ? { draft: true as const } : {}),
    ...(draftDated ? { draftDated } : {}),
    ...(unreadable ? { unreadable: true as const, file: unreadable } : {}),
    thankYou: { sendBy: interviewThankYou(entry.interview, rule, input.yourTimes).sendBy, overdue: thankYouState(dayOf(entry.interview), today, rule) === "overdue" },
  }));

  const agenda: Agenda = {
    today,
    until,
    interviews,
    checklistItems,
    thankYouNotes,
    reviewsToWrite,
    // Soonest first, as every other section: what is due today before what falls due later.
    practice: input.practice.filter((deck) => deck.due > 0 || (deck.later ?? 0) > 0).sort((a, b) => practiceDay(a, input.today).localeCompare(practiceDay(b, input.today))),
  };
  if (input.rankDeadline) agenda.rankDeadline = { date: input.rankDeadline, daysLeft: daysFrom(today, input.rankDeadline) };
  return agenda;
}

/** Nothing to do: no list has anything, and the rank-order list deadline is not this week. */
export function isQuiet(agenda: Agenda): boolean {
  const deadlineSoon = agenda.rankDeadline !== undefined && agenda.rankDeadline.daysLeft >= 0 && agenda.rankDeadline.date <= agenda.until;
  return !deadlineSoon && [agenda.interviews, agenda.checklistItems, agenda.thankYouNotes, agenda.reviewsToWrite, agenda.practice].every((list) => list.length === 0);
}

/** The day a deck's practice is first due: today when questions are due now, else the first later one's. */
const practiceDay = (deck: AgendaPractice, today: string) => (deck.due > 0 ? today : (deck.firstLater ?? "9999-12-31"));
