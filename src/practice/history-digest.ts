// What the commands need from history.jsonl, built line by line so that the parsed-file cache
// (io/file-cache.ts) can keep it and fold in only the lines appended since the last run: the
// answer records, the broken lines, the sessions still open, the FSRS cards and the stories
// told. Everything in it is plain JSON with named fields, as the cache stores it.
import { toRecord, type AnswerRecord } from "./answer-record.js";
import { parseHistoryText, type CorruptLine, type HistoryEntry } from "./history.js";
import { replayAnswers, type Replay, type Replays } from "./schedule.js";

/**
 * The answer records in file order, a column per field: 100,000 answers parse several times
 * faster this way than as objects. Deck, question and session ids are kept once each, in
 * `strings`; their columns hold positions in it. `null` stands for a number the line did not
 * have (NaN in an AnswerRecord).
 */
export interface AnswerColumns {
  strings: string[];
  deck: number[];
  question: number[];
  session: number[];
  rating: number[];
  time: number[];
  seconds: (number | null)[];
  limit: (number | null)[];
  covered: (number | null)[];
  points: (number | null)[];
  star: number[];
  /** Position of the story's slug in `strings`, or null when the answer named no story. */
  story: (number | null)[];
}

/** One question's FSRS card after its answers, as the cache stores it. */
export interface StoredCard extends Replay {
  deck: string;
  question: string;
}

export interface HistoryDigest {
  /** Absent in the digest that `practice` keeps, which needs only the cards. */
  answers?: AnswerColumns;
  /** Lines that are not history entries, with their line numbers. */
  corrupt: CorruptLine[];
  /** The lines of sessions started and not ended (killed, or running elsewhere), in file order. */
  open: HistoryEntry[];
  /** The latest answer time (epoch ms) so far; null before the first answer. */
  lastTime: number | null;
  /**
   * Every answer replayed through FSRS in time order. An answer earlier than one before it (two
   * sessions at once, a clock set back) means replaying all of them in order again: the digest
   * with answers does so, the one without has null from then on.
   */
  cards: StoredCard[] | null;
  /** Usable answers per story slug told (what the story bank shows as "told"). */
  stories: Record<string, number>;
}

/** A digest of no lines yet. */
export function emptyDigest(withAnswers: boolean): HistoryDigest {
  return { ...(withAnswers ? { answers: emptyColumns() } : {}), corrupt: [], open: [], lastTime: null, cards: [], stories: {} };
}

/**
 * `digest` (changed in place, and returned) with the lines in `bytes` added; `firstLine`
 * numbers the first of them. Without a digest, starts from an empty one.
 */
export function foldHistory(digest: HistoryDigest | undefined, bytes: Buffer, firstLine: number, withAnswers: boolean): HistoryDigest {
  const folded = digest ?? emptyDigest(withAnswers);
  const { entries, corrupt } = parseHistoryText(bytes.toString("utf8"), firstLine);
  folded.corrupt.push(...corrupt);
  folded.open = withOpen(folded.open, entries);
  const records: AnswerRecord[] = [];
  for (const entry of entries) {
    const record = toRecord(entry);
    if (record) records.push(record);
  }
  if (!records.length) return folded;
  if (folded.answers) addRecords(folded.answers, records);
  for (const { story } of records) if (story) folded.stories[story] = (folded.stories[story] ?? 0) + 1;
  let latest = folded.lastTime ?? -Infinity;
  let inOrder = true;
  for (const { time } of records) {
    if (time < latest) inOrder = false;
    else latest = time;
  }
  if (folded.cards && inOrder) folded.cards = storeCards(replayAnswers(records, replaysOf(folded.cards)));
  else if (folded.answers) folded.cards = storeCards(replayAnswers(answersInTimeOrder(folded.answers)));
  else folded.cards = null;
  folded.lastTime = latest;
  return folded;
}

