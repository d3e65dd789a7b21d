// The history index: the answer records of history.jsonl kept in the cache folder, so that
// `stats` and the practice schedule read only what was appended since the last run instead of
// parsing every line again (100,000 lines cost about 250 ms of JSON parsing on their own).
// It is only ever a copy: it is used when a hash of the history's first `offset` bytes still
// matches, so an edited, replaced or shortened history is simply read in full again, and a
// missing, broken or unwritable index only costs time. history.jsonl itself is never written.
import { createHash, type Hash } from "node:crypto";
import { closeSync, fstatSync, openSync, readFileSync, readSync, statSync } from "node:fs";
import { join } from "node:path";
import { replaceFile } from "../notes/files.js";
import type { State } from "ts-fsrs";
import { toRecord, type AnswerRecord } from "./answer-record.js";
import { parseHistoryText, type CorruptLine } from "./history.js";
import { replayAnswers, type Replay, type Replays } from "./schedule.js";

const VERSION = 1;
/** time, deck, question, session, rating, seconds, limit, covered, points, star */
const FIELDS = 10;
/** deck, question, state, due, stability, difficulty, reps, lapses, step, elapsedDays, scheduledDays, lastReview, lastRating, recent count, 3 recent */
const CARD_FIELDS = 17;
const SETTLED_MS = 2000;

interface IndexFile {
  version: number;
  history: string;
  /** Bytes of history.jsonl indexed: always just after a newline. */
  offset: number;
  /** Lines in those bytes, so that new lines get their right numbers. */
  lines: number;
  /** Inode, size and mtime of the history when indexed ("" if it was growing): equal means unchanged. */
  stamp: string;
  /** Of the first `offset` bytes: equal means the history only grew since. */
  sha1: string;
  corrupt: CorruptLine[];
  strings: string[];
  /** FIELDS numbers per answer, strings as positions in `strings`, unknown numbers as -1. */
  answers: number[];
  /** The FSRS cards after replaying those answers, CARD_FIELDS numbers each; absent when they are not in time order. */
  cards?: number[];
}

export interface IndexedAnswers {
  /** In file order. */
  answers: AnswerRecord[];
  corrupt: CorruptLine[];
  /** Every answer replayed, when the answers are in time order (as appends are): no need to replay again. */
  replays?: Replays;
}

/** Where the index of a history file lives: one per history file, named by its path. */
export function historyIndexPath(cacheDir: string, historyPath: string): string {
  return join(cacheDir, `history-${createHash("sha1").update(historyPath).digest("hex").slice(0, 16)}.json`);
}

