// `interview-coach validate <file>` on every bad-input fixture, through the built binary: the exact
// FILE:LINE:COL lines on stderr, a summary, exit 65, nothing on stdout and never a stack trace.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ACCEPTED_CONTENT, BAD_CONTENT, CONTENT_FIXTURES, expectedLines, oversizedYaml } from "../helpers/bad-content.js";
import { run, sandbox, type Sandbox } from "../helpers/cli.js";

let box: Sandbox;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

describe("validate reports bad content", () => {
  it.each(BAD_CONTENT)("$name ($file)", (testCase) => {
    box = sandbox();
    const result = run(["validate", `${CONTENT_FIXTURES}/${testCase.file}`], { env: box.env });
    expect(result.stderr).toBe(
      [...expectedLines(testCase), `${plural(testCase.problems.length, "problem")} in 1 file of 1`, ""].join("\n"),
    );
    expect(result.code).toBe(65);
    expect(result.stdout).toBe("");
  });

  it("refuses a file over 1 MiB before parsing it (one line, although the text is broken YAML too)", () => {
    box = sandbox();
    const text = oversizedYaml();
    writeFileSync(join(box.dir, "big.yaml"), text);
    const result = run(["validate", "big.yaml"], { env: box.env, cwd: box.dir });
    expect(result.stderr).toBe(
      `big.yaml:1:1: file is too large (${Buffer.byteLength(text)} bytes); interview-coach reads YAML files of up to 1 MiB (1048576 bytes)\n1 problem in 1 file of 1\n`,
    );
    expect(result.code).toBe(65);
  });

  it("a binary file generated on the spot (random bytes with NULs) gets one line too", () => {
    box = sandbox();
    writeFileSync(join(box.dir, "photo.yaml"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0xff]));
    const result = run(["validate", "photo.yaml"], { env: box.env, cwd: box.dir });
    expect(result.stderr).toBe("photo.yaml:1:1: is a binary file (it contains NUL bytes), not YAML text\n1 problem in 1 file of 1\n");
    expect(result.code).toBe(65);
  });

  it("the alias bomb finishes (the run is not killed by the harness timeout)", () => {
    box = sandbox();
    const result = run(["validate", `${CONTENT_FIXTURES}/alias-bomb.yaml`], { env: box.env });
    expect(result.code).toBe(65);
    expect(result.stderr.split("\n")).toHaveLength(3);
  });

  it("reports every file's problems in one run, file by file, and says how many files are broken", () => {
    box = sandbox();
    const files = ["decks/three-problems.yaml", "ok/decks/bom.yaml", "checklists/enum-phase.yaml"];
    const result = run(["validate", ...files.map((f) => `${CONTENT_FIXTURES}/${f}`)], { env: box.env });
    const lines = [
      ...expectedLines(BAD_CONTENT.find((c) => c.file === files[0])!),
      ...expectedLines(BAD_CONTENT.find((c) => c.file === files[2])!),
    ];
    expect(result.stderr).toBe([`ok  ${CONTENT_FIXTURES}/${files[1]}`, ...lines, "4 problems in 2 files of 3", ""].join("\n"));
    expect(result.code).toBe(65);
  });

  it("a path that does not exist is 66, not a content error", () => {
    box = sandbox();
    const result = run(["validate", "no/such/deck.yaml"], { env: box.env });
    expect(result.stderr).toBe("error: no such file or folder: no/such/deck.yaml\n");
    expect(result.code).toBe(66);
  });
});

describe("validate accepts", () => {
  it.each(ACCEPTED_CONTENT)("$name", ({ file }) => {
    box = sandbox();
    const result = run(["validate", `${CONTENT_FIXTURES}/${file}`], { env: box.env });
    expect(result.stderr).toBe(`ok  ${CONTENT_FIXTURES}/${file}\n1 file valid\n`);
    expect(result.code).toBe(0);
  });

  it("a folder of valid files (decks/ and checklists/ inside it)", () => {
    box = sandbox();
    const result = run(["validate", `${CONTENT_FIXTURES}/ok`], { env: box.env });
    expect(result.stderr).toBe(`ok  ${CONTENT_FIXTURES}/ok/decks/bom.yaml\nok  ${CONTENT_FIXTURES}/ok/checklists/crlf.yaml\n2 files valid\n`);
    expect(result.code).toBe(0);
  });
});
