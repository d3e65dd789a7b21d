// The checklist progress note: `<home>/checklists/<checklist>--<program>.md`, front matter with
// the ticks (the data) and a body with the checklist as `- [x]` / `- [ ]` lines (for people and
// note apps). The body is the same Markdown that `checklist --print` writes. Which file is a
// program's note is progress-file.ts's to say.
import { CannotReadError, ContentError, type ContentIssue } from "../io/errors.js";
import { readNoteFolder, valueUnder } from "../io/note-folder.js";
import { FileTooLargeError, readFailure, readLimitedText } from "../io/read-file.js";
import type { Checklist } from "../content/types.js";
import { dueDayOf, isOverdue } from "./due.js";
import { DEFAULT_PROGRAM, inPhaseOrder, lapsedItems, mergeProgress, summarize, summaryLine, type DayProgress, type ProgressState } from "./progress.js";
import { renderChecklist } from "../content/render.js";
import { nounForChecklist } from "../content/interview-kinds.js";
import { capitalised } from "../io/prose.js";

/** How a checklist names the day it prepares for. */
export interface DayLabel {
  /** What the day is ("interview", "networking event"): the recorded kind's, else the checklist's own. */
  noun: string;
  /**
   * A timed interview's start as recorded, and on the user's clock when that reads otherwise
   * ("2026-12-20 09:30 America/Chicago (15:30 your time)"), shown instead of the bare day.
   */
  start?: string;
}

/**
 * The checklist as Markdown with this interview's ticks, due days and progress, as of `today`;
 * `progress`: how far the interview has got on the user's today (see lapsedItems).
 */
export function renderProgressDocument(checklist: Checklist, state: ProgressState, today: string, progress: DayProgress = "not-begun", day: DayLabel = { noun: nounForChecklist(checklist.id) }): string {
  const ordered = inPhaseOrder(checklist);
  const { ticked, removed } = mergeProgress(ordered, state);
  const summary = summaryLine(summarize(ordered, ticked, state.date, today, progress));
  const lapsed = lapsedItems(ordered, state.date, today, progress);
  const intro = state.date
    ? [`${capitalised(day.noun)} ${day.start ?? state.date} · ${summary} as of ${today}`]
    : [`${summary} · no ${day.noun} date yet (\`--date YYYY-MM-DD\` adds due dates)`];
  return renderChecklist(ordered, {
    heading: state.program === DEFAULT_PROGRAM ? checklist.title : `${checklist.title}: ${state.program}`,
    ticked,
    intro,
    omitRedundantPhase: true,
    dueOf: (item) => {
      const due = dueDayOf(item, state.date);
      if (due === undefined) return undefined; // no date: renderChecklist shows "2 days before"
      return !lapsed.has(item.id) && isOverdue(due, today, ticked.has(item.id)) ? `${due}, overdue` : due;
    },
    removed: removed.map((entry) => ({ text: entry.text ?? entry.id, note: `ticked ${entry.at.slice(0, 10)}` })),
  });
}

/**
 * The progress saved in `path`, or undefined when there is none yet. Throws a ContentError
 * with FILE:LINE:COL (exit 65) for a note edited into something invalid, CannotReadError
 * (exit 66) for one that cannot be read.
 */
export async function readProgressNote(path: string, displayName: string, expectedChecklist?: string): Promise<ProgressState | undefined> {
  let text: string;
  try {
    text = readLimitedText(path);
  } catch (error) {
    return noNote(error, displayName);
  }
  // yaml and zod load only when there is a note to read: `checklist --print` for a new interview starts without them.
  const { readProgressFull } = await import("./note-schema.js");
  const full = readProgressFull(text, displayName, expectedChecklist);
  if (!full.ok) throw new ContentError(full.issues, "Fix the note by hand, or start over with --reset.");
  return full.state;
}

export interface LoadedProgress {
  /** Each readable note, by path, in name order. */
  notes: { path: string; state: ProgressState }[];
  /** Broken notes: overviews warn and go on with the rest. */
  issues: ContentIssue[];
}

/** Bumped when ProgressState changes shape, so that notes cached the old way are parsed again. */
const CACHE_VERSION = 2;

/**
 * Every progress note in the folder, each parsed once and then kept in the parsed-file cache
 * (the user's; `cacheFile` another, or null for none) until it changes. A broken note is an issue and is
 * left out; one that cannot be read throws CannotReadError (exit 66).
 */
export async function loadProgressNotes(checklistsDir: string, { cacheFile }: { cacheFile?: string | null } = {}): Promise<LoadedProgress> {
  const folder = await readNoteFolder<ProgressState>(checklistsDir, {
    cacheName: "checklists.json",
    cacheFile,
    version: CACHE_VERSION,
    kind: "progress note",
    strict: true,
    filesOnly: true,
    parser: async () => {
      const { readProgressFull } = await import("./note-schema.js");
      return valueUnder("state", (text, file) => readProgressFull(text, file));
    },
  });
  return { notes: folder.notes.map(({ path, value }) => ({ path, state: value })), issues: folder.issues };
}

/** A failed read: undefined when there is no note (yet), else the error to throw. */
function noNote(error: unknown, displayName: string): undefined {
  if (error instanceof FileTooLargeError) fail(displayName, `${readFailure(error, "progress note")}; it is not one this program wrote`);
  const code = (error as NodeJS.ErrnoException).code;
  // No note yet; ENOTDIR: the library path runs through a file, so none can exist (saving says why).
  if (code === "ENOENT" || code === "ENOTDIR") return undefined;
  if (code === "EISDIR") fail(displayName, "is a folder, not a progress note");
  throw new CannotReadError(displayName, error);
}

function fail(file: string, message: string): never {
  throw new ContentError([{ file, line: 1, col: 1, message }]);
}
