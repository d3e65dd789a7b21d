// Two terminals on one note at the same time, the built binary in real pseudo-terminals: each
// saves what it changed into the note as it is then, so neither undoes the other.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES, keys, run, sandbox, terminal } from "../helpers/cli.js";
import { editForm, lakeside, WAIT } from "../helpers/review-steps.js";

const box = (now: string) => sandbox({ INTERVIEW_COACH_NOW: now });

describe("a checklist open in two terminals", () => {
  it("A saves a tick in section 2, then B (opened before) saves one in section 1: the note holds both", async () => {
    const { env, home } = box("2026-02-27T10:00:00");
    const args = ["--content", join(FIXTURES, "checklists"), "checklist", "visit-day", "--program", "Lakeside Health", "--date", "2026-03-02"];
    const a = terminal(args, { env, cols: 160 });
    await a.waitFor("? Before the visit (1/3)", WAIT);
    const b = terminal(args, { env, cols: 160 });
    await b.waitFor("? Before the visit (1/3)", WAIT);

    a.write(keys.enter); // section 1 as it is
    await a.waitFor("? On the day (2/3)", WAIT);
    a.write(keys.space + keys.enter); // note-names
    await a.waitFor("saved · 1/6 done", WAIT);

    b.write(keys.space + keys.enter); // book-travel, on a screen drawn before A saved
    await b.waitFor("saved · 2/6 done", WAIT);
    // B's next section shows A's tick: finishing it keeps it.
    await b.waitFor("◉ Note the names", WAIT);
    b.write(keys.enter);
    await b.waitFor("? After the visit (3/3)", WAIT);
    b.write(keys.enter);
    expect((await b.exited).exitCode).toBe(0);
    await a.waitFor("? After the visit (3/3)", WAIT);
    a.write(keys.enter);
    expect((await a.exited).exitCode).toBe(0);

    const note = readFileSync(join(home, "checklists", "visit-day--lakeside-health.md"), "utf8");
    expect(note).toContain("  - id: note-names\n");
    expect(note).toContain("  - id: book-travel\n");
    expect(note).toContain("\n- [x] Book travel and a hotel");
    expect(note).toContain("\n- [x] Note the names of everyone you meet");
    expect(run(["--content", join(FIXTURES, "checklists"), "checklist", "visit-day", "--program", "Lakeside Health", "--print"], { env }).stdout).toContain("2/6 done");
  });
});

/** Two `review Lakeside` forms, both open before either saves; A saves first. */
async function twoForms(env: NodeJS.ProcessEnv, a: { culture?: string; gut?: string }, b: { culture?: string; gut?: string }) {
  const first = terminal(["review", "Lakeside"], { env, cols: 160 });
  await first.waitFor("? Interview date", WAIT);
  const second = terminal(["review", "Lakeside"], { env, cols: 160 });
  await second.waitFor("? Interview date", WAIT);
  await editForm(first, a);
  await editForm(second, b);
  return { first, second };
}

describe("two review forms open at once", () => {
  it("each changes a different field: both changes are in the review", async () => {
    const made = box("2026-11-21T10:00:00");
    const file = lakeside(made);
    const { second } = await twoForms(made.env, { culture: "2" }, { gut: "5" });
    const text = readFileSync(file, "utf8");
    expect(text).toContain("  culture: 2\n");
    expect(text).toContain("gut: 5\n");
    expect(text).toContain("  - \"2026-11-21: culture 4 → 2\"\n  - \"2026-11-21: gut 4 → 5\"\n");
    expect(second.output()).toContain("Another edit of this review was saved while this one was open; its changes are kept.");
    // rank reads the merged review: B's gut of 5.
    expect(run(["rank", "--format", "csv"], { env: made.env }).stdout).toMatch(/^residency,1,false,Lakeside,\d+,5,/m);
  }, 60_000);

  it("both change the same score: the later value is in the field, the other under Changes, and the user is told", async () => {
    const made = box("2026-11-21T10:00:00");
    const file = lakeside(made);
    const { second } = await twoForms(made.env, { culture: "2" }, { culture: "5" });
    const text = readFileSync(file, "utf8");
    expect(text).toContain("  culture: 5\n");
    expect(text).toContain("- 2026-11-21: two edits at once, this one kept: culture: 5 here, 2 in the other edit\n");
    expect(second.output()).toContain("Another edit of this review was saved while this one was open; both are kept. Both changed: culture: 5 here, 2 in the other edit");
  }, 60_000);
});

describe("followups --done while the review form is open", () => {
  it("finishing the form keeps the thank-you date (it was written back as null)", async () => {
    const made = box("2026-11-21T10:00:00");
    const file = lakeside(made);
    const term = terminal(["review", "Lakeside"], { env: made.env, cols: 160 });
    await term.waitFor("? Interview date", WAIT);
    const done = run(["followups", "--done", "Lakeside", "Sam Lee"], { env: made.env });
    expect(done.code, done.stderr).toBe(0);
    expect(readFileSync(file, "utf8")).toContain("thanked: 2026-11-21");
    await editForm(term, { gut: "5" });
    const text = readFileSync(file, "utf8");
    expect(text).toContain("  - name: Sam Lee\n    role: PGY-2\n    detail: how night float works\n    thanked: 2026-11-21\n");
    expect(text).toContain("gut: 5\n");
    expect(text).toContain("- **Sam Lee**: PGY-2; talked about how night float works (thanked 21 Nov 2026)\n");
  }, 60_000);
});
