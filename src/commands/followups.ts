// `interview-coach followups`: thank-you notes due for everyone met, overdue first;
// `--draft <program>` prints drafts; `--done <program> <name>` records a note as sent.
import { startsOnYourClock, unreadableReviews } from "./season-files.js";
import { join } from "node:path";
import type { CommandContext } from "../context.js";
import { ContentError, filesOf, formatIssue, NotFoundError, UsageError, type ContentIssue } from "../io/errors.js";
import { daysFrom, isoDay, parseDay } from "../io/dates.js";
import { checkRecordName } from "../io/slug.js";
import { displayPath, libraryPaths } from "../io/library.js";
import { longDate } from "../io/markdown.js";
import { allCriteria } from "../reviews/criteria.js";
import { atNamed, isPlaceKind, KINDS } from "../content/interview-kinds.js";
import { findPerson, findReview, personLabel } from "../reviews/find.js";
import { followUps, renamedLine, renderDrafts, renderFollowUps, unlistedLine } from "../reviews/followups.js";
import { loadReviews } from "../reviews/load-reviews.js";
import type { Person, Review } from "../reviews/review.js";
import type { ReviewFile } from "../reviews/score.js";
import type { LoadedInterviews } from "../interviews/interview-file.js";
import type { Interview } from "../interviews/interview.js";
import { say, writeMarkdown } from "../ui/output.js";
import { note, wrapForTerminal } from "../ui/wrap.js";
import { thankYouRule } from "../reviews/thank-you-rule.js";
import { recordedSeason, withdrawnReviews } from "./withdrawn.js";
import { findInterview } from "../interviews/find.js";

export interface FollowupsOptions {
  draft?: boolean;
  done?: boolean;
}

