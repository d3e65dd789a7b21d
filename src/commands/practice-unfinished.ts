// Sessions in this library that were killed before they could save (a "start" line in
// history.jsonl without its "end"), leaving out any still running in another terminal.
// Light on purpose: it runs before the first question is shown.
import { readFileSync } from "node:fs";
import type { LibraryPaths } from "../notes/library.js";
import { loadHistory } from "../practice/history-load.js";
import { findUnfinished, sessionPid, type Unfinished } from "../practice/recovery.js";
import { say } from "../ui/output.js";

export function unfinishedSessions(paths: LibraryPaths): Unfinished[] {
  return findUnfinished(loadHistory(paths.history, (line) => say(`warning: ${line}`)), isRunning);
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
