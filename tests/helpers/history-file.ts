// Tests read a whole history file to check what was written or what the cached digest holds.
// The program itself reads history.jsonl only through that digest (practice/history-load.ts).
import { existsSync, readFileSync } from "node:fs";
import { parseHistoryText, type CorruptLine, type HistoryEntry } from "../../src/practice/history.js";

/** Every valid entry of the file at `path` (none when it does not exist), and its broken lines. */
export function readHistoryFile(path: string): { entries: HistoryEntry[]; corrupt: CorruptLine[] } {
  return existsSync(path) ? parseHistoryText(readFileSync(path, "utf8")) : { entries: [], corrupt: [] };
}
