// `interview-coach review <program>`: impressions right after an interview, saved as
// reviews/<slug>.md. Running it again edits that review, with the earlier answers as defaults.
import { existsSync } from "node:fs";
import type { CommandContext } from "../context.js";
import { CoachError, ContentError, ExitCode, InterruptedError, UsageError } from "../io/errors.js";
import { readFlagYamlFile } from "../io/flag-file.js";
import { readIfExists, updateNote } from "../io/locked-update.js";
import { checkRecordName } from "../io/slug.js";
import { displayPath, libraryPaths } from "../io/library.js";
import { parseReviewNote, renderReviewNote, reviewFile, rewriteProblem } from "../reviews/review-note.js";
import { allCriteria, dealBreakersOf } from "../reviews/criteria.js";
import { isPlaceKind, kindPhrase, KINDS, theNamed, type InterviewKind } from "../content/interview-kinds.js";
import { capitalised } from "../io/prose.js";
import { applyAnswers } from "../reviews/review-answers.js";
import { blankReview, finishReview, isComplete, lateWriting } from "../reviews/review-edit.js";
import { mergeReview } from "../reviews/review-merge.js";
import { describeTableEdits, tableEdits, tableEditsChange, unsettled } from "../reviews/table-edits.js";
import { renamedLine, unlistedLine } from "../reviews/followups.js";
import { normaliseReview, oneLine, type Review } from "../reviews/review.js";
import { changedAnswers, dropStoppedEdit, keepStoppedEdit, readStoppedEdit, type KeptEdit } from "../reviews/stopped-edit.js";
import { stoppedEditFile } from "../reviews/kept-edits.js";
import { loadReviews } from "../reviews/load-reviews.js";
import { closest } from "../io/suggest.js";
import { say } from "../ui/output.js";
import { note, warning, wrapForTerminal } from "../ui/wrap.js";
import { lookUpInterview, type Lookup } from "../interviews/lookup.js";
import { nearMissError, unmatchedHint } from "../interviews/find.js";
import { isoDay } from "../io/dates.js";
import { savedDayLabel } from "../io/markdown.js";
import { localZone, type Interview } from "../interviews/interview.js";
import { startHere } from "../interviews/your-clock.js";

export interface ReviewOptions {
  answers?: string;
}

/**
 * The interview recorded for the reviewed program, with its day (YYYY-MM-DD) on the user's clock:
 * `yourDay`, another day than the recorded `date` for one held in a zone far ahead or behind.
 */
type Recorded = Interview & { yourDay: string };

