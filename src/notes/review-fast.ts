// A fast path for reading review notes: `rank` reads thousands of them, and a full YAML parse
// with positions plus zod costs several milliseconds each. Notes this program wrote use a small
// part of YAML (block mappings and lists, plain or quoted one-line scalars); this reads exactly
// that part and answers undefined for anything else, or for anything invalid. The caller then
// takes the full path (content/yaml-file + zod), which also gives the positioned messages.
// Tests compare both paths on generated notes and on arbitrary strings.
import { editDistance } from "../suggest.js";
import { isKind } from "../rank/criteria.js";
import type { Person, Review } from "../rank/review.js";
import { parseDay } from "./dates.js";
import { readBody } from "./review-body.js";

/** The front-matter keys of a review (kept equal to the zod schema's by a test). */
export const FRONT_MATTER_KEYS = ["type", "program", "date", "kind", "specialty", "draft", "scores", "gut", "dealBreakers", "people", "writtenAfterDays", "changes"];
const PERSON_KEYS = new Set(["name", "role", "detail", "thanked"]);

/** Split as parseNote does: BOM off, CRLF to LF, front matter between the first two --- lines. */
export function splitNote(text: string): { yaml: string; body: string } | undefined {
  // Copies only when there is something to clean: most notes have neither a BOM nor CRLF.
  let clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (clean.includes("\r")) clean = clean.replace(/\r\n/g, "\n");
  if (!clean.startsWith("---\n")) return undefined;
  // The first line that is exactly "---" after the opening one (as parseNote's lazy match).
  for (let at = clean.indexOf("\n---", 4); at !== -1; at = clean.indexOf("\n---", at + 1)) {
    const after = at + 4;
    if (after === clean.length || clean[after] === "\n") {
      return { yaml: clean.slice(4, at), body: clean.slice(Math.min(after + 1, clean.length)) };
    }
  }
  return undefined;
}

const NO_PROSE = { redFlags: [], stillUnknown: [], notes: "", otherSections: "" };

/** `prose: false` skips the body (red flags, notes...): rank and followups read only the front matter. */
export function fastParseReview(text: string, { prose = true } = {}): Review | undefined {
  const parts = splitNote(text);
  if (!parts) return undefined;
  const data = fastYaml(parts.yaml);
  if (data === undefined || data === null || typeof data !== "object" || Array.isArray(data)) return undefined;
  const front = checkFrontMatter(data as Record<string, unknown>);
  return front && { ...front, ...(prose ? readBody(parts.body) : NO_PROSE) };
}

// ---- the YAML subset ----------------------------------------------------------------------

class Unsupported extends Error {}
const unsupported = (): never => {
  throw new Unsupported();
};

interface Line {
  indent: number;
  text: string;
}

