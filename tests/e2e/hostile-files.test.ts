// The bad-input corpus for the files a user's library and settings hold (tests/fixtures/hostile/):
// notes edited by hand, a damaged history.jsonl, config.yaml mistakes, answers and weights files.
// Each runs through the command that reads it, on the built binary in a sandbox, and must give
// its exact one-line message (FILE:LINE:COL where a position applies), the exit code the design
// gives it (65 when the file stops the command; 0 and a warning where the rest goes on), and
// never a stack trace. The content-file corpus is tests/helpers/bad-content.ts.
import { copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES, keys, run, sandbox, terminal, type RunResult, type Sandbox } from "../helpers/cli.js";

const HOSTILE = "tests/fixtures/hostile";
const CHECKLIST_CONTENT = join(FIXTURES, "checklists");
const HISTORY_CONTENT = join(FIXTURES, "history", "content");
const GOOD_REVIEW = join(FIXTURES, "reviews", "library", "reviews", "hillcrest-family-medicine.md");

let box: Sandbox | undefined;

interface Placed {
  box: Sandbox;
  /** Where the fixture was put, as messages name it. */
  path: string;
}

/** Where each kind of file lives, and the command that reads it. */
const PLACE = {
  /** A review in the library, next to a good one: `rank` skips the bad one and ranks the rest. */
  review(fixture: string): Placed {
    const made = newBox("2026-11-25T10:00:00");
    mkdirSync(join(made.home, "reviews"), { recursive: true });
    copyFileSync(GOOD_REVIEW, join(made.home, "reviews", "hillcrest-family-medicine.md"));
    const path = join(made.home, "reviews", "zz-hand-edited.md");
    copyFileSync(fixture, path);
    return { box: made, path };
  },
  /** The review `review "Lakeside IM"` edits. */
  lakesideReview(fixture: string): Placed {
    const made = newBox("2026-11-25T10:00:00");
    mkdirSync(join(made.home, "reviews"), { recursive: true });
    const path = join(made.home, "reviews", "lakeside-im.md");
    copyFileSync(fixture, path);
    return { box: made, path };
  },
  /** The progress note of visit-day for Lakeside Health. */
  checklist(fixture: string): Placed {
    const made = newBox("2026-02-27T10:00:00");
    mkdirSync(join(made.home, "checklists"), { recursive: true });
    const path = join(made.home, "checklists", "visit-day--lakeside-health.md");
    copyFileSync(fixture, path);
    return { box: made, path };
  },
  history(fixture: string): Placed {
    const made = newBox("2026-11-22T12:00:00Z");
    mkdirSync(made.home, { recursive: true });
    const path = join(made.home, "history.jsonl");
    copyFileSync(fixture, path);
    return { box: made, path };
  },
  config(fixture: string): Placed {
    const made = newBox("2026-11-22T12:00:00Z");
    mkdirSync(join(made.dir, "config", "interview-coach"), { recursive: true });
    const path = join(made.dir, "config", "interview-coach", "config.yaml");
    copyFileSync(fixture, path);
    return { box: made, path };
  },
  /** A file named on the command line (--answers, --weights): it stays where it is. */
  argument(fixture: string): Placed {
    const made = newBox("2026-11-22T12:00:00Z");
    mkdirSync(join(made.home, "reviews"), { recursive: true });
    cpSync(join(FIXTURES, "reviews", "library", "reviews"), join(made.home, "reviews"), { recursive: true });
    return { box: made, path: fixture };
  },
};

function newBox(now: string): Sandbox {
  box = sandbox({ INTERVIEW_COACH_NOW: now });
  return box;
}

interface HostileCase {
  name: string;
  /** Under tests/fixtures/hostile/. */
  file: string;
  place: keyof typeof PLACE;
  /** The command that reads the file; FILE stands for the fixture's path. */
  args: string[];
  code: number;
  /** Lines that must be on stderr, each exactly; PATH stands for where the file was put. */
  lines: string[];
  /** When the file stops the command, stderr is those lines and nothing else. */
  only?: boolean;
  /** What the rest of the run still did, when it went on (text it contains, or a pattern). */
  stdout?: string | RegExp;
}