/** The answers and broken lines of `historyPath`, through the index at `indexPath` (updated when the history grew). */
export function readAnswers(historyPath: string, indexPath: string): IndexedAnswers {
  let stamp: string;
  let size: number;
  let settled: boolean;
  try {
    const stat = statSync(historyPath, { bigint: true });
    // Inode, size and modification time: what git also trusts to tell an unchanged file.
    stamp = `${stat.ino}:${stat.size}:${stat.mtimeNs}`;
    size = Number(stat.size);
    // File times tick coarsely (milliseconds): a change made in the same tick as the last one
    // keeps the same stamp. Like git with "racily clean" files, a stamp is only trusted for a
    // history that had been still for a while when it was indexed.
    settled = Date.now() - Number(stat.mtimeMs) > SETTLED_MS;
  } catch {
    return { answers: [], corrupt: [] };
  }
  const stored = readIndexFile(indexPath, historyPath);
  if (stored && stored.stamp === stamp) {
    const answers = decode(stored);
    return withTail(stored, { answers, corrupt: [...stored.corrupt], replays: decodeCards(stored) }, readRange(historyPath, stored.offset));
  }

  let bytes: Buffer;
  try {
    bytes = readFileSync(historyPath);
  } catch {
    return { answers: [], corrupt: [] };
  }
  // Only whole lines are indexed; a last line without its newline (a crash mid-write) is read
  // every time until an append completes it.
  const complete = bytes.lastIndexOf(0x0a) + 1;
  const { index, hash } = verify(stored, bytes, complete);
  const from = index?.offset ?? 0;
  const answers = index ? decode(index) : [];
  const corrupt = index ? [...index.corrupt] : [];
  const firstLine = (index?.lines ?? 0) + 1;

  const known = answers.length;
  const fresh = parseHistoryText(bytes.toString("utf8", from, complete), firstLine);
  addRecords(answers, fresh.entries);
  corrupt.push(...fresh.corrupt);
  const replays = replayFrom(answers, known, index ? decodeCards(index) : new Map());
  const header = { version: VERSION, history: historyPath, offset: complete, lines: firstLine - 1 + countNewlines(bytes, from, complete) };
  if (complete > from || (index && index.stamp !== stamp)) {
    hash.update(bytes.subarray(from, complete));
    // No stamp for a history that was growing while read or changed just now: the next run checks the hash.
    const current = bytes.length === size && settled ? stamp : "";
    writeIndex(indexPath, { ...header, stamp: current, sha1: hash.digest("hex"), corrupt, strings: [], answers: [] }, answers, replays);
  }
  return withTail(header, { answers, corrupt, replays }, bytes.subarray(complete));
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
function withTail(indexed: { lines: number }, result: IndexedAnswers, tail: Buffer): IndexedAnswers {
  if (!tail.length) return result;
  const { answers, corrupt } = result;
  const known = answers.length;
  const parsed = parseHistoryText(tail.toString("utf8"), indexed.lines + 1);
  addRecords(answers, parsed.entries);
  corrupt.push(...parsed.corrupt);
  const replays = replayFrom(answers, known, result.replays);
  return { answers, corrupt, ...(replays ? { replays } : {}) };
}

/** The bytes of a file from `from` to its end. */
function readRange(path: string, from: number): Buffer {
  let fd: number | undefined;
  try {
    fd = openSync(path, "r");
    const size = fstatSync(fd).size;
    const buffer = Buffer.alloc(Math.max(0, size - from));
    let read = 0;
    while (read < buffer.length) {
      const got = readSync(fd, buffer, read, buffer.length - read, from + read);
      if (got === 0) break;
      read += got;
    }
    return buffer.subarray(0, read);
  } catch {
    return Buffer.alloc(0);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
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

/** The index file for this history, if it is one this version can use. */
function readIndexFile(indexPath: string, historyPath: string): IndexFile | undefined {
  let index: IndexFile;
  try {
    index = JSON.parse(readFileSync(indexPath, "utf8")) as IndexFile;
  } catch {
    return undefined;
  }
  const fits =
    index?.version === VERSION &&
    index.history === historyPath &&
    typeof index.stamp === "string" &&
    typeof index.sha1 === "string" &&
    Number.isInteger(index.offset) &&
    index.offset > 0 &&
    Number.isInteger(index.lines) &&
    Array.isArray(index.answers) &&
    index.answers.length % FIELDS === 0 &&
    Array.isArray(index.strings) &&
    Array.isArray(index.corrupt);
  return fits ? index : undefined;
}

/**
 * The index, if the history still starts with the bytes it indexed, and a hash holding those
 * bytes (none without an index), to be continued over the new ones.
 */
function verify(index: IndexFile | undefined, bytes: Buffer, complete: number): { index?: IndexFile; hash: Hash } {
  if (!index || index.offset > complete) return { hash: createHash("sha1") };
  const hash = createHash("sha1").update(bytes.subarray(0, index.offset));
  // Not the same history any more (edited, replaced): read it all, hashing from the start.
  return hash.copy().digest("hex") === index.sha1 ? { index, hash } : { hash: createHash("sha1") };
}

function decode(index: IndexFile): AnswerRecord[] {
  const { strings, answers: n } = index;
  const known = (value: number) => (value < 0 ? Number.NaN : value);
  const records: AnswerRecord[] = [];
  for (let i = 0; i < n.length; i += FIELDS) {
    records.push({
      time: n[i]!,
      deck: strings[n[i + 1]!] ?? "",
      question: strings[n[i + 2]!] ?? "",
      session: strings[n[i + 3]!] ?? "",
      rating: n[i + 4]!,
      seconds: known(n[i + 5]!),
      limit: known(n[i + 6]!),
      covered: known(n[i + 7]!),
      points: known(n[i + 8]!),
      star: n[i + 9]!,
    });
  }
  return records;
}

function writeIndex(indexPath: string, header: IndexFile, answers: AnswerRecord[], replays: Replays | undefined): void {
  const strings = new Map<string, number>();
  const id = (text: string) => {
    let at = strings.get(text);
    if (at === undefined) strings.set(text, (at = strings.size));
    return at;
  };
  const orUnknown = (value: number) => (Number.isNaN(value) ? -1 : value);
  const numbers: number[] = [];
  for (const a of answers) {
    numbers.push(a.time, id(a.deck), id(a.question), id(a.session), a.rating, orUnknown(a.seconds), orUnknown(a.limit), orUnknown(a.covered), orUnknown(a.points), a.star);
  }
  const cards = replays ? encodeCards(replays, id) : undefined;
  try {
    replaceFile(indexPath, JSON.stringify({ ...header, strings: [...strings.keys()], answers: numbers, ...(cards ? { cards } : {}) }));
  } catch {
    // A read-only or full cache folder only means the next run reads the whole history again.
  }
}

function encodeCards(replays: Replays, id: (text: string) => number): number[] {
  const numbers: number[] = [];
  for (const [deck, questions] of replays) {
    for (const [question, { card, lastRating, recent }] of questions) {
      const lastReview = Number.isNaN(card.lastReview) ? -1 : card.lastReview;
      numbers.push(id(deck), id(question), card.state, card.due, card.stability, card.difficulty, card.reps, card.lapses, card.step, card.elapsedDays, card.scheduledDays);
      numbers.push(lastReview, lastRating, recent.length, recent[0] ?? 0, recent[1] ?? 0, recent[2] ?? 0);
    }
  }
  return numbers;
}

/** The replayed cards the index holds, or undefined when it holds none. */
function decodeCards(index: IndexFile): Replays | undefined {
  const { cards: n, strings } = index;
  if (!Array.isArray(n) || n.length % CARD_FIELDS !== 0) return undefined;
  const replays: Replays = new Map();
  for (let i = 0; i < n.length; i += CARD_FIELDS) {
    const deck = strings[n[i]!] ?? "";
    let questions = replays.get(deck);
    if (!questions) replays.set(deck, (questions = new Map()));
    const replay: Replay = {
      card: {
        state: n[i + 2]! as State,
        due: n[i + 3]!,
        stability: n[i + 4]!,
        difficulty: n[i + 5]!,
        reps: n[i + 6]!,
        lapses: n[i + 7]!,
        step: n[i + 8]!,
        elapsedDays: n[i + 9]!,
        scheduledDays: n[i + 10]!,
        lastReview: n[i + 11]! < 0 ? Number.NaN : n[i + 11]!,
      },
      lastRating: n[i + 12]!,
      recent: n.slice(i + 14, i + 14 + n[i + 13]!),
    };
    questions.set(strings[n[i + 1]!] ?? "", replay);
  }
  return replays;
}
