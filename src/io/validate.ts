// Turns zod's issues into one-line messages at the YAML position they concern.
// Shared by content, config, answers and weights files: every file a user writes.
// The schemas are zod/mini's: classic zod bundles to about 450 KB and took about 60 ms more CPU
// to load than zod/mini's 30 KB, in every command that checks a file or writes a note. The
// messages are ours (below): zod/mini loads no locale, and its generic text is never shown.
// Types only: kindOf() alone (rank --weights) loads no zod.
import type * as z from "zod/mini";
import type { ContentIssue } from "./errors.js";
import { closest, didYouMean } from "./suggest.js";
import { isMap, isPair, isScalar } from "yaml";
import { positionAt, type YamlFile } from "./yaml-file.js";

/** Keys whose values are durations; their messages show the accepted forms. */
const DURATION_KEYS = new Set(["prep", "answer", "time"]);

export function validate<S extends z.ZodMiniType>(schema: S, yaml: YamlFile): { ok: true; value: z.output<S> } | { ok: false; issues: ContentIssue[] } {
  const result = schema.safeParse(yaml.data);
  if (result.success) return { ok: true, value: result.data };
  // `txt: ...` yields both "unknown key 'txt'. Did you mean 'text'?" and "missing 'text'"; the
  // first says it all, so a missing key that a typo in the same mapping explains is not repeated.
  const typos = new Set<string>();
  for (const issue of result.error.issues) {
    if (issue.code !== "unrecognized_keys") continue;
    for (const key of issue.keys) for (const near of closest(key, allowedKeys(schema, issue.path))) typos.add(JSON.stringify([...issue.path, near]));
  }
  const explained = (issue: z.core.$ZodIssue) => valueAt(yaml.data, issue.path) === undefined && typos.has(JSON.stringify(issue.path));
  const issues = result.error.issues.filter((issue) => !explained(issue)).flatMap((issue) => describe(issue, yaml, schema));
  return { ok: false, issues: sortIssues(dedupe(issues)) };
}

export function sortIssues(issues: ContentIssue[]): ContentIssue[] {
  return issues.sort((a, b) => a.line - b.line || a.col - b.col);
}

function dedupe(issues: ContentIssue[]): ContentIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.line}:${issue.col}:${issue.message}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

function describe(issue: z.core.$ZodIssue, yaml: YamlFile, schema: z.ZodMiniType): ContentIssue[] {
  const path = issue.path;
  const at = (where: readonly PropertyKey[], message: string, key = false): ContentIssue => ({
    file: yaml.file,
    ...positionAt(yaml, where, { key }),
    message,
  });
  const value = valueAt(yaml.data, path);
  const name = labelOf(path);

  if (issue.code === "unrecognized_keys") {
    const allowed = allowedKeys(schema, path);
    return issue.keys.map((key) => {
      const hint = didYouMean(key, allowed);
      const cut = cutAtComma(yaml, path, key);
      const message = cut
        ? `unknown key '${key}': a value with a comma inside { } needs quotes, ${cut}`
        : hint
          ? `unknown key '${key}'.${hint}`
          : `unknown key '${key}'; allowed here: ${allowed.join(", ")}`;
      return at([...path, key], message, true);
    });
  }
  // zod reports a missing enum as invalid_value; it is still a missing key to the author.
  if (value === undefined && (issue.code === "invalid_type" || issue.code === "invalid_value")) {
    const choices = issue.code === "invalid_value" ? ` (one of ${issue.values.map(String).join(", ")})` : "";
    return [at(path.slice(0, -1), `missing '${String(path.at(-1))}'${context(path.slice(0, -1))}${choices}`)];
  }
  const lastKey = [...path].reverse().find((part) => typeof part === "string");
  // A schema's own check says what it wants ("time" of an interview is a clock time, not a duration).
  if (typeof lastKey === "string" && DURATION_KEYS.has(lastKey) && path.at(-1) === lastKey && issue.code !== "custom") {
    const message = notAboveZero(value) ? `'${lastKey}' must be more than zero, got ${show(value)}` : `'${lastKey}' must be a duration like 90s or 2m, got ${show(value)}`;
    return [at(path, message)];
  }
  switch (issue.code) {
    case "invalid_type":
      return [at(path, `${name} must be ${article(issue.expected)}, got ${kindOf(value)}`)];
    case "invalid_value":
      return [at(path, `${name} must be one of ${issue.values.map(String).join(", ")}; got ${show(value)}`)];
    case "invalid_format":
      // Ids and competency names are kebab-case ("speaking-up"): the one pattern either is checked against.
      if (lastKey === "id" || lastKey === "competencies") return [at(path, `${name} must be kebab-case (lowercase letters, digits, dashes), got ${show(value)}`)];
      if (lastKey === "due") return [at(path, `${name} must be a day offset like -2d, 0d or +1w, got ${show(value)}`)];
      return [at(path, `${name} is not in the expected form, got ${show(value)}`)];
    case "too_small":
      if (Array.isArray(value)) return [at(path, `${name} is empty; it needs at least ${String(issue.minimum)} entr${issue.minimum === 1 ? "y" : "ies"}`)];
      if (typeof value === "string") return [at(path, `${name} is empty`)];
      return [at(path, `${name} must be ${issue.inclusive ? "at least" : "more than"} ${String(issue.minimum)}, got ${show(value)}`)];
    case "too_big":
      return [at(path, `${name} must be ${issue.inclusive === false ? "less than" : "at most"} ${String(issue.maximum)}, got ${show(value)}`)];
    default:
      // Our refinements' own messages (custom issues). A union is only used for durations, handled above.
      return [at(path, `${name}: ${issue.message}`)];
  }
}

