// The history index: the answer records of history.jsonl and their FSRS cards, kept in the
// cache folder, so that `stats` and `practice` read only what was appended since the last run
// instead of parsing every line again (100,000 lines are about 250 ms of JSON parsing alone).
// It is only ever a copy. An unchanged history (same inode, size and mtime) is not read at
// all; otherwise the index is used only if a hash of the history's first `offset` bytes still
// matches, so an edited, replaced or shortened history is simply read in full again, and a
// missing, broken or unwritable index only costs time. history.jsonl itself is never written.
import { createHash, type Hash } from "node:crypto";
import { statSync } from "node:fs";
import { join } from "node:path";
import { CannotReadError } from "../io/errors.js";
import { MAX_DATA_BYTES, readBytesIfExists, readLimited } from "../io/read-file.js";
import { toRecord, type AnswerRecord } from "./answer-record.js";
import { parseHistoryText, type CorruptLine, type HistoryEntry } from "./history.js";
import { readIndex, writeIndex, type StoredIndex } from "./history-index-file.js";
import { replayAnswers, type Replays } from "./schedule.js";

/** File times tick coarsely; a history changed less than this before it was indexed gets no stamp. */
const SETTLED_MS = 2000;

export interface IndexedAnswers {
  /** In file order. Left out only when asked (`answers: false`) and `replays` has them all. */
  answers?: AnswerRecord[];
  corrupt: CorruptLine[];
  /** Every answer replayed, when the answers are in time order (as appends are): no need to replay again. */
  replays?: Replays;
  /** The lines of sessions started and not ended (killed, or running elsewhere), in file order. */
  open: HistoryEntry[];
}

/** Where the index of a history file lives: one per history file, named by its path. */
export function historyIndexPath(cacheDir: string, historyPath: string): string {
  return join(cacheDir, `history-${createHash("sha1").update(historyPath).digest("hex").slice(0, 16)}.json`);
}

/**
 * The answers, broken lines and replayed cards of `historyPath`, through the index at
 * `indexPath` (updated when the history grew). With `answers: false` (practice, which needs
 * only the schedule) the answer records may be left unread.
 */
export function readAnswers(historyPath: string, indexPath: string, { answers: wanted = true } = {}): IndexedAnswers {
  let stamp: string;
  let size: number;
  let settled: boolean;
  try {
    const stat = statSync(historyPath, { bigint: true });
    // Inode, size and modification time: what git also trusts to tell an unchanged file.
    stamp = `${stat.ino}:${stat.size}:${stat.mtimeNs}`;
    size = Number(stat.size);
    // Like git with "racily clean" files: a change made in the same clock tick as the last
    // one keeps the same stamp, so a stamp is only kept for a history that had been still.
    settled = Date.now() - Number(stat.mtimeMs) > SETTLED_MS;
  } catch (error) {
    if (["ENOENT", "ENOTDIR"].includes((error as NodeJS.ErrnoException).code ?? "")) return { answers: [], corrupt: [], open: [] };
    throw new CannotReadError(historyPath, error);
  }
  const stored = readIndex(indexPath, historyPath);
  if (stored && stored.header.stamp === stamp) {
    const unchanged = fromUnchanged(stored, readRange(historyPath, stored.header.offset), wanted);
    if (unchanged) return unchanged;
  }

  // Unreadable (mode 0200) is an error, never "no practice yet".
  const bytes = readBytesIfExists(historyPath, MAX_DATA_BYTES);
  if (!bytes) return { answers: [], corrupt: [], open: [] };
  // Only whole lines are indexed; a last line without its newline (a crash mid-write) is read
  // every time until an append completes it.
  const complete = bytes.lastIndexOf(0x0a) + 1;
  const { index, answers, hash } = verify(stored, bytes, complete);
  const from = index?.header.offset ?? 0;
  const corrupt = index ? [...index.header.corrupt] : [];
  const firstLine = (index?.header.lines ?? 0) + 1;
  const known = answers.length;
  const fresh = parseHistoryText(bytes.toString("utf8", from, complete), firstLine);
  addRecords(answers, fresh.entries);
  corrupt.push(...fresh.corrupt);
  const open = withOpen(index?.header.open ?? [], fresh.entries);
  const replays = replayFrom(answers, known, index ? index.replays() : new Map());
  const lines = firstLine - 1 + countNewlines(bytes, from, complete);
  if (complete > from || (index && index.header.stamp !== stamp)) {
    hash.update(bytes.subarray(from, complete));
    // No stamp for a history that was growing while read or changed just now: the next run checks the hash.
    const current = bytes.length === size && settled ? stamp : "";
    writeIndex(indexPath, { history: historyPath, offset: complete, lines, stamp: current, sha1: hash.digest("hex"), corrupt, open }, answers, replays);
  }
  return withTail(lines, { answers, corrupt, open, ...(replays ? { replays } : {}) }, bytes.subarray(complete));
}

