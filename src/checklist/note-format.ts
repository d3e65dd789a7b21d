// The front matter of a checklist progress note, written and read without the yaml library so that
// `checklist --print` starts fast. The writer emits a small, fixed subset of YAML; the reader
// accepts exactly that subset and answers `undefined` for anything else (a comment, a tab, CRLF,
// a key it does not know), and the caller then parses the note with the real YAML parser. So the
// fast path can only ever agree with the full one: it never guesses.
import { checkDay } from "./due.js";
import type { DoneEntry, ProgressState } from "./progress.js";

/** Plain (unquoted) scalars that every YAML parser reads as the same string: ids, "default". */
const PLAIN = /^[a-z][a-z0-9-]*$/;
/** Plain words that YAML 1.1 or 1.2 parsers turn into booleans or null. */
const RESERVED = new Set(["null", "true", "false", "yes", "no", "on", "off", "y", "n"]);
const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** Matches nothing: free text is always written quoted. */
const QUOTED_ONLY = /(?!)/;
const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** A real moment as the note stores it: 2026-11-30T09:15:00-05:00 (seconds and zone required). */
export function isTimestamp(value: string): boolean {
  const match = TIMESTAMP.exec(value);
  return match !== null && checkDay(match[1]!) !== undefined;
}

function scalar(value: string): string {
  return PLAIN.test(value) && !RESERVED.has(value) ? value : JSON.stringify(value);
}

/** Days and timestamps are plain strings under YAML 1.2; quoted otherwise (they never are). */
function dated(value: string, pattern: RegExp): string {
  return pattern.test(value) ? value : JSON.stringify(value);
}

export function renderFrontMatter(state: ProgressState): string {
  const lines = ["---", "type: checklist", `checklist: ${scalar(state.checklist)}`, `program: ${scalar(state.program)}`];
  if (state.date !== undefined) lines.push(`date: ${dated(state.date, DAY)}`);
  if (state.done.length === 0) lines.push("done: []");
  else lines.push("done:");
  for (const entry of state.done) {
    lines.push(`  - id: ${scalar(entry.id)}`, `    at: ${dated(entry.at, TIMESTAMP)}`);
    if (entry.text !== undefined) lines.push(`    text: ${JSON.stringify(entry.text)}`);
  }
  lines.push("---");
  return `${lines.join("\n")}\n`;
}

/** One value as written by `scalar`, `dated` or JSON.stringify; undefined when not ours. */
function readScalar(raw: string, plain: RegExp): string | undefined {
  if (raw.startsWith('"') && raw.endsWith('"') && raw.length >= 2) {
    try {
      const value: unknown = JSON.parse(raw);
      return typeof value === "string" ? value : undefined;
    } catch {
      return undefined;
    }
  }
  return plain.test(raw) && !RESERVED.has(raw) ? raw : undefined;
}

// The `s` flag lets `.` take U+2028 and U+2029: JSON.stringify leaves them raw inside quotes,
// and YAML reads them as ordinary characters there. (A raw \r still fails readScalar.)
const TOP = /^(type|checklist|program|date): (.+)$/s;
const ENTRY_START = /^ {2}- id: (.+)$/s;
const ENTRY_KEY = /^ {4}(at|text): (.+)$/s;

/**
 * The progress in a note written by `renderFrontMatter`, or undefined when the text is anything
 * else (including valid YAML written differently): then the full parser decides.
 */
export function readFrontMatter(text: string): ProgressState | undefined {
  const lines = text.split("\n");
  if (lines[0] !== "---") return undefined;
  const top = new Map<string, string>();
  let done: Partial<DoneEntry>[] | undefined;
  let inDone = false;
  let blockDone = false;
  let closed = false;
  for (let index = 1; index < lines.length; index++) {
    const line = lines[index]!;
    if (line === "---") {
      closed = true;
      break;
    }
    const topMatch = TOP.exec(line);
    if (topMatch) {
      const [, key, raw] = topMatch as unknown as [string, string, string];
      const value = readScalar(raw, key === "date" ? DAY : PLAIN);
      if (value === undefined || top.has(key)) return undefined;
      top.set(key, value);
      inDone = false;
      continue;
    }
    if (line === "done: []" || line === "done:") {
      if (done) return undefined;
      done = [];
      inDone = blockDone = line === "done:";
      continue;
    }
    const start = inDone ? ENTRY_START.exec(line) : null;
    if (start) {
      const id = readScalar(start[1]!, PLAIN);
      if (id === undefined) return undefined;
      done!.push({ id });
      continue;
    }
    const keyMatch = inDone ? ENTRY_KEY.exec(line) : null;
    const entry = done?.at(-1);
    if (!keyMatch || !entry) return undefined;
    const [, key, raw] = keyMatch as unknown as [string, "at" | "text", string];
    const value = readScalar(raw, key === "at" ? TIMESTAMP : QUOTED_ONLY);
    if (value === undefined || entry[key] !== undefined) return undefined;
    entry[key] = value;
  }
  // A bare `done:` with no entries is null to YAML, not an empty list: leave it to the schema.
  if (!closed || !done || (blockDone && done.length === 0)) return undefined;
  return checkState(top, done);
}

/** The same rules as the schema in note-schema.ts, or stricter; never looser. */
function checkState(top: Map<string, string>, done: Partial<DoneEntry>[]): ProgressState | undefined {
  const type = top.get("type");
  const checklist = top.get("checklist");
  const program = top.get("program");
  const date = top.get("date");
  const nonBlank = (value: string | undefined): value is string => value !== undefined && value.trim() === value && value !== "";
  if (type !== undefined && type !== "checklist") return undefined;
  if (!nonBlank(checklist) || !nonBlank(program)) return undefined;
  if (date !== undefined && checkDay(date) !== date) return undefined;
  const seen = new Set<string>();
  for (const entry of done) {
    if (!nonBlank(entry.id) || seen.has(entry.id) || entry.at === undefined || !isTimestamp(entry.at)) return undefined;
    seen.add(entry.id);
  }
  return { checklist, program, ...(date !== undefined ? { date } : {}), done: done as DoneEntry[] };
}

/** Where the front matter ends: the body starts after the second `---` line. */
export function bodyOf(text: string): string {
  const match = /^---\n[\s\S]*?\n---(?:\n|$)/.exec(text);
  return match ? text.slice(match[0].length) : text;
}
