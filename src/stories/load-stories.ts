// Reads every story in the library's stories/ folder (see io/note-folder.ts): each parsed once
// (yaml and zod, the slow part of starting practice with a story bank), then kept in the
// parsed-file cache until it changes.
import { basename } from "node:path";
import type { ContentIssue } from "../io/errors.js";
import { hashBytes } from "../io/fnv1a.js";
import { readNoteFolder, valueUnder } from "../io/note-folder.js";
import type { Story } from "./story.js";
import { byName } from "../io/order.js";

export interface LoadedStories {
  /** By title, A to Z. */
  stories: Story[];
  issues: ContentIssue[];
}

export interface LoadOptions {
  /** Names a file in messages (default: its path). */
  label?: (path: string) => string;
  /** Another parsed-file cache (tests), or null for none; default: the user's (see io/note-folder.ts). */
  cacheFile?: string | null;
}

/** Bumped when the Story shape changes, so that stories cached the old way are parsed again. */
const CACHE_VERSION = 1;

/**
 * `dir`: the stories folder; `known`: the competency ids a story may name (a story valid with one
 * list may not be with another, so the cache keeps one list's results). No folder yet means no
 * stories; one that cannot be read throws CannotReadError (exit 66).
 */
export async function loadStories(dir: string, known: readonly string[], { label = (path) => path, cacheFile }: LoadOptions = {}): Promise<LoadedStories> {
  const folder = await readNoteFolder<Story>(dir, {
    cacheName: "stories.json",
    cacheFile,
    version: `${CACHE_VERSION}:${hashBytes(Buffer.from(known.join("\n")))}`,
    kind: "story",
    label,
    parser: async () => {
      const { parseStoryNote } = await import("./story-note.js");
      return valueUnder("story", (text, file, path) => parseStoryNote(text, file, basename(path, ".md"), known));
    },
  });
  // Callers name files differently (a path, or ~/...): the cached name is not theirs to keep.
  const stories = folder.notes.map(({ path, value }) => ({ ...value, file: label(path) }));
  return { stories: stories.sort((a, b) => byName(a.title, b.title)), issues: folder.issues };
}
