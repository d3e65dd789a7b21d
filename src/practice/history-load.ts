// Reading history.jsonl for a command: corrupt or truncated lines (a crash mid-write, a hand
// edit) are reported once per run as `<path>:<line>: skipped (...)` and then ignored. The file
// is never rewritten: the broken line may be the only copy of something the user wants back.
// What commands need of it is kept in the cache folder (see history-digest.ts), so that
// `stats` and `practice` read only what was appended since the last run: 100,000 lines are
// about 250 ms of JSON parsing alone.
import { createHash } from "node:crypto";
import { join } from "node:path";
import type { AnswerRecord } from "./answer-record.js";
import type { CorruptLine, HistoryEntry } from "./history.js";
import type { Deck } from "../content/types.js";
import { FileCache } from "../io/file-cache.js";
import { answersInTimeOrder, emptyDigest, foldHistory, replaysOf, type HistoryDigest } from "./history-digest.js";
import { deckSchedule, replayAnswers, type DeckSchedule, type Replays } from "./schedule.js";

/** Bumped when HistoryDigest changes shape, so that digests cached in the old shape are built again. */
const DIGEST_VERSION = 6;

const reported = new Set<string>();

function report(path: string, corrupt: CorruptLine[], warn: (line: string) => void): void {
  if (reported.has(path)) return;
  reported.add(path);
  for (const bad of corrupt) warn(`${path}:${bad.line}: skipped (${bad.message})`);
}

/**
 * Where the digest of a history file is cached: one file per history, named by its path.
 * `stats` keeps the digest with the answer records ("history-"), `practice` the one without
 * ("schedule-"), a small file it reads before the first question.
 */
export function digestFile(cacheDir: string, historyPath: string, withAnswers: boolean): string {
  const name = createHash("sha1").update(historyPath).digest("hex").slice(0, 16);
  return join(cacheDir, `${withAnswers ? "history" : "schedule"}-${name}.json`);
}

/**
 * The digest of the history at `path` (see history-digest.ts), through its cache in `cacheDir` (none: read whole).
 * A history that does not exist yet has an empty one. Throws CannotReadError (exit 66) for a
 * history that cannot be read, ContentError (exit 65) for one over MAX_DATA_BYTES.
 */
export function readDigest(path: string, cacheDir: string | undefined, withAnswers: boolean): HistoryDigest {
  // No cache folder: the whole history is read on every run.
  const cache = new FileCache<HistoryDigest>(cacheDir === undefined ? undefined : digestFile(cacheDir, path, withAnswers), DIGEST_VERSION);
  const read = cache.readAppended(path, (digest, bytes, firstLine) => foldHistory(digest, bytes, firstLine, withAnswers));
  cache.save();
  if (!read) return emptyDigest(withAnswers);
  // A last line without its newline (a crash mid-write, or a write under way) is never cached:
  // it is added after saving, every time, until an append completes it.
  return read.tail.length ? foldHistory(read.value, read.tail, read.lines + 1, withAnswers) : read.value;
}

/** Usable answers per story slug told, from the history at `path`; corrupt lines reported as by loadAnswers. */
export function storiesTold(path: string, cacheDir: string | undefined, warn: (line: string) => void): Map<string, number> {
  const { stories, corrupt } = readDigest(path, cacheDir, false);
  report(path, corrupt, warn);
  return new Map(Object.entries(stories));
}

export interface LoadedAnswers {
  /** The usable answers, in time order (made as they are iterated: see answersInTimeOrder). */
  answers: Iterable<AnswerRecord>;
  /** All of them replayed through FSRS already. */
  replays: Replays;
}

/**
 * What scheduling and stats need, read through the digest kept in `cacheDir`. `warn` gets one
 * line per corrupt line, the first time a path is read in this process.
 */
export function loadAnswers(path: string, cacheDir: string | undefined, warn: (line: string) => void): LoadedAnswers {
  const digest = readDigest(path, cacheDir, true);
  report(path, digest.corrupt, warn);
  const answers = answersInTimeOrder(digest.answers!);
  // The digest with answers has its cards (it replays out-of-order answers itself).
  return { answers, replays: digest.cards ? replaysOf(digest.cards) : replayAnswers(answers) };
}

/** One deck's schedule at `now` from the history at `path`: what `practice` needs to order questions and show the plan. */
export function loadDeckSchedule(path: string, cacheDir: string | undefined, deck: Deck, now: Date, warn: (line: string) => void): DeckSchedule {
  const { corrupt, cards } = readDigest(path, cacheDir, false);
  report(path, corrupt, warn);
  // No cards once answers came out of time order: the digest with the answers has them.
  if (cards) return deckSchedule({ answers: [], replays: replaysOf(cards) }, deck, now);
  return deckSchedule({ answers: [], replays: loadAnswers(path, cacheDir, warn).replays }, deck, now);
}

/** The lines of the sessions in the history at `path` that started and did not end, in file order (see recovery.ts). */
export function openSessions(path: string, cacheDir: string | undefined): HistoryEntry[] {
  return readDigest(path, cacheDir, false).open;
}