const RANK_RESULT = "| 1 | Hillcrest Family Medicine |";
const FIX_NOTE = "Fix the note by hand, or start over with --reset.";

export const HOSTILE_FILES: HostileCase[] = [
  // Reviews: rank skips a broken review with its position and ranks the rest (exit 0).
  { name: "review: broken YAML in the front matter", file: "reviews/broken-yaml.md", place: "review", args: ["rank"], code: 0, lines: ["warning: skipped PATH:14:6: this [ is not closed with ] on its line"], stdout: RANK_RESULT },
  { name: "review: a score of 7", file: "reviews/score-seven.md", place: "review", args: ["rank"], code: 0, lines: ["warning: skipped PATH:8:13: 'training' must be at most 5, got 7"], stdout: RANK_RESULT },
  { name: "review: 'people' is a string, not a list", file: "reviews/people-string.md", place: "review", args: ["rank"], code: 0, lines: [`warning: skipped PATH:16:9: 'people' must be a list, got text "Dr. Ana Rivera and Sam Lee"`], stdout: RANK_RESULT },
  { name: "review: no front matter", file: "reviews/no-front-matter.md", place: "review", args: ["rank"], code: 0, lines: ["warning: skipped PATH:1:1: no front matter: a note starts with a --- line, YAML, and another --- line"], stdout: RANK_RESULT },
  { name: "review: front matter never closed", file: "reviews/unclosed-front-matter.md", place: "review", args: ["rank"], code: 0, lines: ["warning: skipped PATH:1:1: the front matter that starts here is never closed: add a --- line after its last key"], stdout: RANK_RESULT },
  { name: "review: a kind that is not one", file: "reviews/kind-typo.md", place: "review", args: ["rank"], code: 0, lines: [`warning: skipped PATH:5:7: 'kind' must be one of residency, job, networking; got "residncy"`], stdout: RANK_RESULT },
  // The same broken review stops `review` for that program: rewriting it would lose the hand edit.
  {
    name: "review: editing a review with a score of 7",
    file: "reviews/score-seven.md",
    place: "lakesideReview",
    args: ["review", "Lakeside IM", "--answers", join(FIXTURES, "reviews", "answers", "lakeside.yaml")],
    code: 65,
    lines: ["PATH:8:13: 'training' must be at most 5, got 7", "Fix the review (or move it away) and run review again."],
    only: true,
  },

  // Checklist progress notes: the command for that interview stops (65); the overview skips it (0).
  { name: "checklist note: a date that is not a day", file: "checklists/bad-date.md", place: "checklist", args: ["--content", CHECKLIST_CONTENT, "checklist", "visit-day", "--program", "Lakeside Health", "--print"], code: 65, lines: ["PATH:5:7: 'date': must be a real date as YYYY-MM-DD", FIX_NOTE], only: true },
  { name: "checklist note: names an unknown checklist", file: "checklists/unknown-checklist.md", place: "checklist", args: ["--content", CHECKLIST_CONTENT, "checklist", "visit-day", "--program", "Lakeside Health", "--print"], code: 65, lines: ["PATH:3:12: this note is for checklist 'visit-dya', but its file name says 'visit-day'", FIX_NOTE], only: true },
  {
    name: "checklist note: names an unknown checklist (the overview lists it as not found)",
    file: "checklists/unknown-checklist.md",
    place: "checklist",
    args: ["--content", CHECKLIST_CONTENT, "checklist"],
    code: 0,
    lines: [],
    only: true,
    stdout: "| visit-dya | Lakeside Health | 2026-03-02 (in 3 days) | 2 ticked |   | checklist not found |",
  },
  { name: "checklist note: a tick time that is not a time", file: "checklists/bad-tick-time.md", place: "checklist", args: ["--content", CHECKLIST_CONTENT, "checklist", "visit-day", "--program", "Lakeside Health", "--print"], code: 65, lines: ["PATH:11:9: 'at': must be when it was ticked, like 2026-11-30T09:15:00-05:00", FIX_NOTE], only: true },
  { name: "checklist note: no front matter", file: "checklists/no-front-matter.md", place: "checklist", args: ["--content", CHECKLIST_CONTENT, "checklist", "visit-day", "--program", "Lakeside Health", "--print"], code: 65, lines: ["PATH:1:1: no front matter: a note starts with a --- line, YAML, and another --- line", FIX_NOTE], only: true },

  // history.jsonl: stats reports each broken line once and counts the rest (exit 0).
  { name: "history: a truncated last line", file: "history/truncated-last-line.jsonl", place: "history", args: ["stats", "--content", HISTORY_CONTENT], code: 0, lines: ["PATH:17: skipped (truncated line (the last write did not finish))"], stdout: /Sessions \| 3 \|/ },
  { name: "history: a line of prose in the middle", file: "history/not-json-middle.jsonl", place: "history", args: ["stats", "--content", HISTORY_CONTENT], code: 0, lines: ["PATH:9: skipped (not valid JSON)"], stdout: /Sessions \| 3 \|/ },
  { name: "history: JSON lines that are not entries", file: "history/json-not-an-entry.jsonl", place: "history", args: ["stats", "--content", HISTORY_CONTENT], code: 0, lines: ["PATH:6: skipped (not a history entry)", "PATH:7: skipped (not a history entry)"], stdout: /Sessions \| 3 \|/ },
  { name: "history: NUL bytes and a line that is not UTF-8", file: "history/binary-bytes.jsonl", place: "history", args: ["stats", "--content", HISTORY_CONTENT], code: 0, lines: ["PATH:4: skipped (not valid JSON)", "PATH:5: skipped (not a history entry)"], stdout: /Sessions \| 3 \|/ },
  { name: "history: old Mac line ends (CR) glue two lines", file: "history/crlf-and-cr.jsonl", place: "history", args: ["stats", "--content", HISTORY_CONTENT], code: 0, lines: ["PATH:1: skipped (not valid JSON)"], stdout: /Sessions \| 3 \|/ },

  // config.yaml: every command reads it first; a broken one stops them all (65).
  { name: "config: a near miss of a known key", file: "config/unknown-key-near.yaml", place: "config", args: ["list"], code: 65, lines: ["PATH:2:1: unknown key 'colour'. Did you mean 'color'?"], only: true },
  { name: "config: a word where a number belongs", file: "config/wrong-type.yaml", place: "config", args: ["list"], code: 65, lines: [`PATH:3:10: 'count' must be a number, got text "five"`], only: true },
  { name: "config: a list instead of a mapping", file: "config/a-list.yaml", place: "config", args: ["list"], code: 65, lines: ["PATH:2:1: the file must be a mapping, got a list"], only: true },
  { name: "config: YAML syntax", file: "config/yaml-syntax.yaml", place: "config", args: ["list"], code: 65, lines: ["PATH:2:8: this [ is not closed with ] on its line"], only: true },
  { name: "config: a criterion id that is not kebab-case", file: "config/criterion-id.yaml", place: "config", args: ["list"], code: 65, lines: [`PATH:4:15: 'id' must be kebab-case (lowercase letters, digits, dashes), got "Training Quality"`], only: true },

  // Files named on the command line.
  { name: "weights: an unknown criterion", file: "weights/unknown-criterion.yaml", place: "argument", args: ["rank", "--weights", "FILE"], code: 65, lines: ["PATH:2:1: unknown criterion 'trainng'. Did you mean 'training'?"], only: true },
  { name: "weights: a word for a weight", file: "weights/not-a-number.yaml", place: "argument", args: ["rank", "--weights", "FILE"], code: 65, lines: [`PATH:2:10: the weight of 'culture' must be a number from 0 to 10, got text "eleven"`], only: true },
  { name: "practice answers: an unknown question id", file: "answers/practice-unknown-id.yaml", place: "argument", args: ["practice", "residency", "--answers", "FILE"], code: 65, lines: ["PATH:3:1: unknown question 'why-this-specialty-x' in deck 'residency'. Did you mean 'why-this-specialty'?"], only: true },
  { name: "practice answers: a rating of 9", file: "answers/practice-rating-nine.yaml", place: "argument", args: ["practice", "residency", "--answers", "FILE"], code: 65, lines: ["PATH:3:11: 'rating' must be one of 1, 2, 3, 4, 5; got 9"], only: true },
  { name: "review answers: a score of 7", file: "answers/review-score-seven.yaml", place: "argument", args: ["review", "Oakwood IM", "--answers", "FILE"], code: 65, lines: [
      // Every problem of the file in one run: it also leaves four scores out.
      "PATH:3:9: missing scores (1-5) for faculty (Faculty and mentorship), location (Location and support network), schedule (Schedule and workload), outcomes (Career outcomes)",
      "PATH:3:21: 'training' must be at most 5, got 7",
    ], only: true },
  { name: "review answers: 'people' is a string", file: "answers/review-people-string.yaml", place: "argument", args: ["review", "Oakwood IM", "--answers", "FILE"], code: 65, lines: [
      "PATH:1:1: missing scores (1-5) for training (Training and clinical exposure), culture (Resident culture and wellness), faculty (Faculty and mentorship), location (Location and support network), schedule (Schedule and workload), outcomes (Career outcomes)",
      `PATH:2:9: 'people' must be a list, got text "Dr. Ana Rivera"`,
    ], only: true },
];

