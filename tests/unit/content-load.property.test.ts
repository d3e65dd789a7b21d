// Hostile input for the content loader: whatever text or bytes a content file holds,
// loadContentFile returns content or positioned one-line issues; it never throws and never
// hangs (each property runs under this file's test timeout).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import YAML from "yaml";
import { afterAll, describe, expect, it } from "vitest";
import { firstControl } from "../../src/io/control-chars.js";
import { contentFromYaml, loadContentFile } from "../../src/content/load.js";
import type { LoadResult } from "../../src/content/types.js";
import type { ContentKind } from "../../src/content/types.js";
import { parseYamlText } from "../../src/io/yaml-file.js";
import { formatIssue } from "../../src/io/errors.js";

const TIMEOUT = 120_000; // generous: two busy cores, several engineers; a hang still fails
const dir = mkdtempSync(join(tmpdir(), "ic-load-prop-"));
for (const folder of ["decks", "checklists", "loose"]) mkdirSync(join(dir, folder));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const folders = fc.constantFrom("decks", "checklists", "loose");
const kindOfFolder = (folder: string): ContentKind | undefined => (folder === "decks" ? "deck" : folder === "checklists" ? "checklist" : undefined);

/** Writes the bytes, loads them as a user's file would be loaded, and checks the result's shape. */
function loadAndCheck(folder: string, data: string | Uint8Array): LoadResult {
  const path = join(dir, folder, "fuzz.yaml");
  writeFileSync(path, data);
  const display = `${folder}/fuzz.yaml`;
  const result = loadContentFile(path, display);
  expectWellFormed(result, display, typeof data === "string" ? data : Buffer.from(data).toString("latin1"));
  return result;
}

const LINE_BREAKS = /\r\n|\r|\n|\u0085|\u2028|\u2029/;
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/;

function expectWellFormed(result: LoadResult, file: string, text: string): void {
  if (result.ok) {
    expect(["deck", "checklist"]).toContain(result.content.kind);
    return;
  }
  expect(result.issues.length).toBeGreaterThan(0);
  const lines = text.split(LINE_BREAKS).length;
  for (const issue of result.issues) {
    const where = JSON.stringify(issue);
    expect(issue.file, where).toBe(file);
    expect(Number.isInteger(issue.line) && issue.line >= 1 && issue.line <= lines, where).toBe(true);
    expect(Number.isInteger(issue.col) && issue.col >= 1, where).toBe(true);
    expect(issue.message.trim(), where).not.toBe("");
    // One line on the terminal, as printed: a key or value with a line break or a terminal
    // control character in it must come out escaped.
    expect(formatIssue(issue), where).not.toMatch(CONTROL);
  }
}

/** Parsing and validation alone, on text that passed the byte checks (as loadContentFile runs it). */
function parseContentText(text: string, kind: ContentKind | undefined, id = "x"): LoadResult {
  const parsed = parseYamlText(text, "x.yaml");
  return parsed.ok ? contentFromYaml(parsed.value, id, kind) : parsed;
}


// ---- generators -------------------------------------------------------------------------

/** Pieces of YAML that have tripped loaders: keys of both formats, indentation, flow
 * collections, anchors and aliases, tabs, tags, directives, numbers the two YAML libraries
 * read differently (1_000, 0b11, +0x1), escapes, line separators, BOMs and NULs. */
const FRAGMENTS = [
  "title", "questions", "sections", "description", "defaults", "id", "text", "category", "tags", "format", "answer", "prep",
  "points", "keywords", "tips", "followups", "phase", "items", "why", "due", "anwser", "titel", "__proto__", "constructor", "<<",
  ": ", ":", "- ", "-", " ", "  ", "    ", "\t", "\n", "\n", "\n", "\r\n", "\r", "[", "]", "{", "}", ", ", ",", "[]", "{}",
  "&a ", "*a", "&b ", "*b", "&a [x]", "<<: *a", "!!str ", "!!int ", "!!float ", "!!bool ", "!!null ", "!!binary ", "!!timestamp ",
  "!!set ", "!!omap ", "!local ", "? ", "|", "|-", "|+", ">", ">-", "'", '"', "''", '""', "#", " #", " # c", "---", "--- ", "...",
  "%YAML 1.1\n---\n", "%YAML 1.2\n---\n", "%TAG !e! tag:example.com,2000:\n---\n", "1_000", "0b11", "0x1F", "-0x1F", "+0x1", "0o17", "-0o7",
  "._5", "+.5", ".5", "1e3", "1.", "-0", "0", "90", "2.5", ".inf", "-.inf", ".nan", "~", "null", "Null", "yes", "no", "on", "True",
  "false", "2026-11-20", "2026-11-20T10:00:00Z", "90s", "2m", "1m30s", "0s", "-5", "-2d", "+1w", "0d", "star", "open", "ask",
  "essay", "before", "day-of", "after", "why-this", "Why", "a b", '"a\\nb"', '"\\u2028"', '"\\x00"', '"\\N"', '"\\z"', "'it''s'",
  "\u2028", "\u2029", "\u0085", "\u00a0", "\uFEFF", "\u0000", "\u0007", "\u001b[31m", "😀", "é", "e\u0301", "\\", "@", "`", "%", "!", "&", "*", "|x",
  "x".repeat(1100),
];

