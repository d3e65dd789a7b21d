// All content from every layer, merged by id: built-in, then the user's folder, then config,
// INTERVIEW_COACH_CONTENT and --content, each later layer overriding an earlier one.
// A broken file is reported and skipped; it never hides the rest.
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { displayPath } from "../io/library.js";
import type { ContentIssue } from "../io/errors.js";
import { packagePath } from "../io/package-root.js";
import { isUnchanged, readSnapshot } from "./snapshot.js";
import type { Checklist, Content, ContentKind, Deck, Loaded } from "./types.js";

/** One folder of decks and checklists, and where it was named (later layers override earlier ones). */
export interface ContentLayer {
  layer: "built-in" | "user" | "config" | "env" | "flag";
  dir: string;
}

export interface Catalog {
  decks: Map<string, Loaded<Deck>>;
  checklists: Map<string, Loaded<Checklist>>;
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


/** `competencies`: the ids questions may name (built-in and config's); the default is the built-in list. */
export async function loadCatalog(layers: ContentLayer[], competencies?: readonly string[]): Promise<Catalog> {
  const catalog: Catalog = { decks: new Map(), checklists: new Map(), issues: [] };
  const snapshot = readSnapshot(packagePath("dist", "builtin-content.json"));
  let loader: typeof import("./load.js") | undefined;

  for (const { layer, dir } of layers) {
    for (const file of contentFilesIn(dir)) {
      let content: Content | undefined;
      if (layer === "built-in") {
        const entry = snapshot.get(relative(dir, file).split("\\").join("/"));
        if (entry && isUnchanged(entry, file)) content = entry.content;
      }
      if (!content) {
        loader ??= await import("./load.js");
        const result = loader.loadContentFile(file, displayPath(file), competencies);
        if (!result.ok) {
          catalog.issues.push(...result.issues);
          continue;
        }
        content = result.content;
      }
      const source = { layer: layer === "flag" ? "--content" : layer, file };
      if (content.kind === "deck") catalog.decks.set(content.id, { ...content, source });
      else catalog.checklists.set(content.id, { ...content, source });
    }
  }
  return catalog;
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