export async function run(programArg: string, options: ReviewOptions, ctx: CommandContext): Promise<void> {
  const program = oneLine(checkRecordName(programArg, "the program name"));
  if (!program) throw new UsageError('the program name is empty; e.g. interview-coach review "Lakeside IM"');
  const today = ctx.todayDate();
  const reviewsDir = libraryPaths(ctx.settings.home.value).reviews;
  const path = reviewFile(reviewsDir, program);
  const criteria = allCriteria(ctx.settings.config.review?.criteria);
  const criteriaOf = (kind: InterviewKind) => criteria[kind];
  const previous = readPrevious(path, criteria);
  const interviewsDir = libraryPaths(ctx.settings.home.value).interviews;
  // A new review starts from the recorded interview; an edit only checks its date against it.
  const found = await (previous ? lookUpForEdit(interviewsDir, program) : lookUpInterview(interviewsDir, program));
  // A new review with no interview recorded (others are) says its day as saved, and how to record one.
  const sayUnrecorded = ({ date, kind }: Review, from?: string) => {
    if (!previous && found.near) say(unmatchedHint(program, found.near, `the review is dated ${savedDayLabel(date, today, from)}`, kind));
  };
  // A near miss of a recorded interview is that interview mistyped: a review saved under the typo
  // would rank as a program of its own, beside the real one and without its start-time check.
  if (!previous && found.near?.length) {
    throw nearMissError(program, found.near, "no review was started", (name) => `interview-coach review "${name}"${options.answers ? ` --answers ${options.answers}` : ""}`, found.kind);
  }
  // An interview with a start time is reviewed once it has started, not on the morning of its day.
  const start = found.interview?.time ? await import("../interviews/start.js") : undefined;
  // A review is dated the interview's day on the user's clock, from which its thank-you notes and
  // checklist count: 10:00 in Tokyo on 3 December is an interview of the 2nd in Los Angeles.
  const recorded: Recorded | undefined = found.interview && {
    ...found.interview,
    yourDay: start ? startHere(found.interview, start.onYourClock(found.interview, localZone())).day : found.interview.date,
  };
  const base = previous ?? fromInterview(blankReview(program, today), recorded);
  const notYet = (day: string) => (found.interview && start?.notStartedYet(found.interview, day, ctx.now(), localZone())) || undefined;
  // Held today on the user's clock in a zone ahead, where its day is tomorrow: that day may be given too, once started.
  const aheadToday = recorded && recorded.date > isoDay(today) && recorded.yourDay === isoDay(today) ? recorded.date : undefined;
  if (previous && previous.program !== program) say(`Editing the review of '${previous.program}' (${displayPath(path)}).`);
  const edited = previous ? tableEdits(previous, criteria[previous.kind]) : [];
  if (edited.length) note(`the Scores table of ${displayPath(path)} shows ${describeTableEdits(edited)}; this review starts from the front matter's scores, which rank reads.`);
  if (previous?.renamedPeople?.length) note(renamedLine(previous, displayPath(path)));
  if (previous?.unlistedPeople?.length) note(unlistedLine(previous, displayPath(path)));
  if (recorded?.withdrawn) note(`${theNamed(recorded.kind, recorded.program)} was withdrawn on ${recorded.withdrawn}; rank leaves its review off the list.`);

  if (options.answers) {
    const yaml = readFlagYamlFile("--answers", options.answers, displayPath(options.answers));
    const result = applyAnswers(base, yaml, criteriaOf, today, { notYet, aheadToday });
    if (!result.ok) throw new ContentError(result.issues);
    // Said once the file is read: its own date, not today's, is the one the review is saved with.
    sayUnrecorded(result.review, displayPath(options.answers));
    for (const text of result.warnings) warning(text);
    const late = lateWriting(previous, result.review.date, today);
    if (late !== undefined) warnLate(late, result.review.kind);
    await save(path, finishReview(previous, result.review, today, criteriaOf), previous, criteria, today, recorded);
    // An edit stopped by Ctrl-C stays aside; the next `review` would lay it over what was just saved.
    const stopped = stoppedEditFile(path);
    if (existsSync(stopped)) note(`an edit of this review stopped by Ctrl-C is still kept in ${displayPath(stopped)}: interview-coach review "${program}" goes on with it, over what was just saved; delete that file to drop it.`);
    return;
  }

  const { requireTerminal } = await import("../ui/prompts.js");
  requireTerminal("review", "or fill it from a YAML file with --answers FILE (see `interview-coach review --help`)");
  // Today's interview, not started: its day is the form's default date, which the first question
  // would refuse, so it is refused now. (One recorded for a later day is said below instead: the
  // record may be wrong, and the day it took place can be given.)
  const early = previous || base.date > isoDay(today) ? undefined : notYet(base.date);
  if (early) throw new CoachError(`${early[0]!.toUpperCase()}${early.slice(1)}; review it once it has happened`, ExitCode.badContent);
  // A program recorded by that very name is no slip for another one reviewed before it.
  const near = previous || found.interview ? [] : closest(program, await knownPrograms(reviewsDir));
  if (near.length) say(wrapForTerminal(`No review of '${program}' yet (did you mean ${near.map((n) => `'${n}'`).join(" or ")}?); starting a new one.`));
  // An edit of a finished review stopped earlier goes on from what it had changed.
  const kept = previous && readStoppedEdit(path, previous);
  if (kept) say(wrapForTerminal(`Going on with the edit kept in ${displayPath(kept.file)}: its answers are the defaults (delete that file to edit the review as saved).`));
  const from = kept ? kept.review : base;
  // Ctrl-C leaves a finished review as it is (see stopped-edit.ts); a new review or a draft is saved as a draft.
  const finished = previous && !previous.draft ? previous : undefined;
  const onCtrlC = finished ? `leaves the review as it is and keeps what you have typed in ${displayPath(stoppedEditFile(path))}` : "saves what you have typed as a draft";
  say(wrapForTerminal(`Review of ${base.program}${previous ? " (editing; Enter keeps an earlier answer)" : ""}. Ctrl-C ${onCtrlC}.`));
  // The form's first question is the date, and the recorded day would be refused there: said
  // before it, with the way out, as the form offers it (on the user's clock; a zone may move it).
  if (!previous && recorded && recorded.yourDay > isoDay(today)) {
    const day = recorded.yourDay === recorded.date ? recorded.date : `${recorded.yourDay} on your clock (${recorded.date} in ${recorded.tz})`;
    say(wrapForTerminal(`The ${KINDS[recorded.kind].noun} is recorded for ${day}, after today: give the day it took place, or press Ctrl-C and review it once it has happened.`));
  }

  const [{ reviewForm }, { trapInterrupts, isInterrupt }] = await Promise.all([import("../ui/review-form.js"), import("../ui/interrupt.js")]);
  const interruption = trapInterrupts();
  const answered: Partial<Review> = {};
  try {
    await reviewForm(
      {
        base: from,
        today,
        notYet,
        aheadToday,
        criteriaOf,
        dealBreakersOf,
        signal: interruption.signal,
        goingOnWithEdit: kept !== undefined,
        onDate: (date) => {
          const late = lateWriting(previous, date, today);
          if (late !== undefined) warnLate(late, from.kind);
        },
      },
      answered,
    );
  } catch (error) {
    if (!isInterrupt(error) && !interruption.signal.aborted) throw error;
    if (Object.keys(answered).length === 0) {
      const still = kept ? `, and the edit kept in ${displayPath(kept.file)} is still there` : "";
      throw new InterruptedError(`Interrupted: nothing was entered, so nothing was saved${previous ? `; ${displayPath(path)} is as it was${still}` : ""}.`);
    }
    if (finished) throw await keepAside(path, finished, merge(from, answered), kept);
    // A review stopped part-way is a draft even when every score was given: the user may not
    // have said all they meant to (rank leaves drafts out).
    const draft = finishReview(previous, merge(from, answered), today, criteriaOf);
    sayUnrecorded(draft);
    await writeNote(path, draft, previous, criteria, today, recorded, { draft: true });
    if (kept) await dropStoppedEdit(kept);
    throw new InterruptedError(`Interrupted: what you entered is saved in ${displayPath(path)} as a draft. Run \`interview-coach review "${base.program}"\` to finish it.`);
  } finally {
    interruption.dispose();
  }
  const review = finishReview(previous, merge(from, answered), today, criteriaOf);
  sayUnrecorded(review);
  await save(path, review, previous, criteria, today, recorded);
  if (kept) await dropStoppedEdit(kept);
}