/** -5, 0, "0s", "0m0s", "-30s": shaped like a duration but not above zero. */
function notAboveZero(value: unknown): boolean {
  if (typeof value === "number") return value <= 0;
  return typeof value === "string" && /^(?:-\s*\d|(?:0+[ms]?)+$)/.test(value.trim());
}

/** "'answer'" or "'tips' entry 2": how a user finds the value in the file. */
function labelOf(path: readonly PropertyKey[]): string {
  const last = path.at(-1);
  if (typeof last === "number") {
    const parent = path.at(-2);
    return `${parent === undefined ? "entry" : `'${String(parent)}' entry`} ${last + 1}`;
  }
  return last === undefined ? "the file" : `'${String(last)}'`;
}

function context(path: readonly PropertyKey[]): string {
  const last = path.at(-1);
  const parent = path.at(-2);
  if (typeof last === "number" && parent === "questions") return ` in question ${last + 1}`;
  if (typeof last === "number" && parent === "items") return ` in item ${last + 1}`;
  if (typeof last === "number" && parent === "sections") return ` in section ${last + 1}`;
  if (typeof last === "number" && parent === "points") return ` in point ${last + 1}`;
  return "";
}

function article(expected: string): string {
  return { string: "text", number: "a number", int: "a whole number", array: "a list", object: "a mapping", boolean: "true or false" }[expected] ?? expected;
}

export function kindOf(value: unknown): string {
  if (value === null) return "nothing (null)";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return `text ${show(value)}`;
  return `${typeof value === "number" ? "the number" : typeof value} ${String(value)}`;
}

function show(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (value === null || value === undefined) return "nothing";
  if (typeof value === "object") return Array.isArray(value) ? "a list" : "a mapping";
  return String(value);
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const part of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return current;
}

/** The keys the schema allows at `path`, for "allowed here" and "did you mean". */
function allowedKeys(schema: z.ZodMiniType, path: readonly PropertyKey[]): string[] {
  let node = unwrap(schema);
  for (const part of path) {
    const def = node.def as { type: string; shape?: Record<string, z.ZodMiniType>; element?: z.ZodMiniType };
    if (def.type === "object" && typeof part === "string" && def.shape?.[part]) node = unwrap(def.shape[part]);
    else if (def.type === "array" && def.element) node = unwrap(def.element);
    else if (def.type === "record") return [];
    else return [];
  }
  const def = node.def as { type: string; shape?: Record<string, unknown> };
  return def.type === "object" && def.shape ? Object.keys(def.shape) : [];
}

function unwrap(schema: z.ZodMiniType): z.ZodMiniType {
  let node = schema;
  for (;;) {
    const def = node.def as { type: string; innerType?: z.ZodMiniType; in?: z.ZodMiniType };
    if ((def.type === "optional" || def.type === "default" || def.type === "nullable") && def.innerType) node = def.innerType;
    else if (def.type === "pipe" && def.in) node = def.in;
    else return node;
  }
}

/**
 * In a { } mapping, a comma ends a value: `{ name: Amara Okonkwo, MD }` reads as name "Amara
 * Okonkwo" and a key "MD" with no value. When `key`, unknown at `path`, is such a word after a
 * plain value, the fix in the file's terms (`e.g. name: "Amara Okonkwo, MD"`); else undefined.
 */
function cutAtComma(yaml: YamlFile, path: readonly PropertyKey[], key: string): string | undefined {
  const map = path.length === 0 ? yaml.doc.contents : yaml.doc.getIn(path as unknown[], true);
  if (!isMap(map) || !map.flow) return undefined;
  const at = map.items.findIndex((pair) => isPair(pair) && isScalar(pair.key) && String(pair.key.value) === key);
  const [before, pair] = [map.items[at - 1], map.items[at]];
  if (!pair || pair.value !== null || !before || !isScalar(before.key) || !isScalar(before.value) || before.value.type !== "PLAIN") return undefined;
  return `e.g. ${String(before.key.value)}: "${String(before.value.value)}, ${key}"`;
}