export async function run(program: string | undefined, name: string | undefined, options: FollowupsOptions, ctx: CommandContext): Promise<void> {
  if (options.draft && options.done) throw new UsageError("use --draft or --done, not both");
  if (options.done && (!program || !name)) {
    // With the program typed, the example is of it: only the person is left to add.
    const example = program ? `"${program}" "<person>" (\`interview-coach followups\` lists who is still to thank)` : '"Lakeside IM" "Dr. Rivera"';
    throw new UsageError(`--done needs the program and the person: interview-coach followups --done ${example}`);
  }
  if (options.draft && !program) throw new UsageError('--draft needs the program: interview-coach followups --draft "Lakeside IM"');
  if (name && !options.done) throw new UsageError(`a person's name ('${name}') goes with --done: interview-coach followups --done "${program}" "${name}"`);

  if (program !== undefined) checkRecordName(program, "the program name");
  if (name !== undefined) checkRecordName(name, "the person's name");
  const { reviews: dir, interviews: interviewsDir } = libraryPaths(ctx.settings.home.value);
  const loaded = await loadReviews(dir, { label: (file) => join(dir, file) });
  for (const issue of loaded.issues) say(`warning: skipped ${formatIssue(issue)}`);
  // Drafts count: the people met are real even when the scores are not in yet.
  const files = [...loaded.reviews, ...loaded.drafts];
  // The practice day (starting at 4 am): a note written at 1 am still counts for the evening before.
  const today = ctx.todayDate();
  const rule = thankYouRule(ctx.settings.config);

  if (options.done) return markDone(files, program!, name!, today, ctx, loaded.issues);
  if (options.draft) {
    const found = await reviewNamed(files, program!, loaded.issues, ctx);
    const { review } = found;
    if (review.people.length === 0) {
      say(`The review of ${review.program} lists no one you met. Add them with: interview-coach review "${review.program}"`);
      return;
    }
    const season = await recordedSeason(interviewsDir).catch(() => undefined);
    await noteOtherDates([found], season, today);
    const pending = review.people.filter((p) => !p.thanked);
    if (pending.length === 0) say(`Everyone ${atNamed(review.kind, review.program)} ${isPlaceKind(review.kind) ? "is thanked" : "has their follow-up note"} already; here are the drafts anyway.`);
    // The letter names the day the people met count it on: the recorded one, in the interview's own zone.
    const recorded = season && findInterview(season.interviews, review.program)?.interview;
    const metOn = recorded && (await sameInterviewDay(recorded, review.date)) ? recorded.date : review.date;
    await writeMarkdown(renderDrafts(review, pending.length ? pending : review.people, rule, ctx.settings.config.me?.name, metOn));
    say(wrapForTerminal(`When one is sent: interview-coach followups --done "${review.program}" "<name>"`));
    return;
  }

  const chosen = program ? [await reviewNamed(files, program, loaded.issues, ctx)] : files;
  const season = await recordedSeason(interviewsDir);
  // Listed for the record (the people were met), but today and the calendar leave them out.
  const withdrawn = withdrawnReviews(chosen, season?.interviews ?? []);
  for (const [{ review }, day] of withdrawn) {
    note(`${review.program} was withdrawn on ${day}: its notes are listed for your records, and today and the calendar leave them out.`);
  }
  const items = followUps(chosen, today, rule, new Set(withdrawn.keys()));
  // Interviews that passed with no review have people to thank that no review lists yet.
  if (!program && season) {
    const { unreviewedInterviews } = await import("../interviews/unreviewed.js");
    const unreadable = await unreadableReviews(dir, loaded.issues, season.interviews.map((entry) => entry.interview.program));
    const yourTimes = await startsOnYourClock(season.interviews.map((entry) => entry.interview));
    for (const line of unreviewedInterviews(season, files, today, unreadable, yourTimes)) say(line);
    await noteOtherDates(files, season, today);
  }
  if (!program) {
    // People written into a note by hand are lines, not people: nothing below is due for them.
    for (const { review, file } of files) {
      if (review.renamedPeople?.length) note(renamedLine(review, file));
      if (review.unlistedPeople?.length) note(unlistedLine(review, file));
    }
  }
  // Reviews that cannot be read are not "no reviews yet": that would hide them (as rank does).
  if (files.length === 0 && loaded.issues.length) throw new ContentError([], "No review could be read; fix the files above.");
  if (items.length === 0) {
    say(wrapForTerminal(files.length ? "Nobody to thank yet: the reviews list no one you met." : 'No reviews yet. Right after an interview, run: interview-coach review "<program>"'));
    return;
  }
  // Listing everyone, the people of a review that cannot be read are missing: the document says so, as rank's does.
  await writeMarkdown(renderFollowUps(items, today, program ? [] : filesOf(loaded.issues)));
  if (items.some((i) => i.status === "due" || i.status === "overdue")) say(wrapForTerminal('Drafts: interview-coach followups --draft "<program>"; once sent: --done "<program>" "<name>"'));
}

/**
 * `findReview`; on a miss, the recorded interviews are read too, to name one the user mistyped.
 * A miss whose own review file is among those that could not be read (`issues`) is that file:
 * ContentError (exit 65) naming it, rather than advice to write a review `review` would refuse.
 */
async function reviewNamed(files: ReviewFile[], program: string, issues: readonly ContentIssue[], ctx: CommandContext): Promise<ReviewFile> {
  const { reviews, interviews } = libraryPaths(ctx.settings.home.value);
  try {
    return findReview(files, program, issues.length);
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    const broken = (await unreadableReviews(reviews, issues, [program])).get(program);
    if (broken) throw new ContentError([], `The review of '${program}' cannot be read (${broken}, see the warning above): fix it, then run this again`);
    const season = await recordedSeason(interviews).catch(() => undefined);
    return findReview(files, program, issues.length, season?.interviews.map((entry) => entry.interview.program));
  }
}

