// Reading history.jsonl for a command: corrupt or truncated lines (a crash mid-write, a hand
// edit) are reported once per run as `<path>:<line>: skipped (...)` and then ignored. The file
// is never rewritten: the broken line may be the only copy of something the user wants back.
import { readHistory, type HistoryEntry } from "./history.js";

const reported = new Set<string>();

/** The valid entries; `warn` gets one line per corrupt line, the first time a path is read in this process. */
export function loadHistory(path: string, warn: (line: string) => void): HistoryEntry[] {
  const { entries, corrupt } = readHistory(path);
  if (!reported.has(path)) {
    reported.add(path);
    for (const bad of corrupt) warn(`${path}:${bad.line}: skipped (${bad.message})`);
  }
  return entries;
}