/** The data of `source` when it is within the subset, else undefined. */
export function fastYaml(source: string): unknown {
  // Control characters, lone CRs and Unicode line breaks mean something to YAML: full path.
  if (/[\x00-\x08\x0b-\x1f\x7f\x85\u2028\u2029\ufeff]/.test(source)) return undefined;
  const lines: Line[] = [];
  for (const raw of source.split("\n")) {
    // Plain loops rather than regexes: this runs for every line of thousands of files.
    let end = raw.length;
    while (end > 0 && (raw.charCodeAt(end - 1) === 32 || raw.charCodeAt(end - 1) === 9)) end--;
    if (end === 0) continue;
    let indent = 0;
    while (raw.charCodeAt(indent) === 32) indent++;
    const first = raw.charCodeAt(indent);
    // A tab as indentation, a comment, a document marker: the full parser's business.
    if (first === 9 || first === 35 || raw.startsWith("---", indent) || raw.startsWith("...", indent)) return undefined;
    lines.push({ indent, text: raw.slice(indent, end) });
  }
  if (lines.length === 0) return null;
  try {
    const [value, next] = mapping(lines, 0, lines[0]!.indent);
    return next === lines.length && lines[0]!.indent === 0 ? value : undefined;
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

const KEY_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** "key: value" or "key:" -> [key, value or ""]; anything else is not a pair of the subset. */
function pair(text: string): [string, string] | undefined {
  const colon = text.indexOf(":");
  if (colon <= 0) return undefined;
  const key = text.slice(0, colon);
  if (!KEY_NAME.test(key)) return undefined;
  if (colon === text.length - 1) return [key, ""];
  return text.charCodeAt(colon + 1) === 32 ? [key, text.slice(colon + 2).replace(/^[ \t]+/, "")] : undefined;
}

function mapping(lines: Line[], start: number, indent: number): [Record<string, unknown>, number] {
  const out: Record<string, unknown> = {};
  let i = start;
  while (i < lines.length && lines[i]!.indent === indent) {
    const line = lines[i]!;
    if (line.text.startsWith("- ") || line.text === "-") break;
    const [key, value] = pair(line.text) ?? unsupported();
    if (Object.hasOwn(out, key) || key === "__proto__") unsupported();
    i++;
    if (value) {
      out[key] = scalar(value);
    } else if (i < lines.length && isItem(lines[i]!) && lines[i]!.indent >= indent) {
      [out[key], i] = sequence(lines, i, lines[i]!.indent);
    } else if (i < lines.length && lines[i]!.indent > indent) {
      [out[key], i] = mapping(lines, i, lines[i]!.indent);
    } else {
      out[key] = null;
    }
  }
  if (i < lines.length && lines[i]!.indent > indent) unsupported();
  return [out, i];
}

const isItem = (line: Line) => line.text.startsWith("- ");

function sequence(lines: Line[], start: number, indent: number): [unknown[], number] {
  const out: unknown[] = [];
  let i = start;
  while (i < lines.length && lines[i]!.indent === indent && isItem(lines[i]!)) {
    const item = lines[i]!.text.slice(2).replace(/^ +/, "");
    const offset = lines[i]!.text.length - item.length;
    if (pair(item)) {
      // "- name: x" then "  role: y": a mapping whose first line shares the dash's line.
      lines[i] = { indent: indent + offset, text: item };
      const [value, next] = mapping(lines, i, indent + offset);
      out.push(value);
      i = next;
    } else {
      out.push(scalar(item));
      i++;
    }
  }
  if (i < lines.length && lines[i]!.indent > indent) unsupported();
  return [out, i];
}

const NULLS = new Set(["~", "null", "Null", "NULL"]);
const BOOLS: Record<string, boolean> = { true: true, True: true, TRUE: true, false: false, False: false, FALSE: false };
const INT = /^[-+]?[0-9]+$/;
/** Other numbers of the YAML core schema: left to the full parser. */
const OTHER_NUMBER = /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;

/** First characters that make a plain scalar mean something else (flow, anchor, tag, block...). */
const INDICATORS = new Set("-?:,[]{}#&*!|>%@`");

function scalar(text: string): unknown {
  const first = text[0]!;
  if (first === '"') return doubleQuoted(text);
  if (first === "'") return singleQuoted(text);
  if (text === "[]") return [];
  if (text === "{}") return {};
  // Indicators, comments and "key: value" inside a value: the full parser decides.
  if (INDICATORS.has(first) || text.includes(": ") || text.includes(" #") || text.endsWith(":")) return unsupported();
  if (NULLS.has(text)) return null;
  if (Object.hasOwn(BOOLS, text)) return BOOLS[text];
  // Only text starting like a number can be one: most values skip both patterns.
  if ((first >= "0" && first <= "9") || first === "+" || first === ".") {
    if (INT.test(text)) return Number(text);
    if (OTHER_NUMBER.test(text)) return unsupported();
  }
  return text;
}

const ESCAPES: Record<string, string> = {
  "0": "\0", a: "\x07", b: "\b", t: "\t", "\t": "\t", n: "\n", v: "\v", f: "\f", r: "\r", e: "\x1b",
  " ": " ", '"': '"', "/": "/", "\\": "\\", N: "\x85", _: "\xa0", L: "\u2028", P: "\u2029",
};
const HEX_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 };

function doubleQuoted(text: string): string {
  let out = "";
  for (let i = 1; i < text.length; i++) {
    const char = text[i]!;
    if (char === '"') return i === text.length - 1 ? out : unsupported();
    if (char !== "\\") {
      out += char;
      continue;
    }
    const code = text[++i] ?? unsupported();
    if (Object.hasOwn(ESCAPES, code)) out += ESCAPES[code];
    else if (HEX_LENGTH[code]) {
      const hex = text.slice(i + 1, i + 1 + HEX_LENGTH[code]);
      if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== HEX_LENGTH[code]) unsupported();
      out += String.fromCodePoint(parseInt(hex, 16));
      i += hex.length;
    } else unsupported();
  }
  return unsupported();
}

