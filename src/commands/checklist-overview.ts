// `interview-coach checklist` with no name: every checklist started, one row each, with its
// progress and what is overdue, on the day its program's recorded interview is now.
import { existsSync } from "node:fs";
import type { CommandContext } from "../context.js";
import { formatIssue, UsageError } from "../io/errors.js";
import { renderOverview } from "../checklists/overview.js";
import { dayProgress, forFormat, withHandTicks, type ProgressState } from "../checklists/progress.js";
import type { Checklist } from "../content/types.js";
import { loadProgressNotes } from "../checklists/progress-note.js";
import { withRecordedTicks } from "../checklists/season-ticks.js";
import { recordedDone } from "../interviews/unreviewed.js";
import { isoLocal } from "../io/dates.js";
import { libraryPaths } from "../io/library.js";
import { say, writeMarkdown } from "../ui/output.js";
import { amongPrograms, checklistDay, findInterview } from "../interviews/find.js";
import type { InterviewEntry } from "../interviews/interview-file.js";
import { note } from "../ui/wrap.js";
import { startedInterviews, startsOnYourClock } from "./season-files.js";

/** The options of `checklist` that need a checklist's name: given without one, they are refused. */
type NamedOnly = Partial<Record<"program" | "date" | "output", string> & Record<"print" | "reset", boolean>>;

export async function printOverview(options: NamedOnly, ctx: CommandContext): Promise<void> {
  const stray = (["program", "date", "print", "reset", "output"] as const).find((key) => options[key] !== undefined);
  if (stray) throw new UsageError(`--${stray} needs a checklist name, e.g. interview-coach checklist second-interview --${stray}${stray === "print" || stray === "reset" ? "" : " …"}`);
  const catalog = await ctx.catalog();
  const { checklists: dir, interviews: interviewsDir, reviews: reviewsDir } = libraryPaths(ctx.settings.home.value);
  const interviews = await seasonInterviews(interviewsDir);
  const reviews = existsSync(reviewsDir) ? (await (await import("../reviews/load-reviews.js")).loadReviews(reviewsDir)).reviews : [];
  // One broken note must not hide the others.
  const notes = await loadProgressNotes(dir);
  for (const issue of notes.issues) say(`warning: skipped ${formatIssue(issue)}`);
  const now = isoLocal(ctx.now());
  const states: ProgressState[] = [];
  const yourTimes = await startsOnYourClock(interviews.map((entry) => entry.interview));
  for (const { state } of notes.notes) {
    // A program withdrawn from has nothing left to prepare, as today and the calendar agree.
    const recorded = findInterview(interviews, state.program)?.interview;
    if (recorded?.withdrawn) {
      note(`left out the ${state.checklist} checklist of ${recorded.program}: its interview was withdrawn on ${recorded.withdrawn}.`);
      continue;
    }
    const checklist = catalog.checklists.get(state.checklist);
    // What the program's review shows done counts as done here too (see withRecordedTicks).
    const ticked = checklist ? withRecordedTicks(checklist, withHandTicks(checklist, state, now), recordedDone(state.program, reviews), now) : state;
    states.push({ ...ticked, date: checklistDay(interviews, state.program, state.date, yourTimes) });
  }
  // Each row counts the items of its own interview's format (see forFormat).
  const forInterview = (state: ProgressState, checklist: Checklist) => forFormat(checklist, findInterview(interviews, state.program)?.interview.format);
  // Once an interview has begun, its preparation is no longer overdue, as today counts it.
  const begun = await startedInterviews(interviews.map((entry) => entry.interview), ctx);
  const progressOf = (state: ProgressState) => dayProgress(amongPrograms(begun, state.program), recordedDone(state.program, reviews).written);
  await writeMarkdown(renderOverview([...catalog.checklists.values()], states, ctx.today(), forInterview, progressOf));
  // Notes that cannot be read are not "none started": that would send the user to start one again.
  if (!notes.notes.length && notes.issues.length) say("No checklist note could be read: fix the files above, or move them away.");
  else if (!notes.notes.length) say("No checklist started yet: interview-coach checklist <name> --program NAME --date YYYY-MM-DD");
}

/** Every interview recorded, withdrawn ones too (none without the folder). */
async function seasonInterviews(interviewsDir: string): Promise<InterviewEntry[]> {
  if (!existsSync(interviewsDir)) return [];
  const { loadInterviews } = await import("../interviews/interview-file.js");
  return (await loadInterviews(interviewsDir)).interviews;
}
