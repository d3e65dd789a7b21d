// Ctrl-C while editing a finished review: the review stays exactly as it was (rank goes on using
// it), and what was typed is kept aside in a file beside it, which the next `review` of that
// program goes on with. The built binary in a real pseudo-terminal.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import YAML from "yaml";
import { keys, run, sandbox, terminal, type Sandbox } from "../helpers/cli.js";
import { editForm, form, lakeside, RESIDENCY_CRITERIA, WAIT } from "../helpers/review-steps.js";

const PROGRAM = "Mercy North FM";

/** A finished review of Mercy North FM, as `review --answers` saves it; returns its path. */
function finished(box: Sandbox): string {
  const answers = join(box.dir, "mercy.yaml");
  writeFileSync(
    answers,
    "date: 2026-11-30\nspecialty: family medicine\nscores: { training: 4, culture: 5, faculty: 4, location: 4, schedule: 3, outcomes: 4 }\ngut: 4\ndealBreakers: []\n",
  );
  const result = run(["review", PROGRAM, "--answers", answers], { env: box.env });
  expect(result.code, result.stderr).toBe(0);
  return join(box.home, "reviews", "mercy-north-fm.md");
}

/** Opens the edit form, Enter at the date and kind, types `family med` at the specialty without Enter, and presses Ctrl-C. */
async function stopMidEdit(box: Sandbox) {
  const term = terminal(["review", PROGRAM], { env: box.env, cols: 160 });
  const answer = form(term);
  await answer("? Interview date (YYYY-MM-DD) (2026-11-30)");
  await answer("? Kind of interview");
  await term.waitFor("? Specialty (e.g. internal medicine) (family medicine)", { ...WAIT, from: answer.from() });
  const from = term.output().length;
  term.write("family med");
  await term.waitFor("family med", { ...WAIT, from });
  term.write(keys.ctrlC);
  expect((await term.exited).exitCode).toBe(130);
  return term;
}

