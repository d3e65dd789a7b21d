// `rank` end to end on fixture reviews: golden Markdown, CSV and JSON with fixed weights,
// a broken review skipped with its position, a bad weights file, an empty library.
import { chmodSync, cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES, run, sandbox, terminal, type Sandbox } from "../helpers/cli.js";

const DIR = join(FIXTURES, "reviews");
const WEIGHTS = join(DIR, "weights.yaml");
const NOW = "2026-11-25T10:00:00";

let box: Sandbox | undefined;

function library(): Sandbox {
  box = sandbox({ INTERVIEW_COACH_NOW: NOW });
  cpSync(join(DIR, "library"), box.home, { recursive: true });
  return box;
}

/** Compares with tests/fixtures/reviews/golden/<name>; UPDATE_GOLDEN=1 rewrites it. */
function golden(name: string, actual: string): void {
  const path = join(DIR, "golden", name);
  if (process.env.UPDATE_GOLDEN) {
    mkdirSync(join(DIR, "golden"), { recursive: true });
    writeFileSync(path, actual);
  }
  expect(actual).toBe(readFileSync(path, "utf8"));
}

describe("rank", () => {
  it.each([
    ["md", "rank.md"],
    ["csv", "rank.csv"],
    ["json", "rank.json"],
  ])("prints the list as %s (golden), drafts skipped with a note", (format, file) => {
    const { env } = library();
    const result = run(["rank", "--weights", WEIGHTS, "--format", format], { env });
    expect(result.code).toBe(0);
    golden(file, result.stdout);
    expect(result.stderr).toContain('note: skipped the draft review of Riverside IM; finish it with: interview-coach review "Riverside IM"');
  });

  it("names in the document a program ranked without a score for some criterion, not only on stderr", () => {
    const { env, home } = library();
    const file = join(home, "reviews", "bayview-im.md");
    writeFileSync(file, readFileSync(file, "utf8").replace("  culture: 3\n", ""));
    const result = run(["rank", "--weights", WEIGHTS], { env });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Bayview IM has no score for culture: it is ranked on the rest.\n");
    const ranked = JSON.parse(run(["rank", "--weights", WEIGHTS, "--format", "json"], { env }).stdout).lists[0].ranked;
    expect(ranked.find((r: { program: string }) => r.program === "Bayview IM").unscored).toEqual(["culture"]);
    expect(ranked.filter((r: { unscored?: string[] }) => r.unscored)).toHaveLength(1);
  });

  it("takes --json as the other commands do, the same as --format json; with another --format it is a usage error", () => {
    const { env } = library();
    const json = run(["rank", "--weights", WEIGHTS, "--json"], { env });
    expect(json.code).toBe(0);
    expect(json.stdout).toBe(run(["rank", "--weights", WEIGHTS, "--format", "json"], { env }).stdout);
    const both = run(["rank", "--json", "--format", "csv"], { env });
    expect([both.code, both.stdout, both.stderr]).toEqual([64, "", "error: --json and --format csv ask for two formats; give one\n"]);
  });

  it("says on stderr what the Markdown says in its text when the format is CSV", () => {
    const { env } = library();
    const result = run(["rank", "--weights", WEIGHTS, "--format", "csv"], { env });
    expect(result.stderr).toContain("Summit Surgery is 5th by score but tied 1st by gut. Look again");
    expect(result.stderr).toContain("Left off for a deal-breaker: Mercy, Internal Medicine. Would you rather go unmatched than train there?");
    expect(result.stderr).toContain("- Rank by true preference, not by your guess of your chances");
  });

  it("skips a review broken by hand with FILE:LINE:COL and still ranks the rest", () => {
    const { env, home } = library();
    cpSync(join(DIR, "broken", "broken-score.md"), join(home, "reviews", "broken-program.md"));
    const result = run(["rank", "--weights", WEIGHTS], { env });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`warning: skipped ${join(home, "reviews", "broken-program.md")}:7:13: 'training' must be at most 5, got 7`);
    expect(result.stdout).toContain("| 1 | Hillcrest Family Medicine | 77 |");
    expect(result.stdout).not.toContain("Broken Program");
    // The document says so too, for a list saved to a file; JSON names the file.
    const file = join(home, "reviews", "broken-program.md");
    expect(result.stdout).toContain(`**Not on this list: 1 review that cannot be read** (${file}): fix it, then rank again.\n`);
    expect(JSON.parse(run(["rank", "--weights", WEIGHTS, "--format", "json"], { env }).stdout).unreadable).toEqual([file]);
  });

  it("ranks by the weights file: heavy weight on location puts Hillcrest clearly first, with a stable place", () => {
    const { env, dir } = library();
    const weights = join(dir, "location.yaml");
    writeFileSync(weights, "location: 10\nfaculty: 0\n");
    const result = run(["rank", "--weights", weights, "--format", "csv"], { env });
    expect(result.code).toBe(0);
    const rows = result.stdout.split("\r\n").filter((line) => line.startsWith("residency,1") || line.startsWith("residency,2"));
    expect(rows.map((row) => row.split(",").slice(1, 10).join(","))).toEqual([
      "1,false,Hillcrest Family Medicine,89,5,1,true,1,1",
      "2,true,Lakeside IM,64,4,3,false,2,2",
      "2,true,Northgate IM,64,2,5,false,2,2",
    ]);
  });

  it("takes a kind's own weights under job: (or residency:) for that list alone, over the weights for both", () => {
    const { env, dir } = library();
    const weights = join(dir, "w.yaml");
    writeFileSync(weights, "culture: 4\njob:\n  culture: 0\n  compensation: 9\n");
    const result = run(["rank", "--weights", weights], { env });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Weights: training 3 · culture 4 · faculty 2 · location 2 · schedule 1 · outcomes 2\n");
    expect(result.stdout).toContain("Weights: compensation 9 · schedule 2 · culture 0 · growth 2 · location 2 · expectations 1\n");
  });

  it("rejects a weights file naming an unknown criterion: exit 65 with its position and a did-you-mean", () => {
    const { env } = library();
    const result = run(["rank", "--weights", join(DIR, "weights-unknown.yaml")], { env });
    expect(result.code).toBe(65);
    expect(result.stderr.trim()).toBe("tests/fixtures/reviews/weights-unknown.yaml:2:1: unknown criterion 'cultre'. Did you mean 'culture'?");
    expect(result.stdout).toBe("");
  });

  it("refuses weights that leave nothing to rank by as a problem of the weights file: exit 65, the file named", () => {
    const { env, dir } = library();
    const weights = join(dir, "zero.yaml");
    writeFileSync(weights, "training: 0\nculture: 0\nfaculty: 0\nlocation: 0\nschedule: 0\noutcomes: 0\n");
    const result = run(["rank", "--weights", weights], { env });
    expect(result.code).toBe(65);
    expect(result.stderr).toContain(`\n${weights}: every residency criterion has weight 0: there is nothing left to rank by; give one a weight above 0\n`);
    expect(result.stdout).toBe("");
  });

  it("with no reviews yet, says how to write one and exits 0 (an empty season is not an error)", () => {
    box = sandbox();
    const result = run(["rank"], { env: box.env });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain('interview-coach review "<program>"');
    const csv = run(["rank", "--format", "csv"], { env: box.env });
    expect(csv.stdout).toBe("kind,rank,tied,program,score,gut,gut_rank,gut_tied,rank_low,rank_high,look_again,deal_breakers,file\r\n");
  });

  it("exits 65 when reviews exist but none can be read", () => {
    box = sandbox();
    mkdirSync(join(box.home, "reviews"), { recursive: true });
    cpSync(join(DIR, "broken", "broken-score.md"), join(box.home, "reviews", "broken-program.md"));
    const result = run(["rank"], { env: box.env });
    expect(result.code).toBe(65);
    expect(result.stderr).toContain("broken-program.md:7:13:");
    expect(result.stderr).toContain("No review could be read");
  });

  it("reports an unreadable review and goes on", () => {
    const { env, home } = library();
    const path = join(home, "reviews", "zz-locked.md");
    writeFileSync(path, "---\n");
    chmodSync(path, 0);
    const result = run(["rank", "--weights", WEIGHTS], { env });
    expect(result.code).toBe(0);
    // root reads anything; otherwise the file is reported as unreadable. Either way the list is there.
    expect(result.stdout).toContain("Hillcrest Family Medicine");
    expect(result.stderr).toMatch(/warning: skipped .*zz-locked\.md:1:1: /);
  });

  it("puts the bar chart under a heading of its own, not under the document's last section", async () => {
    const { env, dir } = library();
    const term = terminal(["rank", "--weights", WEIGHTS], { env, shellRedirect: `> '${join(dir, "list.md")}'` });
    expect((await term.exited).exitCode).toBe(0);
    const lines = term.output().split(/\r?\n/);
    const heading = lines.indexOf("Scores at a glance (0 to 100)");
    expect(heading, term.output()).toBeGreaterThanOrEqual(0);
    // The residency list's bars first, under its name (this library also has a job list).
    expect(lines[heading + 1]).toBe("residency");
    expect(lines[heading + 2]).toMatch(/^Hillcrest Family Medicine\s+█+/);
  });

  it("draws a bar chart of scores on stderr when it is a terminal, and keeps it out of the document", async () => {
    const { env, dir } = library();
    const out = join(dir, "list.md");
    const term = terminal(["rank", "--weights", WEIGHTS], { env, shellRedirect: `> '${out}'` });
    expect((await term.exited).exitCode).toBe(0);
    expect(term.output()).toMatch(/Hillcrest Family Medicine\s+█+.*\s77\r?\n/);
    expect(term.output()).toMatch(/Summit Surgery\s+█+.*\s25/);
    expect(readFileSync(out, "utf8")).toBe(readFileSync(join(DIR, "golden", "rank.md"), "utf8"));
    // Piped stderr: no chart.
    expect(run(["rank", "--weights", WEIGHTS], { env }).stderr).not.toContain("█");
  });

  it("uses the criteria from config.yaml: a renamed label keeps its weight, a new criterion counts", () => {
    const { env, dir, home } = library();
    mkdirSync(join(dir, "config", "interview-coach"), { recursive: true });
    writeFileSync(
      join(dir, "config", "interview-coach", "config.yaml"),
      "review:\n  criteria:\n    residency:\n      - { id: training, label: Operative volume }\n      - { id: culture, label: Culture }\n      - { id: research, label: Research time, weight: 2 }\n",
    );
    const answers = join(dir, "a.yaml");
    writeFileSync(answers, "date: 2026-11-24\nscores: { training: 4, culture: 4, research: 5 }\ngut: 4\n");
    const reviewed = run(["review", "Oakwood IM", "--answers", answers], { env });
    expect(reviewed.code).toBe(0);
    expect(readFileSync(join(home, "reviews", "oakwood-im.md"), "utf8")).toContain("| Research time | 5/5 |");
    const result = run(["rank"], { env });
    expect(result.stdout).toContain("Weights: training 3 · culture 3 · research 2");
    // (3*3 + 3*3 + 2*4) / (8*4) = 26/32
    expect(result.stdout).toContain("| Oakwood IM | 81 |");
    expect(result.stderr).toContain('note: Lakeside IM has no score for research; it is ranked on the rest. Score it with: interview-coach review "Lakeside IM"');
  });
});
