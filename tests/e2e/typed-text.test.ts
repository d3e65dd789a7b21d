// No typed character is lost in the review form: text typed at a prompt without Enter, and
// ticks changed in a keep-or-drop list, are kept in the review when the form is stopped (Ctrl-C,
// SIGTERM, SIGHUP), as that field's answer. The built binary in a real pseudo-terminal.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { keys, sandbox, terminal, type Sandbox, type Terminal } from "../helpers/cli.js";
import { editForm, form, lakeside, WAIT } from "../helpers/review-steps.js";

let box: Sandbox | undefined;

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

  it("SIGTERM at 'A red flag' while editing: the half-typed flag is added to the ones there", async () => {
    box = sandbox({ INTERVIEW_COACH_NOW: "2026-11-21T10:00:00" });
    const file = lakeside(box);
    const term = terminal(["review", "Lakeside"], { env: box.env, cols: 160 });
    await editForm(term, {}, "? A red flag");
    await typeAndStop(term, "Call rooms far from the wa", (t) => t.kill("SIGTERM"));
    const text = readFileSync(file, "utf8");
    expect(text).toContain("## Red flags\n\n- Residents looked tired at noon conference\n- Call rooms far from the wa\n");
    // The edit is recorded as one, and the scores answered before stay.
    expect(text).toContain("red flags: + Call rooms far from the wa");
    expect(text).toContain("  culture: 4\n");
  }, 60_000);

  it("SIGHUP at 'Add to your notes' while editing: the notes keep the earlier ones and the new line", async () => {
    box = sandbox({ INTERVIEW_COACH_NOW: "2026-11-21T10:00:00" });
    const file = lakeside(box);
    const term = terminal(["review", "Lakeside"], { env: box.env, cols: 160 });
    await editForm(term, { gut: "5" }, "? Add to your notes");
    await typeAndStop(term, "Ask about parking for night sh", (t) => t.kill("SIGHUP"));
    const text = readFileSync(file, "utf8");
    expect(text).toContain("## Notes\n\nGreat morning report; the chiefs ran it well.\n\nAsk about research time.\n\nAsk about parking for night sh\n");
    expect(text).toContain("gut: 5\n");
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

describe("ticks changed in a keep-or-drop list are kept when the form is stopped", () => {
  it("SIGTERM at 'People you met' with Sam Lee unticked: the saved review no longer has Sam Lee", async () => {
    box = sandbox({ INTERVIEW_COACH_NOW: "2026-11-21T10:00:00" });
    const file = lakeside(box);
    const term = terminal(["review", "Lakeside"], { env: box.env, cols: 160 });
    await editForm(term, {}, "? People you met");
    const from = term.output().length;
    term.write(keys.down + keys.space);
    await term.waitFor("◯ Sam Lee", { ...WAIT, from });
    term.kill("SIGTERM");
    expect((await term.exited).exitCode).toBe(130);
    expect(term.output()).toContain(`Interrupted: what you entered is saved in ${file}. Run \`interview-coach review "Lakeside"\` to finish it.`);
    const text = readFileSync(file, "utf8");
    expect(text).toContain("people:\n  - name: Dr. Ana Rivera\n    role: Program director\n    detail: the new sepsis QI project\n    thanked: null\nchanges:\n");
    expect(text).toContain('  - "2026-11-21: people: − Sam Lee"\n');
    expect(text).not.toContain("**Sam Lee**");
    // The rest of the review is as it was.
    expect(text).toContain("  culture: 4\n");
    expect(text).toContain("## Red flags\n\n- Residents looked tired at noon conference\n");
  }, 60_000);

  it("Ctrl-C at 'Red flags noted before' with the flag unticked: the flag is gone, the people answered before stay", async () => {
    box = sandbox({ INTERVIEW_COACH_NOW: "2026-11-21T10:00:00" });
    const file = lakeside(box);
    const term = terminal(["review", "Lakeside"], { env: box.env, cols: 160 });
    await editForm(term, {}, "? Red flags noted before");
    const from = term.output().length;
    term.write(keys.space);
    await term.waitFor("◯ Residents looked tired", { ...WAIT, from });
    term.write(keys.ctrlC);
    expect((await term.exited).exitCode).toBe(130);
    const text = readFileSync(file, "utf8");
    expect(text).not.toContain("- Residents looked tired at noon conference\n");
    expect(text).toContain('  - "2026-11-21: red flags: − Residents looked tired at noon conference"\n');
    expect(text).toContain("  - name: Sam Lee\n");
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
  }, 60_000);
});
