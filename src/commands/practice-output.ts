// Where a finished (or interrupted) session goes: the library note (0600, atomic, never
// overwriting) unless --no-save; stdout when stdout is not a terminal or with --output -;
// appended to FILE with --output FILE. Shared by the interactive and --answers runners and by
// recovery, so all three save the same way.
import { appendHistory, type HistoryEntry } from "../practice/history.js";
import type { PracticeSettings } from "../practice/options.js";
import { appendToFile, writeNewFile } from "../io/files.js";
import type { LibraryPaths } from "../io/library.js";
import { averageLine, renderPracticeNote, skippedSummary, sessionFileBase, SUMMARY_HEADER, summaryRows, type PracticeSession } from "../practice/practice-note.js";
import { paint } from "../ui/color.js";
import { say, stdoutIsTerminal, writeDocument } from "../ui/output.js";
import { showSummary } from "../ui/practice-screens.js";

export interface Delivered {
  /** The library note, when one was saved. */
  saved?: string;
  /** Human words for where the note went, for messages. */
  where: string[];
}

type OutputSettings = Pick<PracticeSettings, "save" | "output">;

export interface DeliverOptions {
  /** A recovered session goes to the library only, never into this run's output. */
  libraryOnly?: boolean;
  /**
   * Called once the library note is saved (or skipped with --no-save), before the output: the
   * session's "end" line goes there, so a failing --output does not leave a saved session
   * looking unfinished, to be offered (and saved) again by the next run.
   */
  afterSave?: (saved: string | undefined) => void;
}

export function deliverSession(session: PracticeSession, settings: OutputSettings, paths: LibraryPaths, { libraryOnly = false, afterSave }: DeliverOptions = {}): Delivered {
  const text = renderPracticeNote(session);
  const where: string[] = [];
  let saved: string | undefined;
  if (settings.save) {
    // sessionFileBase() is built from slugs only, so no program or deck name leaves sessions/.
    saved = writeNewFile(paths.sessions, sessionFileBase(session), text);
    where.push(saved);
  }
  afterSave?.(saved);
  if (libraryOnly) return { ...(saved ? { saved } : {}), where };
  if (settings.output === "-" || (settings.output === undefined && !stdoutIsTerminal())) {
    writeDocument(text);
    where.push("standard output");
  } else if (settings.output !== undefined) {
    try {
      appendToFile(settings.output, text.endsWith("\n") ? text : `${text}\n`);
    } catch (error) {
      // Only the copy failed: saying where the session is keeps the user from practising it
      // again (and recording every answer twice) just to get the notes.
      if (saved) say(`The session is saved in the library: ${saved}`);
      throw error;
    }
    where.push(settings.output);
  }
  return { ...(saved ? { saved } : {}), where };
}

/** Appends to history.jsonl unless --no-save: then nothing at all is written to the library. */
export function historyWriter(settings: OutputSettings, paths: LibraryPaths): (entry: HistoryEntry) => void {
  return settings.save ? (entry) => appendHistory(paths.history, entry) : () => {};
}

/**
 * The summary table on stderr, and where the note went. With nothing delivered, the hint names
 * only what works with the options given: `json` (--answers --json) refuses --output.
 */
export function showSessionSummary(session: PracticeSession, delivered: Delivered, { json = false }: { json?: boolean } = {}): void {
  const nowhere = json
    ? "Not saved (--no-save): the session is only in the JSON on standard output; leave out --no-save to keep its notes in the library."
    : "Not saved (--no-save); add --output - to print the notes.";
  const footer = delivered.where.length ? [`Notes: ${delivered.where.join(", ")}`] : [nowhere];
  const skips = skippedSummary(session);
  if (skips) footer.unshift(skips);
  showSummary([SUMMARY_HEADER, ...summaryRows(session)], averageLine(session, paint.bold), footer);
}
