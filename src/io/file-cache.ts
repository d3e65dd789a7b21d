// Parsed, validated files kept in the cache folder, so that a command that reads thousands of
// notes, a large deck or a long history parses only what changed since the last run. One JSON
// file per format, keyed by the file's absolute path; it is only ever a copy: a missing, broken
// or unwritable cache costs time, never data. The files themselves are never written here.
// The built-in decks and checklists are the first entries of the content cache: the build
// parses them into a seed file shipped beside the bundle, so `list` starts without YAML or zod.
// An append-only file (history.jsonl) is read from where the cached value stops: only the lines
// added since are folded into it.
import { statSync } from "node:fs";
import { join } from "node:path";
import { CannotReadError } from "./errors.js";
import { replaceFile } from "./files.js";
import { MAX_DATA_BYTES, MAX_FILE_BYTES, readBytesIfExists, readLimited, readLimitedText } from "./read-file.js";

/**
 * File times tick coarsely and clocks drift: a file written less than this before it was
 * cached (or dated in the future) could change again without its size or time changing, so
 * its stamp is not trusted and its bytes are hashed and compared instead (as git does for
 * "racily clean" files).
 */
const SETTLED_MS = 2000;

interface Entry<T> {
  /** Inode, size, modification and change times (ns) when read: a replaced or edited file differs. "" when not to be trusted (see SETTLED_MS). */
  stamp: string;
  /** SHA-1 of the bytes the value holds: of the whole file when its stamp is "", of the first `log.offset` bytes for an append-only file. */
  hash?: string;
  value: T;
  /** An append-only file: the value holds its first `offset` bytes, which end a line and are `lines` lines. */
  log?: { offset: number; lines: number };
}

interface Stored<T> {
  version: number | string;
  entries: Record<string, Entry<T>>;
}

interface FileState {
  stamp: string;
  size: number;
  settled: boolean;
}

/** What `readAppended` gives: the value of the whole lines, and the bytes after them. */
export interface Appended<T> {
  value: T;
  /** Whole lines the value holds. */
  lines: number;
  /** The bytes after the last newline: a line still being written, or torn by a crash. Never cached. */
  tail: Buffer;
}

export class FileCache<T> {
  private readonly entries: Record<string, Entry<T>>;
  private readonly seedFile: string | undefined;
  private seedEntries: Record<string, Entry<T>> | undefined;
  private changed = false;
  private readonly now: () => number;

  /**
   * `file`: the cache's JSON file (undefined: cache nothing). `version` names the value's
   * shape: a cache written with another version is ignored. `now` is the clock, in epoch ms.
   * `seed`: a read-only cache file (the build's), consulted for a path when `file` has no entry
   * that still matches it. `file`'s own entries come first: with the same version, they were
   * written by this build after its seed, and an entry re-stamped here must not be hashed again
   * on every run because the seed's copy of it is not stamped.
   */
  constructor(
    private readonly file: string | undefined,
    private readonly version: number | string,
    { now = Date.now, seed }: { now?: () => number; seed?: string } = {},
  ) {
    this.now = now;
    const stored = file ? readStored<T>(file) : undefined;
    this.entries = entriesOf(stored, version);
    // Written by another build or for another shape: rewritten at the next save, so that later
    // runs do not read (a whole content cache: about 5 ms) what they then set aside.
    this.changed = stored !== undefined && stored.version !== version;
    this.seedFile = seed;
  }

  /** The seed's entries, read on the first lookup that needs them: a warm cache never does. */
  private get seed(): Record<string, Entry<T>> {
    this.seedEntries ??= entriesOf(this.seedFile ? readStored<T>(this.seedFile) : undefined, this.version);
    return this.seedEntries;
  }

  /** The cached value of the file at `path` if the file is unchanged since, else undefined. Throws what stat throws. */
  cached(path: string): T | undefined {
    return this.lookup(path).value;
  }

