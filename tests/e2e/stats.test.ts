// `interview-coach stats` on the built binary, over the fixture history of the stats-demo deck
// (tests/fixtures/history/; the numbers are worked out in tests/unit/stats.test.ts).
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { FIXTURES, run, sandbox, terminal, type Sandbox } from "../helpers/cli.js";

const HISTORY = join(FIXTURES, "history");
const CONTENT = ["--content", join(HISTORY, "content")];
const NOW = "2026-11-22T12:00:00Z";

let box: Sandbox | undefined;

/** A sandbox whose library holds `fixture` as its history.jsonl. */
function withHistory(fixture?: string): Sandbox {
  box = sandbox({ INTERVIEW_COACH_NOW: NOW });
  mkdirSync(box.home, { recursive: true });
  if (fixture) copyFileSync(join(HISTORY, fixture), join(box.home, "history.jsonl"));
  return box;
}

describe("stats without a terminal", () => {
  it("shows a deck practised from its file when given that file, as practice takes it; without it, says how", () => {
    const { env, dir } = sandbox({ INTERVIEW_COACH_NOW: NOW });
    const deck = join(dir, "hospitalist.yaml");
    writeFileSync(deck, "title: My hospitalist deck\nquestions:\n  - id: why-us\n    text: Why our group?\n  - id: night-call\n    text: How do you handle nights?\n");
    const answers = join(dir, "answers.yaml");
    writeFileSync(answers, "why-us: I want a group that teaches, and yours does.\n");
    expect(run(["practice", deck, "--answers", answers], { env }).code).toBe(0);
    const shown = run(["stats", deck], { env });
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain("My hospitalist deck");
    expect(run(["stats"], { env }).stderr.replace(/\s+/g, " ")).toContain("note: history for 'hospitalist' is not shown: no such deck in your content now (see `interview-coach list decks`; for a deck practised from its file, name the file: interview-coach stats FILE.yaml).");
  });

  it("writes a Markdown report on stdout", () => {
    const { env } = withHistory("basic.jsonl");
    const result = run(["stats", ...CONTENT], { env });
    expect(result.code).toBe(0);
    const lines = result.stdout.split("\n");
    expect(lines[0]).toBe("# Practice stats, 22 Nov 2026");
    expect(lines).toContain("Days practised in a row: 2.");
    expect(lines).toContain("## Stats demo (`stats-demo`)");
    for (const row of [
      "| Sessions | 3 |",
      "| Questions practised | 5 of 6 |",
      "| Average rating | 3.1 / 5 |",
      "| Trend | 2.3 → 3.3 → 4.0 (last 3 sessions) |",
      "| Within time | 75% (6 of 8 answers) |",
      "| STAR parts | 69% of the four parts (4 answers to star questions) |",
      "| Points covered | 54% (7 of 13 points) |",
      "| Due | 0 today, 4 more in the next 7 days, 1 never practised |",
      "| motivation | 2 | 2.5 |",
      "| 1 | Tell me about a conflict in a team. (`q-conflict`) | 1, 2, 3 | 2026-11-26 |",
    ]) {
      expect(lines).toContain(row);
    }
    // The built-in decks have no history here, so only the practised deck is shown.
    expect(result.stdout).not.toContain("## Residency");
    expect(result.stderr).toContain("history for 'gone-deck' is not shown");
  });

  it("says the same the second time, from the history index it keeps (private) in the cache folder", () => {
    const { env, dir } = withHistory("basic.jsonl");
    const first = run(["stats", "--json", ...CONTENT], { env });
    const cache = join(dir, ".cache", "interview-coach");
    // The history index, and the parsed --content deck beside it.
    const files = readdirSync(cache).sort();
    expect(files).toHaveLength(2);
    expect(files[0]).toBe("content.json");
    expect(files[1]).toMatch(/^history-[0-9a-f]{16}\.json$/);
    for (const file of files) expect(statSync(join(cache, file)).mode & 0o777).toBe(0o600);
    expect(run(["stats", "--json", ...CONTENT], { env }).stdout).toBe(first.stdout);
  });

  it("gives the numbers as JSON with --json, for one deck and --since", () => {
    const { env } = withHistory("basic.jsonl");
    const result = run(["stats", "stats-demo", "--json", "--since", "2026-11-21", ...CONTENT], { env });
    expect(result.code).toBe(0);
    const stats = JSON.parse(result.stdout);
    expect(stats).toMatchObject({ since: "2026-11-21", streak: 2, generated: "2026-11-22T12:00:00.000Z" });
    expect(stats.decks).toHaveLength(1);
    expect(stats.decks[0]).toMatchObject({
      deck: "stats-demo", sessions: 2, practised: 4, total: 6, answers: 5, average: 3.6, trend: [3.33, 4],
      withinTime: { share: 0.8, count: 4, of: 5 }, dueToday: 0, dueNextWeek: 4, newQuestions: 1,
    });
    expect(stats.decks[0].weakest.map((w: { id: string }) => w.id)).toEqual(["q-conflict", "q-why", "q-fit"]);
    // A deck was named: nothing about other decks.
    expect(result.stderr).toBe("");
  });

  it("reports each corrupt or truncated line once, still counts the rest, and leaves the file alone", () => {
    const { env, home } = withHistory("damaged.jsonl");
    const before = readFileSync(join(home, "history.jsonl"), "utf8");
    const result = run(["stats", "stats-demo", "--json", ...CONTENT], { env });
    expect(result.code).toBe(0);
    const path = join(home, "history.jsonl");
    expect(result.stderr.split("\n").filter((l) => l.includes("skipped"))).toEqual([
      `${path}:4: skipped (not valid JSON)`,
      `${path}:18: skipped (truncated line (the last write did not finish))`,
    ]);
    expect(JSON.parse(result.stdout).decks[0]).toMatchObject({ sessions: 3, answers: 8 });
    expect(readFileSync(path, "utf8")).toBe(before);
  });

  it("points a new user at practice when there is no history, naming the library (a mistyped --home must not look like lost data)", () => {
    const { env, home } = withHistory();
    const all = run(["stats"], { env });
    expect(all).toMatchObject({ code: 0, stdout: "" });
    expect(all.stderr).toContain("No practice recorded yet. Start a session with `interview-coach practice <deck>`");
    expect(all.stderr).toContain(`(Library: ${home})\n`);
    expect(run(["interviews"], { env }).stderr).toContain(`No interviews recorded yet in ${join(home, "interviews")}. When an invitation comes`);
    const one = run(["stats", "residency"], { env });
    expect(one).toMatchObject({ code: 0, stdout: "" });
    expect(one.stderr).toContain("No practice recorded for 'residency' yet. Start a session with `interview-coach practice residency`");
    const json = run(["stats", "--json"], { env });
    expect(JSON.parse(json.stdout)).toMatchObject({ decks: [], streak: 0 });
  });

  it.each([
    [["stats", "residenc"], 66, /no deck named 'residenc'\. Did you mean 'residency'\?/],
    [["stats", "--since", "2026-02-30"], 64, /--since must be a real date as YYYY-MM-DD, got "2026-02-30"/],
    [["stats", "--since", "last week"], 64, /--since must be a real date as YYYY-MM-DD, got "last week"/],
  ])("%j exits %i with a one-line message", (args, code, message) => {
    const { env } = withHistory("basic.jsonl");
    const result = run(args, { env });
    expect(result.code).toBe(code);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stdout).toBe("");
  });
});

