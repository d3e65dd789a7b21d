// history.jsonl under stress: lines broken by a crash or a hand edit are reported once and
// skipped, never rewritten; an append after a crash starts a fresh line; and two sessions
// appending at the same time both keep every line.
import { spawn } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { readHistoryFile } from "../helpers/history-file.js";
import { appendHistory, type AnswerEntry } from "../../src/practice/history.js";
import { loadAnswers } from "../../src/practice/history-load.js";
import { FIXTURES, ROOT } from "../helpers/cli.js";

const DAMAGED = join(FIXTURES, "history", "damaged.jsonl");
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "ic-history-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const entry = (question: string): AnswerEntry => ({
  type: "answer", session: "s9", deck: "stats-demo", question, rating: 3, seconds: 30, limit: 60, takes: 1,
  answer: "Line one\nline two with \"quotes\"", mode: "typed", covered: 0, points: 0, at: "2026-11-22T11:00:00Z",
});

describe("corrupt and truncated lines", () => {
  it("reads every good line and names the bad ones by line number", () => {
    const { entries, corrupt } = readHistoryFile(DAMAGED);
    expect(entries).toHaveLength(16);
    expect(corrupt).toEqual([
      { line: 4, message: "not valid JSON" },
      { line: 18, message: "truncated line (the last write did not finish)" },
    ]);
  });

  it("reports them once per run on the warning channel, as path:line", () => {
    const path = join(dir, "once.jsonl");
    copyFileSync(DAMAGED, path);
    const warn = vi.fn();
    const cache = join(dir, "cache");
    const first = [...loadAnswers(path, cache, warn).answers];
    expect(first.length).toBeGreaterThan(0);
    expect([...loadAnswers(path, cache, warn).answers]).toEqual(first);
    expect(warn.mock.calls).toEqual([[`${path}:4: skipped (not valid JSON)`], [`${path}:18: skipped (truncated line (the last write did not finish))`]]);
  });

  it("appends after a truncated last line on a fresh line, and leaves the broken bytes as they were", () => {
    const path = join(dir, "append.jsonl");
    copyFileSync(DAMAGED, path);
    const before = readFileSync(path, "utf8");
    appendHistory(path, entry("q-fit"));
    const after = readFileSync(path, "utf8");
    expect(after.startsWith(before)).toBe(true);
    const { entries, corrupt } = readHistoryFile(path);
    expect(entries).toHaveLength(17);
    expect(entries.at(-1)).toEqual(entry("q-fit"));
    expect(corrupt.map((c) => c.line)).toEqual([4, 18]);
  });

  it("starts a new file with the first line, and creates the folder", () => {
    const path = join(dir, "new", "history.jsonl");
    appendHistory(path, entry("q-why"));
    expect(readFileSync(path, "utf8")).toBe(`${JSON.stringify(entry("q-why"))}\n`);
  });
});

describe("two sessions appending at once", () => {
  // The REAL appendHistory, in two separate processes as two terminals would run it: esbuild
  // (already the build tool) bundles src/practice/history.ts as it is into one .mjs file, which
  // a tiny worker imports. Node 20 cannot import the .ts file directly, and worker threads would
  // share one process; separate processes are the case that matters.
  const PER_WRITER = 2000;

  it(`keeps all ${2 * PER_WRITER} lines whole, none lost, each writer's in order`, async () => {
    const bundle = join(dir, "history.mjs");
    await build({ entryPoints: [join(ROOT, "src", "practice", "history.ts")], bundle: true, platform: "node", format: "esm", outfile: bundle, logLevel: "silent" });
    const worker = join(dir, "writer.mjs");
    writeFileSync(
      worker,
      `import { existsSync, writeFileSync } from "node:fs";
import { appendHistory } from ${JSON.stringify(bundle)};
const [path, writer, count, barrier] = process.argv.slice(2);
// Start together: each says it is ready, then waits for the other (process start-up varies).
writeFileSync(barrier + "." + writer, "");
const other = barrier + "." + (writer === "a" ? "b" : "a");
while (!existsSync(other)) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
for (let i = 0; i < Number(count); i++) {
  // Answers of very different lengths (up to 20 kB), so that a torn write would show.
  const answer = (writer + i + " ").repeat(1 + ((i * 7919) % 2500));
  appendHistory(path, { type: "answer", session: writer, deck: "d", question: "q" + i, rating: 1 + (i % 5), seconds: 1, limit: 2, takes: 1, answer, mode: "typed", covered: 0, points: 0, at: new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString() });
}
`,
    );
    const path = join(dir, "concurrent", "history.jsonl");
    const runWriter = (name: string) =>
      new Promise<number | null>((resolve, reject) => {
        const child = spawn(process.execPath, [worker, path, name, String(PER_WRITER), join(dir, "ready")], { stdio: ["ignore", "ignore", "inherit"] });
        child.on("error", reject);
        child.on("exit", resolve);
      });
    expect(await Promise.all([runWriter("a"), runWriter("b")])).toEqual([0, 0]);

    const { entries, corrupt } = readHistoryFile(path);
    expect(corrupt).toEqual([]);
    expect(entries).toHaveLength(2 * PER_WRITER);
    for (const writer of ["a", "b"]) {
      const mine = entries.filter((e): e is AnswerEntry => e.type === "answer" && e.session === writer);
      expect(mine.map((e) => e.question)).toEqual(Array.from({ length: PER_WRITER }, (_, i) => `q${i}`));
      expect(mine.every((e, i) => e.answer === `${writer}${i} `.repeat(1 + ((i * 7919) % 2500)))).toBe(true);
    }
    // Both really ran at once: their lines interleave somewhere in the file.
    const order = entries.map((e) => e.session).join("");
    expect(order).not.toBe("a".repeat(PER_WRITER) + "b".repeat(PER_WRITER));
    expect(order).not.toBe("b".repeat(PER_WRITER) + "a".repeat(PER_WRITER));
  }, 60_000);
});
