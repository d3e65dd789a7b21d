// Writing the library: private (files 0600, folders 0700), atomic (temp file, fsync, rename),
// and never overwriting a note that exists. Every failure becomes a one-line exit-73 error.
import { accessSync, closeSync, constants, fstatSync, fsyncSync, ftruncateSync, linkSync, lstatSync, mkdirSync, openSync, readlinkSync, renameSync, statSync, unlinkSync, writeSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { cannotWrite } from "./errors.js";

export const FILE_MODE = 0o600;
export const DIR_MODE = 0o700;

export function ensureDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true, mode: DIR_MODE });
  } catch (error) {
    // EEXIST from a recursive mkdir: a file sits where the folder should be.
    const inTheWay = (error as NodeJS.ErrnoException).code === "EEXIST";
    throw cannotWrite(dir, inTheWay ? Object.assign(new Error("not a folder"), { code: "ENOTDIR" }) : error);
  }
}

/**
 * write(2) may write less than asked: on a nearly full disk it writes what fits and says so
 * by its count, without an error. writeSync passes that on, so loop until all is written or
 * the next write fails (ENOSPC); otherwise a note would be cut short and saved as if whole.
 */
function writeAll(fd: number, text: string): number {
  const bytes = Buffer.from(text, "utf8");
  let written = 0;
  try {
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
  } catch (error) {
    throw Object.assign(error as Error, { written });
  }
  return written;
}

/** Writes `text` to a fresh temp file beside `target` (making its folder when `makeFolder`) and fsyncs it; returns the temp path. */
function writeTemp(target: string, text: string, makeFolder = true): string {
  if (makeFolder) ensureDir(dirname(target));
  // Loaded on first write, not imported: node:crypto adds about 4 ms of CPU to every start.
  const { randomBytes } = process.getBuiltinModule("node:crypto");
  const temp = join(dirname(target), `.${randomBytes(6).toString("hex")}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, "wx", FILE_MODE);
    writeAll(fd, text);
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

/**
 * Where writing `path` really goes: the file itself, or, when it is a symlink (a note kept in a
 * synced folder and linked into the library), the file the link points to, following a chain
 * of links. Renaming a temp file over the link would replace the link and leave its target stale.
 */
export function realTarget(path: string): string {
  let current = path;
  for (let hops = 0; hops < 40; hops++) {
    try {
      if (!lstatSync(current).isSymbolicLink()) return current;
      current = resolve(dirname(current), readlinkSync(current));
    } catch {
      return current; // absent (or unreadable): the write itself reports why
    }
  }
  return current;
}

/**
 * Replaces a file the program owns (checklist progress, a review being edited) atomically.
 * A symlink is written through: its target is replaced and the link stays a link.
 * `makeFolder: false` is for a file the user named (--output): as with appendToFile, a missing
 * folder is refused (CannotWriteError, exit 73) rather than made, since it is most often a typo.
 */
export function replaceFile(path: string, text: string, { makeFolder = true }: { makeFolder?: boolean } = {}): void {
  const target = realTarget(path);
  const temp = writeTemp(target, text, makeFolder);
  try {
    renameSync(temp, target);
  } catch (error) {
    safeUnlink(temp);
    throw cannotWrite(target, error);
  }
}

/** Appends to a file the user named (--output FILE), creating it if needed; all or nothing. */
export function appendToFile(target: string, text: string): void {
  try {
    appendWhole(target, text);
  } catch (error) {
    throw cannotWrite(target, error);
  }
}

/**
 * Appends `text` with O_APPEND (whole lines from concurrent writers never interleave) or, when
 * the disk fills part-way, takes back the part that was written: a file never ends in half a
 * note or half a history line. Only our own bytes are cut: if the file grew by more than we
 * wrote, someone else appended meanwhile and it is left as it is. Throws the system error.
 */
export function appendWhole(path: string, text: string): void {
  const fd = openSync(path, "a", FILE_MODE);
  try {
    const before = fstatSync(fd).size;
    try {
      writeAll(fd, text);
    } catch (error) {
      const written = (error as { written?: number }).written ?? 0;
      if (written > 0 && fstatSync(fd).size === before + written) ftruncateSync(fd, before);
      throw error;
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * Deletes a library file: a symlink itself, not the file it points to, which is left where the
 * user keeps it. False when it was gone already; CannotWriteError (exit 73) when it cannot be deleted.
 */
export function deleteFile(path: string): boolean {
  try {
    unlinkSync(path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return false;
    throw cannotWrite(path, error);
  }
}

function safeUnlink(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}

/**
 * Refuses a file to append to (`--output FILE`) that cannot take it, before any work is done:
 * a practice session saved to the library and then refused by FILE would be saved twice by a
 * second run. Throws CannotWriteError (exit 73) as the write itself would: no such folder, a
 * folder in FILE's place, no permission.
 */
export function checkAppendable(path: string): void {
  try {
    if (statSync(path).isDirectory()) throw Object.assign(new Error("a folder"), { code: "EISDIR" });
    accessSync(path, constants.W_OK);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw cannotWrite(path, error);
    try {
      accessSync(dirname(resolve(path)), constants.W_OK);
    } catch (folderError) {
      throw cannotWrite(path, folderError);
    }
  }
}