/** From an index of an unchanged history: no need to read the history, only its unindexed tail (a torn last line). */
function fromUnchanged(stored: StoredIndex, tail: Buffer, wanted: boolean): IndexedAnswers | undefined {
  const { header } = stored;
  const replays = stored.replays();
  if (!wanted && replays) {
    const parsed = parseHistoryText(tail.toString("utf8"), header.lines + 1);
    const extra: AnswerRecord[] = [];
    addRecords(extra, parsed.entries);
    const ordered = extra.every((a, i) => a.time >= (i ? extra[i - 1]!.time : (header.lastTime ?? -Infinity)));
    if (ordered) return { corrupt: [...header.corrupt, ...parsed.corrupt], replays: replayAnswers(extra, replays), open: withOpen(header.open, parsed.entries) };
  }
  const answers = stored.answers();
  if (!answers) return undefined;
  return withTail(header.lines, { answers, corrupt: [...header.corrupt], open: header.open, ...(replays ? { replays } : {}) }, tail);
}

/**
 * `replays` (holding the first `known` answers) carried on over the rest, while the answers
 * stay in time order; undefined once they do not, and callers sort and replay them all.
 */
function replayFrom(answers: AnswerRecord[], known: number, replays: Replays | undefined): Replays | undefined {
  if (!replays) return undefined;
  for (let i = Math.max(1, known); i < answers.length; i++) if (answers[i]!.time < answers[i - 1]!.time) return undefined;
  return replayAnswers(known ? answers.slice(known) : answers, replays);
}

/** Adds what the bytes after the indexed lines hold: nothing, or a last line still without its newline. */
function withTail(lines: number, result: IndexedAnswers & { answers: AnswerRecord[] }, tail: Buffer): IndexedAnswers {
  if (!tail.length) return result;
  const { answers, corrupt } = result;
  const known = answers.length;
  const parsed = parseHistoryText(tail.toString("utf8"), lines + 1);
  addRecords(answers, parsed.entries);
  corrupt.push(...parsed.corrupt);
  const replays = replayFrom(answers, known, result.replays);
  return { answers, corrupt, open: withOpen(result.open, parsed.entries), ...(replays ? { replays } : {}) };
}

/**
 * The open sessions' lines after `entries`: a start line opens a session, its answers join it,
 * its end line closes it. Kept in the index so that finding a killed session before the first
 * question never reads the whole history.
 */
function withOpen(open: readonly HistoryEntry[], entries: readonly HistoryEntry[]): HistoryEntry[] {
  const sessions = new Map<string, HistoryEntry[]>();
  for (const entry of [...open, ...entries]) {
    if (entry.type === "start") sessions.set(entry.session, [entry]);
    else if (entry.type === "end") sessions.delete(entry.session);
    else sessions.get(entry.session)?.push(entry);
  }
  return [...sessions.values()].flat();
}

function addRecords(answers: AnswerRecord[], entries: ReturnType<typeof parseHistoryText>["entries"]): void {
  for (const entry of entries) {
    const record = toRecord(entry);
    if (record) answers.push(record);
  }
}

function countNewlines(bytes: Buffer, from: number, to: number): number {
  let count = 0;
  for (let at = bytes.indexOf(0x0a, from); at !== -1 && at < to; at = bytes.indexOf(0x0a, at + 1)) count++;
  return count;
}

/**
 * The index and its answers, if the history still starts with the bytes it indexed, and a hash
 * holding those bytes (none without an index), to be continued over the new ones.
 */
function verify(stored: StoredIndex | undefined, bytes: Buffer, complete: number): { index?: StoredIndex; answers: AnswerRecord[]; hash: Hash } {
  const none = () => ({ answers: [], hash: createHash("sha1") });
  if (!stored || stored.header.offset > complete) return none();
  const hash = createHash("sha1").update(bytes.subarray(0, stored.header.offset));
  // Not the same history any more (edited, replaced): read it all, hashing from the start.
  if (hash.copy().digest("hex") !== stored.header.sha1) return none();
  const answers = stored.answers();
  return answers ? { index: stored, answers, hash } : none();
}

/** The bytes of a file from `from` to its end; none when it cannot be read (the full read then says why). */
function readRange(path: string, from: number): Buffer {
  try {
    return readLimited(path, MAX_DATA_BYTES, from);
  } catch {
    return Buffer.alloc(0);
  }
}
