// The checklist progress note: `<home>/checklists/<checklist>--<program>.md`, front matter with
// the ticks (the data) and a body with the checklist as `- [x]` / `- [ ]` lines (for people and
// note apps). The body is the same Markdown that `checklist --print` writes. Which file is a
// program's note is progress-file.ts's to say.
import { join } from "node:path";
import { CannotReadError, ContentError } from "../io/errors.js";
import { FileTooLargeError, readFailure, readLimitedText } from "../io/read-file.js";
import type { Checklist } from "../content/types.js";
import { dueDayOf, isOverdue } from "./due.js";
import { DEFAULT_PROGRAM, inPhaseOrder, lapsedItems, mergeProgress, summarize, summaryLine, type ProgressState } from "./progress.js";
import { renderChecklist } from "../content/render.js";
import { noteFileNames } from "../io/library.js";

/** The checklist as Markdown with this interview's ticks, due days and progress, as of `today`. */
export function renderProgressDocument(checklist: Checklist, state: ProgressState, today: string): string {
  const ordered = inPhaseOrder(checklist);
  const { ticked, removed } = mergeProgress(ordered, state);
  const summary = summaryLine(summarize(ordered, ticked, state.date, today));
  const lapsed = lapsedItems(ordered, state.date, today);
  const intro = state.date
    ? [`Interview ${state.date} · ${summary} as of ${today}`]
    : [`${summary} · no interview date yet (\`--date YYYY-MM-DD\` adds due dates)`];
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
 * with FILE:LINE:COL (exit 65) for a note edited into something invalid.
 */
export async function readProgressNote(path: string, displayName: string, expectedChecklist?: string): Promise<ProgressState | undefined> {
  let text: string;
  try {
    text = readLimitedText(path);
  } catch (error) {
    if (error instanceof FileTooLargeError) fail(displayName, `${readFailure(error, "progress note")}; it is not one this program wrote`);
    const code = (error as NodeJS.ErrnoException).code;
    // No note yet; ENOTDIR: the library path runs through a file, so none can exist (saving says why).
    if (code === "ENOENT" || code === "ENOTDIR") return undefined;
    if (code === "EISDIR") fail(displayName, "is a folder, not a progress note");
    throw new CannotReadError(displayName, error);
  }
  // yaml and zod load only when there is a note to read: `checklist --print` for a new interview starts without them.
  const { readProgressFull } = await import("./note-schema.js");
  const full = readProgressFull(text, displayName, expectedChecklist);
  if (!full.ok) throw new ContentError(full.issues, "Fix the note by hand, or start over with --reset.");
  return full.state;
}

function fail(file: string, message: string): never {
  throw new ContentError([{ file, line: 1, col: 1, message }]);
}

/** Every progress note in the library folder (file names only), in name order. */
export function progressNotesIn(checklistsDir: string): string[] {
  return noteFileNames(checklistsDir, { filesOnly: true });

}
