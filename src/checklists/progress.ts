// Progress on one checklist for one interview, and how it meets the checklist as it is today.
// The saved state is the source of truth; the checklist file may have gained or lost items since.
import type { Checklist, ChecklistItem, ChecklistSection, Phase } from "../content/types.js";
import type { InterviewFormat } from "../content/interview-kinds.js";
import { inline } from "../io/markdown.js";
import { mergeList } from "../io/three-way.js";
import { dueDayOf, isOverdue } from "./due.js";

export const DEFAULT_PROGRAM = "default";

export interface DoneEntry {
  id: string;
  /** When it was ticked: local time with offset, e.g. 2026-11-30T09:15:00-05:00. */
  at: string;
  /**
   * The item's text when it was ticked (refreshed on every save). If the item later leaves the
   * checklist, this is what the note can still show under "No longer in the checklist".
   */
  text?: string;
}

export interface ProgressState {
  checklist: string;
  program: string;
  /** The interview day, YYYY-MM-DD, once known. */
  date?: string;
  done: DoneEntry[];
  /** The checkbox lines of the note's body as it was read (see withHandTicks); never saved as such. */
  marks?: BoxMark[];
}

/**
 * One interview's checklist as the season reads it: the saved progress and the checklist it
 * follows, as it applies to that interview (its format's sections, the thank-you rule); undefined
 * when gone from the content. `unopened`: it fits a recorded interview that has no note yet, so
 * nothing is ticked, and its items fall due all the same.
 */
export interface ChecklistProgress {
  state: ProgressState;
  checklist: Checklist | undefined;
  unopened?: true;
}

/** A checkbox line of a progress note's body: its text after "- [ ] " or "- [x] ", and whether it is ticked. */
export interface BoxMark {
  text: string;
  ticked: boolean;
}

/**
 * The checkbox line `line` of a note's body, read as a person ticks it by hand: "- [x]", "- [X]"
 * or "- [ ]", with or without the space before the text ("- [x]Pack your CV" is still ticked);
 * undefined for any other line.
 */
export function boxMarkOf(line: string): BoxMark | undefined {
  const box = /^- \[([ xX])\] *(\S.*)$/s.exec(line);
  return box ? { text: box[2]!, ticked: box[1] !== " " } : undefined;
}

/**
 * `state` with the ticks changed by hand in the note's body, as a note app's checkbox or an
 * editor changes them: an item whose line is ticked there ("- [x]") is done, from `at` (local
 * time with offset) if it was not already; one whose line is unticked there is not done. The
 * body wins over the front matter because it is what a person sees and clicks; the front
 * matter follows on the next save, which writes both from one state again. Lines that are no
 * item of `checklist` (the user's own to-dos, items gone from it) change nothing.
 */
export function withHandTicks(checklist: Checklist, state: ProgressState, at: string): ProgressState {
  const { marks, ...read } = state;
  if (!marks?.length) return read;
  // The longest first: "Pack (CV)" is not "Pack" with a due day. The sort is stable, so items with
  // the same text stay in the order the note lists them, and each box stands for the first of
  // them that no earlier box stood for.
  const lines = allItems(inPhaseOrder(checklist))
    .map((item) => ({ item, line: inline(item.text) }))
    .sort((a, b) => b.line.length - a.line.length);
  const matched = new Set<ChecklistItem>();
  const done = new Map(read.done.map((entry) => [entry.id, entry]));
  for (const mark of marks) {
    const item = lines.find(({ item, line }) => !matched.has(item) && (mark.text === line || mark.text.startsWith(`${line} (`)))?.item;
    if (!item) continue;
    matched.add(item);
    if (mark.ticked && !done.has(item.id)) done.set(item.id, { id: item.id, at, text: item.text });
    if (!mark.ticked) done.delete(item.id);
  }
  return { ...read, done: [...done.values()] };
}

/**
 * This run's progress (`mine`, grown from `base`, the state it last read or saved) merged into
 * the note as another run saved it meanwhile (`theirs`): ticks this run added or removed since
 * `base` are applied to theirs, so a tick saved in another terminal is never lost. The date is
 * this run's when it changed it, else theirs.
 */
export function mergeTicks(base: ProgressState | undefined, theirs: ProgressState | undefined, mine: ProgressState): ProgressState {
  if (!theirs) return mine;
  const date = mine.date !== base?.date ? mine.date : theirs.date;
  const done = mergeList(base?.done ?? [], theirs.done, mine.done, (entry) => entry.id);
  return { ...theirs, ...(date ? { date } : {}), done };
}

export function freshProgress(checklist: string, program: string, date?: string): ProgressState {
  return { checklist, program, ...(date ? { date } : {}), done: [] };
}

const PHASE_ORDER: Record<Phase, number> = { before: 0, "day-of": 1, after: 2 };

/** Sections in the order they happen (before, day-of, after); the file's order within a phase. */
export function inPhaseOrder<C extends Checklist>(checklist: C): C {
  const sections = checklist.sections.map((section, index) => ({ section, index }));
  sections.sort((a, b) => PHASE_ORDER[a.section.phase] - PHASE_ORDER[b.section.phase] || a.index - b.index);
  return { ...checklist, sections: sections.map(({ section }) => section) };
}

/**
 * The checklist for an interview of `format`: sections meant for other formats (a video set-up
 * for an in-person visit) are left out. Every section stays when the format is not recorded.
 */
export function forFormat<C extends Checklist>(checklist: C, format: InterviewFormat | undefined): C {
  if (format === undefined || checklist.sections.every((s) => !s.formats || s.formats.includes(format))) return checklist;
  return { ...checklist, sections: checklist.sections.filter((s) => !s.formats || s.formats.includes(format)) };
}

