// Loads one deck or checklist file: bytes -> YAML with positions -> schema -> semantic
// checks -> normalised content. Returns every issue in the file, not just the first.
import { basename, dirname, extname } from "node:path";
import type { ContentIssue } from "../errors.js";
import { parseDueOffset, parseDuration } from "./duration.js";
import { checklistSchema, deckSchema, type ChecklistInput, type DeckInput } from "./schema.js";
import { DEFAULT_ANSWER_SECONDS, DEFAULT_PREP_SECONDS, type Checklist, type Content, type ContentKind, type Deck } from "./types.js";
import { sortIssues, validate, kindOf } from "./validate.js";
import { positionAt, readYamlFile, type YamlFile } from "./yaml-file.js";

export type LoadResult = { ok: true; content: Content } | { ok: false; issues: ContentIssue[] };

export function contentIdOf(path: string): string {
  return basename(path, extname(path));
}

/** The kind a file's folder implies (`decks/` or `checklists/`), if any. */
export function kindFromFolder(path: string): ContentKind | undefined {
  const folder = basename(dirname(path));
  return folder === "decks" ? "deck" : folder === "checklists" ? "checklist" : undefined;
}

export function loadContentFile(path: string, displayName = path): LoadResult {
  const read = readYamlFile(path, displayName);
  if (!read.ok) return read;
  return contentFromYaml(read.value, contentIdOf(path), kindFromFolder(path));
}

export function contentFromYaml(yaml: YamlFile, id: string, folderKind?: ContentKind): LoadResult {
  const data = yaml.data;
  const fail = (message: string): LoadResult => ({ ok: false, issues: [{ file: yaml.file, ...positionAt(yaml, []), message }] });
  if (data === null || data === undefined) return fail("the file is empty; a deck needs 'title' and 'questions', a checklist 'title' and 'sections'");
  if (typeof data !== "object" || Array.isArray(data)) {
    return fail(`expected a mapping with 'title' and 'questions' (a deck) or 'sections' (a checklist), got ${kindOf(data)}`);
  }
  const kind = folderKind ?? ("questions" in data ? "deck" : "sections" in data ? "checklist" : undefined);
  if (!kind) return fail("cannot tell a deck from a checklist: a deck has 'questions', a checklist has 'sections'");

  if (kind === "deck") {
    const result = validate(deckSchema, yaml);
    if (!result.ok) return result;
    const duplicates = duplicateIds(yaml, result.value.questions.map((q, i) => ({ id: q.id, path: ["questions", i, "id"] })), "question");
    return duplicates.length ? { ok: false, issues: duplicates } : { ok: true, content: normaliseDeck(id, result.value) };
  }
  const result = validate(checklistSchema, yaml);
  if (!result.ok) return result;
  const items = result.value.sections.flatMap((section, s) => section.items.map((item, i) => ({ id: item.id, path: ["sections", s, "items", i, "id"] })));
  const duplicates = duplicateIds(yaml, items, "item");
  return duplicates.length ? { ok: false, issues: duplicates } : { ok: true, content: normaliseChecklist(id, result.value) };
}

function duplicateIds(yaml: YamlFile, entries: { id: string; path: (string | number)[] }[], what: string): ContentIssue[] {
  const firstLine = new Map<string, number>();
  const issues: ContentIssue[] = [];
  for (const { id, path } of entries) {
    const position = positionAt(yaml, path);
    const first = firstLine.get(id);
    if (first === undefined) firstLine.set(id, position.line);
    else issues.push({ file: yaml.file, ...position, message: `duplicate ${what} id '${id}' (first used on line ${first}); ids must be unique` });
  }
  return sortIssues(issues);
}

function normaliseDeck(id: string, input: DeckInput): Deck {
  const answerSeconds = parseDuration(input.defaults?.answer) ?? DEFAULT_ANSWER_SECONDS;
  return {
    kind: "deck",
    id,
    title: input.title,
    ...(input.description ? { description: input.description } : {}),
    prepSeconds: parseDuration(input.defaults?.prep) ?? DEFAULT_PREP_SECONDS,
    answerSeconds,
    questions: input.questions.map((q) => ({
      id: q.id,
      text: q.text,
      ...(q.category ? { category: q.category } : {}),
      tags: q.tags ?? [],
      format: q.format ?? "open",
      answerSeconds: parseDuration(q.answer) ?? answerSeconds,
      points: (q.points ?? []).map((p) => ({ text: p.text, keywords: p.keywords ?? [] })),
      tips: q.tips ?? [],
      followups: q.followups ?? [],
    })),
  };
}

function normaliseChecklist(id: string, input: ChecklistInput): Checklist {
  return {
    kind: "checklist",
    id,
    title: input.title,
    sections: input.sections.map((section) => ({
      title: section.title,
      phase: section.phase,
      items: section.items.map((item) => {
        const dueDays = item.due === undefined ? undefined : parseDueOffset(item.due);
        return { id: item.id, text: item.text, ...(item.why ? { why: item.why } : {}), ...(dueDays === undefined ? {} : { dueDays }) };
      }),
    })),
  };
}
