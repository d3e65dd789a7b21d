// `interview-coach checklist` without a name: the checklists there are, and for every interview
// how far along its checklist is and what is due next. A Markdown document.
import type { Checklist } from "../content/types.js";
import { DEFAULT_KIND, isPlaceKind, KINDS, pluralNouns, type InterviewKind } from "../content/interview-kinds.js";
import { capitalised } from "../io/prose.js";
import { cell, table } from "../io/markdown.js";
import { relativeDay } from "./due.js";
import { allItems, DEFAULT_PROGRAM, mergeProgress, nextItem, summarize, type ChecklistProgress, type DayProgress, type ProgressState } from "./progress.js";
import { byName, byText } from "../io/order.js";

export interface OverviewRow {
  checklist: string;
  program: string;
  interview: string;
  done: string;
  overdue: string;
  next: string;
}

const MAX_NEXT = 60;

function clip(text: string, max = MAX_NEXT): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/**
 * One interview's row; `checklist` is undefined when its checklist is no longer in the content.
 * `progress`: how far its interview has got on the user's today (see lapsedItems); `kind`: what it is.
 */
export function overviewRow(state: ProgressState, checklist: Checklist | undefined, today: string, progress: DayProgress = "not-begun", kind: InterviewKind = DEFAULT_KIND): OverviewRow {
  const program = state.program === DEFAULT_PROGRAM ? "(default)" : state.program;
  const interview = state.date ? `${state.date} (${relativeDay(state.date, today)})` : "no date";
  if (!checklist) {
    return { checklist: state.checklist, program, interview, done: `${state.done.length} ticked`, overdue: "", next: "checklist not found" };
  }
  const { ticked } = mergeProgress(checklist, state);
  const summary = summarize(checklist, ticked, state.date, today, progress);
  const next = nextItem(checklist, ticked, state.date, today, progress);
  const when = next?.due ? `${next.due}${next.overdue ? ", overdue" : ""}: ` : "";
  return {
    checklist: checklist.id,
    program,
    interview,
    done: `${summary.done}/${summary.total}`,
    overdue: summary.overdue === undefined ? "" : String(summary.overdue),
    next: next ? `${when}${clip(next.item.text)}` : summary.done < summary.total ? `nothing left: the ${KINDS[kind].noun} day has passed` : "all done",
  };
}

/** Interviews soonest first (those without a date last), then by checklist and program. */
function byInterview(a: ProgressState, b: ProgressState): number {
  const dateA = a.date ?? "9999";
  const dateB = b.date ?? "9999";
  return byText(dateA, dateB) || byText(a.checklist, b.checklist) || byName(a.program, b.program);
}

/**
 * `checklists`: those there are; `progress`: one row each. `progressOf`: how far a row's interview
 * has got on the user's today; `kindOf`: what it is, an interview or a networking event;
 * `missing`: lines (Markdown) on what the overview leaves out, said at its top.
 */
export function renderOverview(
  checklists: Checklist[],
  progress: readonly ChecklistProgress[],
  today: string,
  progressOf: (state: ProgressState) => DayProgress = () => "not-begun",
  kindOf: (state: ProgressState) => InterviewKind = () => DEFAULT_KIND,
  missing: readonly string[] = [],
): string {
  const out = ["# Checklists", "", ...missing.flatMap((line) => [line, ""])];
  const sorted = [...checklists].sort((a, b) => byText(a.id, b.id));
  out.push(table(["Checklist", "Title", "Items"], sorted.map((c) => [cell(c.id), cell(c.title), String(allItems(c).length)])), "");
  if (progress.length) {
    const rows = [...progress].sort((a, b) => byInterview(a.state, b.state)).map(({ state, checklist, unopened }) => {
      const row = overviewRow(state, checklist, today, progressOf(state), kindOf(state));
      return unopened ? { ...row, done: `${row.done}, not opened` } : row;
    });
    const kinds = progress.map(({ state }) => kindOf(state));
    out.push(`## Your ${pluralNouns(kinds)}`, "");
    out.push(table(["Checklist", "Program", dayHeader(kinds), "Done", "Overdue", "Next"], rows.map((r) => [cell(r.checklist), cell(r.program), cell(r.interview), r.done, r.overdue || " ", cell(r.next)])), "");
  }
  return `${out.join("\n").trimEnd()}\n`;
}

/**
 * The header of the column of days: what its rows are, "Interview" or "Networking event"; for
 * both, "Interview or event", no wider than the days under it ("2026-12-09 (in 7 days)").
 */
function dayHeader(kinds: readonly InterviewKind[]): string {
  const events = kinds.filter((kind) => !isPlaceKind(kind));
  if (!events.length) return "Interview";
  return events.length === kinds.length ? capitalised(KINDS[events[0]!].noun) : "Interview or event";
}
