// `interviews remove`: a record made by mistake (here a duplicate of Lakeside IM) is deleted once
// asked, or with --yes; anything the user wrote that names the interview keeps it recorded, and
// the refusal names it with `interviews cancel` to use instead.
import { appendFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { keys, run, sandboxFrom, terminal, type Sandbox } from "../helpers/cli.js";
import { form, WAIT } from "../helpers/review-steps.js";

const NOW = { INTERVIEW_COACH_NOW: "2026-12-09T10:00:00" };
const DUPLICATE = "Lakeside Internal Medicine";
const PEOPLE = "people:\n  - name: Dr. Priya Raman\n    role: Program director\n    detail: her research on readmissions\n";
const SCORES = "scores: { training: 4, culture: 4, faculty: 3, location: 3, schedule: 3, outcomes: 4 }\ngut: 4\n";
const CANCEL = `To take it off the season and keep what you wrote: interview-coach interviews cancel "${DUPLICATE}"`;

/** Lakeside IM, and the same interview recorded again under its long name, both two days ago. */
const seasonBox = sandboxFrom((box) => {
  for (const args of [["Lakeside IM", "--date", "2026-12-07", "--specialty", "internal medicine"], [DUPLICATE, "--date", "2026-12-07"]]) {
    const added = run(["interviews", "add", ...args], { env: box.env });
    expect(added.code, added.stderr).toBe(0);
  }
}, NOW);

type Season = Sandbox & { cli: (...args: string[]) => ReturnType<typeof run>; record: string; file: (name: string, text: string) => string };

function season(): Season {
  const box = seasonBox();
  const file = (name: string, text: string) => {
    const path = join(box.dir, name);
    writeFileSync(path, text);
    return path;
  };
  return { ...box, cli: (...args: string[]) => run(args, { env: box.env }), record: join(box.home, "interviews", "lakeside-internal-medicine.md"), file };
}

/** Opens the duplicate's checklist in a terminal and leaves it with `keys` typed before q: its note is saved. Returns the note's path. */
async function openChecklist(box: Season, typed = ""): Promise<string> {
  const term = terminal(["checklist", "--program", DUPLICATE], { env: box.env });
  // Two days after the interview, the checklist opens at its one section left.
  await term.waitFor("? After the interview (5/5)", WAIT);
  term.write(`${typed}q`);
  expect((await term.exited).exitCode).toBe(0);
  return join(box.home, "checklists", "residency-interview-day--lakeside-internal-medicine.md");
}

describe("removing a record made by mistake", () => {
  it("--yes deletes the record and its checklist note with nothing ticked: the duplicate leaves interviews and today, the real one stays", async () => {
    const box = season();
    const note = await openChecklist(box);
    expect(box.cli("today").stdout).toContain(DUPLICATE);
    const removed = box.cli("interviews", "remove", DUPLICATE, "--yes");
    expect([removed.code, removed.stdout, removed.stderr]).toEqual([
      0,
      "",
      `Removed ${DUPLICATE} (residency interview on 2026-12-07): deleted ${box.record} and ${note}. If a calendar you imported holds it, delete its events there too.\n`,
    ]);
    expect([existsSync(box.record), existsSync(note)]).toEqual([false, false]);
    const listed = box.cli("interviews").stdout;
    expect(listed).toContain("1 interview: 0 scheduled, 1 done, 0 reviewed, 0 withdrawn (as of 2026-12-09).");
    expect(listed).toContain("| Lakeside IM | residency: internal medicine | done |");
    expect(box.cli("today").stdout).not.toContain(DUPLICATE);
  });

  it("a name recorded nowhere is refused (66) with the closest, as edit and cancel refuse it, and nothing is deleted", () => {
    const box = season();
    const typo = box.cli("interviews", "remove", "Lakeside Internal Medcine", "--yes");
    expect([typo.code, typo.stderr]).toEqual([66, "error: no interview recorded for 'Lakeside Internal Medcine'. Did you mean 'Lakeside Internal Medicine'?\n"]);
    expect(box.cli("interviews", "cancel", "Lakeside Internal Medcine").stderr).toBe(typo.stderr);
    expect(readdirSync(join(box.home, "interviews"))).toEqual(["lakeside-im.md", "lakeside-internal-medicine.md"]);
  });

  it("with no terminal on stdin and no --yes, it refuses in one line (64) and keeps the record", () => {
    const box = season();
    const refused = box.cli("interviews", "remove", DUPLICATE);
    expect([refused.code, refused.stdout, refused.stderr]).toEqual([
      64,
      "",
      `error: remove asks before it deletes the record of ${DUPLICATE} and needs a terminal for that; add --yes to remove it without asking\n`,
    ]);
    expect(existsSync(box.record)).toBe(true);
  });

  it("in a terminal it asks, naming the record and its day, No by default: Enter keeps it, y deletes it", async () => {
    const box = season();
    const question = `? Delete the record of ${DUPLICATE} (residency interview on 2026-12-07)? (y/N)`;
    const kept = terminal(["interviews", "remove", "lakeside internal medicine"], { env: box.env });
    await kept.waitFor(question, WAIT);
    kept.write(keys.enter);
    expect((await kept.exited).exitCode).toBe(0);
    expect(kept.output()).toContain(`Kept ${DUPLICATE} (${box.record}).`);
    expect(existsSync(box.record)).toBe(true);

    const removed = terminal(["interviews", "remove", DUPLICATE], { env: box.env });
    await removed.waitFor(question, WAIT);
    removed.write("y");
    removed.write(keys.enter);
    expect((await removed.exited).exitCode).toBe(0);
    expect(removed.output().replace(/\s+/g, " ")).toContain(`Removed ${DUPLICATE} (residency interview on 2026-12-07): deleted ${box.record}.`);
    expect(existsSync(box.record)).toBe(false);
  });

  it("Ctrl-C at the question removes nothing (130)", async () => {
    const box = season();
    const term = terminal(["interviews", "remove", DUPLICATE], { env: box.env });
    await term.waitFor("(y/N)", WAIT);
    term.write(keys.ctrlC);
    expect((await term.exited).exitCode).toBe(130);
    expect(term.output().replace(/\s+/g, " ")).toContain(`Interrupted: nothing was removed; ${DUPLICATE} stays in ${box.record}.`);
    expect(existsSync(box.record)).toBe(true);
  });

  it("--help shows it with examples, and `interviews --help` lists it", () => {
    const box = season();
    const help = box.cli("interviews", "remove", "--help");
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/\nExamples:\n {2}\$ interview-coach interviews remove "Lakeside Internal Medicine"/);
    expect(help.stdout.replace(/\s+/g, " ")).toContain("-y, --yes do not ask for confirmation (needed without a terminal)");
    expect(box.cli("interviews", "--help").stdout.replace(/\s+/g, " ")).toContain("remove [options] <program> delete a record made by mistake, such as a duplicate");
  });
});

