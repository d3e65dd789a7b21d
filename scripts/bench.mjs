#!/usr/bin/env node
// npm run bench: start-up and scale of the BUILT binary against bare `node -e 0`, in one run.
// Each case runs interleaved with the baseline (warm-up, then rounds), so machine load affects
// both alike; the table shows medians, the ratio to `node -e 0` and the project's speed budget.
// "cold cache" cases empty their own cache folder before every run; "after a change" appends one
// answer line to the history before every run, so the history index reads only that line.
// Usage: node scripts/bench.mjs [--rounds N] [--json] [--only NAME] [--clean-env]   (--json: the table as JSON on stdout)
import { spawnSync } from "node:child_process";
import { appendFileSync, cpSync, mkdtempSync, mkdirSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin = join(root, "bin", "interview-coach.js");
const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : args[i + 1];
};
const rounds = Number(flag("--rounds", 15));
const asJson = args.includes("--json");
const only = flag("--only", undefined);

if (!existsSync(join(root, "dist", "main.js"))) {
  console.error("bench: dist/ is missing; run `npm run build` first");
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), "ic-bench-"));
process.on("exit", () => rmSync(work, { recursive: true, force: true }));
// By default every case (and the node -e 0 floor) runs in the caller's environment, as hyperfine
// does. --clean-env drops everything but PATH: variables such as NODE_EXTRA_CA_CERTS make every
// node start read a certificate bundle (about 45 ms on this machine), which raises the floor
// and flatters the ratios; the clean floor shows what the CLI itself costs.
const cleanEnv = args.includes("--clean-env");
const env = {
  ...(cleanEnv ? { PATH: process.env.PATH } : process.env),
  HOME: work,
  XDG_CONFIG_HOME: join(work, "config"),
  XDG_DATA_HOME: join(work, "data"),
  XDG_CACHE_HOME: join(work, "cache"),
  INTERVIEW_COACH_HOME: join(work, "library"),
  NO_COLOR: "1",
  TZ: "UTC",
};
delete env.INTERVIEW_COACH_CONTENT;
const home = join(work, "library");

// Generated data for the scale cases.
// Content files are limited to 1 MiB, so the 10,000-question deck is written in
// compact flow style: about 95 bytes a question, every field the loader checks still present.
function generateDeck(count) {
  const dir = join(work, "big", "decks");
  mkdirSync(dir, { recursive: true });
  const lines = ["title: Generated deck", "defaults: { prep: 10s, answer: 90s }", "questions:"];
  for (let i = 0; i < count; i++) {
    lines.push(`- {id: q${i}, text: Question ${i}?, category: c${i % 9}, format: ${["star", "open", "ask"][i % 3]}, points: [{text: P, keywords: [k]}]}`);
  }
  const file = join(dir, `big-${count}.yaml`);
  writeFileSync(file, `${lines.join("\n")}\n`);
  return file;
}

