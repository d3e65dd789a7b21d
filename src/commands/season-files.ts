// What `today`, `calendar` and the checklist overview read: the interviews, the reviews and every checklist's
// progress (a checklist not opened yet included), each broken file warned about once on stderr
// and skipped, so one bad hand edit never hides the rest of the season.
import { join } from "node:path";
import type { CommandContext } from "../context.js";
import type { ChecklistProgress } from "../checklists/progress.js";
import { formatIssue, type ContentIssue } from "../io/errors.js";
import { loadInterviews, type LoadedInterviews } from "../interviews/interview-file.js";
import { localZone, suggestedChecklist, whenLabel, type Interview } from "../interviews/interview.js";
import { findInterview, sameProgram } from "../interviews/find.js";
import { thankYouRule, withThankYouRule, type ThankYouRule } from "../reviews/thank-you-rule.js";
import { loadProgressNotes } from "../checklists/progress-note.js";
import { allItems, forFormat, withHandTicks } from "../checklists/progress.js";
import { dueDayOf } from "../checklists/due.js";
import { withRecordedTicks } from "../checklists/season-ticks.js";
import { recordedDone } from "../interviews/unreviewed.js";
import { daysFrom, isoLocal } from "../io/dates.js";
import { displayPath, libraryPaths, type LibraryPaths } from "../io/library.js";
import { loadReviews } from "../reviews/load-reviews.js";
import { say } from "../ui/output.js";
import { interviewDay } from "../interviews/your-clock.js";

export interface SeasonFiles {
  paths: LibraryPaths;
  rule: ThankYouRule;
  interviews: LoadedInterviews;
  reviews: Awaited<ReturnType<typeof loadReviews>>;
  /** The interviews whose review exists but cannot be read: program -> the file (see unreadableReviews). */
  unreadable: Map<string, string>;
  /** The interviews with a checklist note that exists but cannot be read: program -> the note. */
  unreadableChecklists: Map<string, string>;
  /** How many files were skipped as broken (each warned about). */
  skipped: number;
  /**
   * Each started checklist with the checklist it follows (undefined when no longer in the
   * content); then, for each interview with no checklist note at all, the checklist that fits it
   * with nothing ticked (`unopened`): its items fall due whether or not it was opened. Kept until
   * its last item's due day, or for good with `everyInterview`.
   * Withdrawn interviews are among them, as started checklists are: today leaves them out, and
   * calendar exports them cancelled.
   */
  progress: ChecklistProgress[];
  /** Each timed interview's start on the user's clock, where it differs (see startsOnYourClock). */
  yourTimes: Map<string, string>;
}

/**
 * The season as `today`, `calendar` and the checklist overview read it. `everyInterview`: keep the
 * unopened checklist of an interview whose last item's due day has passed, for a listing of every
 * interview (the overview); reminders (today, calendar) leave it out.
 */
export async function readSeasonFiles(ctx: CommandContext, { everyInterview = false } = {}): Promise<SeasonFiles> {
  const paths = libraryPaths(ctx.settings.home.value);
  const rule = thankYouRule(ctx.settings.config);
  const warn = (issue: ContentIssue) => say(`warning: skipped ${formatIssue(issue)}`);
  const interviews = await loadInterviews(paths.interviews);
  interviews.issues.forEach(warn);
  const reviews = await loadReviews(paths.reviews, { label: (name) => join(paths.reviews, name) });
  reviews.issues.forEach(warn);
  const catalog = await ctx.catalog();
  const notes = await loadProgressNotes(paths.checklists);
  notes.issues.forEach(warn);
  const now = isoLocal(ctx.now());
  const progress: SeasonFiles["progress"] = notes.notes.map(({ state }) => {
    const checklist = catalog.checklists.get(state.checklist);
    const format = findInterview(interviews.interviews, state.program)?.interview.format;
    if (!checklist) return { state, checklist };
    const ticked = withRecordedTicks(checklist, withHandTicks(checklist, state, now), recordedDone(state.program, reviews.reviews), now);
    return { state: ticked, checklist: forFormat(withThankYouRule(checklist, rule), format) };
  });
  const programs = interviews.interviews.map((entry) => entry.interview.program);
  const unreadable = await unreadableReviews(paths.reviews, reviews.issues, programs);
  const unreadableChecklists = await unreadableProgress(paths.checklists, notes.issues, programs, [...catalog.checklists.keys()]);
  const yourTimes = await startsOnYourClock(interviews.interviews.map((entry) => entry.interview));
  for (const { interview } of interviews.interviews) {
    const opened = unreadableChecklists.has(interview.program) || notes.notes.some(({ state }) => sameProgram(state.program, interview.program));
    const checklist = catalog.checklists.get(suggestedChecklist(interview));
    if (opened || !checklist) continue;
    // Once its day is over, while an item is still to come ("compare the offers", due three days
    // after): then the follow-up is still to do, but overdue items are not recalled for ever.
    // A withdrawn interview's too: exported cancelled, which takes the reminders an earlier export
    // put in a calendar out of it (calendar apps keep what an import no longer holds).
    const day = interviewDay(interview, yourTimes);
    const lastDue = allItems(checklist).reduce((last, item) => maxDay(last, dueDayOf(item, day)), day);
    if (!everyInterview && lastDue < ctx.today()) continue;
    const state = withRecordedTicks(checklist, { checklist: checklist.id, program: interview.program, date: interview.date, done: [] }, recordedDone(interview.program, reviews.reviews), now);
    progress.push({ state, checklist: forFormat(withThankYouRule(checklist, rule), interview.format), unopened: true });
  }
  const skipped = interviews.issues.length + reviews.issues.length + notes.issues.length;
  return { paths, rule, interviews, reviews, unreadable, unreadableChecklists, progress, skipped, yourTimes };
}