function runCase(testCase: HostileCase): { result: RunResult; path: string } {
  const fixture = `${HOSTILE}/${testCase.file}`;
  const placed = PLACE[testCase.place](fixture);
  const args = testCase.args.map((arg) => (arg === "FILE" ? fixture : arg));
  return { result: run(args, { env: placed.box.env }), path: placed.path };
}

describe("hostile library, history and settings files", () => {
  it.each(HOSTILE_FILES)("$name ($file)", (testCase) => {
    const { result, path } = runCase(testCase);
    const expected = testCase.lines.map((line) => line.replaceAll("PATH", path));
    if (process.env.SHOW_HOSTILE) console.log(JSON.stringify({ name: testCase.name, path, code: result.code, stderr: result.stderr, stdout: result.stdout.slice(0, 300) }, null, 1));
    const stderr = result.stderr.split("\n");
    for (const line of expected) expect(stderr).toContain(line);
    if (testCase.only) expect(result.stderr).toBe(expected.map((line) => `${line}\n`).join(""));
    expect(result.code).toBe(testCase.code);
    expect(result.stderr).not.toMatch(/\n\s+at |unexpected error/);
    if (typeof testCase.stdout === "string") expect(result.stdout).toContain(testCase.stdout);
    else if (testCase.stdout) expect(result.stdout).toMatch(testCase.stdout);
    else if (testCase.code !== 0) expect(result.stdout).toBe("");
  });
});

