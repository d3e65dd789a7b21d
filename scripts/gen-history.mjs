// Generates a large, realistic history.jsonl for the built-in decks, for the `stats` and
// `practice --plan` benchmarks (the budget: 100,000 history lines under 500 ms).
// Usage: node scripts/gen-history.mjs DIR [LINES]   or   --home DIR [--lines 100000] [--now ISO-TIME] [--seed 1]
// The same --seed and --now give the same file.
// Sessions (start, 3-6 answers, end) come one every few hours, the last line at --now;
// about a third are spoken (no typed text), the rest carry a typed answer of 30-110 words.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { parse } from "yaml";
import { seededRandom } from "./seeded-random.mjs";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    home: { type: "string" },
    lines: { type: "string", default: "100000" },
    // The history ends now by default, so that due questions and streaks look like a real user's.
    now: { type: "string", default: new Date().toISOString() },
    seed: { type: "string", default: "1" },
  },
});
// scripts/bench.mjs passes the home and the line count as plain arguments.
values.home ??= positionals[0];
if (positionals[1]) values.lines = positionals[1];
if (!values.home || !(Number(values.lines) > 0)) {
  console.error("usage: node scripts/gen-history.mjs DIR [LINES]  (or --home DIR [--lines N] [--now ISO] [--seed S])");
  process.exit(64);
}

const random = seededRandom(values.seed);
const pick = (list) => list[Math.floor(random() * list.length)];
const between = (low, high) => low + Math.floor(random() * (high - low + 1));

const deckDir = new URL("../content/decks/", import.meta.url);
const decks = readdirSync(deckDir)
  .filter((name) => name.endsWith(".yaml"))
  .sort()
  .map((name) => {
    const doc = parse(readFileSync(new URL(name, deckDir), "utf8"));
    const defaultAnswer = doc.defaults?.answer ?? "2m";
    return { id: name.replace(/\.yaml$/, ""), title: doc.title, questions: doc.questions, defaultAnswer };
  });

const seconds = (duration) => {
  if (typeof duration === "number") return duration;
  const match = /^(?:(\d+)m)?(?:(\d+)s)?$/.exec(String(duration));
  return match ? Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0) : 120;
};
const WORDS = "I the patient team we worked on a rotation when and then because result learned improved handled situation task action my so that with our clinic nurse family plan care".split(" ");

const lines = [];
const target = Number(values.lines);
const now = Date.parse(values.now);
// Times are counted from 0 while generating, then shifted so that the last line is at --now.
let time = 0;
for (let s = 0; lines.length < target; s++) {
  time += between(1, 5) * 3_600_000;
  const deck = pick(decks);
  const session = `bench-${s}`;
  const count = between(3, 6);
  // Distinct questions, as a real session asks them: a partial Fisher-Yates shuffle.
  const pool = [...deck.questions];
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(random() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  const questions = pool.slice(0, count);
  const mode = random() < 0.35 ? "aloud" : "typed";
  const at = (offset) => time + offset * 1000;
  lines.push({ type: "start", session, deck: deck.id, deckTitle: deck.title, plan: questions.map((q) => q.id), at: at(0) });
  questions.forEach((q, i) => {
    const limit = seconds(q.answer ?? deck.defaultAnswer);
    const points = q.points?.length ?? 0;
    const rating = between(1, 5);
    const answer = mode === "typed" ? Array.from({ length: between(30, 110) }, () => pick(WORDS)).join(" ") : "";
    const entry = {
      type: "answer", session, deck: deck.id, question: q.id, rating,
      seconds: Math.round(limit * (0.4 + random() * 0.9) * 10) / 10, limit, takes: between(1, 2), answer, mode,
      covered: between(0, points), points, category: q.category, format: q.format ?? "open", at: at((i + 1) * 150),
    };
    if (entry.format === "star") entry.star = { situation: random() < 0.8, task: random() < 0.6, action: random() < 0.9, result: random() < 0.5 };
    lines.push(entry);
  });
  lines.push({ type: "end", session, at: at((count + 1) * 150) });
}

mkdirSync(values.home, { recursive: true, mode: 0o700 });
const file = join(values.home, "history.jsonl");
const kept = lines.slice(0, target);
const shift = now - kept[kept.length - 1].at;
for (const line of kept) line.at = new Date(line.at + shift).toISOString();
writeFileSync(file, kept.map((line) => JSON.stringify(line)).join("\n") + "\n", { mode: 0o600 });
console.error(`wrote ${target} lines to ${file}`);