/** The later of two days (YYYY-MM-DD); `day` when `other` is undefined. */
const maxDay = (day: string, other: string | undefined) => (other !== undefined && other > day ? other : day);

/**
 * Which of `programs` have a checklist note (of any of `checklists`) that exists but cannot be
 * read (`issues`): `today` must not offer to start one that `checklist` would refuse to open.
 */
async function unreadableProgress(dir: string, issues: readonly ContentIssue[], programs: readonly string[], checklists: readonly string[]): Promise<Map<string, string>> {
  if (!issues.length) return new Map();
  const { progressFile } = await import("../checklists/progress-file.js");
  const broken = new Set(issues.map((issue) => issue.file));
  const notes = programs.flatMap((program) => checklists.map((id) => [program, progressFile(dir, id, program)] as const));
  return new Map(notes.filter(([, file]) => broken.has(file)).map(([program, file]) => [program, displayPath(file)]));
}

/**
 * Which of `programs` have a review that exists but cannot be read (`issues`, as loadReviews
 * reports them), each with its file as shown: a listing must not call it "no review yet" when
 * `review` would refuse to start a new one, and names the file, since a document saved or piped
 * does not hold the warning. Which file is a program's review is read from front matter, so only
 * when some review is broken.
 */
export async function unreadableReviews(reviewsDir: string, issues: readonly ContentIssue[], programs: readonly string[]): Promise<Map<string, string>> {
  if (!issues.length) return new Map();
  const { reviewFile } = await import("../reviews/review-note.js");
  const broken = new Set(issues.map((issue) => issue.file));
  return new Map(programs.map((program) => [program, displayPath(reviewFile(reviewsDir, program))] as const).filter(([, file]) => broken.has(file)));
}

/**
 * Each timed interview's start on the user's clock, by program, where it reads otherwise than the
 * interview's own zone (see `onYourClock`): a virtual interview in Chicago seen from Lagos. luxon
 * loads only when some interview is timed in a zone other than the user's.
 */
export async function startsOnYourClock(interviews: readonly Interview[]): Promise<Map<string, string>> {
  // The zone is asked for only when some interview is timed: the first Intl call loads the
  // platform's date data, about 20 ms of a start-up that most listings do not need.
  if (!interviews.some((i) => i.time)) return new Map();
  const here = localZone();
  const timed = interviews.filter((i) => i.time && i.tz !== here);
  if (!timed.length) return new Map();
  const { onYourClock } = await import("../interviews/start.js");
  const starts = timed.map((i) => [i.program, onYourClock(i, here)] as const);
  return new Map(starts.filter((entry): entry is readonly [string, string] => entry[1] !== undefined));
}

/**
 * `interview`'s start on the user's clock, read once: `day`, its day there (YYYY-MM-DD, see
 * startHere), and `when`, the start as recorded with the user's time when that reads otherwise
 * ("2026-12-03 10:00 Asia/Tokyo (2026-12-02 17:00 your time)"), which is what to check against an
 * invitation. luxon loads only for one timed in another zone.
 */
export async function startOnYourClock(interview: Interview): Promise<{ day: string; when: string }> {
  const times = await startsOnYourClock([interview]);
  const yours = times.get(interview.program);
  return { day: interviewDay(interview, times), when: `${whenLabel(interview)}${yours ? ` (${yours} your time)` : ""}` };
}

/**
 * The programs whose interview has started by the clock on the user's day (`startedBy`), wherever
 * it is held. luxon, which turns a time in the interview's zone into an instant, loads only when
 * an interview near today is timed.
 */
export async function startedInterviews(interviews: readonly Interview[], ctx: CommandContext): Promise<Set<string>> {
  const today = ctx.today();
  // Clocks differ by 26 hours at most (UTC-12 to UTC+14): an interview on the user's day is
  // dated at most two days before or after it where it is held.
  if (!interviews.some((i) => i.time && Math.abs(daysFrom(today, i.date)) <= 2)) return new Set();
  const { startedBy } = await import("../interviews/start.js");
  return startedBy(interviews, today, ctx.now(), localZone());
}
