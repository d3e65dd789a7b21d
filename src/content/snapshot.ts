// The built-in content, validated at build time and stored as JSON beside the bundle, so that
// `list`, `show` and `checklist --print` start without loading yaml or zod. Each entry carries a
// hash of its source file; an edited file no longer matches and is parsed from YAML instead.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Content } from "./types.js";

export interface SnapshotEntry {
  /** Path relative to the content folder, e.g. "decks/residency.yaml". */
  path: string;
  sha1: string;
  content: Content;
}

export function hashBytes(bytes: Buffer): string {
  return createHash("sha1").update(bytes).digest("hex");
}

export function readSnapshot(file: string): Map<string, SnapshotEntry> {
  try {
    const entries = JSON.parse(readFileSync(file, "utf8")) as SnapshotEntry[];
    return new Map(entries.map((entry) => [entry.path, entry]));
  } catch {
    return new Map(); // no snapshot (running from source): everything is parsed
  }
}
