// Reads any YAML file the user hands us (content, config, answers, weights) with positions,
// so every problem can be reported as FILE:LINE:COL. Defensive by design: size, bytes and
// alias expansion are checked before the document reaches the rest of the program.
import { isUtf8 } from "node:buffer";
import YAML, { isCollection, isMap, isPair, isScalar, LineCounter, type Alias, type Document, type Node, type Scalar } from "yaml";
import type { ContentIssue } from "./errors.js";
import { MAX_FILE_BYTES, readFailure, readLimited } from "./read-file.js";

/** Aliases allowed when building data; a "billion laughs" file stops here instead of hanging. */
const MAX_ALIAS_COUNT = 100;

export interface YamlFile {
  /** The name used in messages (relative to the working folder when inside it). */
  file: string;
  data: unknown;
  doc: Document.Parsed;
  lineCounter: LineCounter;
}

export type YamlResult = { ok: true; value: YamlFile } | { ok: false; issues: ContentIssue[] };

export type TextResult = { ok: true; text: string } | { ok: false; issues: ContentIssue[] };

/** Reads a file as UTF-8 text after the checks every YAML file gets: size (whatever the file reports), NUL bytes, UTF-8, BOM. */
export function readTextFile(path: string, displayName = path): TextResult {
  const issue = (line: number, col: number, message: string): TextResult => ({
    ok: false,
    issues: [{ file: displayName, line, col, message }],
  });
  let bytes: Buffer;
  try {
    bytes = readLimited(path, MAX_FILE_BYTES);
  } catch (error) {
    return issue(1, 1, readFailure(error, "YAML file"));
  }
  return decodeText(bytes, displayName);
}

// Exact bytes: "1.0 MiB; limited to 1 MiB" would read as a contradiction for a file just over.
const tooLarge = (size: number) => `file is too large (${size} bytes); interview-coach reads YAML files of up to 1 MiB (${MAX_FILE_BYTES} bytes)`;

/** The checks of readTextFile on bytes already read: size, NUL bytes, UTF-8, BOM. */
export function decodeText(bytes: Buffer, file: string): TextResult {
  const fail = (offset: number, text: string, message: string): TextResult => {
    const { line, col } = positionOf(text, offset);
    return { ok: false, issues: [{ file, line, col, message }] };
  };
  if (bytes.length > MAX_FILE_BYTES) return fail(0, "", tooLarge(bytes.length));
  const nul = bytes.indexOf(0);
  if (nul !== -1) return fail(0, "", "is a binary file (it contains NUL bytes), not YAML text");
  const badByte = firstInvalidUtf8(bytes);
  if (badByte !== -1) {
    const before = bytes.subarray(0, badByte).toString("utf8");
    const hex = (bytes[badByte] ?? 0).toString(16).toUpperCase().padStart(2, "0");
    return fail(before.length, before, `byte 0x${hex} is not UTF-8 (a Latin-1 or Windows file?); save the file as UTF-8`);
  }
  const text = bytes.toString("utf8");
  return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text }; // a BOM is harmless: drop it
}

export function readYamlFile(path: string, displayName = path): YamlResult {
  const read = readTextFile(path, displayName);
  return read.ok ? parseYamlText(read.text, displayName) : read;
}

export function parseYamlText(input: Buffer | string, file: string): YamlResult {
  let text: string;
  if (typeof input === "string") {
    text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  } else {
    const decoded = decodeText(input, file);
    if (!decoded.ok) return decoded;
    text = decoded.text;
  }

  const lineCounter = new LineCounter();
  // logLevel "error": yaml's own warnings (a list used as a key, which it stringifies) would go
  // to stderr as Node process warnings, two stray lines around our own positioned message.
  const doc = YAML.parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true, logLevel: "error" });
  const issues: ContentIssue[] = [];
  const seen = new Set<number>();
  const keyAt = keysByOffset(doc);
  for (const error of doc.errors) {
    // One broken line often yields several parser errors; the first says it best.
    const errorLine = lineCounter.linePos(error.pos[0]).line;
    if (seen.has(errorLine)) continue;
    seen.add(errorLine);
    const { offset, message, unclosed } = describeYamlError(doc, text, error.code, error.message, error.pos[0], keyAt);
    issues.push({ file, ...lineCounter.linePos(offset), message });
    // After an unclosed quote or bracket the parser's later complaints are its own confusion.
    if (unclosed) break;
  }
  if (issues.length > 0) return { ok: false, issues: issues.sort((a, b) => a.line - b.line || a.col - b.col) };
  // A plain `<<` key is spelt out in the text: without "<<" there, the walk over every node is skipped.
  const merges = (text.includes("<<") ? mergeKeys(doc) : []).map((offset) => ({ file, ...lineCounter.linePos(offset), message: MERGE_KEY_MESSAGE }));
  if (merges.length > 0) return { ok: false, issues: merges };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const unresolved = firstAlias(doc, (alias) => alias.resolve(doc) === undefined);
    if (unresolved) {
      const { line, col } = lineCounter.linePos(unresolved.range?.[0] ?? 0);
      const message = `alias *${unresolved.source} has no anchor &${unresolved.source} before it`;
      return { ok: false, issues: [{ file, line, col, message }] };
    }
    const { line, col } = lineCounter.linePos(firstAlias(doc, () => true)?.range?.[0] ?? 0);
    const bomb = /alias count/i.test((error as Error).message);
    const message = bomb ? "too many aliases: this file expands into far more data than it holds" : `YAML: ${(error as Error).message}`;
    return { ok: false, issues: [{ file, line, col, message }] };
  }
  return { ok: true, value: { file, data, doc, lineCounter } };
}