const fragmentText = fc
  .array(fc.oneof({ arbitrary: fc.constantFrom(...FRAGMENTS), weight: 6 }, { arbitrary: fc.string({ maxLength: 4 }), weight: 1 }), { maxLength: 60 })
  .map((parts) => parts.join(""));

const anyText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.string({ unit: "grapheme", maxLength: 300 }),
  fc.string({ unit: fc.constantFrom(..."ab:-[]{},&*!|>'\"#\n\t ?%@`\\0123456789"), maxLength: 200 }),
  fragmentText,
);

const idArb = fc.stringMatching(/^[a-z0-9]{1,6}(?:-[a-z0-9]{1,6}){0,2}$/);
const hostileWords = fc.constantFrom("---", "# not a comment", "a: b", "- x", "[x]", "{y}", "&a", "*a", "!!str", "yes", "null", "~", "1_000", "0b11", "'", '"', "\\", "\t", "\u2028", "😀", "x".repeat(300), " pad ", "%YAML");
const textArb = fc
  .oneof(fc.string({ unit: "grapheme", minLength: 1, maxLength: 40 }), fc.string({ unit: "binary", minLength: 1, maxLength: 20 }), hostileWords, fc.array(hostileWords, { minLength: 1, maxLength: 4 }).map((w) => w.join(" ")))
  // The schema trims text and wants something left; control characters (NUL, ESC, C1) are refused
  // in content, since they would reach the terminal (tab and line breaks are fine).
  .filter((s) => s.trim() !== "" && firstControl(s) === undefined);
const durationArb = fc.oneof(
  fc.integer({ min: 1, max: 3600 }),
  fc.double({ min: 0.5, max: 3600, noNaN: true }),
  fc.tuple(fc.integer({ min: 0, max: 90 }), fc.integer({ min: 0, max: 59 })).filter(([m, s]) => m + s > 0).map(([m, s]) => (m ? `${m}m` : "") + (s || !m ? `${s}s` : "")),
);
const list = (arb: fc.Arbitrary<string>, minLength = 0) => fc.array(arb, { minLength, maxLength: 3 });

const questionArb = fc.record(
  {
    id: idArb,
    text: textArb,
    category: textArb,
    tags: list(textArb),
    format: fc.constantFrom("star", "open", "ask"),
    answer: durationArb,
    points: fc.array(fc.record({ text: textArb, keywords: list(textArb, 1) }, { requiredKeys: ["text"] }), { maxLength: 2 }),
    tips: list(textArb),
    followups: list(textArb),
  },
  { requiredKeys: ["id", "text"] },
);
const deckArb = fc.record(
  {
    title: textArb,
    description: textArb,
    defaults: fc.record({ prep: durationArb, answer: durationArb }, { requiredKeys: [] }),
    questions: fc.uniqueArray(questionArb, { minLength: 1, maxLength: 4, selector: (q) => q.id }),
  },
  { requiredKeys: ["title", "questions"] },
);
const itemArb = fc.record({ id: idArb, text: textArb, why: textArb, due: fc.constantFrom("-2d", "0d", "+3d", "-1w", "2d") }, { requiredKeys: ["id", "text"] });
const checklistArb = fc
  .record({
    title: textArb,
    sections: fc.array(fc.record({ title: textArb, phase: fc.constantFrom("before", "day-of", "after"), items: fc.array(itemArb, { minLength: 1, maxLength: 3 }) }), { minLength: 1, maxLength: 3 }),
  })
  .filter((c) => {
    const ids = c.sections.flatMap((s) => s.items.map((i) => i.id));
    return new Set(ids).size === ids.length;
  });

/** The same data written the ways people and tools write YAML. */
const SERIALISERS: Record<string, (data: unknown) => string> = {
  block: (data) => YAML.stringify(data),
  doubleQuoted: (data) => YAML.stringify(data, { defaultStringType: "QUOTE_DOUBLE", defaultKeyType: "PLAIN" }),
  flow: (data) => YAML.stringify(data, { collectionStyle: "flow" }),
  wideIndent: (data) => YAML.stringify(data, { indent: 4, indentSeq: false }),
  json: (data) => JSON.stringify(data, null, 2),
};

