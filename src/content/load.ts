// Loads one deck or checklist file: bytes -> YAML with positions -> schema -> semantic
// checks -> normalised content. Returns every issue in the file, not just the first.
import { basename, dirname } from "node:path";
import type { ContentIssue } from "../io/errors.js";
import { competencyIds, unknownCompetencies } from "./competencies.js";
import { normaliseChecklist, normaliseDeck } from "./normalise.js";
import { checklistSchema, deckSchema } from "./schema.js";
import { contentIdOf, type Content, type ContentKind, type LoadResult } from "./types.js";
import { sortIssues, validate, kindOf } from "../io/validate.js";
import { decodeText, parseYamlText, positionAt, readTextFile, type YamlFile } from "../io/yaml-file.js";

/** The kind a file's folder implies (`decks/` or `checklists/`), if any. */
export function kindFromFolder(path: string): ContentKind | undefined {
  const folder = basename(dirname(path));
  return folder === "decks" ? "deck" : folder === "checklists" ? "checklist" : undefined;
}

/** `competencies`: the ids a question may name (the built-in list and config's additions). */
export function loadContentFile(path: string, displayName = path, competencies: readonly string[] = competencyIds()): LoadResult {
  const read = readTextFile(path, displayName);
  return read.ok ? loadContentText(read.text, path, displayName, competencies) : read;
}

/** The same from bytes already read (as the parsed-file cache hands them over). */
export function loadContentBytes(bytes: Buffer, path: string, displayName = path, competencies: readonly string[] = competencyIds()): LoadResult {
  const read = decodeText(bytes, displayName);
  return read.ok ? loadContentText(read.text, path, displayName, competencies) : read;
}

function loadContentText(text: string, path: string, displayName: string, competencies: readonly string[]): LoadResult {
  const parsed = parseYamlText(text, displayName);
  return parsed.ok ? contentFromYaml(parsed.value, contentIdOf(path), kindFromFolder(path), competencies) : parsed;
}

export function contentFromYaml(yaml: YamlFile, id: string, folderKind?: ContentKind, competencies: readonly string[] = competencyIds()): LoadResult {
  const data = yaml.data;
  const fail = (message: string): LoadResult => ({ ok: false, issues: [{ file: yaml.file, ...positionAt(yaml, []), message }] });
  if (data === null || data === undefined) return fail("the file is empty; a deck needs 'title' and 'questions', a checklist 'title' and 'sections'");
  if (typeof data !== "object" || Array.isArray(data)) {
    return fail(`expected a mapping with 'title' and 'questions' (a deck) or 'sections' (a checklist), got ${kindOf(data)}`);
  }
  const kind = folderKind ?? ("questions" in data ? "deck" : "sections" in data ? "checklist" : undefined);
  if (!kind) {
    return fail("cannot tell a deck from a checklist: a deck has 'questions', a checklist has 'sections' (or put the file in a decks/ or checklists/ folder)");
  }
  // A checklist saved in decks/ (or the reverse) would otherwise get "unknown key 'sections'. Did you mean 'questions'?".
  const [own, other] = kind === "deck" ? ["questions", "sections"] : ["sections", "questions"];
  if (folderKind && !(own in data) && other in data) {
    const [otherKind, otherFolder] = kind === "deck" ? ["checklist", "checklists"] : ["deck", "decks"];
    const position = positionAt(yaml, [other], { key: true });
    const message = `'${other}' makes this a ${otherKind}, but it is in a ${kind}s/ folder; move it to ${otherFolder}/ (a ${kind} has '${own}')`;
    return { ok: false, issues: [{ file: yaml.file, ...position, message }] };
  }

  // Duplicate ids are looked for in the raw data too, so they are reported with any schema problems.
  const raw = data as Record<string, unknown>;
  if (kind === "deck") {
    const questions = listOf(raw.questions).map((q, i) => ({ id: idOf(q), path: ["questions", i, "id"] }));
    const problems = [...duplicateIds(yaml, questions, "question"), ...competencyIssues(yaml, listOf(raw.questions), competencies)];
    return toLoadResult(yaml, validate(deckSchema, yaml), problems, (value) => normaliseDeck(id, value));
  }
  const items = listOf(raw.sections).flatMap((section, s) =>
    listOf((section as Record<string, unknown> | null)?.items).map((item, i) => ({ id: idOf(item), path: ["sections", s, "items", i, "id"] })),
  );
  return toLoadResult(yaml, validate(checklistSchema, yaml), duplicateIds(yaml, items, "item"), (value) => normaliseChecklist(id, value));
}

function toLoadResult<T>(yaml: YamlFile, result: { ok: true; value: T } | { ok: false; issues: ContentIssue[] }, duplicates: ContentIssue[], normalise: (value: T) => Content): LoadResult {
  if (result.ok && duplicates.length === 0) return { ok: true, content: normalise(result.value) };
  return { ok: false, issues: sortIssues([...(result.ok ? [] : result.issues), ...duplicates]) };
}

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function idOf(entry: unknown): string | undefined {
  const id = entry !== null && typeof entry === "object" ? (entry as Record<string, unknown>).id : undefined;
  return typeof id === "string" ? id : undefined;
}

/** Competency names outside the known list, each at its position with the closest known names. */
function competencyIssues(yaml: YamlFile, questions: unknown[], known: readonly string[]): ContentIssue[] {
  return questions.flatMap((q, i) => {
    const names = q !== null && typeof q === "object" ? (q as Record<string, unknown>).competencies : undefined;
    return unknownCompetencies(listOf(names), known).map(({ index, message }) => ({ file: yaml.file, ...positionAt(yaml, ["questions", i, "competencies", index]), message }));
  });
}

function duplicateIds(yaml: YamlFile, entries: { id: string | undefined; path: (string | number)[] }[], what: string): ContentIssue[] {
  // Positions are looked up only for ids that repeat: most files have none, and a deck may have thousands of ids.
  const first = new Map<string, (string | number)[]>();
  const issues: ContentIssue[] = [];
  for (const { id, path } of entries) {
    if (id === undefined) continue;
    const firstPath = first.get(id);
    if (firstPath === undefined) first.set(id, path);
    else issues.push({ file: yaml.file, ...positionAt(yaml, path), message: `duplicate ${what} id '${id}' (first used on line ${positionAt(yaml, firstPath).line}); ids must be unique` });
  }
  return sortIssues(issues);
}