  /**
   * The value of the file at `path`: from the cache when the file is unchanged, else
   * `parse(bytes)`. `parse` returns the value to keep, or undefined for a file that cannot be
   * cached (a broken file is parsed again next time, to report its problems again).
   * Reads at most MAX_FILE_BYTES; throws what readLimited throws (FileTooLargeError past that).
   */
  read<R extends T | undefined>(path: string, parse: (bytes: Buffer) => R): T | R {
    const { value: cached, file, bytes: read } = this.lookup(path);
    if (cached !== undefined) return cached;
    const bytes = read ?? readLimited(path, MAX_FILE_BYTES);
    const value = parse(bytes);
    if (value === undefined || !survivesJson(value)) {
      if (this.entries[path]) this.forget(path);
      return value;
    }
    this.store(path, { stamp: file.settled ? file.stamp : "", ...(file.settled ? {} : { hash: sha1(bytes) }), value });
    return value;
  }

  /**
   * The value of the append-only file at `path` (lines are only ever added at its end, as in
   * history.jsonl), and the bytes after its last newline. While the file only grew, the cached
   * value is carried on: `fold(value, bytes, firstLine)` gets it with the whole lines added
   * since (`firstLine` numbers the first of them, from 1) and returns the new value, which may
   * be the same object changed. An edited, shortened or replaced file is folded again from the
   * start (`value` undefined); so is a first read, even of an empty file. `fold` must return
   * JSON values only (no NaN or Infinity). Reads at most MAX_DATA_BYTES. Undefined when the
   * file does not exist; throws CannotReadError (exit 66) when it cannot be read, ContentError
   * (exit 65) past the limit.
   */
  readAppended(path: string, fold: (value: T | undefined, bytes: Buffer, firstLine: number) => T): Appended<T> | undefined {
    const file = fileState(path, this.now());
    if (!file) return undefined;
    const entry = this.entries[path];
    if (entry?.log && entry.stamp === file.stamp) {
      // Unchanged since cached: only a last line without its newline is read, every time.
      const tail = file.size > entry.log.offset ? readTail(path, entry.log.offset) : Buffer.alloc(0);
      if (tail) return { value: entry.value, lines: entry.log.lines, tail };
    }
    const bytes = readBytesIfExists(path, MAX_DATA_BYTES);
    if (!bytes) return undefined;
    const complete = bytes.lastIndexOf(0x0a) + 1;
    // Carried on only if the file still starts with the bytes the value holds.
    let hash = hasher();
    const grew = entry?.log !== undefined && entry.log.offset <= complete && entry.hash === hash.update(bytes.subarray(0, entry.log.offset)).copy().digest("hex");
    if (!grew) hash = hasher();
    const from = grew ? entry.log!.offset : 0;
    let lines = grew ? entry.log!.lines : 0;
    let value = grew ? entry.value : undefined;
    if (value === undefined || complete > from) {
      value = fold(value, bytes.subarray(from, complete), lines + 1);
      lines += countNewlines(bytes, from, complete);
    }
    // A file that grew while read, or changed just now, gets no stamp: the next run checks the hash.
    const stamp = file.settled && bytes.length === file.size ? file.stamp : "";
    if (!grew || complete > from || entry.stamp !== stamp) {
      this.store(path, { stamp, hash: hash.update(bytes.subarray(from, complete)).digest("hex"), value, log: { offset: complete, lines } });
    }
    return { value, lines, tail: bytes.subarray(complete) };
  }