// The 1 MiB deck written as people write decks (content/decks/*.yaml): block style, about 3,000
// questions of about 350 bytes, each with a category and tags, one or two points with a few
// keywords each, and on some of them competencies, tips and a follow-up. `repeatId` writes every
// question's id twice: a file with thousands of errors, each reported at its line.
function generateWrittenDeck(count, { repeatId = false } = {}) {
  const dir = join(work, "written", "decks");
  mkdirSync(dir, { recursive: true });
  // A fixed seed, so every run validates the same deck; the high bits of the LCG, as its low bits cycle.
  let seed = 12;
  const pick = (xs) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return xs[(seed >>> 16) % xs.length];
  };
  const openings = ["Tell me about a time you", "Describe a time you", "What would you do if you", "Give an example of when you"];
  const acts = ["disagreed with a senior about a plan", "made a mistake on a busy ward", "broke bad news to a family", "worked with a difficult colleague", "had too much to do on call", "saw a safety risk nobody raised"];
  const categories = ["motivation", "teamwork", "ethics", "communication", "program-fit", "red-flags"];
  const competencies = ["teamwork", "conflict", "leadership", "mistake", "pressure", "difficult-conversation", "patient-care"];
  const points = [
    ["Why it mattered to the patient", ["patient", "safety", "at stake"]],
    ["What you did yourself, not the team", ["i asked", "i called", "my role"]],
    ["How you heard the other view first", ["listened", "asked why", "their view"]],
    ["The result, with an outcome to picture", ["result", "outcome", "improved"]],
    ["What you learnt and do differently now", ["learnt", "since then", "next time"]],
  ];
  const followups = ["What would you do differently?", "How did they respond?", "What did your supervisor say?"];
  const lines = ["title: Written deck", "defaults: { prep: 20s, answer: 2m }", "questions:"];
  for (let i = 0; i < count; i++) {
    const format = pick(["star", "star", "open", "ask"]);
    lines.push(`  - id: question-${i + 1}`, ...(repeatId ? [`    id: question-${i + 1}`] : []), `    text: ${pick(openings)} ${pick(acts)}.`, `    category: ${pick(categories)}`, `    tags: [${pick(["behavioural", "opener", "closing", "img"])}]`, `    format: ${format}`);
    if (format === "star") lines.push(`    competencies: [${pick(competencies)}]`);
    lines.push("    points:");
    for (let p = 0; p < 1 + (i % 3 === 0 ? 1 : 0); p++) {
      const [text, keywords] = pick(points);
      lines.push(`      - text: ${text}`, `        keywords: [${keywords.join(", ")}]`);
    }
    if (i % 6 === 0) lines.push("    tips: [Keep the situation short]");
    if (i % 2 === 0) lines.push("    followups:", `      - ${pick(followups)}`);
  }
  const file = join(dir, `written-${count}${repeatId ? "-repeated" : ""}.yaml`);
  const text = `${lines.join("\n")}\n`;
  // Over 1 MiB the file would be refused as too large, and the case would time an error.
  if (Buffer.byteLength(text) > 1024 * 1024) throw new Error(`bench: the written deck is ${Buffer.byteLength(text)} bytes, over 1 MiB`);
  writeFileSync(file, text);
  return file;
}

function runScript(script, ...scriptArgs) {
  const path = join(root, "scripts", script);
  if (!existsSync(path)) return false;
  const result = spawnSync(process.execPath, [path, ...scriptArgs], { encoding: "utf8", env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`bench: ${script} failed: ${result.stderr}`);
    return false;
  }
  return true;
}

const bigDeck = generateDeck(10_000);
const writtenDeck = generateWrittenDeck(3_000);
const repeatedKeysDeck = generateWrittenDeck(2_800, { repeatId: true });
const oneDeck = generateDeck(1);
const reviewsHome = join(work, "reviews-home");
const historyHome = join(work, "history-home");
const haveReviews = runScript("gen-reviews.mjs", reviewsHome, "2000");
const haveHistory = runScript("gen-history.mjs", historyHome, "100000");

// Copies whose caches are emptied, or whose history grows, before each run.
const coldCache = join(work, "cold-cache");
const emptyColdCache = () => rmSync(coldCache, { recursive: true, force: true });
const changingHome = join(work, "changing-home");
if (haveHistory) cpSync(historyHome, changingHome, { recursive: true });
let appended = 0;
const appendAnswer = () => {
  const at = new Date(Date.now() + ++appended * 1000).toISOString();
  const line = { type: "answer", session: "bench", deck: "residency", question: "why-specialty", rating: 3, seconds: 60, limit: 90, takes: 1, answer: "", mode: "spoken", covered: 0, points: 0, at };
  appendFileSync(join(changingHome, "history.jsonl"), `${JSON.stringify(line)}\n`);
};

