// Reads every story in the library's stories/ folder. A broken file is reported and skipped:
// one bad hand edit must not hide the other stories. Each story is parsed once (yaml and zod,
// the slow part of starting practice with a story bank) and then kept in the parsed-file cache
// until it changes; the parser loads only for a story not in the cache.
import { basename, join } from "node:path";
import type { ContentIssue } from "../io/errors.js";
import { FileCache } from "../io/file-cache.js";
import { hashBytes } from "../io/fnv1a.js";
import { noteFileNames } from "../io/library.js";
import { readFailure } from "../io/read-file.js";
import type { Story } from "./story.js";

export interface LoadedStories {
  /** By title, A to Z. */
  stories: Story[];
  issues: ContentIssue[];
}

export interface LoadOptions {
  /** Names a file in messages (default: its path). */
  label?: (path: string) => string;
  /** The parsed-file cache for stories (see io/file-cache.ts); none: every story is parsed. */
  cacheFile?: string;
}

/** Bumped when the Story shape changes, so that stories cached the old way are parsed again. */
const CACHE_VERSION = 1;

/**
 * `dir`: the stories folder; `known`: the competency ids a story may name (a story valid with one
 * list may not be with another, so the cache keeps one list's results). No folder yet means no
 * stories; one that cannot be read throws CannotReadError (exit 66).
 */
export async function loadStories(dir: string, known: readonly string[], { label = (path) => path, cacheFile }: LoadOptions = {}): Promise<LoadedStories> {
  const loaded: LoadedStories = { stories: [], issues: [] };
  const cache = new FileCache<Story>(cacheFile, `${CACHE_VERSION}:${hashBytes(Buffer.from(known.join("\n")))}`);
  const paths = noteFileNames(dir).map((name) => join(dir, name));
  let parser: typeof import("./story-note.js") | undefined;
  for (const path of paths) {
    let story: Story | undefined;
    try {
      story = cache.cached(path);
      if (story === undefined) {
        parser ??= await import("./story-note.js");
        const { parseStoryNote } = parser;
        story = cache.read(path, (bytes) => {
          const result = parseStoryNote(bytes.toString("utf8"), label(path), basename(path, ".md"), known);
          if (!result.ok) loaded.issues.push(...result.issues);
          return result.ok ? result.story : undefined;
        });
      }
    } catch (error) {
      // Unreadable (a folder, too large, no permission, gone since the listing): reported like a broken story.
      if ((error as NodeJS.ErrnoException).code === undefined) throw error;
      loaded.issues.push({ file: label(path), line: 1, col: 1, message: readFailure(error, "story") });
      continue;
    }
    // Callers name files differently (a path, or ~/...): the cached name is not theirs to keep.
    if (story) loaded.stories.push({ ...story, file: label(path) });
  }
  cache.keepOnly(paths, dir);
  cache.save();
  loaded.stories.sort((a, b) => a.title.localeCompare(b.title));
  return loaded;
}