async function markDone(files: ReviewFile[], program: string, name: string, today: Date, ctx: CommandContext, issues: readonly ContentIssue[]): Promise<void> {
  const found = await reviewNamed(files, program, issues, ctx);
  const criteria = allCriteria(ctx.settings.config.review?.criteria);
  // The note's reader and writer (YAML and the schema) load only here: the list of notes due
  // comes from the parsed-file cache without them.
  const [{ updateNote }, { parseReviewNote, renderReviewNote, rewriteProblem }, { tableEdits, tableEditsChange }] = await Promise.all([
    import("../io/locked-update.js"),
    import("../reviews/review-note.js"),
    import("../reviews/table-edits.js"),
  ]);
  let outcome: { review: Review; who: string; people: Person[]; tableKept: boolean } | undefined;
  // Under the note's lock, on the note as it is now: twelve of these at once record twelve.
  await updateNote(found.file, (current) => {
    if (current === undefined) throw new NotFoundError(`${displayPath(found.file)} was removed meanwhile; nothing recorded.`);
    const problem = rewriteProblem(current, displayPath(found.file));
    if (problem) throw new ContentError([problem], "Nothing was recorded.");
    const parsed = parseReviewNote(current, displayPath(found.file), criteria);
    if (!parsed.ok) throw new ContentError(parsed.issues);
    const review = parsed.review;
    const { person, index } = findPerson(review.people, name, review.program);
    if (person.thanked) {
      say(`${personLabel(review.people, index)} ${atNamed(review.kind, review.program)}: already recorded as sent on ${longDate(parseDay(person.thanked)!)}.`);
      return undefined;
    }
    const people = review.people.map((p, i) => (i === index ? { ...p, thanked: isoDay(today) } : p));
    // The rewrite puts the front matter's scores back in the table: what it showed is kept as a dated line.
    const edits = tableEdits(review, criteria[review.kind]);
    const changes = edits.length ? [...review.changes, tableEditsChange(edits, today)] : review.changes;
    outcome = { review, who: personLabel(people, index), people, tableKept: edits.length > 0 };
    return renderReviewNote({ ...review, people, changes }, criteria[review.kind]);
  });
  if (!outcome) return;
  const { review, who, people, tableKept } = outcome;
  const left = people.flatMap((p, i) => (p.thanked ? [] : [personLabel(people, i)]));
  say(`Recorded: ${KINDS[review.kind].note} to ${who} ${atNamed(review.kind, review.program)}, sent ${longDate(today)}.${left.length ? ` Still to ${isPlaceKind(review.kind) ? "thank" : "follow up with"} there: ${left.join(", ")}.` : ""}`);
  if (tableKept) say(`The Scores table of ${displayPath(found.file)} differed from its front matter and is rewritten from it; what it showed is kept under "Changes". To change a score: interview-coach review "${review.program}"`);
}

/**
 * A review whose date was edited by hand moves its notes' send-by day: says from which date, for
 * each, and that a date after `today` (local) is wrong. A review of the interview's own day, on
 * any clock, is none (see sameInterviewDay).
 */
async function noteOtherDates(files: readonly ReviewFile[], season: LoadedInterviews | undefined, today: Date): Promise<void> {
  for (const { review, file } of files) {
    const recorded = season && findInterview(season.interviews, review.program)?.interview;
    if (recorded && (await sameInterviewDay(recorded, review.date))) continue;
    // Dated after today (review refuses that; a hand edit can do it): no interview moved there.
    if (review.date > isoDay(today)) {
      note(`the review of ${review.program} is dated ${review.date}, after today, and its thank-you notes go by that date: correct it in ${file}`);
      continue;
    }
    if (!recorded || recorded.withdrawn) continue;
    note(`the review of ${review.program} is dated ${review.date} and the interview recorded for it ${recorded.date}; its thank-you notes go by the review's date. If the review's date is wrong, correct it in ${file}; if the interview moved: interview-coach interviews edit "${recorded.program}" --date ${review.date}`);
  }
}

/**
 * Whether a review dated `day` (YYYY-MM-DD) is of the interview's own day: its recorded date, or
 * for a timed one the day its start falls on somewhere (see daysOnSomeClock), so a review written
 * on the road, or before flying, is no moved interview. A day its start falls on nowhere is.
 */
async function sameInterviewDay(recorded: Interview, day: string): Promise<boolean> {
  if (recorded.date === day) return true;
  // No clock is more than a day off the recorded one: only then is luxon loaded to tell.
  if (!recorded.time || Math.abs(daysFrom(recorded.date, day)) !== 1) return false;
  return (await import("../interviews/start.js")).daysOnSomeClock(recorded).includes(day);
}