/**
 * The open sessions' lines after `entries`: a start line opens a session, its answers join it,
 * its end line closes it. Kept in the digest so that finding a killed session before the first
 * question never reads the whole history.
 */
function withOpen(open: readonly HistoryEntry[], entries: readonly HistoryEntry[]): HistoryEntry[] {
  if (!open.length && !entries.some((entry) => entry.type === "start")) return [];
  const sessions = new Map<string, HistoryEntry[]>();
  for (const entry of [...open, ...entries]) {
    if (entry.type === "start") sessions.set(entry.session, [entry]);
    else if (entry.type === "end") sessions.delete(entry.session);
    else sessions.get(entry.session)?.push(entry);
  }
  return [...sessions.values()].flat();
}

function emptyColumns(): AnswerColumns {
  return { strings: [], deck: [], question: [], session: [], rating: [], time: [], seconds: [], limit: [], covered: [], points: [], star: [], story: [] };
}

const orNull = (value: number) => (Number.isNaN(value) ? null : value);
const orNaN = (value: number | null) => value ?? Number.NaN;

function addRecords(columns: AnswerColumns, records: readonly AnswerRecord[]): void {
  const ids = new Map(columns.strings.map((text, i) => [text, i]));
  const id = (text: string) => {
    let at = ids.get(text);
    if (at === undefined) ids.set(text, (at = columns.strings.push(text) - 1));
    return at;
  };
  for (const record of records) {
    columns.deck.push(id(record.deck));
    columns.question.push(id(record.question));
    columns.session.push(id(record.session));
    columns.rating.push(record.rating);
    columns.time.push(record.time);
    columns.seconds.push(orNull(record.seconds));
    columns.limit.push(orNull(record.limit));
    columns.covered.push(orNull(record.covered));
    columns.points.push(orNull(record.points));
    columns.star.push(record.star);
    columns.story.push(record.story ? id(record.story) : null);
  }
}

/**
 * The answer records the columns hold, in time order (file order for equal times), each made
 * as it is reached: 100,000 records held at once cost several times more to build and to
 * collect than records used and dropped one by one.
 */
export function answersInTimeOrder(columns: AnswerColumns): Iterable<AnswerRecord> {
  const { strings, time } = columns;
  let order: number[] | undefined;
  for (let i = 1; i < time.length && !order; i++) {
    // Appends are in time order; two sessions at once or a clock set back need a (stable) sort.
    if (time[i]! < time[i - 1]!) order = [...time.keys()].sort((a, b) => time[a]! - time[b]!);
  }
  return {
    *[Symbol.iterator]() {
      for (let k = 0; k < time.length; k++) {
        const i = order ? order[k]! : k;
        yield {
          deck: strings[columns.deck[i]!]!,
          question: strings[columns.question[i]!]!,
          session: strings[columns.session[i]!]!,
          rating: columns.rating[i]!,
          time: time[i]!,
          seconds: orNaN(columns.seconds[i]!),
          limit: orNaN(columns.limit[i]!),
          covered: orNaN(columns.covered[i]!),
          points: orNaN(columns.points[i]!),
          star: columns.star[i]!,
          ...(columns.story[i] != null ? { story: strings[columns.story[i]!]! } : {}),
        };
      }
    },
  };
}

function storeCards(replays: Replays): StoredCard[] {
  const cards: StoredCard[] = [];
  for (const [deck, questions] of replays) {
    for (const [question, replay] of questions) cards.push({ deck, question, ...replay });
  }
  return cards;
}

/** The cards as schedule.ts replays them: deck id -> question id -> replay. */
export function replaysOf(cards: readonly StoredCard[]): Replays {
  const replays: Replays = new Map();
  for (const { deck, question, card, lastRating, recent } of cards) {
    let questions = replays.get(deck);
    if (!questions) replays.set(deck, (questions = new Map()));
    questions.set(question, { card: { ...card }, lastRating, recent: [...recent] });
  }
  return replays;
}
