// Every way of stopping at the review form's prompts (text, score, confirm) and at the
// checklist's checkbox prompt, on the BUILT binary in a real pseudo-terminal: Ctrl-C typed,
// SIGINT, SIGTERM and SIGHUP sent with kill (the terminal stays open), and Ctrl-D (also after
// text typed or an item ticked, where readline alone would take it as "delete"). What was
// answered before the prompt is saved (a review draft, the checklist's finished sections), and
// so is what is on screen at the prompt (a half-typed text field, the open section's ticks); the
// message says where, the exit code is 130, and no temp file is left.
// (review.test.ts covers a text prompt with Ctrl-C and SIGTERM; checklist-terminal.test.ts the
// checkbox prompt with Ctrl-C and SIGTERM.)
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES, keys, sandbox, terminal, type Terminal } from "../helpers/cli.js";
import { form, WAIT } from "../helpers/review-steps.js";

const box = (now: string) => sandbox({ INTERVIEW_COACH_NOW: now });

const STOPS: [string, (t: Terminal) => void][] = [
  ["Ctrl-C typed", (t) => t.write(keys.ctrlC)],
  ["SIGINT (kill -INT)", (t) => t.kill("SIGINT")],
  ["SIGTERM", (t) => t.kill("SIGTERM")],
  ["SIGHUP (kill -HUP, terminal open)", (t) => t.kill("SIGHUP")],
  ["Ctrl-D", (t) => t.write(keys.ctrlD)],
];

const tempFiles = (dir: string): string[] =>
  existsSync(dir) ? (readdirSync(dir, { recursive: true }) as string[]).filter((f) => /^\..*\.tmp$/.test(basename(f))) : [];

const SCORES = [
  ["Training", "5"],
  ["Resident culture", "4"],
  ["Faculty", "4"],
  ["Location", "3"],
  ["Schedule", "3"],
  ["Career outcomes", "4"],
] as const;

interface FormPrompt {
  kind: string;
  /** Answers the form up to this prompt and returns the prompt's text. */
  reach(answer: ReturnType<typeof form>): Promise<string>;
  /** What the draft must hold, and what it must not. */
  saved: string[];
  notSaved: string[];
}

const FORM_PROMPTS: FormPrompt[] = [
  {
    kind: "text (a person's role)",
    reach: async (answer) => {
      await answer("? Interview date (YYYY-MM-DD)");
      await answer("? Kind of interview");
      await answer("? Specialty", "Internal medicine");
      await answer("? Name (empty when done)", "Dr. Omar Haddad");
      return "? Dr. Omar Haddad's role";
    },
    // Typed but not entered: kept as the role, so no typed character is lost.
    saved: ["specialty: Internal medicine\n", "  - name: Dr. Omar Haddad\n    role: Chief res\n"],
    notSaved: ["scores:\n  training"],
  },
  {
    kind: "number (a score)",
    reach: async (answer) => {
      await answer("? Interview date (YYYY-MM-DD)");
      await answer("? Kind of interview");
      await answer("? Specialty", "Internal medicine");
      await answer("? Name (empty when done)");
      for (const [criterion, score] of SCORES.slice(0, 2)) await answer(`? ${criterion}`, score);
      return "? Faculty";
    },
    saved: ["scores:\n  training: 5\n  culture: 4\n"],
    notSaved: ["faculty:"],
  },
  {
    kind: "confirm (a deal-breaker)",
    reach: async (answer) => {
      await answer("? Interview date (YYYY-MM-DD)");
      await answer("? Kind of interview");
      await answer("? Specialty", "Internal medicine");
      await answer("? Name (empty when done)");
      for (const [criterion, score] of SCORES) await answer(`? ${criterion}`, score);
      return "? Deal-breaker: No visa sponsorship I can use?";
    },
    saved: ["  training: 5\n  culture: 4\n  faculty: 4\n  location: 3\n  schedule: 3\n  outcomes: 4\n", "dealBreakers: []\n"],
    notSaved: ["gut: 4"],
  },
];

describe.each(FORM_PROMPTS)("review stopped at a $kind prompt", ({ kind, reach, saved, notSaved }) => {
  for (const [how, stop] of STOPS) {
    it(`${how}: saves a draft with what was answered, says where, exits 130`, async () => {
      const { env, home } = box("2026-11-24T18:00:00");
      const term = terminal(["review", "Bayview IM"], { env, cols: 160 });
      const prompt = await reach(form(term));
      await term.waitFor(prompt, WAIT);
      // Typed but not entered: kept at a text prompt, never a score at a number prompt.
      if (!kind.startsWith("confirm")) {
        term.write("Chief res");
        await term.waitFor("Chief res", WAIT);
      }
      stop(term);
      expect((await term.exited).exitCode).toBe(130);
      const path = join(home, "reviews", "bayview-im.md");
      expect(term.output()).toContain(`Interrupted: what you entered is saved in ${path} as a draft.`);
      const text = readFileSync(path, "utf8");
      expect(text).toMatch(/^---\ntype: review\nprogram: Bayview IM\ndate: 2026-11-24\nkind: residency\n/);
      expect(text).toContain("draft: true\n");
      for (const part of saved) expect(text).toContain(part);
      for (const part of [...notSaved, ...(kind.startsWith("text") ? [] : ["Chief res"])]) expect(text).not.toContain(part);
      expect(tempFiles(home)).toEqual([]);
    });
  }
});

