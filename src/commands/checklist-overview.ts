// `interview-coach checklist` with no name: the checklist of every interview of the season, one row
// each (opened or not), with its progress and what is overdue, on the day its interview is now.
import type { CommandContext } from "../context.js";
import { filesOf, UsageError } from "../io/errors.js";
import { notOnThisList } from "../io/markdown.js";
import { renderOverview } from "../checklists/overview.js";
import { dayProgress, type ChecklistProgress, type ProgressState } from "../checklists/progress.js";
import { recordedDone } from "../interviews/unreviewed.js";
import { kindPreparedBy } from "../interviews/interview.js";
import { DEFAULT_KIND, KINDS } from "../content/interview-kinds.js";
import { say, writeMarkdown } from "../ui/output.js";
import { amongPrograms, checklistDay, findInterview } from "../interviews/find.js";
import { note, wrapForTerminal as wrap } from "../ui/wrap.js";
import { readSeasonFiles, startedInterviews } from "./season-files.js";

/** The options of `checklist` that need a checklist's name: given without one, they are refused. */
type NamedOnly = Partial<Record<"program" | "date" | "output", string> & Record<"print" | "reset", boolean>>;

export async function printOverview(options: NamedOnly, ctx: CommandContext): Promise<void> {
  const stray = (["program", "date", "print", "reset", "output"] as const).find((key) => options[key] !== undefined);
  if (stray) throw new UsageError(`--${stray} needs a checklist name, e.g. interview-coach checklist second-interview --${stray}${stray === "print" || stray === "reset" ? "" : " …"}`);
  const catalog = await ctx.catalog();
  // The season as today and the calendar read it (broken files warned about there), so that an
  // interview recorded but whose checklist was never opened has its row here too, with the items
  // today already lists as due; kept once they are all past, as a note opened is, since this
  // lists every interview and its thank-you item may still be open.
  const season = await readSeasonFiles(ctx, { everyInterview: true });
  const interviews = season.interviews.interviews;
  const begun = await startedInterviews(interviews.map((entry) => entry.interview), ctx);
  const rows: ChecklistProgress[] = [];
  for (const { state, checklist, unopened } of season.progress) {
    // A program withdrawn from has nothing left to prepare, as today and the calendar agree.
    const recorded = findInterview(interviews, state.program)?.interview;
    if (recorded?.withdrawn) {
      if (!unopened) note(`left out the ${state.checklist} checklist of ${recorded.program}: its ${KINDS[recorded.kind].noun} was withdrawn on ${recorded.withdrawn}.`);
      continue;
    }
    rows.push({ state: { ...state, date: checklistDay(interviews, state.program, state.date, season.yourTimes) }, checklist, ...(unopened ? { unopened } : {}) });
  }
  // Once an interview has begun, its preparation is no longer overdue, as today counts it.
  const progressOf = (state: ProgressState) => dayProgress(amongPrograms(begun, state.program), recordedDone(state.program, season.reviews.reviews).written);
  // An unrecorded program is what its checklist prepares for (networking-event: an event).
  const kindOf = (state: ProgressState) => findInterview(interviews, state.program)?.interview.kind ?? kindPreparedBy(state.checklist) ?? DEFAULT_KIND;
  // What cannot be read is said in the document itself, as today and rank say it: an overview
  // saved or piped does not pass for the whole season.
  const brokenInterviews = filesOf(season.interviews.issues);
  const brokenNotes = [...new Set(season.unreadableChecklists.values())];
  const missing = [
    ...(brokenInterviews.length ? [notOnThisList(brokenInterviews, "interview note", "run checklist again")] : []),
    ...(brokenNotes.length ? [notOnThisList(brokenNotes, "checklist note", "run checklist again")] : []),
  ];
  await writeMarkdown(renderOverview([...catalog.checklists.values()], rows, ctx.today(), progressOf, kindOf, missing));
  // Notes that cannot be read are not "none started": that would send the user to start one again.
  if (!rows.length && season.unreadableChecklists.size) say(wrap("No checklist note could be read: fix the files above, or move them away."));
  else if (!rows.length) say(wrap("No checklist started yet: interview-coach checklist <name> --program NAME --date YYYY-MM-DD"));
}