  /**
   * The value of this cache's entry, else of the seed's, whose stamp (or, for an entry without
   * one, its hash) still matches the file. An own entry that no longer matches is dropped.
   */
  private lookup(path: string): { value?: T; file: FileState; bytes?: Buffer } {
    const file = statOf(path, this.now());
    let bytes: Buffer | undefined;
    for (const own of [true, false]) {
      const entry = own ? this.entries[path] : this.seed[path];
      if (!entry || entry.log) continue;
      if (entry.stamp && entry.stamp === file.stamp) return { value: entry.value, file };
      if (entry.hash !== undefined) {
        bytes ??= readLimited(path, MAX_FILE_BYTES);
        if (sha1(bytes) === entry.hash) {
          // Still what was cached, and now settled: from now on the stamp alone tells.
          if (file.settled && bytes.length === file.size) this.store(path, { stamp: file.stamp, value: entry.value });
          return { value: entry.value, file };
        }
      }
      if (own) this.forget(path);
    }
    return bytes ? { file, bytes } : { file };
  }

  /** Drops entries for files under `dir` that were not read since: deleted or renamed notes. */
  keepOnly(paths: Iterable<string>, dir: string): void {
    const kept = new Set(paths);
    for (const path of Object.keys(this.entries)) {
      if (path.startsWith(join(dir, "/")) && !kept.has(path)) this.forget(path);
    }
  }

  /** Writes the cache if anything changed; a read-only or full cache folder is ignored. */
  save(): void {
    if (!this.file || !this.changed) return;
    const stored: Stored<T> = { version: this.version, entries: this.entries };
    try {
      replaceFile(this.file, JSON.stringify(stored));
      this.changed = false;
    } catch {
      // Only costs time: the next run parses these files again.
    }
  }

  private store(path: string, entry: Entry<T>): void {
    this.entries[path] = entry;
    this.changed = true;
  }

  private forget(path: string): void {
    delete this.entries[path];
    this.changed = true;
  }
}

/**
 * Inode, size, modification and change times: what git also trusts to tell an unchanged file.
 * The change time matters for a copy that keeps the modification time (`cp -p`, unpacking an
 * archive): written in place over a file of the same size and time, only the change time, which
 * no program can set back, tells it apart. Throws what stat throws.
 */
function statOf(path: string, now: number): FileState {
  const stat = statSync(path, { bigint: true });
  return { stamp: `${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}`, size: Number(stat.size), settled: now - Number(stat.mtimeMs) >= SETTLED_MS };
}

/** statOf, or undefined for a file that does not exist; CannotReadError for one that cannot be looked at. */
function fileState(path: string, now: number): FileState | undefined {
  try {
    return statOf(path, now);
  } catch (error) {
    if (["ENOENT", "ENOTDIR"].includes((error as NodeJS.ErrnoException).code ?? "")) return undefined;
    throw new CannotReadError(path, error);
  }
}

/** The bytes from `from` to the end; undefined when they cannot be read (the full read then says why). */
function readTail(path: string, from: number): Buffer | undefined {
  try {
    return readLimited(path, MAX_DATA_BYTES, from);
  } catch {
    return undefined;
  }
}

function countNewlines(bytes: Buffer, from: number, to: number): number {
  let count = 0;
  for (let at = bytes.indexOf(0x0a, from); at !== -1 && at < to; at = bytes.indexOf(0x0a, at + 1)) count++;
  return count;
}

// node:crypto takes a few ms to load: only a cache that must hash loads it.
const hasher = () => process.getBuiltinModule("node:crypto").createHash("sha1");
const sha1 = (bytes: Buffer) => hasher().update(bytes).digest("hex");

/** The entries of a stored cache written with `version`; none from another version. */
function entriesOf<T>(stored: Stored<T> | undefined, version: number | string): Record<string, Entry<T>> {
  return stored?.version === version ? stored.entries : {};
}

function readStored<T>(file: string): Stored<T> | undefined {
  try {
    const stored = JSON.parse(readLimitedText(file, MAX_DATA_BYTES)) as Stored<T>;
    return stored?.entries && typeof stored.entries === "object" ? stored : undefined;
  } catch {
    return undefined;
  }
}

/** False for values JSON would change (Infinity and NaN become null): those are never cached. */
export function survivesJson(value: unknown): boolean {
  let lossless = true;
  JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === "number" && !Number.isFinite(v)) lossless = false;
    return v;
  });
  return lossless;
}