function singleQuoted(text: string): string {
  if (text.length < 2 || !text.endsWith("'")) return unsupported();
  const inner = text.slice(1, -1);
  // Inside single quotes a quote is written twice; a lone one ends the scalar early.
  if (inner.replace(/''/g, "").includes("'")) unsupported();
  return inner.replace(/''/g, "'");
}

// ---- the checks of review-schema.ts, without zod ------------------------------------------

const isString = (v: unknown): v is string => typeof v === "string";
const isRating = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 5;
const isDay = (v: unknown): v is string => isString(v) && parseDay(v) !== undefined;
const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);
const optional = <T>(v: unknown, check: (x: unknown) => x is T): boolean => v === undefined || check(v);
const listOf = (v: unknown, check: (x: unknown) => boolean): boolean => v === undefined || (Array.isArray(v) && v.every(check));

function isPerson(v: unknown): boolean {
  if (!isRecord(v) || !Object.keys(v).every((k) => PERSON_KEYS.has(k))) return false;
  return isString(v.name) && v.name.length > 0 && optional(v.role, isString) && optional(v.detail, isString) && (v.thanked === undefined || v.thanked === null || isDay(v.thanked));
}

/** The review's front-matter fields when valid by the schema's rules, else undefined. */
export function checkFrontMatter(data: Record<string, unknown>): Omit<Review, "redFlags" | "stillUnknown" | "notes" | "otherSections"> | undefined {
  const { type, program, date, kind, specialty, draft, scores, gut, dealBreakers, people, writtenAfterDays, changes, ...extra } = data;
  const valid =
    type === "review" &&
    isString(program) && program.length > 0 &&
    isDay(date) &&
    isKind(kind) &&
    optional(specialty, isString) &&
    (draft === undefined || typeof draft === "boolean") &&
    (scores === undefined || (isRecord(scores) && Object.values(scores).every(isRating))) &&
    (gut === undefined || gut === null || isRating(gut)) &&
    listOf(dealBreakers, isString) &&
    listOf(people, isPerson) &&
    (writtenAfterDays === undefined || (Number.isSafeInteger(writtenAfterDays) && (writtenAfterDays as number) >= 0)) &&
    listOf(changes, isString) &&
    (draft === true || (scores !== undefined && gut !== undefined && gut !== null)) &&
    keyTypos(Object.keys(extra)).length === 0;
  if (!valid) return undefined;
  return {
    program: program as string,
    date: date as string,
    kind,
    specialty: (specialty as string | undefined) ?? "",
    scores: (scores as Record<string, number> | undefined) ?? {},
    gut: (gut as number | null | undefined) ?? null,
    dealBreakers: (dealBreakers as string[] | undefined) ?? [],
    people: ((people as Partial<Person>[] | undefined) ?? []).map((p) => ({ name: p.name!, role: p.role ?? "", detail: p.detail ?? "", thanked: p.thanked ?? null })),
    ...(writtenAfterDays !== undefined ? { writtenAfterDays: writtenAfterDays as number } : {}),
    changes: (changes as string[] | undefined) ?? [],
    draft: (draft as boolean | undefined) ?? false,
    extra,
  };
}

/**
 * Keys note apps may add are fine, but one that looks like a typo of ours is an error:
 * `dealbreakers:` silently ignored would put an excluded program back on the list.
 */
export function keyTypos(keys: readonly string[]): { key: string; near: string }[] {
  const typos: { key: string; near: string }[] = [];
  for (const key of keys) {
    if (FRONT_MATTER_KEYS.includes(key) || key.length < 4) continue;
    const near = FRONT_MATTER_KEYS.find((known) => editDistance(key.toLowerCase(), known.toLowerCase()) <= 2);
    if (near) typos.push({ key, near });
  }
  return typos;
}