const cli = (...a) => [process.execPath, bin, ...a];
const cases = [
  { name: "--help", cmd: cli("--help"), ratio: 1.5 },
  { name: "list", cmd: cli("list"), ratio: 1.5 },
  { name: "show residency", cmd: cli("show", "residency"), ratio: 1.5 },
  { name: "checklist second-interview --print", cmd: cli("--home", home, "checklist", "second-interview", "--print"), ratio: 1.5 },
  { name: "practice residency --plan", cmd: cli("--home", home, "practice", "residency", "--plan"), ratio: 2 },
  { name: "validate 1-question deck", cmd: cli("validate", oneDeck) },
  // About 1 MiB each; validate reads every file with positions, so its cache cannot help: always cold.
  { name: "validate 3,000-question deck (1 MiB)", cmd: cli("validate", writtenDeck), ms: 2000 },
  { name: "validate 10,000-question deck (1 MiB)", cmd: cli("validate", bigDeck), ms: 2000 },
  // Every problem is reported, so a broken file costs more than a valid one: not minutes, though.
  { name: "validate 2,800 repeated keys (1 MiB)", cmd: cli("validate", repeatedKeysDeck), ms: 2000, status: 65 },
  // Decks of your own go through the parsed-file cache: parsed once, then read as JSON.
  // Their own cache folder: the parsed 1 MiB deck would otherwise be read by every other case.
  { name: "list with a 1 MiB deck of your own", cmd: cli("--content", join(work, "big"), "list"), env: { XDG_CACHE_HOME: join(work, "big-cache") }, ratio: 1.5 },
  { name: "list with a 1 MiB deck, cold cache", cmd: cli("--content", join(work, "big"), "list"), env: { XDG_CACHE_HOME: coldCache }, before: emptyColdCache, ms: 2000 },
  ...(haveReviews ? [{ name: "rank 2,000 reviews", cmd: cli("--home", reviewsHome, "rank"), ms: 500 }] : []),
  ...(haveReviews ? [{ name: "rank 2,000 reviews, cold cache", cmd: cli("--home", reviewsHome, "rank"), env: { XDG_CACHE_HOME: coldCache }, before: emptyColdCache }] : []),
  ...(haveHistory ? [{ name: "stats 100,000 history lines", cmd: cli("--home", historyHome, "stats"), ms: 500 }] : []),
  ...(haveHistory ? [{ name: "stats 100,000 lines, cold cache", cmd: cli("--home", historyHome, "stats"), env: { XDG_CACHE_HOME: coldCache }, before: emptyColdCache }] : []),
  ...(haveHistory ? [{ name: "stats after a change of the history", cmd: cli("--home", changingHome, "stats"), env: { XDG_CACHE_HOME: join(work, "changing-cache") }, before: appendAnswer, ms: 1000 }] : []),
  ...(haveHistory ? [{ name: "practice --plan, 100,000 history lines", cmd: cli("--home", historyHome, "practice", "residency", "--plan"), ratio: 2 }] : []),
].filter((c) => !only || c.name.includes(only));

