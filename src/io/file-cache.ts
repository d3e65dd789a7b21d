// Parsed, validated files kept in the cache folder, so that a command that reads thousands of
// notes (or a large deck) parses only the ones that changed since the last run. One JSON file
// per format, keyed by the file's absolute path; it is only ever a copy: a missing, broken or
// unwritable cache costs time, never data. The files themselves are never written here.
// The built-in decks and checklists are the first entries of the content cache: the build
// parses them into a seed file shipped beside the bundle, so `list` starts without YAML or zod.
import { statSync } from "node:fs";
import { join } from "node:path";
import { replaceFile } from "./files.js";
import { hashBytes } from "./fnv1a.js";
import { MAX_DATA_BYTES, MAX_FILE_BYTES, readLimited, readLimitedText } from "./read-file.js";

/**
 * File times tick coarsely and clocks drift: a file written less than this before it was
 * cached (or dated in the future) could change again without its size or time changing, so
 * its entry also keeps a hash of its bytes, checked on every read (as git does for "racily
 * clean" files).
 */
const SETTLED_MS = 2000;

interface Entry<T> {
  /** Inode, size and modification time (ms) when parsed: a replaced or edited file differs. */
  stamp: string;
  /** Set when the stamp alone cannot be trusted (see SETTLED_MS). */
  hash?: string;
  value: T;
}

interface Stored<T> {
  version: number | string;
  entries: Record<string, Entry<T>>;
}

export class FileCache<T> {
  private readonly entries: Record<string, Entry<T>>;
  private changed = false;
  private readonly now: () => number;

  /**
   * `file`: the cache's JSON file (undefined: cache nothing). `version` names the value's
   * shape: a cache written with another version is ignored. `now` is the clock, in epoch ms.
   * `seed`: a read-only cache file whose entries are used too (they win over `file`'s, being
   * newer: the build writes them), and copied into `file` when it is saved.
   */
  constructor(
    private readonly file: string | undefined,
    private readonly version: number | string,
    { now = Date.now, seed }: { now?: () => number; seed?: string } = {},
  ) {
    this.now = now;
    this.entries = { ...(file && readStored<T>(file, version)), ...(seed && readStored<T>(seed, version)) };
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
    const { value: cached, stamp, mtimeMs, bytes: read } = this.lookup(path);
    if (cached !== undefined) return cached;
    const bytes = read ?? readLimited(path, MAX_FILE_BYTES);
    const value = parse(bytes);
    if (value === undefined || !survivesJson(value)) {
      if (this.entries[path]) this.forget(path);
      return value;
    }
    const age = this.now() - mtimeMs;
    this.entries[path] = { stamp, ...(age < SETTLED_MS ? { hash: hashBytes(bytes) } : {}), value };
    this.changed = true;
    return value;
  }

  /** The entry's value when its stamp (and hash, for a racy entry) still matches the file. */
  private lookup(path: string): { value?: T; stamp: string; mtimeMs: number; bytes?: Buffer } {
    const stat = statSync(path, { bigint: true });
    const stamp = `${stat.ino}:${stat.size}:${stat.mtimeNs}`;
    const mtimeMs = Number(stat.mtimeMs);
    const entry = this.entries[path];
    if (entry?.stamp !== stamp) return { stamp, mtimeMs };
    if (entry.hash === undefined) return { value: entry.value, stamp, mtimeMs };
    const bytes = readLimited(path, MAX_FILE_BYTES);
    return hashBytes(bytes) === entry.hash ? { value: entry.value, stamp, mtimeMs } : { stamp, mtimeMs, bytes };
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

  private forget(path: string): void {
    delete this.entries[path];
    this.changed = true;
  }
}

function readStored<T>(file: string, version: number | string): Record<string, Entry<T>> | undefined {
  try {
    const stored = JSON.parse(readLimitedText(file, MAX_DATA_BYTES)) as Stored<T>;
    return stored?.version === version && stored.entries && typeof stored.entries === "object" ? stored.entries : undefined;
  } catch {
    return undefined;
  }
}

/** False for values JSON would change (Infinity and NaN become null): those are never cached. */
function survivesJson(value: unknown): boolean {
  let lossless = true;
  JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === "number" && !Number.isFinite(v)) lossless = false;
    return v;
  });
  return lossless;
}