/**
 * The yaml library's messages speak of "implicit keys" and "flow collections"; these say what to
 * fix in words a content author knows, and move the position to where the fix belongs.
 */
function describeYamlError(
  doc: Document.Parsed,
  text: string,
  code: string,
  raw: string,
  offset: number,
  keyAt: (offset: number) => string | undefined,
): { offset: number; message: string; unclosed?: boolean } {
  const first = (raw.split("\n")[0] ?? raw).replace(/ at line \d+, column \d+:?$/, "");
  switch (code) {
    case "DUPLICATE_KEY": {
      const key = keyAt(offset);
      return { offset, message: `${key === undefined ? "this key" : `key '${key}'`} appears twice in the same mapping; keep one` };
    }
    case "TAB_AS_INDENT":
      return { offset, message: "tab used for indentation; YAML indents with spaces" };
    case "MULTIPLE_DOCS":
      return { offset, message: "a second YAML document starts here (---); a content file holds one document" };
    case "BAD_DQ_ESCAPE":
      return { offset, message: `${first.replace("Invalid escape sequence", "unknown escape")} in double-quoted text; write \\\\ for a backslash, or use single quotes` };
    case "BAD_SCALAR_START": {
      const char = text[offset] ?? "";
      return { offset, message: `a value cannot start with ${char} unless it is quoted; put the value in quotes` };
    }
    case "BLOCK_AS_IMPLICIT_KEY":
      return { offset, message: "unexpected ': ' in a value; quote the value if it contains ': ', or check the indentation" };
    case "UNEXPECTED_TOKEN": {
      const char = text[offset] ?? "";
      if (/^[\]\}\[\{,:\-]$/.test(char)) return { offset, message: `unexpected ${char} here; check for a stray character or a wrong indentation` };
      break;
    }
    case "MULTILINE_IMPLICIT_KEY":
      return { offset, message: "expected 'key: value' on this line; check for a missing ':' or a wrong indentation" };
    case "BAD_INDENT":
      if (/Flow (sequence|map)/.test(first)) {
        const [open, close] = first.includes("]") ? ["[", "]"] : ["{", "}"];
        const start = openingBefore(doc, offset, (node) => isCollection(node) && node.flow === true);
        return start === undefined
          ? { offset, message: `a ${open} opened above is not closed with ${close} before this line`, unclosed: true }
          : { offset: start, message: `this ${open} is not closed with ${close} on its line`, unclosed: true };
      }
      if (/same column/.test(first)) return { offset, message: "keys of one mapping must start in the same column; check the indentation" };
      break;
    case "MISSING_CHAR":
      if (/closing ["']quote/.test(first)) {
        // The parser notices at the end of the file; the author needs the line where the quote opens.
        const quote = first.includes('"') ? '"' : "'";
        const start = openingBefore(doc, offset, (node) => isScalar(node) && (node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE"));
        // A continuation line that starts with a tab also ends quoted text early, though the quote is closed.
        const tabbed = start !== undefined && /\n\t/.test(text.slice(start, offset + 2));
        const message = tabbed ? "a line of the quoted text that starts here begins with a tab; indent it with spaces" : `the quoted text that starts here has no closing ${quote}`;
        return { offset: start ?? offset, message, unclosed: true };
      }
      if (/without - indicator/.test(first)) return { offset, message: "expected a list entry ('- ') or a key at this indentation; check the indentation" };
      if (/followed by map values/.test(first)) return { offset, message: "expected 'key: value' on this line; check for a missing ':' or a wrong indentation" };
      break;
  }
  return { offset, message: `YAML syntax: ${first.charAt(0).toLowerCase()}${first.slice(1)}` };
}

// YAML 1.2, which these files follow, has no merge key: `<<: *base` would be read as a key named
// "<<", reported as unknown with a list of keys that does not say what went wrong.
const MERGE_KEY_MESSAGE = "merge keys (<<) are not supported; write the keys out in full (an alias *name repeats a whole value, not part of a mapping)";

/** Offsets of the plain `<<` keys in `doc` (a quoted "<<" is an ordinary key). */
function mergeKeys(doc: Document.Parsed): number[] {
  const offsets: number[] = [];
  YAML.visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.type === "PLAIN" && pair.key.value === "<<") offsets.push(pair.key.range?.[0] ?? 0);
    },
  });
  return offsets;
}

