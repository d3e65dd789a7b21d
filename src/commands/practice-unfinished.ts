// Sessions in this library that were killed before they could save (a "start" line in
// history.jsonl without its "end"), leaving out any still running in another terminal.
// It runs before the first question is shown, on a history that can hold 100,000 lines, so it
// finds start and end lines by searching the bytes, and JSON-parses only the lines of sessions
// that look unfinished (usually none).
import { readFileSync } from "node:fs";
import { readBytesIfExists } from "../notes/read-file.js";
import type { LibraryPaths } from "../notes/library.js";
import { isHistoryEntry, valueProblem, type HistoryEntry } from "../practice/history.js";
import { findUnfinished, sessionPid, type Unfinished } from "../practice/recovery.js";

export function unfinishedSessions(paths: LibraryPaths): Unfinished[] {
  const bytes = readBytesIfExists(paths.history);
  if (!bytes) return [];
  const open = openSessions(bytes);
  if (open.size === 0) return [];
  // A session's lines all come after its start line: read only from there.
  const lines = [...open].flatMap(([id, from]) => linesWith(bytes, `"session":${JSON.stringify(id)}`, from));
  return findUnfinished(lines.flatMap(parseLine), isRunning);
}

const START = Buffer.from('{"type":"start","session":"');
const END = Buffer.from('{"type":"end","session":"');
const ANSWER = Buffer.from('{"type":"answer",');

/**
 * Session id -> offset of its start line, for the sessions with no end line. One pass over the
 * lines, comparing the first bytes of each with what appendHistory writes; a line written some
 * other way (a hand edit) is parsed as JSON instead.
 */
function openSessions(bytes: Buffer): Map<string, number> {
  const open = new Map<string, number>();
  const ended = new Set<string>();
  const at = (prefix: Buffer, pos: number, end: number) => end - pos > prefix.length && bytes.compare(prefix, 0, prefix.length, pos, pos + prefix.length) === 0;
  const idAfter = (prefix: Buffer, pos: number, end: number) => {
    const close = bytes.indexOf(0x22, pos + prefix.length);
    return close === -1 || close > end ? undefined : bytes.toString("utf8", pos + prefix.length, close);
  };
  for (let pos = 0; pos < bytes.length; ) {
    let end = bytes.indexOf(0x0a, pos);
    if (end === -1) end = bytes.length;
    if (at(ANSWER, pos, end)) {
      // the common case: nothing to do
    } else if (at(START, pos, end)) {
      const id = idAfter(START, pos, end);
      if (id !== undefined) open.set(id, pos);
    } else if (at(END, pos, end)) {
      const id = idAfter(END, pos, end);
      if (id !== undefined) ended.add(id);
    } else if (end > pos) {
      const [entry] = parseLine(bytes.toString("utf8", pos, end));
      if (entry?.type === "start") open.set(entry.session, pos);
      else if (entry?.type === "end") ended.add(entry.session);
    }
    pos = end + 1;
  }
  for (const id of ended) open.delete(id);
  return open;
}

/** Every whole line from `from` on that contains `needle`. */
function linesWith(bytes: Buffer, needle: string, from: number): string[] {
  const lines: string[] = [];
  const search = Buffer.from(needle);
  for (let at = bytes.indexOf(search, from); at !== -1; ) {
    const start = bytes.lastIndexOf(0x0a, at) + 1;
    let end = bytes.indexOf(0x0a, at);
    if (end === -1) end = bytes.length;
    lines.push(bytes.toString("utf8", start, end));
    at = bytes.indexOf(search, end);
  }
  return lines;
}

/** Broken lines are skipped here without a word: `stats` and the schedule report them. */
function parseLine(line: string): HistoryEntry[] {
  try {
    const entry: unknown = JSON.parse(line);
    return isHistoryEntry(entry) && !valueProblem(entry) ? [entry] : [];
  } catch {
    return [];
  }
}

function isRunning(session: string): boolean {
  const pid = sessionPid(session);
  if (pid === undefined || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  // A reused pid belongs to some other program: only ours counts as still running.
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("interview-coach");
  } catch {
    return true;
  }
}
