// The checklist in a terminal: one checkbox prompt per section, the note saved after each, and
// the ticks on screen saved too when the run is stopped. Loaded only for an interactive run.
import type { CommandContext } from "../context.js";
import type { Checklist, Loaded } from "../content/types.js";
import { InterruptedError } from "../io/errors.js";
import { capitalised, listOf } from "../io/prose.js";
import { dueDayOf, isOverdue, relativeDay } from "../checklists/due.js";
import { applySection, DEFAULT_PROGRAM, inPhaseOrder, lapsedItems, mergeProgress, mergeTicks, nextItem, summarize, summaryLine, withHandTicks, type DayProgress, type ProgressState } from "../checklists/progress.js";
import { isoLocal } from "../io/dates.js";
import { readProgressNote, renderProgressDocument, type DayLabel } from "../checklists/progress-note.js";
import { isThankYouItem } from "../reviews/thank-you-rule.js";
import { say } from "../ui/output.js";
import { wrapForTerminal as wrap, wrapHanging } from "../ui/wrap.js";

/** What the interactive run works on: the checklist, its progress as read, and where it is saved. */
export interface TickRun {
  checklist: Loaded<Checklist>;
  /** The progress to start from (ticks, date), with those the records show done. */
  start: ProgressState;
  /** The note as last saved, if there is one. */
  saved: ProgressState | undefined;
  file: string;
  /** The run was asked to start over (--reset): carrying on is the same command without it. */
  reset: boolean;
  ctx: CommandContext;
  progress: DayProgress;
  day: DayLabel;
  /** People the program's review names who are not thanked yet (see toThankNote). */
  toThank: readonly string[];
}

/**
 * The interactive run: one checkbox prompt per section, the note saved after each. `endRun` is
 * called at the end, finished or interrupted, with the progress then and a dimming for notes.
 */
