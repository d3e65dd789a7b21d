// `review` end to end: the form in a real pseudo-terminal, --answers without one, editing with
// earlier answers as defaults, drafts on Ctrl-C and SIGTERM, and bad input.
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES, keys, run, sandbox, terminal } from "../helpers/cli.js";
import { form, RESIDENCY_CRITERIA, RESIDENCY_DEAL_BREAKERS, WAIT } from "../helpers/review-steps.js";

const ANSWERS = join(FIXTURES, "reviews", "answers");
const NOW = "2026-11-24T18:00:00";
const box = () => sandbox({ INTERVIEW_COACH_NOW: NOW });

const note = (home: string, slug: string) => readFileSync(join(home, "reviews", `${slug}.md`), "utf8");

/** A new review of Bayview IM, Dr. Omar Haddad met, stopped with Ctrl-C when his role is asked: the terminal, once the program has exited. */
async function stopAtHaddadsRole(env: NodeJS.ProcessEnv) {
  const term = terminal(["review", "Bayview IM"], { env });
  const answer = form(term);
  await answer("? Interview date (YYYY-MM-DD)");
  await answer("? Kind of interview");
  await answer("? Specialty", "Internal medicine");
  await answer("? Name (empty when done)", "Dr. Omar Haddad");
  await term.waitFor("? Dr. Omar Haddad's role", WAIT);
  term.write(keys.ctrlC);
  return { term, exited: await term.exited };
}