describe("what the user wrote keeps the record (64), named with the command to use instead", () => {
  /** Refused, with exactly `message`; the record and every file named stay as they were. */
  function expectRefused(box: Season, message: string, args: string[] = ["--yes"]): void {
    const before = readFileSync(box.record, "utf8");
    const refused = box.cli("interviews", "remove", DUPLICATE, ...args);
    expect([refused.code, refused.stdout, refused.stderr]).toEqual([64, "", `error: ${message}\n`]);
    expect(readFileSync(box.record, "utf8")).toBe(before);
  }

  it("its review, with the people met and their thank-you notes", () => {
    const box = season();
    expect(box.cli("review", DUPLICATE, "--answers", box.file("answers.yaml", PEOPLE + SCORES)).code).toBe(0);
    const review = join(box.home, "reviews", "lakeside-internal-medicine.md");
    expectRefused(box, `${DUPLICATE} stays recorded, as what you wrote refers to it: your review (${review}). ${CANCEL}`);
    // Asked first or not: the refusal comes before the question.
    expectRefused(box, `${DUPLICATE} stays recorded, as what you wrote refers to it: your review (${review}). ${CANCEL}`, []);
    expect(existsSync(review)).toBe(true);
  });

  it("a draft of its review, left by Ctrl-C in the form", async () => {
    const box = season();
    const term = terminal(["review", DUPLICATE], { env: box.env });
    const answer = form(term);
    await answer("? Interview date (YYYY-MM-DD)");
    await answer("? Kind of interview");
    await answer("? Specialty");
    await answer("? Name (empty when done)", "Dr. Priya Raman");
    await term.waitFor("? Dr. Priya Raman's role", WAIT);
    term.write(keys.ctrlC);
    expect((await term.exited).exitCode).toBe(130);
    const draft = join(box.home, "reviews", "lakeside-internal-medicine.md");
    expect(readFileSync(draft, "utf8")).toContain("draft: true\n");
    expectRefused(box, `${DUPLICATE} stays recorded, as what you wrote refers to it: your draft review (${draft}). ${CANCEL}`);
  });

  it("ticks in its checklist, or a line written into its checklist note with nothing ticked", async () => {
    const box = season();
    const note = await openChecklist(box, " ");
    const reset = `interview-coach checklist residency-interview-day --program "${DUPLICATE}" --reset`;
    expectRefused(box, `${DUPLICATE} stays recorded, as what you wrote refers to it: your ticks in checklist residency-interview-day (${note}). If the ticks were a slip as well, clear them first (${reset}) and remove it again. ${CANCEL}`);
    // Cleared (here without a terminal, as that command's own message says), the record goes, its note with it.
    expect(box.cli("checklist", "residency-interview-day", "--program", DUPLICATE, "--reset", "--yes", "--print").code).toBe(0);
    expect(box.cli("interviews", "remove", DUPLICATE, "--yes").code).toBe(0);
    expect([existsSync(note), existsSync(box.record)]).toEqual([false, false]);
    const other = season();
    const untouched = await openChecklist(other);
    appendFileSync(untouched, "\nAsk about the night float schedule.\n");
    expectRefused(other, `${DUPLICATE} stays recorded, as what you wrote refers to it: your note on checklist residency-interview-day (${untouched}). ${CANCEL}`);
    expect(readFileSync(untouched, "utf8")).toContain("Ask about the night float schedule.");
  });

  it("a practice note saved for it, and its review too, named together", () => {
    const box = season();
    const practised = box.cli("practice", "residency", "--program", DUPLICATE, "--answers", box.file("practice.yaml", "speaking-up-safety: I spoke up when a dose looked wrong.\n"));
    expect(practised.code, practised.stderr).toBe(0);
    const [session] = readdirSync(join(box.home, "sessions"));
    expect(session).toBe("2026-12-09-1000-residency-lakeside-internal-medicine.md");
    expect(box.cli("review", DUPLICATE, "--answers", box.file("answers.yaml", PEOPLE + SCORES)).code).toBe(0);
    const review = join(box.home, "reviews", "lakeside-internal-medicine.md");
    expectRefused(box, `${DUPLICATE} stays recorded, as what you wrote refers to it: your review (${review}) and your practice note (${join(box.home, "sessions", session!)}). ${CANCEL}`);
  });

  it("notes of the user's own in the record itself; once withdrawn, it says that the season leaves it out already", () => {
    const box = season();
    appendFileSync(box.record, "\nSame day as Lakeside IM: recorded twice?\n");
    expectRefused(box, `${DUPLICATE} stays recorded, as its record (${box.record}) holds notes of your own. ${CANCEL} (once you have them elsewhere, delete that file by hand)`);
    expect(box.cli("interviews", "cancel", DUPLICATE).code).toBe(0);
    expectRefused(box, `${DUPLICATE} stays recorded, as its record (${box.record}) holds notes of your own. It is withdrawn (since 2026-12-09), so today, calendar and rank leave it out already (once you have them elsewhere, delete that file by hand).`);
  });
});