export async function tickInTerminal({ checklist, start, saved, file, reset, ctx, progress, day, toThank }: TickRun, endRun: (state: ProgressState, dim: (text: string) => string) => Promise<void>): Promise<void> {
  const [{ askSection }, { trapInterrupts, isInterrupt }, { paint }, { updateNote }, { renderProgressNote }, { keepHandLines }] = await Promise.all([
    import("../ui/checklist-prompt.js"),
    import("../ui/interrupt.js"),
    import("../ui/color.js"),
    import("../io/locked-update.js"),
    import("../checklists/note-schema.js"),
    import("../checklists/progress-hand-lines.js"),
  ]);
  const ordered = inPhaseOrder(checklist);
  const today = () => ctx.today();
  let state = mergeProgress(ordered, start).state;
  // What this run last read or wrote: ticks saved since by another terminal are merged, not overwritten.
  let base = saved;
  const save = async () => {
    await updateNote(file, async (current) => {
      const read = current === undefined ? undefined : await readProgressNote(file, file, checklist.id);
      const theirs = read && withHandTicks(checklist, read, isoLocal(ctx.now()));
      state = mergeProgress(ordered, mergeTicks(base, theirs, state)).state;
      return renderProgressNote(state, keepHandLines(ordered, current, theirs, state, renderProgressDocument(ordered, state, today(), progress, day)));
    });
    base = state;
  };
  const tally = () => {
    const { ticked } = mergeProgress(ordered, state);
    return { ticked, line: summaryLine(summarize(ordered, ticked, state.date, today(), progress)) };
  };
  // Resuming starts from a file on disk even before the first section is done; a new date is kept.
  if (!saved || saved.date !== state.date) await save();

  const heading = state.program === DEFAULT_PROGRAM ? checklist.title : `${checklist.title} · ${state.program}`;
  say(paint.bold(wrap(heading)));
  if (checklist.description) say(wrap(checklist.description));
  const when = state.date && (day.start ? `${day.start}, ${relativeDay(state.date, today())}` : `${state.date} (${relativeDay(state.date, today())})`);
  say(wrap(when ? `${capitalised(day.noun)} ${when} · ${tally().line}` : `${tally().line} · no ${day.noun} date: add --date YYYY-MM-DD for due dates`));
  say(paint.dim(wrap(`Space ticks, Enter saves the section, q saves it and stops (as Ctrl-C does); progress is kept in ${file}`)));
  say();

  // Preparing for a day that has begun or is over can no longer be done: a section whose items
  // have all lapsed is not opened, so that a run after the interview starts at what is left (the
  // thank-you notes, the review). An item done but never ticked can still be ticked in the note.
  // A section with items, every one of them among `ids`.
  const allAmong = (ids: ReadonlySet<string>) => (section: (typeof ordered.sections)[number]) => section.items.length > 0 && section.items.every((item) => ids.has(item.id));
  const skipped = new Set(ordered.sections.filter(allAmong(lapsedItems(ordered, state.date, today(), progress))));
  if (skipped.size) {
    const titles = listOf([...skipped].map((section) => `"${section.title}"`));
    const why = state.date! < today() || progress === "over" ? "is over" : "has begun";
    say(paint.dim(wrap(`Skipped, as the ${day.noun} ${why}: ${titles}. Did one of ${skipped.size === 1 ? "its" : "their"} items? Tick it in the note ("- [x]").`)));
    say();
  }
  // A run carries on where the last stopped: a section already all done is not opened again
  // (Enter through it would change nothing), and a tick there can still be taken back in the note.
  const allTicked = allAmong(tally().ticked);
  const done = ordered.sections.filter((section) => !skipped.has(section) && allTicked(section));
  if (done.length) {
    for (const section of done) skipped.add(section);
    say(paint.dim(wrap(`All done, not opened again: ${listOf(done.map((section) => `"${section.title}"`))}. To take a tick back, untick it in the note ("- [ ]").`)));
    say();
  }
  const trap = trapInterrupts();
  let current = ordered.sections.find((section) => !skipped.has(section))?.title ?? "";
  /** The open section's ticks as they are on screen, once changed: an interruption saves them too. */
  let onScreen: { section: (typeof ordered.sections)[number]; ticked: string[] } | undefined;
  try {
    for (const [index, section] of ordered.sections.entries()) {
      if (skipped.has(section)) continue;
      current = section.title;
      onScreen = undefined;
      const { ticked } = mergeProgress(ordered, state);
      const lapsed = lapsedItems(ordered, state.date, today(), progress);
      const items = section.items.map((item) => {
        const due = dueDayOf(item, state.date);
        const done = ticked.has(item.id);
        return { id: item.id, text: item.text, why: item.why, due, dueDays: item.dueDays, done, overdue: !lapsed.has(item.id) && isOverdue(due, today(), done) };
      });
      let stop = false;
      const chosen = await askSection({ title: section.title, position: `${index + 1}/${ordered.sections.length}`, items }, trap.signal, (ticked) => (onScreen = { section, ticked }), () => (stop = true));
      onScreen = undefined;
      state = applySection(state, section, chosen, isoLocal(ctx.now()));
      await save();
      say(paint.dim(`  ${wrapHanging(`saved · ${tally().line}${stop ? "; stopped here: run the same command to carry on" : ""}`, 2)}`));
      const thanks = section.items.find((item) => isThankYouItem(item) && chosen.includes(item.id) && !ticked.has(item.id));
      if (thanks && toThank.length) say(paint.dim(`  ${wrapHanging(toThankNote(state.program, toThank), 2)}`));
      if (stop) break;
    }
  } catch (error) {
    if (!isInterrupt(error)) throw error;
    const open = onScreen;
    if (open) {
      state = applySection(state, open.section, open.ticked, isoLocal(ctx.now()));
      await save();
    }
    await endRun(state, paint.dim);
    const where = open ? "; the ticks on screen are saved" : " before anything in it changed";
    throw new InterruptedError(`Interrupted in "${current}"${where}. Saved so far: ${tally().line}, in ${file}; run the same command${reset ? " without --reset" : ""} to carry on.`);
  } finally {
    trap.dispose();
  }
  say();
  say(wrap(`✔ ${tally().line} · saved in ${file}`).replace("✔", paint.green("✔")));
  const { ticked } = tally();
  const next = nextItem(ordered, ticked, state.date, today(), progress);
  if (next) say(wrap(`Next: ${next.item.text}${next.due ? ` (${next.overdue ? "overdue, was due" : "due"} ${next.due})` : ""}`));
  await endRun(state, paint.dim);
}

/**
 * Ticking the thank-you item records no note sent: once a review names the people met, notes are
 * followed person by person (followups, today), and the item ticks itself when everyone is
 * thanked. Said when it is ticked, so that followups listing them still is no surprise.
 */
function toThankNote(program: string, people: readonly string[]): string {
  return `Thank-you notes are followed person by person: followups still lists ${listOf(people)}. When one is sent: interview-coach followups --done "${program}" "<name>"`;
}