describe("review in a terminal", () => {
  it("suggests no other program for a name recorded exactly, however like a reviewed one it is", async () => {
    const { env } = box();
    expect(run(["review", "Riverside Internal Medicine", "--answers", join(ANSWERS, "lakeside.yaml")], { env }).code).toBe(0);
    expect(run(["interviews", "add", "Lakeside Internal Medicine", "--date", "2026-11-22"], { env }).code).toBe(0);
    const term = terminal(["review", "Lakeside Internal Medicine"], { env });
    await term.waitFor("? Interview date (YYYY-MM-DD)", WAIT);
    expect(term.output()).not.toContain("did you mean");
    term.write(keys.ctrlC);
    await term.exited;
  });

  it("asks the form on the terminal and writes the note, private, that rank reads", async () => {
    const { env, home } = box();
    const term = terminal(["review", "Lakeside IM"], { env });
    const answer = form(term);
    await answer("? Interview date (YYYY-MM-DD)", `${keys.backspace.repeat(12)}2026-11-20`);
    await term.waitFor("impressions fade and bias creeps in", WAIT);
    await answer("? Kind of interview"); // residency, the default
    await answer("? Specialty", "Internal medicine");
    await answer("? Name (empty when done)", "Dr. Ana Rivera");
    // The form's guidance is wrapped between words at the terminal's 100 columns, not cut mid-word.
    expect(term.output()).toMatch(/makes the thank-you note easy\. Leave the name empty\r?\nwhen done\./);
    await answer("? Dr. Ana Rivera's role", "Program director");
    await answer("? One thing you talked about with Dr. Ana Rivera", "the sepsis QI project");
    await answer("? Name (empty when done)");
    for (const [criterion, score] of [["Training", "5"], ["Resident culture", "4"], ["Faculty", "4"], ["Location", "3"], ["Schedule", "3"], ["Career outcomes", "4"]] as const) {
      await answer(`? ${criterion}`, score);
    }
    await term.waitFor("Deal-breakers: anything that would make you rather not match there at all.", WAIT);
    await answer("? Deal-breaker: No visa sponsorship I can use?", "n");
    await answer("? Deal-breaker: A location I cannot move my family to?", "n");
    await answer("? Deal-breaker: Accreditation trouble", "n");
    await answer("? Another deal-breaker that applies");
    await answer("? A red flag (empty when done)", "## Residents looked `tired`");
    await answer("? A red flag (empty when done)");
    await answer("? Gut feeling: could this be home? (1-5)", "4");
    await answer("? Something still unknown", "Moonlighting policy");
    await answer("? Something still unknown");
    await answer("? Anything else to remember", "---");
    expect((await term.exited).exitCode).toBe(0);
    expect(term.output()).toContain("Saved ");

    const text = note(home, "lakeside-im");
    expect(text).toMatch(/^---\ntype: review\nprogram: Lakeside IM\ndate: 2026-11-20\nkind: residency\nspecialty: Internal medicine\nscores:\n  training: 5\n  culture: 4\n/);
    expect(text).toContain("gut: 4\ndealBreakers: []\npeople:\n  - name: Dr. Ana Rivera\n    role: Program director\n    detail: the sepsis QI project\n    thanked: null\nwrittenAfterDays: 4\n---\n");
    expect(text).toContain("## Red flags\n\n- \\#\\# Residents looked \\`tired\\`\n");
    expect(text).toContain("## Notes\n\n\\---\n");
    expect(statSync(join(home, "reviews", "lakeside-im.md")).mode & 0o777).toBe(0o600);
    expect(run(["rank", "--format", "csv"], { env }).stdout).toContain("residency,1,false,Lakeside IM,75,4,1,false,1,1,false,,reviews/lakeside-im.md");
  });

  it("asks a job's deal-breakers as what would make you not take the job, not a Match", async () => {
    const { env } = box();
    expect(run(["interviews", "add", "Valley Health", "--date", "2026-11-20", "--kind", "job"], { env }).code).toBe(0);
    const term = terminal(["review", "Valley Health"], { env });
    const answer = form(term);
    await answer("? Interview date (YYYY-MM-DD)");
    await answer("? Kind of interview"); // job, as recorded
    await answer("? Role", "Hospitalist");
    await answer("? Name (empty when done)");
    for (const criterion of ["Compensation", "Schedule and hours", "Group culture", "Growth", "Location", "Practical expectations"]) await answer(`? ${criterion}`, "3");
    await term.waitFor("Deal-breakers: anything that would make you rather not take the job at all.", WAIT);
    expect(term.output()).not.toContain("match");
    term.write(keys.ctrlC);
    expect((await term.exited).exitCode).toBe(130);
  });

  it("edits a review with the earlier answers as defaults and keeps a dated line of what changed", async () => {
    const { env, home } = box();
    expect(run(["review", "Lakeside IM", "--answers", join(ANSWERS, "lakeside.yaml")], { env }).code).toBe(0);
    const term = terminal(["review", "lakeside im"], { env: { ...env, INTERVIEW_COACH_NOW: "2026-11-26T09:00:00" } });
    const answer = form(term);
    await term.waitFor("Editing the review of 'Lakeside IM'", WAIT);
    await answer("? Interview date (YYYY-MM-DD) (2026-11-20)");
    await answer("? Kind of interview");
    await answer("? Specialty (e.g. internal medicine) (Internal medicine)");
    await answer("? People you met (untick anyone to remove)"); // both stay ticked
    await answer("? Edit someone's name, role or topic?"); // no
    await answer("? Name (empty when done)");
    await answer("? Training and clinical exposure (1-5) (5)");
    await answer("? Resident culture and wellness (1-5) (4)", `${keys.backspace}2`);
    for (const criterion of ["Faculty", "Location", "Schedule", "Career outcomes"]) await answer(`? ${criterion}`);
    for (let i = 0; i < 3; i++) await answer("? Deal-breaker:");
    await answer("? Another deal-breaker that applies");
    await answer("? Red flags noted before (untick what no longer holds)", keys.space); // untick the one there is
    await answer("? A red flag (empty when done)");
    await answer("? Gut feeling: could this be home? (1-5) (4)");
    await answer("? Still unknown from before");
    await answer("? Something still unknown");
    await answer("? Add to your notes (empty to keep them as they are)");
    expect((await term.exited).exitCode).toBe(0);
    expect(term.output()).toContain("Changed: 2026-11-26: culture 4 → 2; red flags: − Residents looked tired at noon conference");

    const text = note(home, "lakeside-im");
    expect(text).toContain("  culture: 2\n");
    expect(text).toContain("changes:\n  - \"2026-11-26: culture 4 → 2; red flags: − Residents looked tired at noon conference\"\n");
    expect(text).toContain("- name: Sam Lee\n");
    expect(text).toContain("## Notes\n\nGreat morning report; the chiefs ran it well.\n\nAsk about research time.\n");
    // Written 4 days after the interview the first time; an edit does not change that.
    expect(text).toContain("writtenAfterDays: 4\n");
  });

  it("a second run can correct a person's name, role and topic, keeping when they were thanked", async () => {
    const { env, home } = box();
    expect(run(["review", "Lakeside IM", "--answers", join(ANSWERS, "lakeside.yaml")], { env }).code).toBe(0);
    expect(run(["followups", "--done", "Lakeside IM", "Sam Lee"], { env }).code).toBe(0);
    const term = terminal(["review", "Lakeside IM"], { env });
    const answer = form(term);
    await answer("? Interview date (YYYY-MM-DD) (2026-11-20)");
    await answer("? Kind of interview");
    await answer("? Specialty");
    await answer("? People you met (untick anyone to remove)");
    await answer("? Edit someone's name, role or topic?", keys.down + keys.down); // Sam Lee
    await answer("? Name (Sam Lee)", `${keys.backspace.repeat(7)}Dr. Sam Lee`);
    await answer("? Dr. Sam Lee's role (PGY-2)", `${keys.backspace.repeat(5)}Chief resident`);
    await answer("? One thing you talked about with Dr. Sam Lee", `${keys.backspace.repeat(21)}your night float redesign`);
    await answer("? Edit someone's name, role or topic?"); // no, go on
    await answer("? Name (empty when done)");
    for (const criterion of RESIDENCY_CRITERIA) await answer(`? ${criterion}`);
    for (let i = 0; i < 3; i++) await answer("? Deal-breaker:");
    await answer("? Another deal-breaker that applies");
    await answer("? Red flags noted before");
    await answer("? A red flag (empty when done)");
    await answer("? Gut feeling");
    await answer("? Still unknown from before");
    await answer("? Something still unknown");
    await answer("? Add to your notes");
    expect((await term.exited).exitCode).toBe(0);
    const text = note(home, "lakeside-im");
    expect(text).toContain("  - name: Dr. Sam Lee\n    role: Chief resident\n    detail: your night float redesign\n    thanked: 2026-11-24\n");
    expect(text).not.toContain("name: Sam Lee\n");
    expect(run(["followups"], { env }).stdout).toContain("| sent 24 Nov 2026 | 22 Nov 2026 | Dr. Sam Lee, Chief resident | Lakeside IM | your night float redesign |");
  });

  it("saves what was typed as a draft on Ctrl-C and exits 130; rank skips the draft", async () => {
    const { env, home } = box();
    const { term, exited } = await stopAtHaddadsRole(env);
    expect(exited.exitCode).toBe(130);
    expect(term.output().replace(/\s+/g, " ")).toMatch(/Interrupted: what you entered is saved in .*bayview-im\.md as a draft\./);
    const text = note(home, "bayview-im");
    expect(text).toContain("draft: true\n");
    expect(text).toContain("- name: Dr. Omar Haddad\n");
    const ranked = run(["rank"], { env });
    expect(ranked.stderr).toContain("skipped the draft review of Bayview IM");
  });

  it("going on with a draft stopped just after a name asks that person's role and topic, as the form would have next", async () => {
    const { env, home } = box();
    expect((await stopAtHaddadsRole(env)).exited.exitCode).toBe(130);

    const term = terminal(["review", "Bayview IM"], { env });
    const answer = form(term);
    await answer("? Interview date (YYYY-MM-DD)");
    await answer("? Kind of interview");
    await answer("? Specialty");
    await answer("? People you met (untick anyone to remove)");
    await answer("? Dr. Omar Haddad's role", "Program director");
    await answer("? One thing you talked about with Dr. Omar Haddad", "your point-of-care ultrasound curriculum");
    await answer("? Edit someone's name, role or topic?");
    await answer("? Name (empty when done)");
    await term.waitFor("? Training", WAIT);
    term.write(keys.ctrlC);
    expect((await term.exited).exitCode).toBe(130);
    const text = note(home, "bayview-im");
    expect(text).toContain("- name: Dr. Omar Haddad\n    role: Program director\n    detail: your point-of-care ultrasound curriculum\n");
    expect(text).toContain("draft: true\n");
  });

  it("Ctrl-C at the last question of a new review saves a draft, though every score was given; rank leaves it out", async () => {
    const { env, home } = box();
    const term = terminal(["review", "Bayview IM"], { env });
    const answer = form(term);
    await answer("? Interview date (YYYY-MM-DD)");
    await answer("? Kind of interview");
    await answer("? Specialty", "Internal medicine");
    await answer("? Name (empty when done)");
    for (const criterion of RESIDENCY_CRITERIA) await answer(`? ${criterion}`, "4");
    for (const question of RESIDENCY_DEAL_BREAKERS) await answer(question, "n");
    // "n" out of habit after three y/N questions: no deal-breaker named "n" (rank would drop the program).
    await answer("? Another deal-breaker that applies", "n");
    await answer("? A red flag (empty when done)");
    await answer("? Gut feeling: could this be home? (1-5)", "5");
    await answer("? Something still unknown");
    await term.waitFor("? Anything else to remember", WAIT);
    term.write("Call schedule for interns");
    term.write(keys.ctrlC);
    expect((await term.exited).exitCode).toBe(130);
    expect(term.output().replace(/\s+/g, " ")).toMatch(/Interrupted: what you entered is saved in .*bayview-im\.md as a draft\./);
    expect(note(home, "bayview-im")).toContain("gut: 5\n");
    expect(note(home, "bayview-im")).toContain("draft: true\n");
    expect(note(home, "bayview-im")).toContain("dealBreakers: []\n");
    expect(run(["rank"], { env }).stderr).toContain("skipped the draft review of Bayview IM");
  });

  it("with no interview recorded for the program, says once, as the review is saved, that it is dated today and how to record the interview", async () => {
    const { env, home } = box();
    expect(run(["interviews", "add", "Lakeside IM", "--date", "2026-11-20"], { env }).code).toBe(0);
    const term = terminal(["review", "Northside Clinic"], { env });
    const answer = form(term);
    await answer("? Interview date (YYYY-MM-DD)");
    await answer("? Kind of interview");
    await answer("? Specialty", "Family medicine");
    await answer("? Name (empty when done)");
    for (const criterion of RESIDENCY_CRITERIA) await answer(`? ${criterion}`, "4");
    for (const question of RESIDENCY_DEAL_BREAKERS) await answer(question, "n");
    await answer("? Another deal-breaker that applies");
    await answer("? A red flag (empty when done)");
    await answer("? Gut feeling: could this be home? (1-5)", "4");
    await answer("? Something still unknown");
    await answer("? Anything else to remember");
    expect((await term.exited).exitCode).toBe(0);
    const line = `No interview recorded for 'Northside Clinic'; the review is dated today, 24 Nov 2026. To record it: interview-coach interviews add "Northside Clinic" --date YYYY-MM-DD\r\nSaved `;
    expect(term.output()).toContain(line);
    expect(term.output().split("No interview recorded").length).toBe(2);
    expect(note(home, "northside-clinic")).toContain("program: Northside Clinic\ndate: 2026-11-24\n");
  });

  it("with no interview recorded for the program, a draft saved on Ctrl-C says so too, with the date given in the form", async () => {
    const { env, home } = box();
    expect(run(["interviews", "add", "Lakeside IM", "--date", "2026-11-20"], { env }).code).toBe(0);
    const term = terminal(["review", "Northside Clinic"], { env });
    const answer = form(term);
    await answer("? Interview date (YYYY-MM-DD)", `${keys.backspace.repeat(12)}2026-11-23`);
    await answer("? Kind of interview");
    await term.waitFor("? Specialty", { ...WAIT, from: answer.from() });
    term.write(keys.ctrlC);
    expect((await term.exited).exitCode).toBe(130);
    expect(term.output()).toContain(`No interview recorded for 'Northside Clinic'; the review is dated 23 Nov 2026. To record it: interview-coach interviews add "Northside Clinic" --date YYYY-MM-DD\r\n`);
    expect(term.output().split("No interview recorded").length).toBe(2);
    expect(note(home, "northside-clinic")).toContain("date: 2026-11-23\n");
    expect(note(home, "northside-clinic")).toContain("draft: true\n");
  });

  it("saves a draft on SIGTERM too", async () => {
    const { env, home } = box();
    const term = terminal(["review", "Summit Surgery"], { env });
    const answer = form(term);
    await answer("? Interview date (YYYY-MM-DD)");
    await answer("? Kind of interview", keys.down); // job
    await term.waitFor("? Role (e.g. hospitalist", WAIT);
    term.kill("SIGTERM");
    expect((await term.exited).exitCode).toBe(130);
    expect(note(home, "summit-surgery")).toContain("kind: job\ndraft: true\n");
  });
});

