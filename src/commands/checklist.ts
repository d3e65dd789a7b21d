// `interview-coach checklist [name]`: work through a checklist for one interview, saving after
// every section; `--print` writes it as Markdown instead; without a name, the overview.
// `--print` is on the fast path: prompts, yaml and zod are imported only when used.
import { existsSync } from "node:fs";
import type { CommandContext } from "../context.js";
import type { Checklist } from "../content/types.js";
import { ContentError, InterruptedError, UsageError } from "../io/errors.js";
import { findChecklist } from "../content/find.js";
import { KINDS, nounForChecklist, theNamed } from "../content/interview-kinds.js";
import { listOf } from "../io/prose.js";
import { dayProgress, DEFAULT_PROGRAM, forFormat, freshProgress, inPhaseOrder, mergeProgress, withHandTicks, type DayProgress, type ProgressState } from "../checklists/progress.js";
import { dayFlag, isoLocal } from "../io/dates.js";
import { appendToFile } from "../io/files.js";
import { libraryPaths, refuseLibraryOutput } from "../io/library.js";
import { checkRecordName } from "../io/slug.js";
import { readProgressNote, renderProgressDocument, type DayLabel } from "../checklists/progress-note.js";
import { withRecordedTicks, type RecordedDone } from "../checklists/season-ticks.js";
import { say, stdoutIsTerminal, writeMarkdown } from "../ui/output.js";
import { thankYouRule, withThankYouRule } from "../reviews/thank-you-rule.js";
import { checklistForProgram, recordedInterview, refuseNearMiss } from "./checklist-program.js";
import { note, wrapForTerminal as wrap } from "../ui/wrap.js";

export interface ChecklistOptions {
  program?: string;
  date?: string;
  print?: boolean;
  reset?: boolean;
  yes?: boolean;
  output?: string;
}