describe("checklist stopped at a checkbox prompt", () => {
  const CONTENT = join(FIXTURES, "checklists");
  for (const [how, stop] of STOPS) {
    if (how === "Ctrl-C typed" || how === "SIGTERM") continue; // in checklist-terminal.test.ts
    it(`${how}: keeps the finished section's ticks and those on screen in the open one; says where; exits 130`, async () => {
      const { env, home } = box("2026-02-27T10:00:00");
      const term = terminal(["--content", CONTENT, "checklist", "visit-day", "--program", "Lakeside Health", "--date", "2026-03-02"], { env, cols: 160 });
      await term.waitFor("? Before the visit (1/3)", WAIT);
      term.write(keys.space + keys.enter); // book-travel
      await term.waitFor("? On the day (2/3)", WAIT);
      term.write(keys.space); // note-names, on screen, Enter not pressed
      await term.waitFor("◉ Note the names", WAIT);
      stop(term);
      expect((await term.exited).exitCode).toBe(130);
      const path = join(home, "checklists", "visit-day--lakeside-health.md");
      expect(term.output().replace(/\s+/g, " ")).toContain(`Interrupted in "On the day"; the ticks on screen are saved. Saved so far: 2/6 done, 0 overdue, in ${path}; run the same command to carry on.`);
      const text = readFileSync(path, "utf8");
      expect(text).toContain("done:\n  - id: book-travel\n");
      expect(text).toContain("  - id: note-names\n");
      expect(tempFiles(home)).toEqual([]);
    });
  }
});

describe("review stopped at the deal-breakers and the gut score", () => {
  /** Answers up to the deal-breakers, as a new residency review of Bayview IM. */
  async function toDealBreakers(answer: ReturnType<typeof form>) {
    await answer("? Interview date (YYYY-MM-DD)");
    await answer("? Kind of interview");
    await answer("? Specialty", "Internal medicine");
    await answer("? Name (empty when done)");
    for (const [criterion, score] of SCORES) await answer(`? ${criterion}`, score);
  }

  it("keeps a deal-breaker answered yes before the one it stopped at, and a y typed there without Enter", async () => {
    const { env, home } = box("2026-11-24T18:00:00");
    const term = terminal(["review", "Bayview IM"], { env, cols: 160 });
    const answer = form(term);
    await toDealBreakers(answer);
    await answer("? Deal-breaker: No visa sponsorship I can use?", "y");
    await term.waitFor("? Deal-breaker: A location I cannot move my family to?", { ...WAIT, from: answer.from() });
    term.write("y");
    await term.waitFor(/move my family to\? \(y\/N\) y/, { ...WAIT, from: answer.from() });
    term.write(keys.ctrlC);
    expect((await term.exited).exitCode).toBe(130);
    const text = readFileSync(join(home, "reviews", "bayview-im.md"), "utf8");
    expect(text).toContain("dealBreakers:\n  - No visa sponsorship I can use\n  - A location I cannot move my family to\n");
    expect(text).toContain("draft: true\n");
  });

  it("says that a gut score typed out of range was not kept, and saves the rest", async () => {
    const { env, home } = box("2026-11-24T18:00:00");
    const term = terminal(["review", "Bayview IM"], { env, cols: 160 });
    const answer = form(term);
    await toDealBreakers(answer);
    for (const prompt of ["? Deal-breaker: No visa", "? Deal-breaker: A location", "? Deal-breaker: Accreditation", "? Another deal-breaker", "? A red flag"]) await answer(prompt);
    await term.waitFor("? Gut feeling: could this be home? (1-5)", { ...WAIT, from: answer.from() });
    term.write("7");
    await term.waitFor(/home\? \(1-5\) 7/, { ...WAIT, from: answer.from() });
    term.write(keys.ctrlC);
    expect((await term.exited).exitCode).toBe(130);
    expect(term.output().replace(/\s+/g, " ")).toContain('warning: "7", typed at "Gut feeling: could this be home? (1-5)", is not a score from 1 to 5, so it is not kept.');
    const text = readFileSync(join(home, "reviews", "bayview-im.md"), "utf8");
    expect(text).toContain("  outcomes: 4\n");
    expect(text).toContain("gut: null\n");
  });
});
