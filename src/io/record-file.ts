// Which file holds a named record (a program's review, its checklist progress, an interview, a
// story). The file name comes from recordSlug, but the file's own front matter has the last
// word: a file whose name field names another record is never written as this one's.
import { join } from "node:path";
import { CannotReadError } from "./errors.js";
import { parseNote } from "./front-matter.js";
import { readLimitedText } from "./read-file.js";
import { foldName, recordSlug } from "./slug.js";

/** The value of a top-level `key` in a note's front matter, as text; undefined when the note has no readable front matter or no such scalar. */
function frontMatterValue(text: string, key: string): string | undefined {
  const parsed = parseNote(text, "");
  const value = parsed.ok ? parsed.note.data[key] : undefined;
  return typeof value === "string" || typeof value === "number" ? String(value) : undefined;
}

export interface RecordFileOptions {
  /** The folder of this kind of record (reviews/, checklists/). */
  dir: string;
  /** The record's name as the user gave it ("서울 병원 IM"). */
  name: string;
  /** The front-matter key that holds a file's own name for its record (default "program"). */
  key?: string;
  /** Put before the slug, e.g. "second-interview--" for a checklist's progress notes. */
  prefix?: string;
  /** Default ".md". */
  extension?: string;
  /** File bases (without extension) that earlier versions gave this record: found, never created. */
  legacy?: readonly string[];
}

/**
 * The file of the record named `name` in `dir`: the first of `<prefix><recordSlug>`, then the
 * `legacy` bases, whose front matter `key` folds like `name` (see foldName); else the first free
 * one of `<prefix><recordSlug>`, `-2`, `-3`… (a taken file whose own name differs is skipped,
 * never overwritten). A file at `<prefix><recordSlug>` with no readable name is returned as it
 * is, for the caller's parser to report. A file that exists but cannot be read throws CannotReadError (exit 66):
 * it may well be this record, so writing elsewhere would fork it. Absolute path.
 */
export function recordFile({ dir, name, key = "program", prefix = "", extension = ".md", legacy = [] }: RecordFileOptions): string {
  const wanted = foldName(name);
  const base = `${prefix}${recordSlug(name)}`;
  const owner = (path: string): string | null | undefined => {
    try {
      return frontMatterValue(readLimitedText(path), key) ?? null;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ENOENT" || code === "ENOTDIR") return undefined;
      // A folder, or a file too large to be a note: not this record's; the parser says why if asked.
      if (code === "EISDIR" || code === "EFBIG") return null;
      throw new CannotReadError(path, error);
    }
  };
  const tried = new Set<string>();
  for (const candidate of [base, ...legacy]) {
    if (tried.has(candidate)) continue;
    tried.add(candidate);
    const path = join(dir, `${candidate}${extension}`);
    const own = owner(path);
    if (typeof own === "string" && foldName(own) === wanted) return path;
    // Our own name, but no readable name inside (a hand edit broke the front matter): this is
    // the record's file, and its reader reports where it is broken instead of forking it.
    if (own === null && candidate === base) return path;
  }
  for (let n = 1; ; n++) {
    const path = join(dir, `${base}${n === 1 ? "" : `-${n}`}${extension}`);
    const own = owner(path);
    if (own === undefined || (typeof own === "string" && foldName(own) === wanted)) return path;
  }
}