describe("Ctrl-C while editing a finished review", () => {
  it("leaves the review byte for byte as it was and keeps the half-typed specialty in the file the message names", async () => {
    const box = sandbox({ INTERVIEW_COACH_NOW: "2026-12-01T10:00:00" });
    const file = finished(box);
    const before = readFileSync(file);
    const term = await stopMidEdit(box);
    expect(readFileSync(file)).toEqual(before);
    const kept = join(box.home, "reviews", "mercy-north-fm.edit.yaml");
    expect(readFileSync(kept, "utf8")).toMatch(/^specialty: family med$/m);
    // The form said beforehand what Ctrl-C would do (wrapped to the terminal), and it did just that.
    const shown = term.output().replace(/\s+/g, " ");
    expect(shown).toContain(`Ctrl-C leaves the review as it is and keeps what you have typed in ${kept}.`);
    expect(shown).not.toContain("saves what you have typed as a draft");
    expect(shown).toContain(
      `Interrupted: ${file} is unchanged; what you typed in this edit is kept in ${kept}. Run \`interview-coach review "${PROGRAM}"\` to go on with it, or delete that file to drop it.`,
    );
    // The review still counts as finished: rank lists it.
    const ranked = run(["rank", "--format", "csv"], { env: box.env });
    expect(ranked.stdout).toContain("Mercy North FM");
    expect(ranked.stderr).not.toContain("draft");
    // ...as saved, which rank and today say, with where the edit waits and how to finish it.
    const waiting = (reader: string, review: string) =>
      `note: an edit of ${review} stopped before it was saved is kept in ${kept}; ${reader} reads the review as saved. Finish the edit with: interview-coach review "${PROGRAM}"`;
    expect(ranked.stderr.replace(/\s+/g, " ")).toContain(waiting("rank", file));
    expect(run(["today"], { env: box.env }).stderr.replace(/\s+/g, " ")).toContain(waiting("today", file));
    expect(run(["interviews"], { env: box.env }).stderr.replace(/\s+/g, " ")).toContain(waiting("this list", file));
    // An edit saved from a file meanwhile says that the kept one is still there, and what it would do.
    const gut = join(box.dir, "gut.yaml");
    writeFileSync(gut, "gut: 5\n");
    expect(run(["review", PROGRAM, "--answers", gut], { env: box.env }).stderr.replace(/\s+/g, " ")).toContain(
      `note: an edit of this review stopped by Ctrl-C is still kept in ${kept}: interview-coach review "${PROGRAM}" goes on with it, over what was just saved; delete that file to drop it.`,
    );
  });

  it("review again goes on with the kept edit; finishing it saves the edit in the review and removes the kept file", async () => {
    const box = sandbox({ INTERVIEW_COACH_NOW: "2026-12-01T10:00:00" });
    const file = finished(box);
    await stopMidEdit(box);
    const kept = join(box.home, "reviews", "mercy-north-fm.edit.yaml");

    const term = terminal(["review", PROGRAM], { env: box.env, cols: 160 });
    await term.waitFor(`Going on with the edit kept in ${kept}`, WAIT);
    const answer = form(term);
    await answer("? Interview date (YYYY-MM-DD) (2026-11-30)");
    await answer("? Kind of interview");
    // What was typed before Ctrl-C is the default now: Enter takes it.
    await answer("? Specialty (e.g. internal medicine) (family med)", "family medicine and OB");
    await answer("? Name (empty when done)");
    for (const criterion of RESIDENCY_CRITERIA) await answer(`? ${criterion}`);
    for (let i = 0; i < 3; i++) await answer("? Deal-breaker:");
    await answer("? Another deal-breaker that applies");
    await answer("? A red flag (empty when done)");
    await answer("? Gut feeling");
    await answer("? Something still unknown");
    await answer("? Anything else to remember");
    expect((await term.exited).exitCode).toBe(0);
    expect(term.output()).toContain("Changed: 2026-12-01: specialty family medicine → family medicine and OB");

    const text = readFileSync(file, "utf8");
    expect(text).toContain("specialty: family medicine and OB\n");
    expect(text).not.toContain("draft: true");
    expect(existsSync(kept)).toBe(false);
  });

  it("a name changed with Enter is kept when the edit is stopped at that person's role before anything is typed there", async () => {
    const box = sandbox({ INTERVIEW_COACH_NOW: "2026-11-21T10:00:00" });
    const file = lakeside(box);
    const before = readFileSync(file);
    const term = terminal(["review", "Lakeside"], { env: box.env, cols: 160 });
    await editForm(term, {}, "? Edit someone's name, role or topic?");
    const answer = form(term);
    await answer("? Edit someone's name, role or topic?", keys.down); // Dr. Ana Rivera
    await answer("? Name (Dr. Ana Rivera)", "Dr. Ana Rivera-Cole");
    await term.waitFor("? Dr. Ana Rivera-Cole's role (Program director)", { ...WAIT, from: answer.from() });
    term.write(keys.ctrlC);
    expect((await term.exited).exitCode).toBe(130);
    expect(readFileSync(file)).toEqual(before);
    const kept = YAML.parse(readFileSync(join(box.home, "reviews", "lakeside.edit.yaml"), "utf8"));
    expect(kept).toEqual({
      people: [
        { name: "Dr. Ana Rivera-Cole", role: "Program director", detail: "the new sepsis QI project" },
        { name: "Sam Lee", role: "PGY-2", detail: "how night float works" },
      ],
    });
  }, 60_000);

  it("going on with an edit stopped just after a new person's name asks that person's role and topic", async () => {
    const box = sandbox({ INTERVIEW_COACH_NOW: "2026-11-21T10:00:00" });
    lakeside(box);
    const first = terminal(["review", "Lakeside"], { env: box.env, cols: 160 });
    await editForm(first, {}, "? Name (empty when done)");
    const stop = form(first);
    await stop("? Name (empty when done)", "Dr. Noor Haddad");
    await first.waitFor("? Dr. Noor Haddad's role", { ...WAIT, from: stop.from() });
    first.write(keys.ctrlC);
    expect((await first.exited).exitCode).toBe(130);

    const again = terminal(["review", "Lakeside"], { env: box.env, cols: 160 });
    const answer = form(again);
    await answer("? Interview date (YYYY-MM-DD) (2026-11-20)");
    await answer("? Kind of interview");
    await answer("? Specialty");
    await answer("? People you met (untick anyone to remove)");
    await answer("? Dr. Noor Haddad's role", "Chief resident");
    await answer("? One thing you talked about with Dr. Noor Haddad", "your night float redesign");
    await again.waitFor("? Edit someone's name, role or topic?", { ...WAIT, from: answer.from() });
    again.write(keys.ctrlC);
    expect((await again.exited).exitCode).toBe(130);
    const kept = YAML.parse(readFileSync(join(box.home, "reviews", "lakeside.edit.yaml"), "utf8"));
    expect(kept.people).toContainEqual({ name: "Dr. Noor Haddad", role: "Chief resident", detail: "your night float redesign" });
  }, 60_000);

  it("a thank-you recorded while an edit of a person is kept is not undone when that edit is finished", async () => {
    const box = sandbox({ INTERVIEW_COACH_NOW: "2026-11-21T10:00:00" });
    const file = lakeside(box);
    const first = terminal(["review", "Lakeside"], { env: box.env, cols: 160 });
    await editForm(first, {}, "? Edit someone's name, role or topic?");
    const answer = form(first);
    await answer("? Edit someone's name, role or topic?", keys.down); // Dr. Ana Rivera
    await answer("? Name (Dr. Ana Rivera)");
    await answer("? Dr. Ana Rivera's role (Program director)", "Associate program director");
    await first.waitFor("? One thing you talked about with Dr. Ana Rivera", { ...WAIT, from: answer.from() });
    const from = first.output().length;
    first.write("her sepsis bund");
    await first.waitFor("her sepsis bund", { ...WAIT, from });
    first.write(keys.ctrlC);
    expect((await first.exited).exitCode).toBe(130);
    expect(readFileSync(file, "utf8")).toContain("    role: Program director\n    detail: the new sepsis QI project\n    thanked: null\n");

    expect(run(["followups", "--done", "Lakeside", "Dr. Ana Rivera"], { env: box.env }).code).toBe(0);
    const again = terminal(["review", "Lakeside"], { env: box.env, cols: 160 });
    await editForm(again, {});
    const text = readFileSync(file, "utf8");
    expect(text).toContain("  - name: Dr. Ana Rivera\n    role: Associate program director\n    detail: her sepsis bund\n    thanked: 2026-11-21\n");
    expect(existsSync(file.replace(/\.md$/, ".edit.yaml"))).toBe(false);
  });
});