describe("a folder where a file belongs", () => {
  it("history.jsonl is a folder: practice cannot read the history, exit 66, one line", () => {
    const made = newBox("2026-11-22T12:00:00Z");
    const path = join(made.home, "history.jsonl");
    mkdirSync(path, { recursive: true });
    const result = run(["practice", "residency", "--answers", join(FIXTURES, "practice", "answers.yaml")], { env: made.env });
    expect(result.code).toBe(66);
    expect(result.stderr.split("\n")).toContain(`error: cannot read ${path}: it is a folder, not a file; move it away and run again`);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("a review that is a folder is skipped with a warning; rank ranks the rest", () => {
    const made = newBox("2026-11-25T10:00:00");
    const folder = join(made.home, "reviews", "aa-folder.md");
    mkdirSync(folder, { recursive: true });
    copyFileSync(GOOD_REVIEW, join(made.home, "reviews", "hillcrest-family-medicine.md"));
    const result = run(["rank"], { env: made.env });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(`warning: skipped ${folder}:1:1: is a folder, not a review\n`);
    expect(result.stdout).toContain(RANK_RESULT);
  });
});

describe("a library folder that cannot be listed", () => {
  it.each([
    ["interviews", ["interviews"]],
    ["interviews", ["today"]],
    ["stories", ["stories"]],
  ])("%s/ is a symlink loop: `%s` says it cannot read it, exit 66, never 'nothing recorded yet'", (folder, args) => {
    const made = newBox("2026-11-22T12:00:00Z");
    mkdirSync(made.home, { recursive: true });
    symlinkSync(folder, join(made.home, folder));
    const result = run(args, { env: made.env });
    expect(result.code).toBe(66);
    expect(result.stderr).toBe(`error: cannot read ${join(made.home, folder)}: it is a symbolic link that leads back to itself; point it at a real folder or file, or remove it\n`);
    expect(result.stdout).toBe("");
  });
});

describe("what the hostile-input work fixed, end to end", () => {
  it("programs whose names have no Latin letters keep a review each (the second overwrote the first)", () => {
    const made = newBox("2026-11-21T10:00:00");
    const answers = (name: string) => join(FIXTURES, "reviews", "answers", name);
    expect(run(["review", "東京病院", "--answers", answers("lakeside.yaml")], { env: made.env }).code).toBe(0);
    const second = run(["review", "大阪病院", "--answers", answers("mercy.yaml")], { env: made.env });
    expect(second.code).toBe(0);
    expect(second.stderr).not.toContain("Editing the review of");
    const files = readdirSync(join(made.home, "reviews"));
    expect(files).toHaveLength(2);
    const programs = files.map((file) => /^program: (.*)$/m.exec(readFileSync(join(made.home, "reviews", file), "utf8"))?.[1]).sort();
    expect(programs).toEqual(["大阪病院", "東京病院"]);
  });

  it("an unfinished session with a hand-broken answer line is recovered without it, not a crash", async () => {
    const made = newBox("2026-11-22T12:00:00Z");
    mkdirSync(made.home, { recursive: true });
    const session = "20261122T090000Z-999999-abc123";
    const lines = [
      { type: "start", session, deck: "residency", deckTitle: "Residency program interviews", plan: ["tell-me-about-yourself", "why-this-specialty"], at: "2026-11-22T09:00:00.000Z" },
      { type: "answer", session, deck: "residency", question: "tell-me-about-yourself", rating: 4, seconds: 42, limit: 90, takes: 1, answer: "Kept answer", mode: "typed", covered: 1, points: 4, at: "2026-11-22T09:02:00.000Z" },
      // No answer text, no time: this line once crashed the recovery (exit 1).
      { type: "answer", session, deck: "residency", question: "why-this-specialty", rating: 4, at: "2026-11-22T09:04:00.000Z" },
    ];
    writeFileSync(join(made.home, "history.jsonl"), lines.map((line) => `${JSON.stringify(line)}\n`).join(""));
    const term = terminal(["practice", "residency", "--count", "1", "--order", "deck", "--prep", "0"], { env: made.env });
    await term.waitFor("1 of 2 answered", { timeout: 15_000 });
    term.write(keys.enter);
    await term.waitFor("Saved the unfinished session to", { timeout: 15_000 });
    await term.waitFor("Tell me about yourself.", { timeout: 15_000 });
    term.write(keys.ctrlC);
    expect((await term.exited).exitCode).toBe(130);
    expect(term.output()).not.toMatch(/unexpected error|\n\s+at /);
    const notes = readdirSync(join(made.home, "sessions"));
    expect(notes).toHaveLength(1);
    const note = readFileSync(join(made.home, "sessions", notes[0]!), "utf8");
    expect(note).toContain("Kept answer");
    expect(note).not.toContain("Why have you chosen this specialty?");
  });
});