/**
 * An edit of the finished review at `path` stopped part-way: the review is left as it is, and
 * what the edit changed is kept beside it (see stopped-edit.ts). The error to end with says where.
 */
async function keepAside(path: string, previous: Review, edited: Review, kept: KeptEdit | undefined): Promise<InterruptedError> {
  const review = displayPath(path);
  const answers = changedAnswers(previous, normaliseReview(edited));
  if (!answers) {
    // Taken back to the review as saved: an edit kept from before would no longer be what was meant.
    if (kept) await dropStoppedEdit(kept);
    return new InterruptedError(`Interrupted: the edit changed nothing; ${review} is as it was.`);
  }
  const file = await keepStoppedEdit(path, answers, previous.program, kept?.text);
  const where = `Interrupted: ${review} is unchanged; what you typed in this edit is kept in ${displayPath(file)}.`;
  if (file === stoppedEditFile(path)) return new InterruptedError(`${where} Run \`interview-coach review "${previous.program}"\` to go on with it, or delete that file to drop it.`);
  // Another edit was kept there meanwhile: this one is in a file of its own, applied by name.
  return new InterruptedError(
    `${where} Another stopped edit is in ${displayPath(stoppedEditFile(path))}. Apply this one with \`interview-coach review "${previous.program}" --answers ${displayPath(file)}\`, or delete it to drop it.`,
  );
}

/**
 * A new review takes the recorded interview's day (on the user's clock), kind and specialty as its
 * defaults, and its name as recorded: "gamma im" typed for "Gamma IM" would otherwise be the name
 * that rank lists and the thank-you notes are written with.
 */
function fromInterview(blank: Review, recorded: Recorded | undefined): Review {
  return recorded ? { ...blank, program: recorded.program, date: recorded.yourDay, kind: recorded.kind, specialty: recorded.specialty } : blank;
}

/**
 * The recorded interview, for an edit: there it serves only the date check, so a broken
 * interview file (exit 65 for a new review, whose defaults it gives) must not stop the edit.
 */
async function lookUpForEdit(interviewsDir: string, program: string): Promise<Lookup> {
  try {
    return await lookUpInterview(interviewsDir, program, "");
  } catch (error) {
    if (error instanceof ContentError) return {};
    throw error;
  }
}

/** Answers given so far over the earlier review; scores per criterion, so a half-done edit keeps the rest. */
function merge(base: Review, answered: Partial<Review>): Review {
  const kind = answered.kind ?? base.kind;
  const scores = { ...(kind === base.kind ? base.scores : {}), ...answered.scores };
  return { ...base, ...answered, kind, scores };
}

function readPrevious(path: string, criteria: ReturnType<typeof allCriteria>): Review | undefined {
  const text = readIfExists(path);
  return text === undefined ? undefined : parseOrRefuse(text, path, criteria);
}

