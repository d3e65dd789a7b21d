// Generates N realistic review notes in HOME/reviews/, for the `rank` and `followups` benchmarks
// (the budget: rank over 2,000 reviews in under 500 ms). Same front matter and body shape as
// `interview-coach review` writes, with a seeded generator so every run makes the same library.
// Usage: node scripts/gen-reviews.mjs HOME [COUNT=2000] [--seed S] [--now YYYY-MM-DD]
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { stringify } from "yaml";
import { seededRandom } from "./seeded-random.mjs";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { seed: { type: "string", default: "1" }, now: { type: "string", default: "2026-12-15" } } });
const [home, countText = "2000"] = positionals;
if (!home || !/^\d+$/.test(countText)) {
  console.error("usage: node scripts/gen-reviews.mjs HOME [COUNT] [--seed S] [--now YYYY-MM-DD]");
  process.exit(64);
}
const count = Number(countText);

const random = seededRandom(values.seed);
const pick = (list) => list[Math.floor(random() * list.length)];
const score = () => 1 + Math.floor(random() * 5);

const CRITERIA = {
  residency: ["training", "culture", "faculty", "location", "schedule", "outcomes"],
  job: ["compensation", "schedule", "culture", "growth", "location", "expectations"],
};
const PLACES = ["Lakeside", "Hillcrest", "Mercy", "Bayview", "Riverside", "St. Anne's", "Northgate", "Summit", "Valley", "Harbor"];
const SPECIALTIES = ["Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Surgery", "Neurology", "Emergency Medicine"];
const ROLES = ["Program director", "APD", "PGY-2", "Chief resident", "Coordinator", "Medical director"];
const TOPICS = ["the sepsis QI project", "night float", "research time", "the new clinic", "wellness retreats", "call schedule"];
const FLAGS = ["Residents looked tired", "Vague answers about call", "High turnover", "No protected didactics"];
const [year, month, day] = values.now.split("-").map(Number);
const isoDay = (d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;

const dir = join(home, "reviews");
mkdirSync(dir, { recursive: true, mode: 0o700 });
for (let i = 0; i < count; i++) {
  const kind = random() < 0.85 ? "residency" : "job";
  const specialty = pick(SPECIALTIES);
  const program = `${pick(PLACES)} ${specialty} ${i + 1}`;
  const date = isoDay(new Date(year, month - 1, day - Math.floor(random() * 60)));
  const people = Array.from({ length: 1 + Math.floor(random() * 3) }, (_, n) => ({
    name: `Dr. Person ${i}-${n}`,
    role: pick(ROLES),
    detail: pick(TOPICS),
    thanked: random() < 0.5 ? date : null,
  }));
  const front = {
    type: "review",
    program,
    date,
    kind,
    specialty,
    scores: Object.fromEntries(CRITERIA[kind].map((id) => [id, score()])),
    gut: score(),
    dealBreakers: random() < 0.05 ? ["No visa sponsorship I can use"] : [],
    people,
  };
  const body = [
    `# Review: ${program}, ${date}`,
    "",
    "## People met",
    "",
    ...people.map((p) => `- **${p.name}**: ${p.role}; talked about ${p.detail}`),
    "",
    "## Red flags",
    "",
    `- ${pick(FLAGS)}`,
    "",
    "## Notes",
    "",
    "Morning report was lively; residents answered questions openly. Ask about moonlighting and the research block.",
    "",
  ].join("\n");
  writeFileSync(join(dir, `review-${String(i + 1).padStart(5, "0")}.md`), `---\n${stringify(front, { lineWidth: 0 }).trimEnd()}\n---\n${body}`, { mode: 0o600 });
}
console.error(`wrote ${count} reviews to ${dir}`);
