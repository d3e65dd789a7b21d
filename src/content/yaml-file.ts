// Reads any YAML file the user hands us (content, config, answers, weights) with positions,
// so every problem can be reported as FILE:LINE:COL. Defensive by design: size, bytes and
// alias expansion are checked before the document reaches the rest of the program.
import { isUtf8 } from "node:buffer";
import { readFileSync, statSync } from "node:fs";
import YAML, { isMap, isPair, isScalar, LineCounter, type Document, type Node } from "yaml";
import type { ContentIssue } from "../errors.js";

export const MAX_FILE_BYTES = 1024 * 1024;
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

export function readYamlFile(path: string, displayName = path): YamlResult {
  const issue = (line: number, col: number, message: string): YamlResult => ({
    ok: false,
    issues: [{ file: displayName, line, col, message }],
  });
  let bytes: Buffer;
  try {
    const size = statSync(path).size;
    if (size > MAX_FILE_BYTES) {
      return issue(1, 1, `file is ${(size / 1024 / 1024).toFixed(1)} MiB; content files are limited to 1 MiB`);
    }
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return issue(1, 1, code === "ENOENT" ? "file not found" : code === "EISDIR" ? "is a folder, not a file" : `cannot read: ${code}`);
  }
  return parseYamlText(bytes, displayName);
}

export function parseYamlText(bytes: Buffer | string, file: string): YamlResult {
  const fail = (offset: number, text: string, message: string): YamlResult => {
    const { line, col } = positionOf(text, offset);
    return { ok: false, issues: [{ file, line, col, message }] };
  };
  let text: string;
  if (typeof bytes === "string") {
    text = bytes;
  } else {
    const nul = bytes.indexOf(0);
    if (nul !== -1) return fail(0, "", "is a binary file, not YAML text");
    const badByte = firstInvalidUtf8(bytes);
    if (badByte !== -1) {
      const before = bytes.subarray(0, badByte).toString("utf8");
      return fail(before.length, before, "is not UTF-8 text; save it as UTF-8");
    }
    text = bytes.toString("utf8");
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // a BOM is harmless: drop it

  const lineCounter = new LineCounter();
  const doc = YAML.parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
  const issues: ContentIssue[] = doc.errors.map((error) => {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    return { file, line, col, message: yamlErrorMessage(error.code, error.message) };
  });
  if (issues.length > 0) return { ok: false, issues };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    const alias = firstAliasOffset(doc);
    const { line, col } = lineCounter.linePos(alias);
    return { ok: false, issues: [{ file, line, col, message: "too many aliases: this file expands into far more data than it holds" }] };
  }
  return { ok: true, value: { file, data, doc, lineCounter } };
}

function yamlErrorMessage(code: string, message: string): string {
  switch (code) {
    case "DUPLICATE_KEY":
      return "this key appears twice in the same mapping; keep one";
    case "TAB_AS_INDENT":
      return "tab used for indentation; YAML indents with spaces";
    default: {
      const first = message.split("\n")[0] ?? message;
      return `YAML syntax: ${first.replace(/ at line \d+, column \d+:?$/, "")}`;
    }
  }
}

/** Line and column (1-based) of a node at `path`, or of its nearest existing parent. */
export function positionAt(yaml: YamlFile, path: readonly PropertyKey[], { key = false } = {}): { line: number; col: number } {
  for (let depth = path.length; depth >= 0; depth--) {
    const parentPath = path.slice(0, depth);
    const node = (depth === 0 ? yaml.doc.contents : yaml.doc.getIn(parentPath as unknown[], true)) as Node | null;
    if (!node) continue;
    // Point at the key of a pair (`anwser:`) rather than its value when asked for.
    if (key && depth === path.length && depth > 0) {
      const parent = (depth === 1 ? yaml.doc.contents : yaml.doc.getIn(path.slice(0, depth - 1) as unknown[], true)) as Node | null;
      const pairKey = keyNodeOf(parent, path[depth - 1]);
      if (pairKey) return offsetPosition(yaml, pairKey.range?.[0]);
    }
    return offsetPosition(yaml, node.range?.[0]);
  }
  return { line: 1, col: 1 };
}

/** The key node for `name` in a mapping node, for pointing at unknown keys. */
export function keyNodeOf(mapNode: unknown, name: PropertyKey | undefined): Node | undefined {
  if (!isMap(mapNode)) return undefined;
  for (const pair of mapNode.items) {
    if (isPair(pair) && isScalar(pair.key) && String(pair.key.value) === String(name)) return pair.key;
  }
  return undefined;
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

function firstAliasOffset(doc: Document.Parsed): number {
  let offset = 0;
  YAML.visit(doc, {
    Alias(_, node) {
      offset = node.range?.[0] ?? 0;
      return YAML.visit.BREAK;
    },
  });
  return offset;
}
