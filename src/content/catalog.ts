// All content from every layer, merged by id: built-in, then the user's folder, then config,
// INTERVIEW_COACH_CONTENT and --content, each later layer overriding an earlier one.
// A broken file is reported and skipped; it never hides the rest.
import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { CannotReadError, type ContentIssue } from "../io/errors.js";
import { competencyIds } from "./competencies.js";
import { FileCache, survivesJson } from "../io/file-cache.js";
import { hashBytes } from "../io/fnv1a.js";
import { displayPath } from "../io/library.js";
import { packagePath } from "../io/package-root.js";
import { cacheFile } from "../io/paths.js";
import { LazyMap } from "./lazy-map.js";
import type { Checklist, Content, ContentKind, Deck, Loaded, LoadResult } from "./types.js";

/** One folder of decks and checklists, and where it was named (later layers override earlier ones). */
export interface ContentLayer {
  layer: "built-in" | "user" | "config" | "env" | "flag";
  dir: string;
}

export interface Catalog {
  decks: ReadonlyMap<string, Loaded<Deck>>;
  checklists: ReadonlyMap<string, Loaded<Checklist>>;
  /** Problems in files that were skipped. */
  issues: ContentIssue[];
}

const YAML_FILE = /\.ya?ml$/;

/** Content files of one layer folder: decks/, checklists/, and loose files whose kind comes from their keys. */
export function contentFilesIn(dir: string): string[] {
  const list = (folder: string) => {
    try {
      return readdirSync(folder, { withFileTypes: true })
        // A linked file counts (a deck kept in a synced folder); reading it checks what it is.
        .filter((entry) => (entry.isFile() || entry.isSymbolicLink()) && YAML_FILE.test(entry.name))
        .map((entry) => join(folder, entry.name))
        .sort();
    } catch {
      return [];
    }
  };
  return [...list(join(dir, "decks")), ...list(join(dir, "checklists")), ...list(dir).filter((f) => !f.endsWith("config.yaml"))];
}


declare const __BUILD_ID__: string;

/** Built-in content parsed at build time, in the parsed-file cache's own format. */
export const CONTENT_CACHE_SEED = packagePath("dist", "content-cache.json");

/**
 * The content cache's version: the build (a new build may parse content into another shape)
 * and the competency ids a question may name (a deck valid with one list may not be with another).
 */
export function contentCacheVersion(competencies: readonly string[] = competencyIds()): string {
  const build = typeof __BUILD_ID__ === "string" ? __BUILD_ID__ : "dev";
  return `${build}:${hashBytes(Buffer.from(competencies.join("\n")))}`;
}

/**
 * A file's content as the content cache keeps it: its kind and id beside the content as JSON
 * text. Reading the cache then makes one string per file, not every question's objects, and
 * only what a command uses is parsed (`checklist --print` uses one of the nine built-in files).
 */
export interface PackedContent {
  kind: ContentKind;
  id: string;
  json: string;
}

/** `content` packed for the cache; undefined when JSON would change it (an infinite duration). */
export function packContent(content: Content): PackedContent | undefined {
  return survivesJson(content) ? { kind: content.kind, id: content.id, json: JSON.stringify(content) } : undefined;
}

/**
 * Every layer's decks and checklists, a later layer's overriding an earlier one's of the same id.
 * A file the cache holds unchanged is parsed from its JSON on first use; any other file is
 * parsed (and validated) now, so that a broken one is reported in `issues` and skipped.
 * `competencies`: the ids questions may name (built-in and config's); the default is the built-in list.
 */
export async function loadCatalog(layers: ContentLayer[], competencies?: readonly string[]): Promise<Catalog> {
  const decks = new LazyMap<Loaded<Deck>>();
  const checklists = new LazyMap<Loaded<Checklist>>();
  const issues: ContentIssue[] = [];
  const cachePath = cacheFile("content.json");
  const cache = new FileCache<PackedContent>(cachePath, contentCacheVersion(competencies), { seed: CONTENT_CACHE_SEED });
  for (const { layer, dir } of layers) {
    for (const file of contentFilesIn(dir)) {
      const packed = cachedContent(cache, file);
      const parsed = packed ? undefined : await parseContent(cache, cachePath, file, issues, competencies);
      const found = packed ?? parsed;
      if (!found) continue;
      const source = { layer: layer === "flag" ? "--content" : layer, file } as const;
      const content = () => ({ ...(parsed ?? unpack(packed!, cachePath)), source });
      if (found.kind === "deck") decks.setLazy(found.id, content as () => Loaded<Deck>);
      else checklists.setLazy(found.id, content as () => Loaded<Checklist>);
    }
  }
  cache.save();
  return { decks, checklists, issues };
}

/**
 * The content a cached entry holds. Only a cache edited by hand holds one that is not JSON: the
 * cache, a copy, is then deleted so that the next run parses the files again, and this run stops
 * (CannotReadError, exit 66) saying so, rather than with "unexpected error".
 */
function unpack(packed: PackedContent, cachePath: string | undefined): Content {
  try {
    return JSON.parse(packed.json) as Content;
  } catch (error) {
    if (cachePath) rmSync(cachePath, { force: true });
    throw new CannotReadError(cachePath ?? "the content cache", new Error(`its copy of '${packed.id}' is damaged (${(error as Error).message}); the cache is deleted, so run the command again`));
  }
}

/** The file's content if the cache holds it unchanged; undefined if not, or if the file cannot be read (parsing says why). */
function cachedContent(cache: FileCache<PackedContent>, file: string): PackedContent | undefined {
  try {
    return cache.cached(file);
  } catch {
    return undefined;
  }
}

/** The file parsed (and kept in the cache), or undefined with its problems added to `issues`. */
async function parseContent(cache: FileCache<PackedContent>, cachePath: string | undefined, file: string, issues: ContentIssue[], competencies?: readonly string[]): Promise<Content | undefined> {
  // yaml and zod load only when a file changed since it was last parsed.
  const load = await import("./load.js");
  const report = (result: LoadResult) => {
    if (!result.ok) issues.push(...result.issues);
    return result.ok ? result.content : undefined;
  };
  let content: Content | undefined;
  try {
    const stored = cache.read(file, (bytes) => {
      content = report(load.loadContentBytes(bytes, file, displayPath(file), competencies));
      return content && packContent(content);
    });
    // Not parsed here when another run cached the file since it was looked up.
    return content ?? (stored && unpack(stored, cachePath));
  } catch {
    // Gone or unreadable since it was listed: the loader words the problem with a position.
    return report(load.loadContentFile(file, displayPath(file), competencies));
  }
}

/**
 * A deck's categories in the order its questions first use them, each with its number of
 * questions; questions without a category are not counted. The names `--category` accepts.
 */
export function categoriesOf(deck: Deck): { category: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const question of deck.questions) {
    if (question.category !== undefined) counts.set(question.category, (counts.get(question.category) ?? 0) + 1);
  }
  return [...counts].map(([category, count]) => ({ category, count }));
}

export function countOf(content: Content): number {
  return content.kind === "deck" ? content.questions.length : content.sections.reduce((sum, s) => sum + s.items.length, 0);
}

export type { ContentKind };