function time(cmd, extraEnv, status = 0) {
  const start = process.hrtime.bigint();
  const result = spawnSync(cmd[0], cmd.slice(1), { env: { ...env, ...extraEnv }, stdio: ["ignore", "ignore", "pipe"] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== status) throw new Error(`${cmd.slice(2).join(" ")} exited ${result.status}: ${String(result.stderr).slice(0, 300)}`);
  return ms;
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const baseline = { name: "node -e 0", cmd: [process.execPath, "-e", "0"] };
const samples = new Map([[baseline.name, []], ...cases.map((c) => [c.name, []])]);
for (let round = -3; round < rounds; round++) {
  for (const c of [baseline, ...cases]) {
    try {
      c.before?.();
      const ms = time(c.cmd, c.env, c.status);
      if (round >= 0) samples.get(c.name).push(ms);
    } catch (error) {
      c.error = error.message;
    }
  }
}

/**
 * Median time from the first byte of a ~200 KB paste (lines of 100 characters, Enter between
 * them) at the answer prompt to its last word on screen, in a pseudo-terminal. The paste is
 * written in 4 KB pieces as a terminal emulator does (node-pty blocks on one huge write).
 */
async function pasteTime(bytes) {
  let pty;
  try {
    pty = createRequire(import.meta.url)("@lydell/node-pty");
  } catch {
    return NaN;
  }
  // In bracketed-paste markers, as a terminal sends a paste to a program that asked for them.
  const text = `\u001b[200~${"I followed up with the family the next day and checked the plan with the whole team, twice.\r".repeat(Math.ceil(bytes / 93))}THE END\u001b[201~`;
  const once = () =>
    new Promise((resolve) => {
      const child = pty.spawn(process.execPath, [bin, "practice", "residency", "--count", "1", "--order", "deck", "--prep", "0", "--time", "5m", "--no-save"], {
        cols: 100,
        rows: 30,
        env: { ...env, INTERVIEW_COACH_HOME: join(work, "paste") },
      });
      let out = "";
      let start;
      const finish = (ms) => {
        clearTimeout(timer);
        try {
          child.kill("SIGKILL");
        } catch {}
        resolve(ms);
      };
      const timer = setTimeout(() => finish(NaN), 60_000);
      child.onData(async (d) => {
        out += d;
        if (start === undefined && out.includes("Answer [")) {
          out = "";
          start = process.hrtime.bigint();
          for (let i = 0; i < text.length; i += 4096) {
            child.write(text.slice(i, i + 4096));
            await new Promise((r) => setImmediate(r));
          }
        } else if (start !== undefined && out.slice(-4000).includes("THE END")) finish(Number(process.hrtime.bigint() - start) / 1e6);
      });
    });
  const times = [];
  for (let round = 0; round < 3; round++) times.push(await once());
  return median(times.filter((t) => !Number.isNaN(t)));
}

/** Time until the first question is on screen, in a pseudo-terminal (node-pty, a dev dependency). */
async function firstQuestion() {
  let pty;
  try {
    pty = createRequire(import.meta.url)("@lydell/node-pty");
  } catch {
    return undefined;
  }
  const once = (file, argv, pattern) =>
    new Promise((resolve) => {
      const start = process.hrtime.bigint();
      const child = pty.spawn(file, argv, { cols: 100, rows: 30, env: { ...env, INTERVIEW_COACH_HOME: join(work, "fq") } });
      let out = "";
      let done = false;
      const finish = (ms) => {
        if (done) return;
        done = true;
        try {
          child.kill("SIGKILL");
        } catch {}
        resolve(ms);
      };
      child.onData((d) => {
        out += d;
        if (pattern.test(out.replace(/\u001b\[[0-9;?]*[ -/]*[@-~]/g, ""))) finish(Number(process.hrtime.bigint() - start) / 1e6);
      });
      child.onExit(() => finish(pattern.source === "$^" ? Number(process.hrtime.bigint() - start) / 1e6 : NaN));
      setTimeout(() => finish(NaN), 10_000);
    });
  const node = [];
  const first = [];
  for (let round = -2; round < Math.max(5, Math.floor(rounds / 2)); round++) {
    const n = await once(process.execPath, ["-e", "0"], /$^/);
    const q = await once(process.execPath, [bin, "practice", "residency", "--order", "deck", "--prep", "0"], /1\/5/);
    if (round >= 0) {
      node.push(n);
      first.push(q);
    }
  }
  return { node: median(node), first: median(first.filter((x) => !Number.isNaN(x))) };
}

const base = median(samples.get(baseline.name));
const rows = [{ case: baseline.name, median: base, ratio: 1, budget: "floor", verdict: "" }];
for (const c of cases) {
  const m = c.error ? NaN : median(samples.get(c.name));
  let budget = "";
  let verdict = "";
  if (c.error) verdict = `error: ${c.error}`;
  else if (c.ratio) {
    budget = `<= ${c.ratio}x`;
    verdict = m / base <= c.ratio ? "within" : "over";
  } else if (c.ms && c.beyond) {
    const extra = m - median(samples.get(c.beyond));
    budget = `< ${c.ms} ms beyond start-up (${extra.toFixed(0)} ms)`;
    verdict = extra < c.ms ? "within" : "over";
  } else if (c.ms) {
    budget = `< ${c.ms} ms`;
    verdict = m < c.ms ? "within" : "over";
  }
  rows.push({ case: c.name, median: m, ratio: m / base, budget, verdict });
}
if (!only || "first question".includes(only)) {
  const fq = await firstQuestion();
  if (fq && !Number.isNaN(fq.first)) {
    const ratio = fq.first / fq.node;
    rows.push({ case: "first question on screen (pty)", median: fq.first, ratio, budget: `<= 2x (pty node -e 0: ${fq.node.toFixed(1)} ms)`, verdict: ratio <= 2 ? "within" : "over" });
  } else rows.push({ case: "first question on screen (pty)", median: NaN, ratio: NaN, budget: "<= 2x", verdict: "not measured (node-pty or practice unavailable)" });
}

if (!only || "paste".includes(only)) {
  const ms = await pasteTime(200_000);
  rows.push({ case: "200 KB paste on screen (pty)", median: ms, ratio: NaN, budget: "< 1000 ms", verdict: Number.isNaN(ms) ? "not measured (node-pty unavailable)" : ms < 1000 ? "within" : "over" });
}

// Feedback analysis: the language model's load time (it loads behind the first question) and
// one answer's analysis once loaded, over the labelled dev answers (budget: 30 ms an answer).
if (!only || "analysis of one answer".includes(only)) {
  const timing = spawnSync(process.execPath, [join(root, "dist", "eval.js"), "--timing", "--json"], { encoding: "utf8", env: { ...process.env, ...env } });
  if (timing.status === 0) {
    const t = JSON.parse(timing.stdout);
    rows.push({ case: "language model load (behind 1st question)", median: t.loadMs, ratio: NaN, budget: "loads while the first question is shown", verdict: "" });
    rows.push({ case: "analysis of one answer (model loaded)", median: t.medianMs, ratio: NaN, budget: `<= 30 ms (slowest of ${t.answers}: ${t.maxMs.toFixed(1)} ms)`, verdict: t.maxMs <= 30 ? "within" : t.medianMs <= 30 ? "median within" : "over" });
  } else rows.push({ case: "analysis of one answer (model loaded)", median: NaN, ratio: NaN, budget: "<= 30 ms", verdict: `not measured: ${timing.stderr.trim().split("\n")[0]}` });
}

if (asJson) {
  console.log(JSON.stringify({ node: process.version, rounds, environment: cleanEnv ? "clean" : "caller", rows }, null, 2));
  process.exit(0);
}
const pad = (s, n) => String(s).padEnd(n);
console.log(`interview-coach bench: ${rounds} rounds after 3 warm-ups, medians; node ${process.version}; ${cleanEnv ? "clean environment (PATH only)" : `caller's environment${process.env.NODE_EXTRA_CA_CERTS ? " (NODE_EXTRA_CA_CERTS set: every node start, the floor included, loads extra certificates)" : ""}`}`);
console.log(`${pad("case", 40)} ${pad("median ms", 10)} ${pad("ratio", 7)} ${pad("budget", 44)} verdict`);
for (const r of rows) {
  console.log(`${pad(r.case, 40)} ${pad(Number.isNaN(r.median) ? "-" : r.median.toFixed(1), 10)} ${pad(Number.isNaN(r.ratio) ? "-" : `${r.ratio.toFixed(2)}x`, 7)} ${pad(r.budget, 44)} ${r.verdict}`);
}
if (!haveReviews) console.log("(rank case skipped: scripts/gen-reviews.mjs missing)");
if (!haveHistory) console.log("(stats case skipped: scripts/gen-history.mjs missing)");