export async function run(name: string | undefined, options: ChecklistOptions, ctx: CommandContext): Promise<void> {
  if (name === undefined && options.program === undefined) return (await import("./checklist-overview.js")).printOverview(options, ctx);
  const program = programFlag(options.program);
  // `--program P` alone: the checklist that fits P's recorded interview, as practice picks a deck.
  name ??= await checklistForProgram(program, ctx);
  if (options.output !== undefined && options.output !== "-") refuseLibraryOutput(options.output, ctx.settings.home.value);
  const given = options.date === undefined ? undefined : dayFlag("--date", options.date);
  // The name first: a mistyped one is the only thing to say, before any note about the program.
  const named = withThankYouRule(findChecklist(await ctx.catalog(), name), thankYouRule(ctx.settings.config));
  const found = await recordedInterview(program, ctx, named.id);
  const format = found.interview?.format;
  // What its day is called: "Networking event 2026-12-09" for an event, recorded or by its checklist.
  const noun = found.interview ? KINDS[found.interview.kind].noun : nounForChecklist(named.id);
  const checklist = forFormat(named, format);
  const left = named.sections.filter((s) => !checklist.sections.includes(s)).map((s) => `'${s.title}'`);
  // Notes below name the one recorded; an event as "the networking event X", never "with" it.
  const called = found.interview && theNamed(found.interview.kind, found.interview.program);
  if (left.length) note(`left out ${listOf(left)}: ${called} is recorded as ${format}.`);
  // With no format recorded every section stays, the trip and the video set-up alike: say why, and how to keep only one.
  if (found.interview && !format && named.sections.some((s) => s.formats)) note(`no format is recorded for ${called}, so sections for every format are listed; to keep only yours: interview-coach interviews edit "${found.interview.program}" --format in-person|virtual|phone`);
  if (found.interview?.withdrawn) note(`${called} was withdrawn on ${found.interview.withdrawn}; today and the overview leave this checklist out.`);
  const recorded = found.interview?.date;
  // Items fall due by the interview's day on the user's clock (a timed one in another zone may differ).
  const season = found.interview?.time ? await import("./season-files.js") : undefined;
  const clock = season && (await season.startOnYourClock(found.interview!));
  const date = given ?? clock?.day ?? recorded;
  // A timed interview is named by its start, as interviews shows it, while the due days go by its day.
  const day: DayLabel = { noun, start: clock && date === clock.day ? clock.when : undefined };
  // The record is where the interview's day is kept: today, calendar and the overview follow it.
  if (given && recorded && given !== recorded) {
    note(`the ${noun} recorded for '${program}' is on ${recorded}; today, calendar and the checklist overview go by that day. If it moved: interview-coach interviews edit "${program}" --date ${given}`);
  }
  const today = ctx.today();
  const dir = libraryPaths(ctx.settings.home.value).checklists;
  if (found.near?.length && !options.print) await refuseNearMiss(checklist.id, program, found.near, dir, found.kind);
  if (found.hint && given === undefined) say(wrap(found.hint));
  const now = isoLocal(ctx.now());
  const reviewed = await doneInReview(program, ctx);
  // Begun on the user's today, its preparation has lapsed; reviewed, the day's own items too (as today counts it).
  const started = season !== undefined && (await season.startedInterviews([found.interview!], ctx)).size > 0;
  const progress = dayProgress(started, reviewed.written);
  if (options.print && !options.reset && !existsSync(dir)) {
    // No checklists/ folder: no progress saved for any program, so none to find or read.
    const state = withRecordedTicks(checklist, { ...freshProgress(checklist.id, program), ...(date ? { date } : {}) }, reviewed, now);
    return writeChecklistDocument(renderProgressDocument(checklist, state, today, progress, day), options.output, true);
  }
  const { progressFile } = await import("../checklists/progress-file.js");
  const file = progressFile(dir, checklist.id, program);

  let saved: ProgressState | undefined;
  let broken: ContentError | undefined;
  try {
    const read = await readProgressNote(file, file, checklist.id);
    saved = read && withHandTicks(checklist, read, now);
  } catch (error) {
    // A note edited into something invalid stops everything (exit 65), except starting over.
    if (!(options.reset && error instanceof ContentError)) throw error;
    broken = error;
  }
  // A --date given now replaces the saved one; without it, the saved date stands.
  let state: ProgressState = withRecordedTicks(checklist, { ...(saved ?? freshProgress(checklist.id, program)), ...(date ? { date } : {}) }, reviewed, now);

  if (!options.print) {
    const { requireTerminal } = await import("../ui/prompts.js");
    requireTerminal("checklist", options.reset ? "to start over without one, add --yes --print (clears the ticks, then writes the checklist as Markdown)" : "use --print to write the checklist as Markdown instead");
  }
  if (options.reset && (await confirmReset(checklist, state, broken, file, options))) {
    const cleared = state.done.length;
    state = freshProgress(checklist.id, saved?.program ?? program, state.date);
    const [{ updateNote }, { renderProgressNote }, { keepHandLines }] = await Promise.all([
      import("../io/locked-update.js"),
      import("../checklists/note-schema.js"),
      import("../checklists/progress-hand-lines.js"),
    ]);
    const fresh = state;
    // Starting over clears the ticks, not what the user wrote into the note.
    await updateNote(file, (current) => renderProgressNote(fresh, keepHandLines(inPhaseOrder(checklist), current, saved, fresh, renderProgressDocument(checklist, fresh, today, progress, day))));
    say(wrap(`Started over: cleared ${cleared} tick${cleared === 1 ? "" : "s"} in ${file}.`));
  }

  if (options.print) {
    // Printing never changes the library: a --date here only computes the due days.
    await writeChecklistDocument(renderProgressDocument(checklist, state, today, progress, day), options.output, true);
    return;
  }
  const { tickInTerminal } = await import("./checklist-terminal.js");
  const toThank = reviewed.unthanked;
  await tickInTerminal({ checklist, start: state, saved, file, reset: options.reset === true, ctx, progress, day, toThank }, (end, dim) => endRun(inPhaseOrder(checklist), end, options, dim, ctx.today(), progress, day));
}