describe("stats --since a day still to come", () => {
  it("is refused (exit 64) instead of showing no practice at all", () => {
    const { env } = withHistory("basic.jsonl");
    const result = run(["stats", "--since", "2027-01-05"], { env });
    expect(result.code).toBe(64);
    expect(result.stderr).toMatch(/^error: --since 2027-01-05 is after today \(\d{4}-\d\d-\d\d\): nothing could be counted from then; give a day up to today\n$/);
    expect(result.stdout).toBe("");
  });
});

describe("today and stats", () => {
  it("agree on the practice due in today's days: none today, 4 more in the next 7 days, not a question gone from the deck", () => {
    const { env } = withHistory("basic.jsonl");
    expect(run(["stats", ...CONTENT], { env }).stdout).toContain("| Due | 0 today, 4 more in the next 7 days, 1 never practised |");
    const today = run(["today", ...CONTENT], { env });
    expect(today.code).toBe(0);
    expect(today.stdout).toContain("What is due from today through 2026-11-29.");
    expect(today.stdout).toContain("## Practice\n\n- in 4 days: 4 questions in Stats demo fall due from then through 2026-11-29 · interview-coach practice stats-demo\n");
    expect(JSON.parse(run(["today", "--json", ...CONTENT], { env }).stdout).practice).toEqual([{ deck: "stats-demo", title: "Stats demo", due: 0, later: 4, firstLater: "2026-11-26" }]);
    // Four days on, one is due today and four more within the week.
    const later = run(["today", ...CONTENT], { env: { ...env, INTERVIEW_COACH_NOW: "2026-11-26T12:00:00Z" } });
    expect(later.stdout).toContain("- today: 1 question due in Stats demo, 4 more through 2026-12-03 · interview-coach practice stats-demo\n");
    expect(run(["stats", ...CONTENT], { env: { ...env, INTERVIEW_COACH_NOW: "2026-11-26T12:00:00Z" } }).stdout).toContain("| Due | 1 today, 4 more in the next 7 days, 1 never practised |");
  });
});

