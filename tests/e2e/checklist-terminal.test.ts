// The interactive checklist in a real pseudo-terminal: ticks are saved after every section and
// survive quitting, Ctrl-C and SIGTERM; running again resumes; --reset asks first.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES, keys, run, sandbox, terminal } from "../helpers/cli.js";

const CONTENT = join(FIXTURES, "checklists");
const box = () => sandbox({ INTERVIEW_COACH_NOW: "2026-02-27T10:00:00" });

const WAIT = { timeout: 15_000 };
const args = (...more: string[]) => ["--content", CONTENT, "checklist", "visit-day", "--program", "Lakeside Health", ...more];
const printed = (env: NodeJS.ProcessEnv) => run([...args("--print")], { env }).stdout;

/** Waits for a section's prompt ("? On the day (2/3)"; once answered it shows "✔" instead). */
async function section(term: ReturnType<typeof terminal>, title: string) {
  await term.waitFor(new RegExp(`\\? ${title} \\(\\d/3\\)`), WAIT);
}

/** Ticks the first item, finishes that section (so it is saved) and quits at the next. */
async function saveOneTick(env: NodeJS.ProcessEnv) {
  const term = terminal(args(), { env });
  await section(term, "Before the visit");
  term.write(keys.space);
  term.write(keys.enter);
  await section(term, "On the day");
  term.write(keys.ctrlC);
  await term.exited;
}