/**
 * The key at each offset of `doc`, found on first use and kept: a file can repeat keys thousands
 * of times, and walking the whole document for each would take minutes on a 1 MiB file.
 */
function keysByOffset(doc: Document.Parsed): (offset: number) => string | undefined {
  let keys: Map<number, string> | undefined;
  return (offset) => {
    if (!keys) {
      const found = new Map<number, string>();
      YAML.visit(doc, {
        Pair(_, pair) {
          const start = isScalar(pair.key) ? pair.key.range?.[0] : undefined;
          if (start !== undefined && !found.has(start)) found.set(start, String((pair.key as Scalar).value));
        },
      });
      keys = found;
    }
    return keys.get(offset);
  };
}

/** Start of the innermost matching node (an unclosed quote or bracket) that runs up to `offset`. */
function openingBefore(doc: Document.Parsed, offset: number, test: (node: unknown) => boolean): number | undefined {
  let start: number | undefined;
  YAML.visit(doc, (_, node) => {
    // An empty value is visited as null ("{'" has one): it has no range to compare.
    const range = (node as Node | null)?.range;
    if (test(node) && range && range[0] < offset && range[1] >= offset) start = range[0];
  });
  return start;
}

/** Line and column (1-based) of a node at `path`, or of its nearest existing parent. */
export function positionAt(yaml: YamlFile, path: readonly PropertyKey[], { key = false } = {}): { line: number; col: number } {
  // Point at the key of a pair (`anwser:`) rather than its value when asked for; the key is
  // there even when getIn cannot reach its value (a list used as a key).
  if (key && path.length > 0) {
    const parent = (path.length === 1 ? yaml.doc.contents : yaml.doc.getIn(path.slice(0, -1) as unknown[], true)) as Node | null;
    const pairKey = keyNodeOf(parent, path.at(-1));
    if (pairKey) return offsetPosition(yaml, pairKey.range?.[0]);
  }
  for (let depth = path.length; depth >= 0; depth--) {
    const node = (depth === 0 ? yaml.doc.contents : yaml.doc.getIn(path.slice(0, depth) as unknown[], true)) as Node | null;
    if (node) return offsetPosition(yaml, node.range?.[0]);
  }
  return { line: 1, col: 1 };
}

/** The key node for `name` in a mapping node, for pointing at unknown keys. */
export function keyNodeOf(mapNode: unknown, name: PropertyKey | undefined): Node | undefined {
  if (!isMap(mapNode)) return undefined;
  for (const pair of mapNode.items) {
    if (!isPair(pair) || !pair.key) continue;
    // A list or map used as a key reaches the data as its flow-style YAML ("[ tags, format ]").
    // One holding a value YAML cannot write back (a !!binary Buffer) matches no name: the issue
    // is then placed at the mapping, not lost to an error.
    const text = isScalar(pair.key) ? String(pair.key.value) : flowText(pair.key);
    if (text === String(name)) return pair.key as Node;
  }
  return undefined;
}

function flowText(node: unknown): string | undefined {
  try {
    return YAML.stringify(node, { collectionStyle: "flow" }).trimEnd();
  } catch {
    return undefined;
  }
}

function offsetPosition(yaml: YamlFile, offset: number | undefined): { line: number; col: number } {
  return offset === undefined ? { line: 1, col: 1 } : yaml.lineCounter.linePos(offset);
}

function positionOf(text: string, offset: number): { line: number; col: number } {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, col: offset - before.lastIndexOf("\n") };
}

/** Byte offset of the first byte that is not valid UTF-8, or -1. Linear: walks the lossy decode. */
function firstInvalidUtf8(bytes: Buffer): number {
  if (isUtf8(bytes)) return -1;
  let offset = 0;
  for (const char of bytes.toString("utf8")) {
    const isReal = char !== "\uFFFD" || (bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd);
    if (!isReal) return offset;
    offset += Buffer.byteLength(char);
  }
  return 0;
}

function firstAlias(doc: Document.Parsed, test: (alias: Alias) => boolean): Alias | undefined {
  let found: Alias | undefined;
  YAML.visit(doc, {
    Alias(_, node) {
      if (!test(node)) return undefined;
      found = node;
      return YAML.visit.BREAK;
    },
  });
  return found;
}
