// No typed character is lost in the review form: text typed at a prompt without Enter, and
// ticks changed in a keep-or-drop list, are kept when the form is stopped (Ctrl-C, SIGTERM,
// SIGHUP), as that field's answer: in the draft of a new review, or, for an edit of a finished
// review (which stays as it was), in the stopped edit kept beside it; so is an answer given with
// Enter, even when the form is stopped before the next one is typed. The built binary in a real
// pseudo-terminal.
import { copyFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import YAML from "yaml";
import { FIXTURES, keys, sandbox, terminal, type Sandbox, type Terminal } from "../helpers/cli.js";
import { editForm, form, lakeside, WAIT } from "../helpers/review-steps.js";

let box: Sandbox | undefined;

/** The answers of the stopped edit kept beside the review at `file` (reviews/<slug>.edit.yaml). */
const keptEdit = (file: string): unknown => YAML.parse(readFileSync(file.replace(/\.md$/, ".edit.yaml"), "utf8"));

/** Types `text` at the open prompt without Enter, waits to see it, then stops the form with `stop`. */
async function typeAndStop(term: Terminal, text: string, stop: (t: Terminal) => void) {
  const from = term.output().length;
  term.write(text);
  await term.waitFor(text, { ...WAIT, from });
  stop(term);
  expect((await term.exited).exitCode).toBe(130);
}

describe("a half-typed review field is kept when the form is stopped", () => {
  it("Ctrl-C at the specialty of a new review: the draft has the specialty as typed", async () => {
    box = sandbox({ INTERVIEW_COACH_NOW: "2026-11-24T18:00:00" });
    const term = terminal(["review", "Bayview IM"], { env: box.env, cols: 160 });
    const answer = form(term);
    await answer("? Interview date (YYYY-MM-DD)");
    await answer("? Kind of interview");
    await term.waitFor("? Specialty", WAIT);
    await typeAndStop(term, "Internal medic", (t) => t.write(keys.ctrlC));
    expect(term.output()).toContain("Interrupted: what you entered is saved in");
    const text = readFileSync(join(box.home, "reviews", "bayview-im.md"), "utf8");
    expect(text).toContain("kind: residency\nspecialty: Internal medic\ndraft: true\n");
  });

  it("SIGTERM at 'A red flag' while editing: the review is as it was; the kept edit adds the half-typed flag to the ones there", async () => {
    box = sandbox({ INTERVIEW_COACH_NOW: "2026-11-21T10:00:00" });
    const file = lakeside(box);
    const before = readFileSync(file, "utf8");
    const term = terminal(["review", "Lakeside"], { env: box.env, cols: 160 });
    await editForm(term, {}, "? A red flag");
    await typeAndStop(term, "Call rooms far from the wa", (t) => t.kill("SIGTERM"));
    expect(readFileSync(file, "utf8")).toBe(before);
    // Only what the edit changed is kept: the scores answered with Enter were not changed.
    expect(keptEdit(file)).toEqual({ redFlags: ["Residents looked tired at noon conference", "Call rooms far from the wa"] });
  }, 60_000);

  it("SIGHUP at 'Add to your notes' while editing: the kept edit has the earlier notes with the new line, and the new gut", async () => {
    box = sandbox({ INTERVIEW_COACH_NOW: "2026-11-21T10:00:00" });
    const file = lakeside(box);
    const before = readFileSync(file, "utf8");
    const term = terminal(["review", "Lakeside"], { env: box.env, cols: 160 });
    await editForm(term, { gut: "5" }, "? Add to your notes");
    await typeAndStop(term, "Ask about parking for night sh", (t) => t.kill("SIGHUP"));
    expect(readFileSync(file, "utf8")).toBe(before);
    expect(keptEdit(file)).toEqual({ gut: 5, notes: "Great morning report; the chiefs ran it well.\n\nAsk about research time.\n\nAsk about parking for night sh" });
  }, 60_000);

  it("SIGTERM at a score with a digit typed: the draft has that score", async () => {
    box = sandbox({ INTERVIEW_COACH_NOW: "2026-11-24T18:00:00" });
    const term = terminal(["review", "Bayview IM"], { env: box.env, cols: 160 });
    const answer = form(term);
    await answer("? Interview date (YYYY-MM-DD)");
    await answer("? Kind of interview");
    await answer("? Specialty", "Internal medicine");
    await answer("? Name (empty when done)");
    await answer("? Training", "5");
    await term.waitFor("? Resident culture", WAIT);
    await typeAndStop(term, "4", (t) => t.kill("SIGTERM"));
    const text = readFileSync(join(box.home, "reviews", "bayview-im.md"), "utf8");
    expect(text).toContain("scores:\n  training: 5\n  culture: 4\ngut: null\n");
  });

  it("a half-typed date is not a date: it is not saved as one (and nothing else was entered, so no draft)", async () => {
    box = sandbox({ INTERVIEW_COACH_NOW: "2026-11-24T18:00:00" });
    const term = terminal(["review", "Bayview IM"], { env: box.env, cols: 160 });
    await term.waitFor("? Interview date (YYYY-MM-DD)", WAIT);
    term.write(keys.backspace.repeat(12));
    await typeAndStop(term, "2026-11-2", (t) => t.kill("SIGTERM"));
    expect(term.output()).toContain("Interrupted: nothing was entered, so nothing was saved");
  });
});

describe("an answer given with Enter in the people editor is kept when the form is stopped at that person's next prompt", () => {
  it("SIGTERM at the topic of a person in a draft, nothing typed there: the draft has the role just given", async () => {
    box = sandbox({ INTERVIEW_COACH_NOW: "2026-11-25T10:00:00" });
    const file = join(box.home, "reviews", "riverside-im.md");
    mkdirSync(dirname(file), { recursive: true });
    copyFileSync(join(FIXTURES, "reviews", "library", "reviews", "riverside-im.md"), file);
    const term = terminal(["review", "Riverside IM"], { env: box.env, cols: 160 });
    const answer = form(term);
    for (const prompt of ["? Interview date", "? Kind of interview", "? Specialty", "? People you met"]) await answer(prompt);
    await answer("? Edit someone's name, role or topic?", keys.down); // Dr. Priya Nair
    await answer("? Name (Dr. Priya Nair)");
    await answer("? Dr. Priya Nair's role (Program director)", "Associate program director");
    await term.waitFor("? One thing you talked about with Dr. Priya Nair", { ...WAIT, from: answer.from() });
    term.kill("SIGTERM");
    expect((await term.exited).exitCode).toBe(130);
    const text = readFileSync(file, "utf8");
    expect(text).toContain("  - name: Dr. Priya Nair\n    role: Associate program director\n    detail: the global health track\n");
    expect(text).toContain("draft: true\n");
  });
});

describe("ticks changed in a keep-or-drop list are kept when the form is stopped", () => {
  it("SIGTERM at 'People you met' with Sam Lee unticked: the review is as it was; the kept edit no longer has Sam Lee", async () => {
    box = sandbox({ INTERVIEW_COACH_NOW: "2026-11-21T10:00:00" });
    const file = lakeside(box);
    const before = readFileSync(file, "utf8");
    const term = terminal(["review", "Lakeside"], { env: box.env, cols: 160 });
    await editForm(term, {}, "? People you met");
    const from = term.output().length;
    term.write(keys.down + keys.space);
    await term.waitFor("◯ Sam Lee", { ...WAIT, from });
    term.kill("SIGTERM");
    expect((await term.exited).exitCode).toBe(130);
    const kept = file.replace(/\.md$/, ".edit.yaml");
    expect(term.output().replace(/\s+/g, " ")).toContain(
      `Interrupted: ${file} is unchanged; what you typed in this edit is kept in ${kept}. Run \`interview-coach review "Lakeside"\` to go on with it, or delete that file to drop it.`,
    );
    expect(readFileSync(file, "utf8")).toBe(before);
    expect(keptEdit(file)).toEqual({ people: [{ name: "Dr. Ana Rivera", role: "Program director", detail: "the new sepsis QI project" }] });
  }, 60_000);

  it("Ctrl-C at 'Red flags noted before' with the flag unticked: the review is as it was; the kept edit drops the flag", async () => {
    box = sandbox({ INTERVIEW_COACH_NOW: "2026-11-21T10:00:00" });
    const file = lakeside(box);
    const before = readFileSync(file, "utf8");
    const term = terminal(["review", "Lakeside"], { env: box.env, cols: 160 });
    await editForm(term, {}, "? Red flags noted before");
    const from = term.output().length;
    term.write(keys.space);
    await term.waitFor("◯ Residents looked tired", { ...WAIT, from });
    term.write(keys.ctrlC);
    expect((await term.exited).exitCode).toBe(130);
    expect(readFileSync(file, "utf8")).toBe(before);
    expect(keptEdit(file)).toEqual({ redFlags: [] });
  }, 60_000);

  it("a list stopped with its ticks as they were changes nothing", async () => {
    box = sandbox({ INTERVIEW_COACH_NOW: "2026-11-21T10:00:00" });
    const file = lakeside(box);
    const before = readFileSync(file, "utf8");
    const term = terminal(["review", "Lakeside"], { env: box.env, cols: 160 });
    await editForm(term, {}, "? People you met");
    const from = term.output().length;
    term.write(keys.space);
    await term.waitFor("◯ Dr. Ana Rivera", { ...WAIT, from });
    const again = term.output().length;
    term.write(keys.space);
    await term.waitFor("◉ Dr. Ana Rivera", { ...WAIT, from: again });
    term.kill("SIGTERM");
    expect((await term.exited).exitCode).toBe(130);
    expect(readFileSync(file, "utf8")).toBe(before);
    expect(term.output().replace(/\s+/g, " ")).toContain(`Interrupted: the edit changed nothing; ${file} is as it was.`);
    expect(existsSync(file.replace(/\.md$/, ".edit.yaml"))).toBe(false);
  }, 60_000);
});