export function allItems(checklist: Checklist): ChecklistItem[] {
  return checklist.sections.flatMap((section) => section.items);
}

/**
 * How far the interview has got on the user's today, beyond what its date says: "started" once it
 * has begun (see startedBy), "over" once its review (or a draft of it) is written, even on its day.
 */
export type DayProgress = "not-begun" | "started" | "over";

/** The DayProgress of an interview that has `started` on the user's today and whose review is `written`. */
export function dayProgress(started: boolean, written: boolean): DayProgress {
  return written ? "over" : started ? "started" : "not-begun";
}

/**
 * The ids of the items that have lapsed by `today`: those of the before and day-of phases once the
 * interview day (`date`, YYYY-MM-DD, local) has passed. Preparing for a day that is over can no
 * longer be done, so such an item is neither due nor overdue nor next; after-phase items (thank-you
 * notes, the review) are what is left to do. Empty without a date. `progress` "started": the
 * before phase has lapsed, while the day's own items have not; "over": the day's own items have
 * lapsed too, as after the day.
 */
export function lapsedItems(checklist: Checklist, date: string | undefined, today: string, progress: DayProgress = "not-begun"): Set<string> {
  if (date === undefined || (date >= today && progress === "not-begun")) return new Set();
  const over = date < today || progress === "over" ? (phase: Phase) => phase !== "after" : (phase: Phase) => phase === "before";
  return new Set(checklist.sections.filter((section) => over(section.phase)).flatMap((section) => section.items.map((item) => item.id)));
}

export interface Merged {
  /** The state with the texts of items still in the checklist brought up to date. */
  state: ProgressState;
  /** Ids ticked that are in the checklist. */
  ticked: Set<string>;
  /** Ticked in the note, gone from the checklist: kept, never dropped. */
  removed: DoneEntry[];
}

/** Meets saved progress with the checklist as it is now: new items are simply unticked. */
export function mergeProgress(checklist: Checklist, state: ProgressState): Merged {
  const items = new Map(allItems(checklist).map((item) => [item.id, item]));
  const ticked = new Set<string>();
  const removed: DoneEntry[] = [];
  const done = state.done.map((entry) => {
    const item = items.get(entry.id);
    if (!item) {
      removed.push(entry);
      return entry;
    }
    ticked.add(entry.id);
    return { ...entry, text: item.text };
  });
  return { state: { ...state, done }, ticked, removed };
}

/**
 * The state after one section's checkbox prompt: newly ticked items are stamped with `at`,
 * unticked ones are removed, items that stay ticked keep their original time.
 */
export function applySection(state: ProgressState, section: ChecklistSection, selected: Iterable<string>, at: string): ProgressState {
  const chosen = new Set(selected);
  const inSection = new Map(section.items.map((item) => [item.id, item]));
  const done = state.done.filter((entry) => !inSection.has(entry.id) || chosen.has(entry.id));
  const already = new Set(done.map((entry) => entry.id));
  for (const item of section.items) {
    if (chosen.has(item.id) && !already.has(item.id)) done.push({ id: item.id, at, text: item.text });
  }
  return { ...state, done };
}

export interface Summary {
  done: number;
  total: number;
  /** Undefined without an interview date: nothing can be late without one. */
  overdue?: number;
}

/**
 * Items done, in all, and overdue on `today` for an interview on `date` (YYYY-MM-DD, local);
 * lapsed items are never overdue (see lapsedItems, and `progress` there).
 */
export function summarize(checklist: Checklist, ticked: ReadonlySet<string>, date: string | undefined, today: string, progress: DayProgress = "not-begun"): Summary {
  const items = allItems(checklist);
  const done = items.filter((item) => ticked.has(item.id)).length;
  if (date === undefined) return { done, total: items.length };
  const lapsed = lapsedItems(checklist, date, today, progress);
  const overdue = items.filter((item) => !lapsed.has(item.id) && isOverdue(dueDayOf(item, date), today, ticked.has(item.id))).length;
  return { done, total: items.length, overdue };
}

/** "7/19 done, 2 overdue" (or "7/19 done" while there is no date). */
export function summaryLine(summary: Summary): string {
  const base = `${summary.done}/${summary.total} done`;
  return summary.overdue === undefined ? base : `${base}, ${summary.overdue} overdue`;
}

export interface NextItem {
  item: ChecklistItem;
  due?: string;
  overdue: boolean;
}

/**
 * What to do next: with a date, the open item due soonest (overdue ones first, as they are the
 * earliest); without one, the first open item in phase order. Lapsed items (see lapsedItems) are
 * never next: undefined when only they are left open.
 */
export function nextItem(checklist: Checklist, ticked: ReadonlySet<string>, date: string | undefined, today: string, progress: DayProgress = "not-begun"): NextItem | undefined {
  const lapsed = lapsedItems(checklist, date, today, progress);
  const open = allItems(inPhaseOrder(checklist)).filter((item) => !ticked.has(item.id) && !lapsed.has(item.id));
  const dated = open
    .map((item, index) => ({ item, index, due: dueDayOf(item, date) }))
    .filter((entry): entry is { item: ChecklistItem; index: number; due: string } => entry.due !== undefined)
    .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.index - b.index));
  const first = dated[0];
  if (first) return { item: first.item, due: first.due, overdue: isOverdue(first.due, today, false) };
  const plain = open[0];
  return plain ? { item: plain, overdue: false } : undefined;
}