describe("checklist in a terminal", () => {
  it("ticks two items, finishes, and shows them ticked when run again and in --print", async () => {
    const { env, home } = box();
    const term = terminal(args("--date", "2026-03-02"), { env });
    await section(term, "Before the visit");
    // The first section shows due dates, the overdue one marked, and the why of the item under the cursor.
    await term.waitFor("overdue, was due 2026-02-16", WAIT);
    await term.waitFor("Prices climb closer to the date", WAIT);
    term.write(keys.space); // book-travel
    term.write(keys.down);
    term.write(keys.down);
    term.write(keys.space); // confirm-agenda
    term.write(keys.enter);
    await term.waitFor("saved · 2/6 done, 0 overdue", WAIT);
    await section(term, "On the day");
    term.write(keys.enter);
    await section(term, "After the visit");
    term.write(keys.enter);
    expect((await term.exited).exitCode).toBe(0);
    expect(term.output()).toContain("2/6 done, 0 overdue · saved in");
    expect(term.output()).toContain("Next: Read the group's values (due 2026-02-27)");

    const saved = readFileSync(join(home, "checklists", "visit-day--lakeside-health.md"), "utf8");
    expect(saved).toContain("date: 2026-03-02\ndone:\n  - id: book-travel\n    at: 2026-02-27T10:00:00+00:00\n");
    expect(printed(env)).toContain("- [x] Book travel and a hotel (due 2026-02-16)\n");
    expect(printed(env)).toContain("- [x] Confirm the agenda and parking (due 2026-03-01)\n");

    // Again, without --date: the saved date and both ticks are back.
    const again = terminal(args(), { env });
    await section(again, "Before the visit");
    await again.waitFor("Interview 2026-03-02 (in 3 days) · 2/6 done, 0 overdue", WAIT);
    await again.waitFor(/◉ Book travel and a hotel[\s\S]*◯ Read the group's values[\s\S]*◉ Confirm the agenda/, WAIT);
    again.write(keys.ctrlC);
    expect((await again.exited).exitCode).toBe(130);
  });

  it("keeps the ticks of finished sections and of the one on screen on Ctrl-C, and says where they are", async () => {
    const { env, home } = box();
    const term = terminal(args("--date", "2026-03-02"), { env });
    await section(term, "Before the visit");
    term.write(keys.space);
    term.write(keys.enter);
    await section(term, "On the day");
    term.write(keys.space); // ticked on screen, Enter not pressed
    await term.waitFor("◉ Note the names", WAIT);
    term.write(keys.ctrlC);
    expect((await term.exited).exitCode).toBe(130);
    const file = join(home, "checklists", "visit-day--lakeside-health.md");
    expect(term.output()).toContain('Interrupted in "On the day"; the ticks on screen are saved. Saved so far: 2/6 done, 0 overdue');
    expect(term.output().replace(/\s*\n\s*/g, "")).toContain(file);
    const text = printed(env);
    expect(text).toContain("- [x] Book travel and a hotel");
    expect(text).toContain("- [x] Note the names of everyone you meet");
  });

  it("stops on q after saving the section on screen, exit 0, the tick kept", async () => {
    const { env, home } = box();
    const term = terminal(args(), { env });
    await section(term, "Before the visit");
    await term.waitFor(/q\s?submit and stop/u, WAIT);
    term.write(keys.space);
    term.write("q");
    expect((await term.exited).exitCode).toBe(0);
    expect(term.output()).toContain("saved · 1/6 done; stopped here: run the same command to carry on");
    expect(term.output()).not.toMatch(/\? On the day/);
    expect(readFileSync(join(home, "checklists", "visit-day--lakeside-health.md"), "utf8")).toContain("  - id: book-travel\n");
    expect(printed(env)).toContain("- [x] Book travel and a hotel");
  });

  it("run again after q, carries on at the section it stopped in: one already all done is not opened again", async () => {
    const { env, home } = box();
    const term = terminal(args(), { env });
    await section(term, "Before the visit");
    term.write("a"); // all four ticked
    await term.waitFor("◉ Pack printed copies", WAIT);
    term.write(keys.enter);
    await section(term, "On the day");
    term.write("q");
    expect((await term.exited).exitCode).toBe(0);

    const again = terminal(args(), { env });
    await section(again, "On the day");
    expect(again.output()).not.toMatch(/\? Before the visit/);
    expect(again.output().replace(/\s+/g, " ")).toContain('All done, not opened again: "Before the visit". To take a tick back, untick it in the note ("- [ ]").');
    again.write(keys.space + keys.enter);
    await section(again, "After the visit");
    again.write(keys.enter);
    expect((await again.exited).exitCode).toBe(0);
    expect(again.output()).toContain("5/6 done");
    expect(readFileSync(join(home, "checklists", "visit-day--lakeside-health.md"), "utf8")).toContain("  - id: note-names\n");
  });

  it("ticking the thank-you item says that notes are followed person by person, naming those not thanked yet", async () => {
    const { env, dir } = box();
    const answers = join(dir, "answers.yaml");
    writeFileSync(answers, readFileSync(join(FIXTURES, "reviews", "answers", "lakeside.yaml"), "utf8").replace(/^date: .*\n/m, "date: 2026-02-26\n"));
    expect(run(["review", "Lakeside Health", "--answers", answers], { env }).code).toBe(0);
    const term = terminal(args(), { env, cols: 160 });
    await section(term, "Before the visit");
    term.write(keys.enter);
    await section(term, "On the day");
    term.write(keys.enter);
    await section(term, "After the visit");
    term.write(keys.space);
    await term.waitFor("◉ Send thank-you notes", WAIT);
    term.write(keys.enter);
    expect((await term.exited).exitCode).toBe(0);
    expect(term.output().replace(/\s+/g, " ")).toContain('Thank-you notes are followed person by person: followups still lists Dr. Ana Rivera and Sam Lee. When one is sent: interview-coach followups --done "Lakeside Health" "<name>"');
  });

  it("after the interview day, opens at what is left: the sections that lapsed with the day are skipped, and say how to tick one", async () => {
    const { env, home } = box();
    const term = terminal(args("--date", "2026-02-20"), { env });
    await section(term, "After the visit");
    expect(term.output().replace(/\s*\r?\n\s*/g, " ")).toContain('Skipped, as the interview is over: "Before the visit" and "On the day". Did one of their items? Tick it in the note ("- [x]").');
    expect(term.output()).not.toMatch(/\? (Before the visit|On the day)/);
    term.write(keys.space); // send-thanks
    term.write(keys.enter);
    expect((await term.exited).exitCode).toBe(0);
    expect(readFileSync(join(home, "checklists", "visit-day--lakeside-health.md"), "utf8")).toMatch(/date: 2026-02-20\ndone:\n {2}- id: send-thanks\n/);
  });

  it("keeps the ticks on SIGTERM too, the one on screen as well", async () => {
    const { env } = box();
    const term = terminal(args(), { env });
    await section(term, "Before the visit");
    term.write(keys.down);
    term.write(keys.space); // read-values
    term.write(keys.enter);
    await section(term, "On the day");
    term.write(keys.space); // ticked on screen, Enter not pressed
    await term.waitFor("◉ Note the names", WAIT);
    term.kill("SIGTERM");
    expect((await term.exited).exitCode).toBe(130);
    const text = printed(env);
    expect(text).toContain("- [x] Read the group's values");
    expect(text).toContain("- [x] Note the names of everyone you meet");
  });

  it("asks before --reset clears the ticks", async () => {
    const { env } = box();
    await saveOneTick(env);

    const declined = terminal(args("--reset"), { env });
    await declined.waitFor("This clears 1 tick", WAIT);
    declined.write("n");
    declined.write(keys.enter);
    await section(declined, "Before the visit");
    declined.write(keys.ctrlC);
    await declined.exited;
    expect(printed(env)).toContain("[x]");

    const accepted = terminal(args("--reset"), { env });
    await accepted.waitFor("This clears 1 tick", WAIT);
    accepted.write("y");
    accepted.write(keys.enter);
    await accepted.waitFor("Started over: cleared 1 tick", WAIT);
    await section(accepted, "Before the visit");
    accepted.write(keys.ctrlC);
    await accepted.exited;
    expect(printed(env)).not.toContain("[x]");
  });

  it("after starting over, Ctrl-C says to carry on without --reset, which would clear the ticks again", async () => {
    const { env } = box();
    await saveOneTick(env);
    const term = terminal(args("--reset", "--yes"), { env });
    await term.waitFor("Started over: cleared 1 tick", WAIT);
    await section(term, "Before the visit");
    term.write(keys.ctrlC);
    await term.exited;
    expect(term.output().replace(/\s+/g, " ")).toContain("run the same command without --reset to carry on.");
  });

  it.each([
    ["Ctrl-C", (term: ReturnType<typeof terminal>) => term.write(keys.ctrlC)],
    ["a closed terminal", (term: ReturnType<typeof terminal>) => term.close()],
  ])("%s at the --reset question resets nothing and exits 130", async (_name, stop) => {
    const { env } = box();
    await saveOneTick(env);

    const asked = terminal(args("--reset"), { env });
    await asked.waitFor("This clears 1 tick", WAIT);
    stop(asked);
    expect(await asked.exited).toEqual({ exitCode: 130, signal: 0 });
    expect(printed(env)).toContain("[x]");
  });
});

describe("a checklist's description", () => {
  const described = (dir: string) => {
    const folder = join(dir, "described", "checklists");
    mkdirSync(folder, { recursive: true });
    writeFileSync(
      join(folder, "night-visit.yaml"),
      "title: Night shift visit\ndescription: For a visit that ends after dark\nsections:\n  - title: Before\n    phase: before\n    items:\n      - id: sleep\n        text: Sleep the afternoon before\n",
    );
    return join(dir, "described");
  };

  it("is shown under the title: in show, in --print and on the terminal", async () => {
    const made = box();
    const content = described(made.dir);
    const shown = run(["--content", content, "show", "night-visit"], { env: made.env });
    expect(shown.stdout).toBe("# Night shift visit\n\nFor a visit that ends after dark\n\n## Before\n\n- [ ] Sleep the afternoon before\n");
    const print = run(["--content", content, "checklist", "night-visit", "--program", "Mercy", "--print"], { env: made.env });
    expect(print.stdout.split("\n").slice(0, 4)).toEqual(["# Night shift visit: Mercy", "", "For a visit that ends after dark", ""]);
    const term = terminal(["--content", content, "checklist", "night-visit", "--program", "Mercy"], { env: made.env });
    await term.waitFor(/\? Before \(1\/1\)/, WAIT);
    expect(term.output()).toMatch(/Night shift visit · Mercy\r?\nFor a visit that ends after dark\r?\n/);
    term.write(keys.enter);
    expect((await term.exited).exitCode).toBe(0);
  });
});