const validFile = fc.oneof(
  fc.tuple(fc.constant("decks"), deckArb as fc.Arbitrary<unknown>),
  fc.tuple(fc.constant("checklists"), checklistArb as fc.Arbitrary<unknown>),
  fc.tuple(fc.constant("loose"), fc.oneof(deckArb as fc.Arbitrary<unknown>, checklistArb as fc.Arbitrary<unknown>)),
);
const serialised = fc.tuple(validFile, fc.constantFrom(...Object.keys(SERIALISERS))).map(([[folder, data], how]) => ({ folder, data, how, text: SERIALISERS[how]!(data) }));

type Mutation = (text: string) => string;
const at = (n: number, length: number) => (length === 0 ? 0 : n % (length + 1));
const onLine = (n: number, edit: (line: string, lines: string[], i: number) => string[]) => (text: string) => {
  const lines = text.split("\n");
  const i = n % lines.length;
  return [...lines.slice(0, i), ...edit(lines[i]!, lines, i), ...lines.slice(i + 1)].join("\n");
};
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.nat(), fc.constantFrom(...FRAGMENTS)).map(([n, piece]): Mutation => (t) => t.slice(0, at(n, t.length)) + piece + t.slice(at(n, t.length))),
  fc.nat().map((n): Mutation => (t) => t.slice(0, at(n, t.length)) + t.slice(at(n, t.length) + 1)),
  fc.nat().map((n): Mutation => (t) => t.slice(0, at(n, t.length))),
  fc.nat().map((n) => onLine(n, (line) => [line, line])), // duplicate keys, repeated entries
  fc.nat().map((n) => onLine(n, () => [])),
  fc.nat().map((n) => onLine(n, (line) => [line.replace(/^ {1,4}/, "\t")])),
  fc.tuple(fc.nat(), fc.constantFrom(" ", "  ", "   ")).map(([n, pad]) => onLine(n, (line) => [pad + line])),
  fc.nat().map((n) => onLine(n, (line) => [line.replace(/^ /, "")])),
  fc.tuple(fc.nat(), fc.constantFrom(...FRAGMENTS)).map(([n, piece]) => onLine(n, (line) => [line.replace(/: .*$/, `: ${piece}`)])),
  fc.tuple(fc.nat(), fc.nat()).map(([n, m]) => onLine(n, (line, lines) => [line, lines[m % lines.length]!])),
  fc.tuple(fc.nat(), fc.nat()).map(([n, m]) => onLine(n, (line, lines) => [`${line.replace(/: (\S)/, ": &a $1")}`, ...(m % 2 ? [] : [lines[m % lines.length]!.replace(/: .*$/, ": *a")])])),
  fc.constantFrom<Mutation>(
    (t) => t.replace(/\n/g, "\r\n"),
    (t) => `\uFEFF${t}`,
    (t) => `%YAML 1.1\n---\n${t}`,
    (t) => `${t}\n---\n${t}`,
    (t) => t.replace(/^title:/m, "titel:"),
    (t) => t.replace(/answer: \S+/, "answer: 1_000"),
    (t) => t.replace(/answer: \S+/, "answer: 0b1011010"),
    (t) => t.replace(/answer: \S+/, "answer: +0x5A"),
    (t) => t.replace(/\bid: \S+/, "id: !!str 007"),
    (t) => t.replace(/text: /, "text: !!binary "),
  ),
);
const mutated = fc.tuple(serialised, fc.array(mutation, { minLength: 1, maxLength: 3 })).map(([file, edits]) => ({ ...file, text: edits.reduce((t, edit) => edit(t), file.text) }));

// ---- properties ---------------------------------------------------------------------------

describe("loadContentFile on hostile input", () => {
  it("any text: content or positioned one-line issues, never a throw", { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(folders, anyText, (folder, text) => {
        loadAndCheck(folder, text);
      }),
      { numRuns: 500 },
    );
  });

  it("any bytes (NULs, stray UTF-8, Latin-1, BOMs): content or positioned issues", { timeout: TIMEOUT }, () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 400 }),
      // Mostly text with a few bad bytes: the UTF-8 check has to place them.
      fc.tuple(fragmentText, fc.array(fc.tuple(fc.nat(), fc.constantFrom(0x00, 0x80, 0xbf, 0xc3, 0xe9, 0xed, 0xef, 0xf0, 0xf8, 0xfe, 0xff)), { maxLength: 3 })).map(([text, flips]) => {
        const buffer = Buffer.from(text, "utf8");
        for (const [n, byte] of flips) if (buffer.length) buffer[n % buffer.length] = byte;
        return new Uint8Array(buffer);
      }),
    );
    fc.assert(
      fc.property(folders, bytes, (folder, data) => {
        loadAndCheck(folder, data);
      }),
      { numRuns: 500 },
    );
  });

  it("valid decks and checklists, however they are written, load to the data they were written from", { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(serialised, ({ folder, text, how }) => {
        const result = loadAndCheck(folder, text);
        expect(result.ok, `${how}: ${text}`).toBe(true);
        expect(parseContentText(text, kindOfFolder(folder), "fuzz")).toEqual(result);
      }),
      { numRuns: 250 },
    );
  });

  it("valid files with random damage: content or well-formed issues", { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(mutated, ({ folder, text }) => {
        loadAndCheck(folder, text);
      }),
      { numRuns: 500 },
    );
  });
});

