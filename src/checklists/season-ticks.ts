// Checklist items that the program's other records already show done: the same-day notes that
// its review holds, and the thank-you notes once `followups --done` has recorded every one. A
// checklist, `today`, the calendar and the overview then never ask again for what is recorded.
import type { Checklist } from "../content/types.js";
import { allItems, type ProgressState } from "./progress.js";

/** What the records of one program show done, for items with `doneBy`. */
export interface RecordedDone {
  /** A finished review of the program exists (a draft is not one). */
  reviewed: boolean;
  /** Its review names people and every one of them is thanked. */
  everyoneThanked: boolean;
}

/**
 * `state` with every item whose `doneBy` record shows it done ticked as of `now` (local time with
 * offset, as ticks are kept). Items already ticked keep their time; nothing is ever unticked.
 */
export function withRecordedTicks(checklist: Checklist, state: ProgressState, recorded: RecordedDone, now: string): ProgressState {
  const ticked = new Set(state.done.map((entry) => entry.id));
  const shown = (doneBy: string | undefined) => (doneBy === "review" && recorded.reviewed) || (doneBy === "thank-you-notes" && recorded.everyoneThanked);
  const added = allItems(checklist).filter((item) => !ticked.has(item.id) && shown(item.doneBy));
  if (added.length === 0) return state;
  return { ...state, done: [...state.done, ...added.map((item) => ({ id: item.id, at: now, text: item.text }))] };
}
