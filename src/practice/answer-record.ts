// What scheduling and stats need from one answer line of history.jsonl, as plain numbers and
// short strings: the typed answer itself is not kept, so 100,000 lines stay cheap to hold and
// the cached history digest (history-digest.ts) can keep them compactly.
import type { HistoryEntry } from "./history.js";

export interface AnswerRecord {
  deck: string;
  question: string;
  session: string;
  /** Self-rating, a whole number 1-5. */
  rating: number;
  /** When it was rated, epoch ms. */
  time: number;
  /** Time used and the limit, in seconds; NaN when the line did not say. */
  seconds: number;
  limit: number;
  /** Points covered and points listed; NaN when the line did not say. */
  covered: number;
  points: number;
  /** STAR parts found as bits (situation 1, task 2, action 4, result 8); -1 for a question that is not `star`. */
  star: number;
  /** The slug of the story told, when the answer named one from the story bank. */
  story?: string;
}

const number = (value: unknown) => (typeof value === "number" && Number.isFinite(value) ? value : Number.NaN);

/** The record of an answer entry, or undefined for other entries and answers unfit to count (no rating 1-5, no readable time). */
export function toRecord(entry: HistoryEntry): AnswerRecord | undefined {
  if (entry.type !== "answer" || typeof entry.deck !== "string" || typeof entry.question !== "string") return undefined;
  if (!Number.isInteger(entry.rating) || entry.rating < 1 || entry.rating > 5 || typeof entry.at !== "string") return undefined;
  const time = Date.parse(entry.at);
  if (Number.isNaN(time)) return undefined;
  const star = entry.star && typeof entry.star === "object" ? entry.star : undefined;
  return {
    deck: entry.deck,
    question: entry.question,
    session: typeof entry.session === "string" ? entry.session : "",
    rating: entry.rating,
    time,
    seconds: number(entry.seconds),
    limit: number(entry.limit),
    covered: number(entry.covered),
    points: number(entry.points),
    star: star ? (star.situation === true ? 1 : 0) | (star.task === true ? 2 : 0) | (star.action === true ? 4 : 0) | (star.result === true ? 8 : 0) : -1,
    ...(typeof entry.story === "string" && entry.story ? { story: entry.story } : {}),
  };
}

/** How many of the four STAR parts the bits hold. */
export function starCount(bits: number): number {
  return (bits & 1) + ((bits >> 1) & 1) + ((bits >> 2) & 1) + ((bits >> 3) & 1);
}

/**
 * Records in time order, sorted in place. Appends are in time order already, so the sort
 * (stable: equal times keep file order) only runs when two sessions interleaved or a clock
 * went back.
 */
export function inTimeOrder(records: AnswerRecord[]): AnswerRecord[] {
  for (let i = 1; i < records.length; i++) {
    if (records[i]!.time < records[i - 1]!.time) return records.sort((a, b) => a.time - b.time);
  }
  return records;
}

/** The usable answers of `entries` (optionally of one deck), in time order. */
export function answerRecords(entries: HistoryEntry[], deckId?: string): AnswerRecord[] {
  const records: AnswerRecord[] = [];
  for (const entry of entries) {
    if (entry.type !== "answer" || (deckId !== undefined && entry.deck !== deckId)) continue;
    const record = toRecord(entry);
    if (record) records.push(record);
  }
  return inTimeOrder(records);
}
