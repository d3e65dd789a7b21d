// Read-modify-write of a library file by several processes at once (two terminals, a script
// running `followups --done` in parallel): each change is made under a lock on the file, to
// the file as it is now, so no change overwrites another. The lock is a `<file>.lock` folder
// (proper-lockfile): mkdir is atomic on every local file system, and a lock left by a killed
// process is taken over once it has not been refreshed for 10 seconds.
import { dirname } from "node:path";
import { CannotWriteError, cannotWrite } from "./errors.js";
import { ensureDir, realTarget, replaceFile } from "./files.js";
import { readIfExists } from "./read-file.js";

export { readIfExists };

/** A lock held by a killed process is taken over after this many milliseconds without refresh. */
const STALE_MS = 10_000;

/**
 * Runs `work` while this process holds the lock of `path` (waiting up to about 30 seconds for
 * another process to release it). A symlink is locked at its target, where the writing goes.
 * Throws CannotWriteError (exit 73) when the lock cannot be had; whatever `work` throws.
 */
export async function withFileLock<T>(path: string, work: (target: string) => T | Promise<T>): Promise<T> {
  const target = realTarget(path);
  ensureDir(dirname(target));
  let release: (() => Promise<void>) | undefined;
  // Waits only while another process holds the lock: proper-lockfile's own retries would also
  // retry a read-only or full disk for half a minute.
  for (let attempt = 0, wait = 5; !(release = await tryFileLock(target)); attempt++, wait = Math.min(100, wait * 1.3)) {
    if (attempt >= 300) throw new CannotWriteError(`cannot write ${path}: another interview-coach is still writing it; run the command again in a moment`);
    await new Promise((resolve) => setTimeout(resolve, wait * (0.5 + Math.random())));
  }
  try {
    return await work(target);
  } finally {
    await release();
  }
}

/**
 * Takes the lock of `path` if no other process holds it, without waiting: the release function,
 * or undefined when another process has it (one that was killed loses it after 10 seconds).
 * For claiming work that only one process may do, such as recovering one unfinished session.
 */
export async function tryFileLock(path: string): Promise<(() => Promise<void>) | undefined> {
  ensureDir(dirname(path));
  const { default: lockfile } = await import("proper-lockfile");
  try {
    const release = await lockfile.lock(path, { realpath: false, stale: STALE_MS, update: STALE_MS / 2, retries: 0, onCompromised: () => {} });
    return () => release().catch(() => {});
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ELOCKED") return undefined;
    throw cannotWrite(path, error);
  }
}

/**
 * A locked read-modify-write of one note: `change` gets the file's text as it is now, under the
 * lock (undefined when there is no file yet), and returns the new text, or undefined to leave
 * the file as it is. It runs once; build the new text from `current`, never from an earlier
 * read, so a change made meanwhile by another process is kept. The write is atomic and goes
 * through a symlink (see replaceFile). Returns what `change` returned.
 */
export async function updateNote(
  path: string,
  change: (current: string | undefined) => string | undefined | Promise<string | undefined>,
): Promise<string | undefined> {
  return withFileLock(path, async (target) => {
    const next = await change(readIfExists(target));
    if (next !== undefined) replaceFile(target, next);
    return next;
  });
}