/** Rewriting a file we cannot read would throw away whatever the user put in it: exit 65. */
function parseOrRefuse(text: string, path: string, criteria: ReturnType<typeof allCriteria>): Review {
  const problem = rewriteProblem(text, displayPath(path));
  if (problem) throw new ContentError([problem], "Nothing was saved.");
  const result = parseReviewNote(text, displayPath(path), criteria);
  if (!result.ok) throw new ContentError(result.issues, "Fix the review (or move it away) and run review again.");
  return result.review;
}

async function knownPrograms(dir: string): Promise<string[]> {
  const { reviews, drafts } = await loadReviews(dir);
  return [...reviews, ...drafts].map((r) => r.review.program);
}

function warnLate(days: number, kind: InterviewKind): void {
  say(
    wrapForTerminal(
      `This ${KINDS[kind].noun} was ${days} days ago: impressions fade and bias creeps in within days. Write what you remember, and say where you are unsure; the review records that it was written ${days} days after.`,
    ),
  );
}

/**
 * Writes this edit merged into the note as it is now, under the note's lock: another `review`
 * or a `followups --done` saved since the form opened keeps what it changed. A review is a draft
 * while it lacks what rank needs, or when `draft` says so.
 */
async function writeNote(
  path: string,
  mine: Review,
  previous: Review | undefined,
  criteria: ReturnType<typeof allCriteria>,
  today: Date,
  recorded?: Recorded,
  { draft }: { draft?: true } = {},
) {
  let merged = { review: mine, conflicts: [] as string[] };
  let replaced: ReturnType<typeof tableEdits> = [];
  await updateNote(path, (current) => {
    const theirs = current === undefined ? undefined : parseOrRefuse(current, path, criteria);
    merged = mergeReview(previous, theirs, mine, today);
    merged.review.draft = draft ?? !isComplete(merged.review, (kind) => criteria[kind]);
    // Scores changed by hand in the table that this save does not give as well: kept as a dated line.
    replaced = theirs ? unsettled(tableEdits(theirs, criteria[theirs.kind]), merged.review) : [];
    const changes = replaced.length ? [...merged.review.changes, tableEditsChange(replaced, today)] : merged.review.changes;
    return renderReviewNote({ ...merged.review, changes }, criteria[merged.review.kind]);
  });
  if (replaced.length) say(`The Scores table is rewritten from the front matter; what it showed is kept under "Changes".`);
  if (merged.conflicts.length) {
    say(`Another edit of this review was saved while this one was open; both are kept. Both changed: ${merged.conflicts.join("; ")} (this edit's value is in the review, the other's under "Changes").`);
  } else if (merged.review !== mine) {
    say("Another edit of this review was saved while this one was open; its changes are kept.");
  }
  // Saved as given (the user may know better than the record), but said, since the review's date
  // sets its thank-you deadline and the record's sets today, the calendar and the interviews list.
  if (recorded && merged.review.date !== recorded.date && merged.review.date !== recorded.yourDay) {
    note(`this review is dated ${merged.review.date} but the interview recorded for '${recorded.program}' is on ${recorded.date}; if the review is right, correct the record: interview-coach interviews edit "${recorded.program}" --date ${merged.review.date}`);
  }
  // The kind decides the criteria and which rank-order list the program is on, if any.
  if (recorded && merged.review.kind !== recorded.kind) {
    const { kind } = merged.review;
    note(`this review is of a ${kindPhrase(kind)} but the one recorded for '${recorded.program}' is a ${kindPhrase(recorded.kind)}; ${isPlaceKind(kind) ? `rank lists it with the ${kind} reviews` : "rank leaves it out"}. If the review is right, correct the record: interview-coach interviews edit "${recorded.program}" --kind ${kind}`);
  }
  return { ...merged, replaced };
}

async function save(path: string, mine: Review, previous: Review | undefined, criteria: ReturnType<typeof allCriteria>, today: Date, recorded?: Recorded): Promise<void> {
  const { review, replaced } = await writeNote(path, mine, previous, criteria, today, recorded);
  // This edit's own line: the note may also have gained one for a concurrent edit or the table.
  const change = mine.changes.length > (previous?.changes.length ?? 0) ? mine.changes.at(-1) : undefined;
  // A name corrected under "People met" is written into the front matter even when no answer changed.
  if (previous && !previous.draft && !change && !replaced.length && !previous.renamedPeople?.length) say(`Nothing changed in ${displayPath(path)}.`);
  else say(`${previous ? "Updated" : "Saved"} ${displayPath(path)}${review.draft ? " (draft: some scores are missing)" : ""}.`);
  if (change) say(`Changed: ${change}`);
  if (review.people.some((p) => !p.thanked)) say(`${capitalised(KINDS[review.kind].note)}s: interview-coach followups --draft "${review.program}"`);
  if (isPlaceKind(review.kind)) say("The list so far: interview-coach rank");
}
