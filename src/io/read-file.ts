// The one way this program reads a file, whatever the file is: a YAML file the user names, a
// note, the history, a cache. Two rules hold for all of them.
// - A byte limit that does not trust the reported size: /dev/zero, a symlink to it, a pipe or
//   a /proc file all report 0 bytes, and reading "to the end" grew memory by 250 MB/s. Bytes
//   are read in chunks and reading stops one chunk past the limit.
// - "Absent" and "unreadable" are different answers. A history or note that exists but cannot
//   be read (mode 0200, a folder in its place) must stop the command with a one-line error,
//   never pass for empty: that showed "No practice recorded yet" and planned every question as new.
// A FIFO with no writer blocks in open(2) until one comes, as `cat` does; Ctrl-C ends the wait.
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { CannotReadError, ContentError } from "./errors.js";

const MIB = 1024 * 1024;
/** The most read from a file a person writes or edits (content, config, answers, weights, notes): 1 MiB. */
export const MAX_FILE_BYTES = MIB;
/**
 * The most read from a file the program writes itself and lets grow (the practice history, its
 * index, caches, the built-in content snapshot): a history line is about 400 bytes, so this
 * holds some 300,000 answers, years of daily practice many times over.
 */
export const MAX_DATA_BYTES = 128 * MIB;

const CHUNK_BYTES = 64 * 1024;
const ABSENT = new Set(["ENOENT", "ENOTDIR"]);

/**
 * A file holds more than the limit. `size` is its size in bytes when the file system knows it
 * (a regular file); undefined for a device or a stream that had no end in sight. Carries the
 * code EFBIG so that callers sorting errors by code treat it like any other read failure.
 */
export class FileTooLargeError extends Error {
  readonly code = "EFBIG";
  constructor(
    readonly path: string,
    readonly limit: number,
    readonly size: number | undefined,
  ) {
    super(tooLarge(limit, size, "file"));
    this.name = "FileTooLargeError";
  }
}

/**
 * The bytes of `path` from byte `from` on, at most `limit` of them (default MAX_FILE_BYTES).
 * Follows symlinks. Throws FileTooLargeError past the limit, and the system error (ENOENT,
 * EACCES, EISDIR...) when the file cannot be opened or read, as readFileSync does.
 */
export function readLimited(path: string, limit = MAX_FILE_BYTES, from = 0): Buffer {
  const fd = openSync(path, "r");
  try {
    const stat = fstatSync(fd);
    // A regular file's size is known: refuse before reading a byte, with the exact size.
    if (stat.isFile() && stat.size - from > limit) throw new FileTooLargeError(path, limit, stat.size - from);
    const chunks: Buffer[] = [];
    let total = 0;
    // A regular file is read in one piece (one byte more, to see it grew); anything else in chunks.
    const first = stat.isFile() ? Math.max(CHUNK_BYTES, stat.size - from + 1) : CHUNK_BYTES;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(total ? CHUNK_BYTES : first, limit + 1 - total));
      // Position null reads on from where the last read ended: pipes and FIFOs cannot seek.
      const count = readSync(fd, chunk, 0, chunk.length, from === 0 ? null : from + total);
      if (count === 0) break;
      chunks.push(count === chunk.length ? chunk : chunk.subarray(0, count));
      total += count;
      // The file grew past the limit while read, or never ends (/dev/zero, a pipe).
      if (total > limit) throw new FileTooLargeError(path, limit, stat.isFile() ? total : undefined);
    }
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

/**
 * The bytes of `path` (see readLimited); undefined when it does not exist. Throws ContentError
 * (exit 65, FILE:1:1) past the limit, CannotReadError (exit 66) when it cannot be read.
 */
export function readBytesIfExists(path: string, limit = MAX_FILE_BYTES): Buffer | undefined {
  try {
    return readLimited(path, limit);
  } catch (error) {
    if (ABSENT.has((error as NodeJS.ErrnoException).code ?? "")) return undefined;
    if (error instanceof FileTooLargeError) throw new ContentError([{ file: path, line: 1, col: 1, message: readFailure(error) }]);
    throw new CannotReadError(path, error);
  }
}

/** The UTF-8 text of `path`; undefined when it does not exist. Throws CannotReadError (exit 66) otherwise. */
export function readIfExists(path: string, limit = MAX_FILE_BYTES): string | undefined {
  return readBytesIfExists(path, limit)?.toString("utf8");
}

/** The UTF-8 text of `path` (see readLimited). Throws what readLimited throws. */
export function readLimitedText(path: string, limit = MAX_FILE_BYTES): string {
  return readLimited(path, limit).toString("utf8");
}

/**
 * Why a read failed, in words that fit "FILE:1:1: <reason>". `kind` names what the file should
 * be, in the singular ("YAML file", "story", "interview note").
 */
export function readFailure(error: unknown, kind = "file"): string {
  if (error instanceof FileTooLargeError) return tooLarge(error.limit, error.size, kind);
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT") return "file not found";
  if (code === "EISDIR") return `is a folder, not ${/^[aeiou]/i.test(kind) ? "an" : "a"} ${kind}`;
  if (code === "EACCES" || code === "EPERM") return "permission denied; check its permissions (ls -l) and run again";
  return `cannot read: ${code ?? String((error as Error)?.message ?? error)}`;
}

function tooLarge(limit: number, size: number | undefined, kind: string): string {
  const found = size === undefined ? `over ${limit} bytes, and it does not end: a device or a stream?` : `${size} bytes`;
  const most = limit % MIB === 0 ? `${limit / MIB} MiB (${limit} bytes)` : `${limit} bytes`;
  return `file is too large (${found}); interview-coach reads ${kind.replace(/([^aeiou])y$/, "$1ie")}s of up to ${most}`;
}