// What the properties above found, kept as plain cases so they stay fixed whatever the seed.
describe("found by the properties", () => {
  const deck = (question: string) => `title: T\nquestions:\n  - id: a\n${question}`;
  it.each([
    ["1_000 is text in YAML 1.2", deck("    text: A\n    answer: 1_000\n"), "deck", `5:13: 'answer' must be a duration like 90s or 2m, got "1_000"`],
    ["0b1011010 is text in YAML 1.2", deck("    text: A\n    answer: 0b1011010\n"), "deck", `5:13: 'answer' must be a duration like 90s or 2m, got "0b1011010"`],
    ["+0x5A is text in YAML 1.2", deck("    text: A\n    answer: +0x5A\n"), "deck", `5:13: 'answer' must be a duration like 90s or 2m, got "+0x5A"`],
    ["YAML 1.1 reads yes as true", `%YAML 1.1\n---\n${deck("    text: yes\n")}`, "deck", "6:11: 'text' must be text, got boolean true"],
    ["YAML 1.2 reads +.5 as a number", "title: +.5\nquestions:\n  - id: a\n    text: A\n", "deck", "1:8: 'title' must be text, got the number 0.5"],
    ["a tab starts a line of quoted text", deck('    text: "x\\\n\t  y"\n'), "deck", "4:11: a line of the quoted text that starts here begins with a tab; indent it with spaces"],
    ["quoted text continues left of its key", deck('    text: "x\ntitle: y"\n'), "deck", '4:11: the quoted text that starts here has no closing "'],
    ["a comment glued to a closing quote", deck("    text: 'A'#why\n"), "deck", "4:14: YAML syntax: comments must be separated from other tokens by white space characters"],
    ["a lone CR is not a line break", "\rtitle: T\nquestions:\n  - id: a\n    text: A\n", "deck", "1:1: unknown key '\rtitle'. Did you mean 'title'?"],
  ])("%s: refused with the reason and its position", (_what, text, kind, expected) => {
    const result = parseContentText(text, kind as ContentKind);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(`${result.issues[0]!.line}:${result.issues[0]!.col}: ${result.issues[0]!.message}`).toContain(expected);
  });

  it("a list key holding a !!binary value is an issue at the mapping, not a crash ('Tag not resolved for Buffer value')", () => {
    const result = loadAndCheck("decks", "? - !!binary \n");
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([
      "decks/fuzz.yaml:1:1: missing 'title'",
      "decks/fuzz.yaml:1:1: missing 'questions'",
      "decks/fuzz.yaml:1:1: unknown key '[ !!binary  ]'; allowed here: title, description, interview, defaults, questions",
    ]);
  });

  it("an unclosed flow mapping with a quote ({') is an issue, not a crash", () => {
    expect(loadAndCheck("decks", "{'")).toMatchObject({ ok: false, issues: [{ line: 1, col: 2, message: "the quoted text that starts here has no closing '" }] });
  });

  it.each([
    ["400 nines as an answer time", "decks", deck(`    text: A\n    answer: "${"9".repeat(400)}"\n`), "decks/fuzz.yaml:5:13: 'answer' must be a duration like 90s or 2m, got"],
    ["a due offset of 400 digits", "checklists", `title: C\nsections:\n  - title: S\n    phase: before\n    items:\n      - id: a\n        text: A\n        due: -${"9".repeat(400)}d\n`, "checklists/fuzz.yaml:8:14: 'due' must be a day offset like -2d, 0d or +1w, got"],
  ])("%s is refused (it read as Infinity: 'InfinitymNaNs', due '0NaN-NaN-NaN')", (_what, folder, text, expected) => {
    const result = loadAndCheck(folder, text);
    expect(result.ok ? "" : formatIssue(result.issues[0]!)).toContain(expected);
  });

  it("a key with a line break or a terminal control code in it is shown escaped, on one line", () => {
    const result = loadAndCheck("decks", 'title: T\n"ti\\ntle\\u009b2J": x\nquestions:\n  - id: a\n    text: A\n');
    expect(result.ok ? "" : formatIssue(result.issues[0]!)).toBe("decks/fuzz.yaml:2:1: unknown key 'ti\\ntle\\u009b2J'; allowed here: title, description, interview, defaults, questions");
  });
});