/**
 * What the program's review shows done (see withRecordedTicks). The reviews are read only when
 * there are some, so that `--print` of a checklist for no program reads neither yaml nor zod.
 */
async function doneInReview(program: string, ctx: CommandContext): Promise<RecordedDone & { written: boolean; unthanked: string[] }> {
  const dir = libraryPaths(ctx.settings.home.value).reviews;
  if (program === DEFAULT_PROGRAM || !existsSync(dir)) return { reviewed: false, everyoneThanked: false, written: false, unthanked: [] };
  const [{ loadReviews }, { recordedDone }] = await Promise.all([import("../reviews/load-reviews.js"), import("../interviews/unreviewed.js")]);
  return recordedDone(program, (await loadReviews(dir)).reviews);
}

function programFlag(text: string | undefined): string {
  if (text === undefined) return DEFAULT_PROGRAM;
  const name = checkRecordName(text, "--program").replace(/\s+/g, " ").trim();
  if (!name) throw new UsageError('--program needs a name, e.g. --program "Lakeside Health"');
  return name;
}

/** --output FILE appends, --output - (or --print, or a redirected stdout) writes to stdout. */
async function writeChecklistDocument(document: string, output: string | undefined, toStdout: boolean): Promise<void> {
  if (output !== undefined && output !== "-") {
    appendToFile(output, document);
    say(wrap(`Appended the checklist to ${output}.`));
  } else if (output === "-" || toStdout) {
    await writeMarkdown(document);
  }
}

async function confirmReset(checklist: Checklist, state: ProgressState, broken: ContentError | undefined, file: string, options: ChecklistOptions): Promise<boolean> {
  if (!broken && state.done.length === 0) {
    say(wrap(`Nothing to reset: no ticks saved yet for ${checklist.id} (${state.program}).`));
    return false;
  }
  if (options.yes) return true;
  if (!process.stdin.isTTY) throw new UsageError("--reset asks before it clears your ticks and needs a terminal for that; add --yes to start over without asking");
  const [{ ask }, { trapInterrupts, isInterrupt }] = await Promise.all([import("../ui/prompts.js"), import("../ui/interrupt.js")]);
  const what = broken
    ? `The saved note cannot be read (${broken.issues[0]?.message ?? "invalid"}). Replace it and start over?`
    : `Start ${checklist.id} over for ${state.program}? This clears ${state.done.length} tick${state.done.length === 1 ? "" : "s"}.`;
  // Trapped like every other prompt, so a closed terminal or Ctrl-C here ends cleanly with 130.
  const trap = trapInterrupts();
  let yes: boolean;
  try {
    yes = await ask.confirm({ message: what, default: false }, { signal: trap.signal });
  } catch (error) {
    if (isInterrupt(error)) throw new InterruptedError(`Interrupted: nothing was reset; the saved progress in ${file} is as it was.`);
    throw error;
  } finally {
    trap.dispose();
  }
  if (!yes) say(wrap("Kept your progress."));
  if (!yes && broken) throw broken;
  return yes;
}

/** The end of a run, finished or interrupted: removed items, and the document if one was asked for. */
async function endRun(checklist: Checklist, state: ProgressState, options: ChecklistOptions, dim: (text: string) => string, today: string, progress: DayProgress, day: DayLabel): Promise<void> {
  const { removed } = mergeProgress(checklist, state);
  if (removed.length) say(dim(wrap(`${removed.length} ticked item${removed.length === 1 ? " is" : "s are"} no longer in the checklist; the note keeps them under "No longer in the checklist".`)));
  await writeChecklistDocument(renderProgressDocument(checklist, state, today, progress, day), options.output, !stdoutIsTerminal());
}
