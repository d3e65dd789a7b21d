// Sessions in this library that were killed before they could save (a "start" line in
// history.jsonl without its "end"), leaving out any still running in another terminal. The
// history's cached digest keeps the open sessions' lines, so this reads only what was appended since.
import type { LibraryPaths } from "../io/library.js";
import { readLimitedText } from "../io/read-file.js";
import { openSessions } from "../practice/history-load.js";
import { findUnfinished, sessionPid, type Unfinished } from "../practice/recovery.js";
import { readTyping, typingFile } from "../practice/typing-record.js";

/** Whether a killed session has anything to offer (see recovery.ts). */
export { hasWork } from "../practice/recovery.js";

/** Killed sessions, oldest first, with what was being typed in them; `cacheDir` holds the history's digest. */
export function unfinishedSessions(paths: LibraryPaths, cacheDir: string | undefined): Unfinished[] {
  return findUnfinished(openSessions(paths.history, cacheDir), isRunning).map((unfinished) => {
    const typing = readTyping(typingFile(paths.home, unfinished.start.session));
    return typing ? { ...unfinished, typing } : unfinished;
  });
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
    return readLimitedText(`/proc/${pid}/cmdline`).includes("interview-coach");
  } catch {
    return true;
  }
}
