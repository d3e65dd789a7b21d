// A folder of notes of one format (reviews, interviews, checklist progress, stories), listed the
// one way every command lists them: each note parsed once and kept in the parsed-file cache until
// it changes, and the parser (yaml and zod, most of the code a command loads) imported only when
// some note is not in the cache. A broken note is reported and left out: one bad hand edit must
// not hide the others.
import { join } from "node:path";
import { CannotReadError, type ContentIssue } from "./errors.js";
import { FileCache } from "./file-cache.js";
import { noteFileNames } from "./library.js";
import { cacheFile } from "./paths.js";
import { readFailure } from "./read-file.js";

/** What a note's parser gives: its value, or every problem at FILE:LINE:COL. */
export type NoteRead<T> = { ok: true; value: T } | { ok: false; issues: ContentIssue[] };

/**
 * A format's parser, which names its value after what it reads ({ ok, review }), as
 * readNoteFolder takes it ({ ok, value }).
 */
export function valueUnder<K extends string, R extends ({ ok: true } & Record<K, unknown>) | { ok: false; issues: ContentIssue[] }>(
  key: K,
  parse: (text: string, file: string, path: string) => R,
): (text: string, file: string, path: string) => NoteRead<Extract<R, { ok: true }>[K]> {
  return (text, file, path) => {
    const read = parse(text, file, path);
    return read.ok ? { ok: true, value: (read as Extract<R, { ok: true }>)[key] } : (read as { ok: false; issues: ContentIssue[] });
  };
}

export interface NoteFolderOptions<T> {
  /** Loads the parser: `text` is the note, `file` names it in issues. Called at most once. */
  parser: () => Promise<(text: string, file: string, path: string) => NoteRead<T>>;
  /** The file's name in the user's cache folder, one per format: "reviews.json". */
  cacheName: string;
  /** Another cache file (tests), or null for none: every note is parsed. Default: `cacheName` in the user's cache folder. */
  cacheFile?: string | null;
  /** Names the shape of T (and whatever else the parser depends on): values cached under another are parsed again. */
  version: number | string;
  /** What a note is, in read failures: "review", "interview note". */
  kind: string;
  /** Names a note's path in issues (default: the path). */
  label?: (path: string) => string;
  /**
   * A note that exists and cannot be read (no permission, an I/O error) throws CannotReadError
   * (exit 66) instead of being reported: a list that must be whole (a rank-order list) is not
   * built without it. A folder named *.md or a file over the size limit is reported either way.
   */
  strict?: boolean;
  /** Leaves out folders named *.md. */
  filesOnly?: boolean;
}

export interface NoteFolder<T> {
  /** Each readable note in name order, by its path on disk. */
  notes: { path: string; value: T }[];
  issues: ContentIssue[];
}

/**
 * Every note in `dir` (*.md, see noteFileNames). No folder yet: no notes; one that cannot be read
 * throws CannotReadError (exit 66).
 */
export async function readNoteFolder<T>(dir: string, options: NoteFolderOptions<T>): Promise<NoteFolder<T>> {
  const { cacheName, version, kind, label = (path) => path, strict = false, filesOnly = false } = options;
  const folder: NoteFolder<T> = { notes: [], issues: [] };
  const cache = new FileCache<T>(options.cacheFile === undefined ? cacheFile(cacheName) : (options.cacheFile ?? undefined), version);
  const paths = noteFileNames(dir, { filesOnly }).map((name) => join(dir, name));
  let parse: Awaited<ReturnType<NoteFolderOptions<T>["parser"]>> | undefined;
  for (const path of paths) {
    let value: T | undefined;
    try {
      value = cache.cached(path);
      if (value === undefined) {
        parse ??= await options.parser();
        const parseNote = parse;
        value = cache.read(path, (bytes) => {
          const read = parseNote(bytes.toString("utf8"), label(path), path);
          if (!read.ok) folder.issues.push(...read.issues);
          return read.ok ? read.value : undefined;
        });
      }
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === undefined) throw error;
      if (code === "ENOENT") continue; // removed since the listing
      if (strict && code !== "EISDIR" && code !== "EFBIG") throw new CannotReadError(label(path), error);
      folder.issues.push({ file: label(path), line: 1, col: 1, message: readFailure(error, kind) });
      continue;
    }
    if (value !== undefined) folder.notes.push({ path, value });
  }
  cache.keepOnly(paths, dir);
  cache.save();
  return folder;
}
