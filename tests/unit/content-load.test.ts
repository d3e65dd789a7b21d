// loadContentFile on every bad-input fixture: exact messages and positions, every problem of a
// file, and the byte-level cases (BOM, CRLF, size, binary, alias bombs) that must never crash.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { contentFromYaml, loadContentFile } from "../../src/content/load.js";
import { parseYamlText } from "../../src/io/yaml-file.js";
import { formatIssue } from "../../src/io/errors.js";
import { ACCEPTED_CONTENT, BAD_CONTENT, CONTENT_FIXTURES, expectedLines, oversizedYaml } from "../helpers/bad-content.js";
import { ROOT } from "../helpers/cli.js";

const fixture = (file: string) => join(ROOT, CONTENT_FIXTURES, file);
const display = (file: string) => `${CONTENT_FIXTURES}/${file}`;

describe("loadContentFile on bad input", () => {
  it.each(BAD_CONTENT)("$name ($file)", (testCase) => {
    const result = loadContentFile(fixture(testCase.file), display(testCase.file));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map(formatIssue)).toEqual(expectedLines(testCase));
  });
});

describe("loadContentFile on accepted edge cases", () => {
  it.each(ACCEPTED_CONTENT)("$name", ({ file, kind, title }) => {
    const result = loadContentFile(fixture(file), display(file));
    expect(result).toMatchObject({ ok: true, content: { kind, title } });
  });

  it("keeps positions right after a BOM and with CRLF", () => {
    const crlf = parseYamlText(Buffer.from("title: x\r\nquestions:\r\n  - id: a\r\n    text: b\r\n    answer: soon\r\n"), "crlf.yaml");
    const bom = parseYamlText(Buffer.from("\uFEFFtitle: x\nquestions:\n  - id: a\n    text: b\n    answer: soon\n"), "bom.yaml");
    for (const read of [crlf, bom]) {
      expect(read.ok).toBe(true);
      if (!read.ok) continue;
      const result = contentFromYaml(read.value, "x", "deck");
      expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([`${read.value.file}:5:13: 'answer' must be a duration like 90s or 2m, got "soon"`]);
    }
  });

  it("normalises durations to seconds and fills defaults", () => {
    const result = loadContentFile(fixture("ok/decks/bom.yaml"));
    expect(result.ok && result.content.kind === "deck" && result.content).toMatchObject({
      prepSeconds: 20,
      answerSeconds: 120,
      questions: [{ id: "why", answerSeconds: 90, format: "open", tags: [], points: [], tips: [], followups: [] }],
    });
  });
});

describe("loadContentFile refuses before parsing", () => {
  const dir = mkdtempSync(join(tmpdir(), "ic-load-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("a file over 1 MiB, with one line and no YAML errors", () => {
    const file = join(dir, "big.yaml");
    const text = oversizedYaml();
    writeFileSync(file, text);
    const result = loadContentFile(file, "big.yaml");
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([
      `big.yaml:1:1: file is too large (${Buffer.byteLength(text)} bytes); interview-coach reads YAML files of up to 1 MiB (1048576 bytes)`,
    ]);
  });

  it("accepts a file of exactly 1 MiB (the limit is inclusive)", () => {
    const file = join(dir, "decks", "limit.yaml");
    const head = "title: At the limit\nquestions:\n  - id: a\n    text: b\n";
    rmSync(join(dir, "decks"), { recursive: true, force: true });
    mkdirSync(join(dir, "decks"));
    writeFileSync(file, head + "#".repeat(1024 * 1024 - head.length));
    expect(loadContentFile(file).ok).toBe(true);
  });

  it("a missing file and a folder", () => {
    const missing = loadContentFile(join(dir, "nope.yaml"), "nope.yaml");
    const folder = loadContentFile(dir, "dir");
    expect(missing.ok ? [] : missing.issues.map(formatIssue)).toEqual(["nope.yaml:1:1: file not found"]);
    expect(folder.ok ? [] : folder.issues.map(formatIssue)).toEqual(["dir:1:1: is a folder, not a YAML file"]);
  });

  it("an empty file says what a deck and a checklist need", () => {
    const file = join(dir, "empty.yaml");
    writeFileSync(file, "# nothing yet\n");
    const result = loadContentFile(file, "empty.yaml");
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([
      "empty.yaml:1:1: the file is empty; a deck needs 'title' and 'questions', a checklist 'title' and 'sections'",
    ]);
  });

  it("a latin-1 byte on a later line is reported at its own line and column", () => {
    const result = parseYamlText(Buffer.concat([Buffer.from("title: x\nquestions:\n  - text: Clínica "), Buffer.from([0xe9]), Buffer.from("\n")]), "l.yaml");
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual(["l.yaml:3:19: byte 0xE9 is not UTF-8 (a Latin-1 or Windows file?); save the file as UTF-8"]);
  });
});

describe("YAML syntax messages say what to fix, where", () => {
  it.each([
    ["unclosed single quote", "title: 'Broken\nq: 1\n", ["1:8: the quoted text that starts here has no closing '"]],
    ["unclosed { mapping", "title: {a: 1\nq: 1\n", ["1:8: this { is not closed with } on its line"]],
    ["stray ]", "a: [1, 2]]\n", ["1:10: unexpected ] here; check for a stray character or a wrong indentation"]],
    ["reserved first character", "title: `x`\n", ["1:8: a value cannot start with ` unless it is quoted; put the value in quotes"]],
    ["bad escape", 'title: "a\\qb"\n', ["1:10: unknown escape \\q in double-quoted text; write \\\\ for a backslash, or use single quotes"]],
    ["misaligned keys", "questions:\n  - a\n  b: c\n", ["3:1: keys of one mapping must start in the same column; check the indentation"]],
    ["list entry where a key belongs", "title: x\n- item\n", ["2:1: expected 'key: value' on this line; check for a missing ':' or a wrong indentation"]],
    ["key without a colon", "title\nquestions: []\n", ["1:1: expected 'key: value' on this line; check for a missing ':' or a wrong indentation"]],
    [
      "every duplicate key, in order",
      "a: 1\nb: 2\na: 3\nb: 4\n",
      ["3:1: key 'a' appears twice in the same mapping; keep one", "4:1: key 'b' appears twice in the same mapping; keep one"],
    ],
    ["every tab", "a:\n\tb: 1\nc:\n\td: 2\n", ["2:1: tab used for indentation; YAML indents with spaces", "4:1: tab used for indentation; YAML indents with spaces"]],
  ])("%s", (_name, text, problems) => {
    const result = parseYamlText(text, "f.yaml");
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual(problems.map((p) => `f.yaml:${p}`));
  });
});