describe("review without a terminal", () => {
  it("fills the review from --answers, says when impressions may have faded, and edits it on a second run", () => {
    const { env, home, dir } = box();
    const first = run(["review", "Lakeside IM", "--answers", join(ANSWERS, "lakeside.yaml")], { env });
    expect(first.code).toBe(0);
    expect(first.stdout).toBe("");
    expect(first.stderr).toContain("This interview was 4 days ago: impressions fade and bias creeps in");
    const text = note(home, "lakeside-im");
    expect(text).toContain("writtenAfterDays: 4\n");
    expect(text).toContain("## Red flags\n\n- Residents looked tired at noon conference\n");

    const update = join(dir, "update.yaml");
    writeFileSync(update, "gut: 5\n");
    const second = run(["review", "Lakeside IM", "--answers", update], { env: { ...env, INTERVIEW_COACH_NOW: "2026-11-25T08:00:00" } });
    expect(second.code).toBe(0);
    expect(second.stderr).toContain("Changed: 2026-11-25: gut 4 → 5");
    expect(second.stderr).not.toContain("impressions fade");
    expect(note(home, "lakeside-im")).toContain("gut: 5\n");
  });

  it("correcting a finished review's date counts the days late from when it was written, and warns of no late writing", () => {
    const { env, home, dir } = box();
    expect(run(["review", "Lakeside IM", "--answers", join(ANSWERS, "lakeside.yaml")], { env }).code).toBe(0);
    expect(note(home, "lakeside-im")).toContain("writtenAfterDays: 4\n");
    const update = join(dir, "update.yaml");
    writeFileSync(update, "date: 2026-11-21\n");
    const later = run(["review", "Lakeside IM", "--answers", update], { env: { ...env, INTERVIEW_COACH_NOW: "2026-12-16T09:00:00" } });
    expect(later.code).toBe(0);
    expect(later.stderr).not.toContain("impressions fade");
    expect(note(home, "lakeside-im")).toContain("writtenAfterDays: 3\n");
  });

  it("a later --answers file with notes adds them after the review's notes, lines added by hand too, as the form does", () => {
    const { env, home, dir } = box();
    expect(run(["review", "Lakeside IM", "--answers", join(ANSWERS, "lakeside.yaml")], { env }).code).toBe(0);
    const file = join(home, "reviews", "lakeside-im.md");
    writeFileSync(file, readFileSync(file, "utf8").replace("## Notes\n\n", "## Notes\n\nCalled a PGY-3 friend afterwards.\n\n"));
    const update = join(dir, "update.yaml");
    writeFileSync(update, "notes: Second look booked for Jan 8.\n");
    const second = run(["review", "Lakeside IM", "--answers", update], { env });
    expect(second.code).toBe(0);
    const notes = note(home, "lakeside-im").split("## Notes\n")[1]!;
    expect(notes).toContain("Called a PGY-3 friend afterwards.");
    expect(notes).toContain("Ask about");
    expect(notes.indexOf("Second look booked for Jan 8.")).toBeGreaterThan(notes.indexOf("Called a PGY-3 friend afterwards."));
  });

  it("with no interview recorded for the program, says the date the review is saved with: the answers file's", () => {
    const { env, home } = box();
    expect(run(["interviews", "add", "Lakeside IM", "--date", "2026-11-20"], { env }).code).toBe(0);
    const answers = join(ANSWERS, "lakeside.yaml"); // date: 2026-11-20; today is 24 Nov
    const result = run(["review", "Northside Clinic", "--answers", answers], { env });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`No interview recorded for 'Northside Clinic'; the review is dated 20 Nov 2026, from tests/fixtures/reviews/answers/lakeside.yaml.`);
    expect(result.stderr).not.toContain("today's date");
    expect(note(home, "northside-clinic")).toContain("date: 2026-11-20\n");
  });

  it("needs --answers when there is no terminal: exit 64 naming it", () => {
    const { env } = box();
    const result = run(["review", "Lakeside IM"], { env });
    expect(result.code).toBe(64);
    expect(result.stderr).toContain("--answers FILE");
  });

  it("a new review of a recorded interview takes its name as recorded, however it was typed: rank and the thank-you notes use it", () => {
    const { env, home } = box();
    expect(run(["interviews", "add", "Lakeside IM", "--date", "2026-11-20"], { env }).code).toBe(0);
    expect(run(["review", "lakeside im", "--answers", join(ANSWERS, "lakeside.yaml")], { env }).code).toBe(0);
    expect(note(home, "lakeside-im")).toMatch(/^program: Lakeside IM$/m);
    expect(run(["followups", "--draft", "lakeside im"], { env }).stdout).toContain("# Thank-you notes: Lakeside IM\n");
  });

  it("an empty file name after --answers, --weights or --output is refused (exit 64), not taken as the flag left out", () => {
    const { env } = box();
    const rank = run(["rank", "--weights", ""], { env });
    expect([rank.code, rank.stderr]).toEqual([64, "error: option '--weights <file>' argument '' is invalid. A file name is needed.\n"]);
    expect(run(["review", "Lakeside IM", "--answers", " "], { env }).code).toBe(64);
    expect(run(["practice", "residency", "--answers", join(ANSWERS, "lakeside.yaml"), "--output", ""], { env }).code).toBe(64);
  });

  it("a mistyped file after --answers or --weights is a usage error naming the flag (exit 64), not a position in a missing file", () => {
    const { env, home, dir } = box();
    const review = run(["review", "Lakeside IM", "--answers", join(dir, "lakesde.yaml")], { env });
    expect([review.code, review.stderr]).toEqual([64, `error: --answers: no file at ${join(dir, "lakesde.yaml")}\n`]);
    expect(() => statSync(join(home, "reviews", "lakeside-im.md"))).toThrow();
    const rank = run(["rank", "--weights", join(dir, "wieghts.yaml")], { env });
    expect([rank.code, rank.stderr]).toEqual([64, `error: --weights: no file at ${join(dir, "wieghts.yaml")}\n`]);
    const story = run(["stories", "add", "Night handover", "--answers", dir], { env });
    expect([story.code, story.stderr]).toEqual([64, `error: --answers: ${dir} is a folder, not a file\n`]);
  });

  it("rejects an answers file with an unknown criterion: exit 65 at its position, nothing written", () => {
    const { env, home } = box();
    const result = run(["review", "Lakeside IM", "--answers", join(ANSWERS, "bad-criterion.yaml")], { env });
    expect(result.code).toBe(65);
    expect(result.stderr).toContain("tests/fixtures/reviews/answers/bad-criterion.yaml:4:3: unknown criterion 'cultur' for a residency review. Did you mean 'culture'?");
    expect(() => statSync(join(home, "reviews", "lakeside-im.md"))).toThrow();
  });

  it("reports every problem of an answers file in one run, each at FILE:LINE:COL: a bad value, an unknown criterion, missing scores", () => {
    const { env, home, dir } = box();
    const file = join(dir, "answers.yaml");
    writeFileSync(file, "date: 2026-11-20\nkind: residency\nscores:\n  training: 6\n  vibes: 4\ngut: 4\n");
    const result = run(["review", "Lakeside IM", "--answers", file], { env });
    expect(result.code).toBe(65);
    expect(result.stderr.split("\n").filter((line) => line.startsWith(file))).toEqual([
      `${file}:4:3: missing scores (1-5) for culture (Resident culture and wellness), faculty (Faculty and mentorship), location (Location and support network), schedule (Schedule and workload), outcomes (Career outcomes)`,
      `${file}:4:13: 'training' must be at most 5, got 6`,
      `${file}:5:3: unknown criterion 'vibes' for a residency review. Criteria: training, culture, faculty, location, schedule, outcomes.`,
    ]);
    expect(() => statSync(join(home, "reviews", "lakeside-im.md"))).toThrow();
  });

  it("--help shows a whole answers file, people's keys too; the file it shows is taken as it is, and the README shows the same", () => {
    const { env, dir, home } = box();
    const help = run(["review", "--help"], { env }).stdout;
    const lines = help.split("\n");
    const start = lines.findIndex((line) => line.startsWith("An answers file"));
    const example = lines.slice(start + 1, lines.indexOf("", start)).map((line) => line.slice(2));
    for (const key of ["people:", "- name: Dr. Ana Rivera", "role: Program director", "detail: the sepsis project", "thanked: null"]) {
      expect(example.some((line) => line.trim().startsWith(key))).toBe(true);
    }
    const file = join(dir, "lakeside.yaml");
    writeFileSync(file, `${example.join("\n")}\n`);
    const result = run(["review", "Lakeside IM", "--answers", file], { env });
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(join(home, "reviews", "lakeside-im.md"), "utf8")).toContain("- **Dr. Ana Rivera**: Program director; talked about the sepsis project");
    expect(readFileSync(join(import.meta.dirname, "..", "..", "README.md"), "utf8")).toContain(`--answers lakeside.yaml\n${example.join("\n")}\n\`\`\``);
  });

  it("refuses to overwrite a review broken by hand: exit 65 with its position", () => {
    const { env, home } = box();
    run(["review", "Broken Program", "--answers", join(ANSWERS, "lakeside.yaml")], { env });
    const path = join(home, "reviews", "broken-program.md");
    writeFileSync(path, readFileSync(path, "utf8").replace("gut: 4", "gut: lots"));
    const result = run(["review", "Broken Program", "--answers", join(ANSWERS, "lakeside.yaml")], { env });
    expect(result.code).toBe(65);
    expect(result.stderr).toMatch(/broken-program\.md:14:6: 'gut' must be a number, got text "lots"/);
  });
});
