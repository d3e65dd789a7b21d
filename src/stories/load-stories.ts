// Reads every story in the library's stories/ folder. A broken file is reported and skipped:
// one bad hand edit must not hide the other stories.
import { basename, join } from "node:path";
import type { ContentIssue } from "../io/errors.js";
import { noteFileNames } from "../io/library.js";
import { readFailure, readLimitedText } from "../io/read-file.js";
import { parseStoryNote } from "./story-note.js";
import type { Story } from "./story.js";

export interface LoadedStories {
  /** By title, A to Z. */
  stories: Story[];
  issues: ContentIssue[];
}

/**
 * `dir`: the stories folder; `known`: the competency ids a story may name; `label` names a file
 * in messages. No folder yet means no stories; one that cannot be read throws CannotReadError (exit 66).
 */
export function loadStories(dir: string, known: readonly string[], label: (path: string) => string = (path) => path): LoadedStories {
  const loaded: LoadedStories = { stories: [], issues: [] };
  for (const name of noteFileNames(dir)) {
    const path = join(dir, name);
    let text: string;
    try {
      text = readLimitedText(path);
    } catch (error) {
      loaded.issues.push({ file: label(path), line: 1, col: 1, message: readFailure(error, "story") });
      continue;
    }
    const result = parseStoryNote(text, label(path), basename(name, ".md"), known);
    if (result.ok) loaded.stories.push(result.story);
    else loaded.issues.push(...result.issues);
  }
  loaded.stories.sort((a, b) => a.title.localeCompare(b.title));
  return loaded;
}
