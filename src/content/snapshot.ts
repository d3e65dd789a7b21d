// The built-in content, validated at build time and stored as JSON beside the bundle, so that
// `list`, `show` and `checklist --print` start without loading yaml or zod. Each entry carries the
// size, modification time and hash of its source file; an edited file no longer matches and is
// parsed from YAML instead.
import { statSync } from "node:fs";
import { hashBytes } from "../io/fnv1a.js";
import { MAX_DATA_BYTES, MAX_FILE_BYTES, readLimited, readLimitedText } from "../io/read-file.js";
import type { Content } from "./types.js";

export interface SnapshotEntry {
  /** Path relative to the content folder, e.g. "decks/residency.yaml". */
  path: string;
  size: number;
  mtimeMs: number;
  hash: string;
  content: Content;
}

/** What the build records of a source file, to tell later whether it changed. */
export function fileStamp(file: string): Pick<SnapshotEntry, "size" | "mtimeMs" | "hash"> {
  const { size, mtimeMs } = statSync(file);
  return { size, mtimeMs, hash: hashBytes(readLimited(file, MAX_FILE_BYTES)) };
}

/**
 * True when `file` is still what the snapshot entry was built from. Same size and modification
 * time settle it with one stat; a file whose time changed without an edit (copied, unpacked from
 * a package) is hashed, so an edited file is never served from a stale snapshot.
 */
export function isUnchanged(entry: SnapshotEntry, file: string): boolean {
  try {
    const { size, mtimeMs } = statSync(file);
    if (size !== entry.size) return false;
    return mtimeMs === entry.mtimeMs || hashBytes(readLimited(file, MAX_FILE_BYTES)) === entry.hash;
  } catch {
    return false;
  }
}

export function readSnapshot(file: string): Map<string, SnapshotEntry> {
  try {
    const entries = JSON.parse(readLimitedText(file, MAX_DATA_BYTES)) as SnapshotEntry[];
    return new Map(entries.map((entry) => [entry.path, entry]));
  } catch {
    return new Map(); // no snapshot (running from source): everything is parsed
  }
}