describe("stats in a terminal", () => {
  it("draws meters and a sparkline on the screen, and keeps stdout for the Markdown when it is redirected", async () => {
    const { env, dir } = withHistory("basic.jsonl");
    const out = join(dir, "stats.md");
    const term = terminal(["stats", "stats-demo", ...CONTENT], { env, shellRedirect: `> '${out}'` });
    await term.waitFor("Streak: 2 days in a row", { timeout: 15_000 });
    expect((await term.exited).exitCode).toBe(0);
    const screen = term.output();
    expect(screen).toMatch(/Average\s+█+\S*·+ 3\.1 \/ 5/);
    expect(screen).toContain("▃▅▆ last 3 sessions: 2.3 → 4.0");
    expect(screen).toContain("1. Tell me about a conflict in a team. rated 1, 2, 3 · due 2026-11-26");
    expect(screen).not.toContain("| Sessions |");
    expect(readFileSync(out, "utf8")).toContain("| Sessions | 3 |");
  });

  it("shows only the screen view when stdout is the terminal too", async () => {
    const { env } = withHistory("basic.jsonl");
    const term = terminal(["stats", "stats-demo", ...CONTENT], { env });
    expect((await term.exited).exitCode).toBe(0);
    expect(term.output()).toContain("nothing due today · 4 in the next 7 days · 1 new");
    expect(term.output()).not.toContain("# Practice stats");
  });
  it.each([60, 40])("fits a %i-column terminal: every line of the view fits and no word is cut", async (cols) => {
    const { env } = withHistory("basic.jsonl");
    const term = terminal(["stats", "stats-demo", ...CONTENT], { env, cols });
    expect((await term.exited).exitCode).toBe(0);
    const lines = term.output().split("\n").map((line) => line.replace(/\r$/, ""));
    const view = lines.slice(lines.findIndex((line) => line.startsWith("Stats demo")));
    expect(view.length).toBeGreaterThan(20);
    expect(view.filter((line) => stringWidth(line) >= cols)).toEqual([]);
    // Lines wrap between words under their label: joined again, the view reads as one line would.
    const text = view.join(" ").replace(/\s+/g, " ");
    for (const phrase of [
      "3 sessions · 5 of 6 questions practised · 8 answers · last 2026-11-22",
      "3.1 / 5",
      "69% over 4 star answers",
      "nothing due today · 4 in the next 7 days · 1 new",
      "1. Tell me about a conflict in a team. rated 1, 2, 3 · due 2026-11-26",
      "3. Why our program? rated 4 · due 2026-11-27",
      // No story saved: practice never asks which was told, so the way to add one.
      "Stories told no stories yet: add one with interview-coach stories add",
    ]) {
      expect(text).toContain(phrase);
    }
  });
});
