#!/usr/bin/env node
// Time to first question: from launch until the first question's text is on screen, in a
// pseudo-terminal (node-pty), against `node -e 0` spawned the same way. Runs alternate so that
// machine load affects both alike; prints the medians and their ratio (the budget: within 2x).
// Usage: node scripts/first-question.mjs [--runs N] [--json]    (needs `npm run build` first)
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf("--runs") + 1] || 10) || 10;
const pty = createRequire(import.meta.url)("@lydell/node-pty");
const work = mkdtempSync(join(tmpdir(), "ic-first-question-"));
process.on("exit", () => rmSync(work, { recursive: true, force: true }));
const env = { PATH: process.env.PATH, HOME: work, XDG_CONFIG_HOME: join(work, "config"), XDG_DATA_HOME: join(work, "data"), INTERVIEW_COACH_HOME: join(work, "library"), NO_COLOR: "1", TERM: "xterm-256color" };
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]/g;

/** Milliseconds until `pattern` is on screen (or, with no pattern, until the process exits). */
function once(file, argv, pattern) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = pty.spawn(file, argv, { cols: 100, rows: 30, cwd: root, env });
    const elapsed = () => Number(process.hrtime.bigint() - start) / 1e6;
    let out = "";
    let done = false;
    const finish = (result) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      if (pattern) child.kill("SIGKILL");
      result instanceof Error ? reject(result) : resolve(result);
    };
    const timer = setTimeout(() => finish(new Error(`no first question after 15 s; screen:\n${out.replace(ANSI, "")}`)), 15_000);
    child.onData((data) => {
      out += data;
      if (pattern && pattern.test(out.replace(ANSI, ""))) finish(elapsed());
    });
    child.onExit(() => finish(pattern ? new Error(`exited before the first question; screen:\n${out.replace(ANSI, "")}`) : elapsed()));
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const practice = [join(root, "bin", "interview-coach.js"), "practice", "residency", "--order", "deck", "--prep", "0"];
const node = [];
const first = [];
for (let round = -2; round < runs; round++) {
  const n = await once(process.execPath, ["-e", "0"]);
  const q = await once(process.execPath, practice, /Tell me about yourself\./);
  if (round >= 0) {
    node.push(n);
    first.push(q);
  }
}
const result = { runs, nodeMs: median(node), firstQuestionMs: median(first), ratio: median(first) / median(node) };
if (args.includes("--json")) console.log(JSON.stringify(result));
else console.log(`first question on screen: ${result.firstQuestionMs.toFixed(1)} ms; node -e 0: ${result.nodeMs.toFixed(1)} ms; ratio ${result.ratio.toFixed(2)}x (median of ${runs})`);
