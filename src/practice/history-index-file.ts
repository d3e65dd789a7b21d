// The history index on disk (history-index.ts decides when to trust it). Two lines of JSON:
// a small header (where the index stops in history.jsonl, how to check it, the broken lines,
// and the FSRS cards), then the answer records. `practice` needs only the cards, so it parses
// only the first line; `stats` reads both.
import type { State } from "ts-fsrs";
import { replaceFile } from "../io/files.js";
import { MAX_DATA_BYTES, readLimited } from "../io/read-file.js";
import type { AnswerRecord } from "./answer-record.js";
import type { CorruptLine, HistoryEntry } from "./history.js";
import type { Replay, Replays } from "./schedule.js";

const VERSION = 4; // 4: whole-day cards and the open sessions' lines; 3: an unknown last review is null, not -1
/** time, deck, question, session, rating, seconds, limit, covered, points, star */
const FIELDS = 10;
/** deck, question, state, due, stability, difficulty, reps, lapses, step, elapsedDays, scheduledDays, lastReview, lastRating, recent count, 3 recent */
const CARD_FIELDS = 17;

export interface IndexHeader {
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
  /** The lines of sessions started and not yet ended, in file order (usually none). */
  open: HistoryEntry[];
  /** Time of the last answer indexed (epoch ms), null for none: later answers continue the replay. */
  lastTime: number | null;
  /** The FSRS cards after replaying the answers, CARD_FIELDS numbers each, names from `cardStrings`; absent when the answers are not in time order. */
  cards?: number[];
  cardStrings?: string[];
}

export interface StoredIndex {
  header: IndexHeader;
  /** The answer records (parsed on demand), or undefined if that part is damaged. */
  answers(): AnswerRecord[] | undefined;
  /** The replayed cards, or undefined when the index has none. */
  replays(): Replays | undefined;
}

/** The index file for this history, if it is one this version can use. */
export function readIndex(indexPath: string, historyPath: string): StoredIndex | undefined {
  let bytes: Buffer;
  let header: IndexHeader;
  let newline: number;
  try {
    bytes = readLimited(indexPath, MAX_DATA_BYTES);
    newline = bytes.indexOf(0x0a);
    header = JSON.parse(bytes.toString("utf8", 0, newline === -1 ? bytes.length : newline)) as IndexHeader;
  } catch {
    return undefined;
  }
  const fits =
    newline !== -1 &&
    header?.version === VERSION &&
    header.history === historyPath &&
    typeof header.stamp === "string" &&
    typeof header.sha1 === "string" &&
    Number.isInteger(header.offset) &&
    header.offset > 0 &&
    Number.isInteger(header.lines) &&
    Array.isArray(header.corrupt) &&
    Array.isArray(header.open) &&
    (header.lastTime === null || typeof header.lastTime === "number");
  if (!fits) return undefined;
  return {
    header,
    answers: () => decodeAnswers(bytes.toString("utf8", newline + 1)),
    replays: () => decodeCards(header),
  };
}

export function writeIndex(indexPath: string, header: Omit<IndexHeader, "version" | "lastTime" | "cards" | "cardStrings">, answers: AnswerRecord[], replays: Replays | undefined): void {
  const cardStrings = new Strings();
  const cards = replays ? encodeCards(replays, cardStrings) : undefined;
  const full: IndexHeader = {
    version: VERSION,
    ...header,
    lastTime: answers.length ? answers[answers.length - 1]!.time : null,
    ...(cards ? { cards, cardStrings: cardStrings.list() } : {}),
  };
  try {
    replaceFile(indexPath, `${JSON.stringify(full)}\n${JSON.stringify(encodeAnswers(answers))}\n`);
  } catch {
    // A read-only or full cache folder only means the next run reads the whole history again.
  }
}

/** A table of names, each stored once and referred to by position. */
class Strings {
  private readonly ids = new Map<string, number>();
  id(text: string): number {
    let at = this.ids.get(text);
    if (at === undefined) this.ids.set(text, (at = this.ids.size));
    return at;
  }
  list(): string[] {
    return [...this.ids.keys()];
  }
}

function encodeAnswers(answers: AnswerRecord[]): { strings: string[]; answers: number[] } {
  const strings = new Strings();
  const orUnknown = (value: number) => (Number.isNaN(value) ? -1 : value);
  const numbers: number[] = [];
  for (const a of answers) {
    numbers.push(a.time, strings.id(a.deck), strings.id(a.question), strings.id(a.session), a.rating);
    numbers.push(orUnknown(a.seconds), orUnknown(a.limit), orUnknown(a.covered), orUnknown(a.points), a.star);
  }
  return { strings: strings.list(), answers: numbers };
}

function decodeAnswers(text: string): AnswerRecord[] | undefined {
  let body: { strings: string[]; answers: number[] };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    return undefined;
  }
  const { strings, answers: n } = body ?? {};
  if (!Array.isArray(strings) || !Array.isArray(n) || n.length % FIELDS !== 0) return undefined;
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

function encodeCards(replays: Replays, strings: Strings): number[] {
  const numbers: number[] = [];
  for (const [deck, questions] of replays) {
    for (const [question, { card, lastRating, recent }] of questions) {
      // No review yet is NaN, which JSON writes as null; any number, even a negative one (a date
      // before 1970 typed into the history by hand), is a real time and must come back as it went.
      const lastReview = card.lastReview;
      numbers.push(strings.id(deck), strings.id(question), card.state, card.due, card.stability, card.difficulty, card.reps, card.lapses, card.step);
      numbers.push(card.elapsedDays, card.scheduledDays, lastReview, lastRating, recent.length, recent[0] ?? 0, recent[1] ?? 0, recent[2] ?? 0);
    }
  }
  return numbers;
}

function decodeCards(header: IndexHeader): Replays | undefined {
  const { cards: n, cardStrings: strings } = header;
  if (!Array.isArray(n) || !Array.isArray(strings) || n.length % CARD_FIELDS !== 0) return undefined;
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
        lastReview: typeof n[i + 11] === "number" ? n[i + 11]! : Number.NaN,
      },
      lastRating: n[i + 12]!,
      recent: n.slice(i + 14, i + 14 + n[i + 13]!),
    };
    questions.set(strings[n[i + 1]!] ?? "", replay);
  }
  return replays;
}
