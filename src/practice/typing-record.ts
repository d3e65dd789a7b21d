// What is being typed in a practice session, kept beside history.jsonl: kill -9 (or a power cut)
// runs no handler, so without this the answer in progress would be lost. The next run finds the
// record with the session's unfinished history and offers the text back, unrated. One small
// JSON file per running session, replaced atomically, removed once the session is saved.
import { rmSync } from "node:fs";
import { join } from "node:path";
import { replaceFile } from "../io/files.js";
import { readIfExists } from "../io/read-file.js";
import type { UnratedAnswer } from "./practice-note.js";

export interface TypingRecord {
  /** The answer being typed (or kept but not yet rated). */
  answer?: UnratedAnswer;
  /**
   * Finished takes set aside for a retake and not rated: the question on hand's, and those of
   * questions skipped since. The run holds them only in memory until the session is saved.
   */
  setAside?: UnratedAnswer[];
  /**
   * "Next time I will…" lines by question id, entered or being typed: history keeps only the
   * rating, the note gets them at the end.
   */
  nextTimes?: Record<string, string>;
}

/** `<home>/.typing-<session id>.json`; a session id holds only [0-9A-Za-z-]. */
export function typingFile(home: string, session: string): string {
  return join(home, `.typing-${session}.json`);
}

/**
 * The record of a session, or undefined when there is none. A record that is not what this
 * program writes (edited by hand, from another version) counts as none: it only ever holds a
 * copy of text that was never saved anywhere else, and refusing it would stop recovery.
 */
export function readTyping(path: string): TypingRecord | undefined {
  const text = readIfExists(path);
  if (text === undefined) return undefined;
  try {
    const value = JSON.parse(text) as TypingRecord;
    const answer = value.answer;
    const next = value.nextTimes;
    const validNext = typeof next === "object" && next !== null && Object.values(next).every((line) => typeof line === "string");
    const setAside = Array.isArray(value.setAside) ? value.setAside.filter(isUnratedAnswer) : [];
    return { ...(isUnratedAnswer(answer) ? { answer } : {}), ...(validNext ? { nextTimes: next } : {}), ...(setAside.length ? { setAside } : {}) };
  } catch {
    return undefined;
  }
}

function isUnratedAnswer(answer: unknown): answer is UnratedAnswer {
  const { questionId, text, answer: typed } = (answer ?? {}) as Partial<UnratedAnswer>;
  return typeof questionId === "string" && typeof text === "string" && typeof typed === "string";
}

export function removeTyping(path: string): void {
  rmSync(path, { force: true });
}

/**
 * Keeps a session's record on disk while text is typed: written at once on the first change and
 * whenever a line is added, otherwise at most once per `intervalMs` milliseconds, with a last
 * write `intervalMs` after the latest keystroke, so no more than that much typing is ever at
 * risk and typing costs at most one small atomic write a second. Throws CannotWriteError (exit 73) from a write.
 */
export class TypingRecorder {
  private record: TypingRecord = {};
  private written = Number.NEGATIVE_INFINITY;
  private lines = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly path: string,
    private readonly intervalMs = 1000,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Replaces the record (parts left out are no longer being typed). `now` writes at once: an
   * answer that was just rated is in history, and a copy left here would come back unrated.
   */
  update(record: TypingRecord, { now = false } = {}): void {
    this.record = record;
    const lines = `${record.answer?.answer ?? ""}\n${Object.values(record.nextTimes ?? {}).join("\n")}`.split("\n").length;
    const newLine = lines > this.lines;
    this.lines = lines;
    const wait = this.written + this.intervalMs - this.now();
    if (now || newLine || wait <= 0) this.flush();
    // unref: a write still waiting never keeps a finished run from exiting.
    else this.timer ??= setTimeout(() => this.flush(), wait).unref();
  }

  /** The session is saved in a note (or closed): the record goes. */
  clear(): void {
    this.cancel();
    this.record = {};
    this.lines = 0;
    removeTyping(this.path);
  }

  /** Stops the pending write; the file stays as it is. */
  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private flush(): void {
    this.cancel();
    this.written = this.now();
    const { answer, nextTimes = {}, setAside = [] } = this.record;
    if (answer?.answer.trim() || setAside.length || Object.values(nextTimes).some((line) => line.trim())) replaceFile(this.path, `${JSON.stringify(this.record)}\n`);
    else removeTyping(this.path);
  }
}
