// Reading history.jsonl for a command: corrupt or truncated lines (a crash mid-write, a hand
// edit) are reported once per run as `<path>:<line>: skipped (...)` and then ignored. The file
// is never rewritten: the broken line may be the only copy of something the user wants back.
import { inTimeOrder, type AnswerRecord } from "./answer-record.js";
import { readHistory, type CorruptLine, type HistoryEntry } from "./history.js";
import type { Deck } from "../content/types.js";
import { historyIndexPath, readAnswers } from "./history-index.js";
import { deckSchedule, type DeckSchedule, type Replays } from "./schedule.js";

const reported = new Set<string>();

function report(path: string, corrupt: CorruptLine[], warn: (line: string) => void): void {
  if (reported.has(path)) return;
  reported.add(path);
  for (const bad of corrupt) warn(`${path}:${bad.line}: skipped (${bad.message})`);
}

/** Every entry of the history at `path` (the stories told live only there); corrupt lines reported as by loadAnswers. */
export function loadHistory(path: string, warn: (line: string) => void): HistoryEntry[] {
  const { entries, corrupt } = readHistory(path);
  report(path, corrupt, warn);
  return entries;
}

export interface LoadedAnswers {
  /** The usable answers, in time order. */
  answers: AnswerRecord[];
  /** All of them replayed through FSRS already, when the index could carry that over. */
  replays?: Replays;
}

/**
 * What scheduling and stats need, read through the history index kept in `cacheDir` (see
 * history-index.ts). `warn` gets one line per corrupt line, the first time a path is read in this process.
 */
export function loadAnswers(path: string, cacheDir: string, warn: (line: string) => void): LoadedAnswers {
  const { answers = [], corrupt, replays } = readAnswers(path, historyIndexPath(cacheDir, path));
  report(path, corrupt, warn);
  return { answers: inTimeOrder(answers), ...(replays ? { replays } : {}) };
}

/** One deck's schedule at `now` from the history at `path`: what `practice` needs to order questions and show the plan. */
export function loadDeckSchedule(path: string, cacheDir: string, deck: Deck, now: Date, warn: (line: string) => void): DeckSchedule {
  // Only the replayed cards are needed when the index has them: the answer records stay unread.
  const { answers = [], corrupt, replays } = readAnswers(path, historyIndexPath(cacheDir, path), { answers: false });
  report(path, corrupt, warn);
  return deckSchedule({ answers: inTimeOrder(answers), ...(replays ? { replays } : {}) }, deck, now);
}
