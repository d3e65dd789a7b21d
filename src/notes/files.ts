// Writing the library: private (files 0600, folders 0700), atomic (temp file, fsync, rename),
// and never overwriting a note that exists. Every failure becomes a one-line exit-73 error.
import { closeSync, fsyncSync, linkSync, mkdirSync, openSync, renameSync, unlinkSync, writeSync, appendFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { randomBytes } from "node:crypto";
import { cannotWrite } from "../errors.js";

export const FILE_MODE = 0o600;
export const DIR_MODE = 0o700;

export function ensureDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true, mode: DIR_MODE });
  } catch (error) {
    throw cannotWrite(dir, error);
  }
}

/** Writes `text` to a fresh temp file beside `target` and fsyncs it; returns the temp path. */
function writeTemp(target: string, text: string): string {
  ensureDir(dirname(target));
  const temp = join(dirname(target), `.${randomBytes(6).toString("hex")}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, "wx", FILE_MODE);
    writeSync(fd, text);
    fsyncSync(fd);
    closeSync(fd);
    return temp;
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    safeUnlink(temp);
    throw cannotWrite(target, error);
  }
}

/**
 * Saves a new note as `<dir>/<base>.md`, or `<base>-2.md`, `-3`... when taken. The hard link
 * is the atomic "create only if absent" step: an existing note is never replaced.
 */
export function writeNewFile(dir: string, base: string, text: string, extension = ".md"): string {
  const temp = writeTemp(join(dir, `${base}${extension}`), text);
  try {
    for (let n = 1; ; n++) {
      const target = join(dir, `${base}${n === 1 ? "" : `-${n}`}${extension}`);
      try {
        linkSync(temp, target);
        return target;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw cannotWrite(target, error);
      }
    }
  } finally {
    safeUnlink(temp);
  }
}

/** Replaces a file the program owns (checklist progress, a review being edited) atomically. */
export function replaceFile(target: string, text: string): void {
  const temp = writeTemp(target, text);
  try {
    renameSync(temp, target);
  } catch (error) {
    safeUnlink(temp);
    throw cannotWrite(target, error);
  }
}

/** Appends to a file the user named (--output FILE), creating it if needed. */
export function appendToFile(target: string, text: string): void {
  try {
    appendFileSync(target, text, { mode: FILE_MODE });
  } catch (error) {
    throw cannotWrite(target, error);
  }
}

function safeUnlink(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}
