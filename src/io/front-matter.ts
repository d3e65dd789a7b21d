// Notes are Markdown with YAML front matter. Rendering quotes whatever needs quoting, so a
// user's text can never end the front matter early; parsing reports positions in the whole file.
import YAML from "yaml";
import type * as z from "zod/mini";
import type { ContentIssue } from "./errors.js";
import { validate } from "./validate.js";
import { parseYamlText, type YamlFile } from "./yaml-file.js";

/**
 * Text with a line of only spaces or tabs: yaml writes it as a block scalar that reads back
 * without them ("  \n\n" came back as "\n\n"), so it is written double-quoted, which keeps every
 * character. Found by the practice-note round-trip property; checked against every string of
 * spaces, tabs, line breaks and letters up to six characters long.
 */
const WHITE_LINE = /(^|\n)[ \t]+(\n|$)/;

/**
 * The note: front matter, then `body`. `quote` picks text values to write in double quotes
 * even where YAML does not need them (a name with a space reads more plainly as one value).
 */
export function renderNote(frontMatter: Record<string, unknown>, body: string, quote?: (value: string) => boolean): string {
  const doc = new YAML.Document(frontMatter);
  YAML.visit(doc, {
    Scalar(key, node) {
      if (typeof node.value !== "string") return;
      if (WHITE_LINE.test(node.value) || (quote && key === "value" && quote(node.value))) node.type = "QUOTE_DOUBLE";
    },
  });
  // Not trimmed: the last value may be text that ends in line breaks, kept as its own lines.
  // Double-quoted text stays on one line, its breaks written "\n": folded over several lines,
  // yaml 2.9 wrote a line of one space as "\\ " once the text reached 40 characters, which reads
  // back as a backslash ("(1m of 2m)\n \n---" came back as "(1m of 2m)\n\\\n---"; found by
  // the practice-note round-trip property).
  const yaml = doc.toString({ lineWidth: 0, doubleQuotedMinMultiLineLength: Number.POSITIVE_INFINITY });
  return `---\n${yaml}${yaml.endsWith("\n") ? "" : "\n"}---\n${body.replace(/^\n+/, "")}`;
}

export interface ParsedNote {
  yaml: YamlFile;
  data: Record<string, unknown>;
  body: string;
  /** Lines before the front matter's first line (the opening ---), to shift positions. */
  lineOffset: number;
  /** The line of the file (1-based) that `body` starts on. */
  bodyLine: number;
}

export type NoteResult = { ok: true; note: ParsedNote } | { ok: false; issues: ContentIssue[] };

export function parseNote(text: string, file: string): NoteResult {
  const clean = text.replace(/^\uFEFF/, "").replace(/\r\n/g, "\n");
  const match = /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(clean);
  if (!match) {
    // An opening --- with no closing one is a different mistake from no front matter at all.
    const message = /^---(\n|$)/.test(clean)
      ? "the front matter that starts here is never closed: add a --- line after its last key"
      : "no front matter: a note starts with a --- line, YAML, and another --- line";
    return { ok: false, issues: [{ file, line: 1, col: 1, message }] };
  }
  // With the line break before the closing ---: it belongs to the last value when that value
  // is text kept with its final line breaks (a block scalar with "+").
  const parsed = parseYamlText(`${match[1] ?? ""}\n`, file);
  const shift = (issues: ContentIssue[]) => issues.map((issue) => ({ ...issue, line: issue.line + 1 }));
  if (!parsed.ok) return { ok: false, issues: shift(parsed.issues) };
  const data = parsed.value.data;
  if (!data || typeof data !== "object" || Array.isArray(data)) {
    return { ok: false, issues: [{ file, line: 2, col: 1, message: "the front matter must be a mapping of keys to values" }] };
  }
  const note = { yaml: parsed.value, data: data as Record<string, unknown>, body: clean.slice(match[0].length), lineOffset: 1, bodyLine: match[0].split("\n").length };
  return { ok: true, note };
}

export type ValidNote<T> = { ok: true; note: ParsedNote; value: T } | { ok: false; issues: ContentIssue[] };

/** A note whose front matter `schema` accepts, with the validated value; or every problem, at its position in the whole file. */
export function parseValidNote<S extends z.ZodMiniType>(schema: S, text: string, file: string): ValidNote<z.output<S>> {
  const parsed = parseNote(text, file);
  if (!parsed.ok) return parsed;
  const result = validate(schema, parsed.note.yaml);
  return result.ok ? { ok: true, note: parsed.note, value: result.value } : { ok: false, issues: shiftIssues(result.issues, parsed.note) };
}

/** Positions from a front-matter validation, moved down past the opening --- line. */
export function shiftIssues(issues: ContentIssue[], note: ParsedNote): ContentIssue[] {
  return issues.map((issue) => ({ ...issue, line: issue.line + note.lineOffset }));
}
