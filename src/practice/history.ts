// history.jsonl: the append-only record of practice. Each answer is appended the
// moment it is rated, as one write of one whole line, so two sessions at once never interleave
// and a crash loses at most the answer in progress. A session's "start" line without its "end"
// line marks a session that was killed, which the next `practice` offers to recover.
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { dirname } from "node:path";
import { cannotWrite } from "../io/errors.js";
import { appendWhole, ensureDir } from "../io/files.js";

export interface SessionStartEntry {
  type: "start";
  session: string;
  deck: string;
  deckTitle: string;
  program?: string;
  /** Question ids in the order they will be asked. */
  plan: string[];
  at: string;
}

export interface AnswerEntry {
  type: "answer";
  session: string;
  deck: string;
  question: string;
  /** Self-rating 1-5. */
  rating: number;
  /** Time used, to 0.1 s. */
  seconds: number;
  /** The answer time limit in seconds. */
  limit: number;
  takes: number;
  answer: string;
  /** Finished takes set aside for a retake before this one was kept, oldest first; absent when none had text. */
  earlier?: string[];
  mode: "typed" | "aloud";
  /** Points covered and total points, from keyword coverage. */
  covered: number;
  points: number;
  /** STAR parts found, for star questions only. */
  star?: { situation: boolean; task: boolean; action: boolean; result: boolean };
  nextTime?: string;
  category?: string;
  format?: string;
  /** The story the answer told (its file's slug in stories/), when the user named one. */
  story?: string;
  at: string;
}

/**
 * A question passed over on purpose: no rating, so it schedules nothing and counts in no
 * average; the question stays as due as it was. Written by versions that offer a skip; older
 * histories simply have none.
 */
export interface SkipEntry {
  type: "skip";
  session: string;
  deck: string;
  question: string;
  category?: string;
  /** What was typed before the skip, if anything: a session killed later still keeps it. */
  answer?: string;
  /** The answer time ran out with nothing typed (--hard): skipped by the clock, not the user. */
  timedOut?: true;
  at: string;
}

export interface SessionEndEntry {
  type: "end";
  session: string;
  /** Where the note was saved, if it was. */
  note?: string;
  interrupted?: boolean;
  at: string;
}

export type HistoryEntry = SessionStartEntry | AnswerEntry | SkipEntry | SessionEndEntry;

export interface CorruptLine {
  line: number;
  message: string;
}

export function appendHistory(path: string, entry: HistoryEntry): void {
  // Outside the try: its own error already names the folder that could not be made.
  ensureDir(dirname(path));
  try {
    // One write(2) with O_APPEND: whole lines, never interleaved; on a full disk, no half line.
    // After a crash mid-write the file can end inside a line: start a fresh one, or this entry
    // would be glued onto the broken line and lost with it. The broken line itself stays.
    const line = `${JSON.stringify(entry)}\n`;
    appendWhole(path, endsMidLine(path) ? `\n${line}` : line);
  } catch (error) {
    throw cannotWrite(path, error);
  }
}

/** True when the file's last byte is not a newline (reads one byte, not the file). */
function endsMidLine(path: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(path, "r");
    const size = fstatSync(fd).size;
    if (size === 0) return false;
    const last = Buffer.alloc(1);
    readSync(fd, last, 0, 1, size - 1);
    return last[0] !== 0x0a;
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * The entries and broken lines of history text; `firstLine` numbers the first line, for text
 * that starts part-way into the file (the cached digest folds in only what was appended).
 */
export function parseHistoryText(text: string, firstLine = 1): { entries: HistoryEntry[]; corrupt: CorruptLine[] } {
  const entries: HistoryEntry[] = [];
  const corrupt: CorruptLine[] = [];
  let start = 0;
  for (let line = firstLine; start < text.length; line++) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    const raw = text.slice(start, end).trim();
    start = end + 1;
    if (!raw) continue;
    try {
      const entry: unknown = JSON.parse(raw);
      const problem = isHistoryEntry(entry) ? valueProblem(entry) : "not a history entry";
      if (problem) corrupt.push({ line, message: problem });
      else entries.push(entry as HistoryEntry);
    } catch {
      corrupt.push({ line, message: end === text.length && !text.endsWith("\n") ? "truncated line (the last write did not finish)" : "not valid JSON" });
    }
  }
  return { entries, corrupt };
}

/** Times as appendHistory writes them: ISO 8601 with a zone ("2026-11-22T14:05:00-05:00"). */
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * A value no run of this program writes, in an entry of the right shape: a time that is not an
 * ISO 8601 moment ("22/11/2026 10:00"), a rating outside the FSRS grades 1-5, a negative time.
 * Such a line is reported and skipped like a broken one, never used or silently dropped.
 */
export function valueProblem(entry: HistoryEntry): string | undefined {
  if (!ISO_TIME.test(entry.at) || Number.isNaN(Date.parse(entry.at))) return `unreadable time ${JSON.stringify(entry.at)}: write it as 2026-11-22T14:05:00-05:00`;
  if (entry.type !== "answer") return undefined;
  if (!Number.isInteger(entry.rating) || entry.rating < 1 || entry.rating > 5) return `rating ${entry.rating} is not a whole number from 1 to 5`;
  if (entry.seconds < 0 || entry.limit <= 0 || entry.takes < 1) return `impossible time, limit or takes (${entry.seconds} s of ${entry.limit} s, ${entry.takes} takes)`;
  return undefined;
}

const isString = (value: unknown): value is string => typeof value === "string";
const isNumber = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);
const optional = (value: unknown, test: (value: unknown) => boolean) => value === undefined || test(value);

/**
 * A line with the fields appendHistory always writes, of the right types. Anything else (a hand
 * edit, `{"type":"answer"}`) is reported as not an entry: taken as one, it crashed the recovery
 * of unfinished sessions on a missing text. Type checks only: this runs on every line.
 */
export function isHistoryEntry(value: unknown): value is HistoryEntry {
  if (value === null || typeof value !== "object") return false;
  const entry = value as Record<string, unknown>;
  if (!isString(entry.session) || !isString(entry.at)) return false;
  switch (entry.type) {
    case "answer":
      return (
        isString(entry.deck) && isString(entry.question) && isNumber(entry.rating) && isNumber(entry.seconds) && isNumber(entry.limit) &&
        isNumber(entry.takes) && isString(entry.answer) && (entry.mode === "typed" || entry.mode === "aloud") && isNumber(entry.covered) &&
        isNumber(entry.points) && optional(entry.nextTime, isString) && optional(entry.category, isString) && optional(entry.format, isString) &&
        optional(entry.story, isString) &&
        optional(entry.earlier, (takes) => Array.isArray(takes) && takes.every(isString)) && optional(entry.star, (star) => star !== null && typeof star === "object")
      );
    case "skip":
      return isString(entry.deck) && isString(entry.question) && optional(entry.category, isString) && optional(entry.answer, isString) && optional(entry.timedOut, (flag) => flag === true);
    case "start":
      return isString(entry.deck) && isString(entry.deckTitle) && Array.isArray(entry.plan) && entry.plan.every(isString) && optional(entry.program, isString);
    case "end":
      return optional(entry.note, isString) && optional(entry.interrupted, (flag) => typeof flag === "boolean");
    default:
      return false;
  }
}
