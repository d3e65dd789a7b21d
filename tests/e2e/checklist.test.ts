// `interview-coach checklist` without a terminal: --print, --output, the overview, content that
// changed under saved progress, and every kind of bad input with its exit code.
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES, run, sandbox } from "../helpers/cli.js";

const CONTENT = join(FIXTURES, "checklists");
const NOW = "2026-02-27T10:00:00";
const box = () => sandbox({ INTERVIEW_COACH_NOW: NOW });

const checklist = (env: NodeJS.ProcessEnv, ...args: string[]) => run(["--content", CONTENT, "checklist", ...args], { env });
const note = (home: string) => join(home, "checklists", "visit-day--lakeside-health.md");
/** Puts a saved progress note (ticks for book-travel and read-values) into the library. */
function savedProgress(home: string, fixture = "visit-day--lakeside-health.md"): string {
  mkdirSync(join(home, "checklists"), { recursive: true });
  copyFileSync(join(CONTENT, fixture), note(home));
  return note(home);
}

describe("checklist --print", () => {
  it("prints the checklist in phase order with due dates from --date (golden)", () => {
    const { env, home } = box();
    const result = checklist(env, "visit-day", "--program", "Lakeside Health", "--date", "2026-03-02", "--print");
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(readFileSync(join(CONTENT, "visit-day.print.md"), "utf8"));
    // Printing is read-only: no progress note appears.
    expect(existsSync(join(home, "checklists"))).toBe(false);
  });

  it("shows the saved ticks and uses the saved interview date", () => {
    const { env, home } = box();
    savedProgress(home);
    const result = checklist(env, "visit-day", "--program", "Lakeside Health", "--print");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Interview 2026-03-02 · 2/6 done, 0 overdue as of 2026-02-27");
    expect(result.stdout).toContain("- [x] Book travel and a hotel (due 2026-02-16)\n");
    expect(result.stdout).toContain("- [x] Read the group's values (due 2026-02-27)\n");
    expect(result.stdout).toContain("- [ ] Confirm the agenda and parking (due 2026-03-01)\n");
  });

  it("computes due dates from a new --date without saving it", () => {
    const { env, home } = box();
    const file = savedProgress(home);
    const before = readFileSync(file, "utf8");
    const result = checklist(env, "visit-day", "--program", "Lakeside Health", "--date", "2026-03-10", "--print");
    expect(result.stdout).toContain("- [ ] Confirm the agenda and parking (due 2026-03-09)");
    expect(readFileSync(file, "utf8")).toBe(before);
  });

  it("keeps each program apart: another program starts unticked", () => {
    const { env, home } = box();
    savedProgress(home);
    const result = checklist(env, "visit-day", "--program", "Riverside Clinic", "--print");
    expect(result.stdout).toContain("# Visit day: Riverside Clinic");
    expect(result.stdout).not.toContain("[x]");
  });

  it("appends to --output FILE (twice gives two copies), and --output - writes to stdout", () => {
    const { env, dir } = box();
    const target = join(dir, "notes.md");
    const args = ["visit-day", "--program", "Lakeside Health", "--date", "2026-03-02", "--print", "--output", target];
    expect(checklist(env, ...args).code).toBe(0);
    const second = checklist(env, ...args);
    expect(second.stdout).toBe("");
    expect(second.stderr).toContain(`Appended the checklist to ${target}`);
    const golden = readFileSync(join(CONTENT, "visit-day.print.md"), "utf8");
    expect(readFileSync(target, "utf8")).toBe(golden + golden);
    expect(checklist(env, ...args.slice(0, -1), "-").stdout).toBe(golden);
  });
});

describe("content that changed under saved progress", () => {
  it("shows new items unticked and keeps ticked items that left the checklist under their own heading", () => {
    const { env, home } = box();
    savedProgress(home);
    const result = run(["--content", CONTENT, "--content", join(CONTENT, "changed"), "checklist", "visit-day", "--program", "Lakeside Health", "--print"], { env });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("- [ ] Ask what happens next (due 2026-03-02)");
    expect(result.stdout).toContain("- [x] Read the group's values (due 2026-02-27)");
    expect(result.stdout).toMatch(/## No longer in the checklist\n\n- \[x\] Book travel and a hotel \(ticked 2026-02-20\)\n$/);
  });
});

describe("checklist without a name", () => {
  it("lists the checklists and, per saved interview, its progress and the next item due", () => {
    const { env, home } = box();
    savedProgress(home);
    const result = checklist(env);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("| visit-day | Visit day | 6 |");
    expect(result.stdout).toContain("| visit-day | Lakeside Health | 2026-03-02 (in 3 days) | 2/6 | 0 | 2026-03-01: Confirm the agenda and parking |");
  });

  it("lists an interview of the past whose checklist was never opened, with what is still open and overdue, as --print counts it", () => {
    const { env, home } = sandbox({ INTERVIEW_COACH_NOW: "2026-12-02T10:00:00" });
    expect(run(["interviews", "add", "Northshore Physicians", "--date", "2026-11-20", "--kind", "job", "--specialty", "hospitalist lead", "--format", "virtual"], { env }).code).toBe(0);
    expect(run(["checklist", "--program", "Northshore Physicians", "--print"], { env }).stdout).toContain("\nInterview 2026-11-20 · 0/20 done, 3 overdue as of 2026-12-02\n");
    // A past interview with every item ticked stays too: the overview lists every interview.
    mkdirSync(join(home, "checklists"), { recursive: true });
    const ticks = ["send-thanks", "book-travel", "read-values", "confirm-agenda", "pack-cv", "note-names"].map((id) => `  - id: ${id}\n    at: 2026-11-12T18:00:00+00:00\n`).join("");
    writeFileSync(note(home), `---\ntype: checklist\nchecklist: visit-day\nprogram: "Lakeside Health"\ndate: 2026-11-10\ndone:\n${ticks}---\n`);
    const overview = checklist(env);
    expect(overview.code).toBe(0);
    expect(overview.stdout).toContain("| visit-day | Lakeside Health | 2026-11-10 (22 days ago) | 6/6 | 0 | all done |\n");
    expect(overview.stdout).toContain(
      "| second-interview | Northshore Physicians | 2026-11-20 (12 days ago) | 0/20, not opened | 3 | 2026-11-22, overdue: Send a short, personal thank-you by email or card to everyo… |\n",
    );
  });

  it("skips a broken note with a warning instead of failing", () => {
    const { env, home } = box();
    savedProgress(home, "broken-note.md");
    const result = checklist(env);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`warning: skipped ${note(home)}:8:9:`);
    expect(result.stdout).not.toContain("Lakeside Health");
  });
});

describe("bad input", () => {
  it("exits 66 for an unknown checklist, naming the closest", () => {
    const result = checklist(box().env, "visit-dya", "--print");
    expect(result.code).toBe(66);
    expect(result.stderr).toBe("error: no checklist named 'visit-dya'. Did you mean 'visit-day'? See `interview-coach list checklists`.\n");
  });

  it("a mistyped checklist name for a program with no interview recorded: the only line is the error about the name", () => {
    const b = box();
    expect(run(["interviews", "add", "Lakeside Health", "--date", "2026-03-03"], { env: b.env }).code).toBe(0);
    const result = checklist(b.env, "visit-dya", "--program", "Hilltop Clinic", "--print");
    expect(result.code).toBe(66);
    expect(result.stderr).toBe("error: no checklist named 'visit-dya'. Did you mean 'visit-day'? See `interview-coach list checklists`.\n");
  });

  it.each(["2026-02-30", "2026-2-3", "next friday"])("exits 64 for --date %j", (date) => {
    const result = checklist(box().env, "visit-day", "--date", date, "--print");
    expect(result.code).toBe(64);
    expect(result.stderr).toBe(`error: --date must be a real date as YYYY-MM-DD, got "${date}"\n`);
  });

  it("exits 64 without a terminal unless --print, and says so", () => {
    const result = checklist(box().env, "visit-day");
    expect(result.code).toBe(64);
    expect(result.stderr).toMatch(/^error: .*needs a terminal.*--print/);
  });

  it("exits 65 with FILE:LINE:COL for a progress note edited into something invalid", () => {
    const { env, home } = box();
    savedProgress(home, "broken-note.md");
    const result = checklist(env, "visit-day", "--program", "Lakeside Health", "--print");
    expect(result.code).toBe(65);
    expect(result.stderr.split("\n")[0]).toBe(`${note(home)}:8:9: 'at': must be when it was ticked, like 2026-11-30T09:15:00-05:00`);
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it("needs --yes for --reset without a terminal, and with it starts over", () => {
    const { env, home } = box();
    const file = savedProgress(home);
    const refused = checklist(env, "visit-day", "--program", "Lakeside Health", "--reset", "--print");
    expect(refused.code).toBe(64);
    expect(refused.stderr).toContain("--yes");
    expect(readFileSync(file, "utf8")).toContain("book-travel");

    const reset = checklist(env, "visit-day", "--program", "Lakeside Health", "--reset", "--yes", "--print");
    expect(reset.code).toBe(0);
    expect(reset.stdout).not.toContain("[x]");
    expect(reset.stdout).toContain("Interview 2026-03-02"); // the date is not progress: it stays
    expect(readFileSync(file, "utf8")).toMatch(/^---\ntype: checklist\nchecklist: visit-day\nprogram: "Lakeside Health"\ndate: 2026-03-02\ndone: \[\]\n---\n/);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it("--reset --yes without --print and without a terminal says how to start over, and keeps the ticks", () => {
    const { env, home } = box();
    const file = savedProgress(home);
    const refused = checklist(env, "visit-day", "--program", "Lakeside Health", "--reset", "--yes");
    expect(refused.code).toBe(64);
    expect(refused.stderr).toBe("error: checklist asks questions and needs a terminal on standard input; to start over without one, add --yes --print (clears the ticks, then writes the checklist as Markdown)\n");
    expect(readFileSync(file, "utf8")).toContain("book-travel");
  });

  it("--reset --yes replaces a broken note", () => {
    const { env, home } = box();
    savedProgress(home, "broken-note.md");
    const result = checklist(env, "visit-day", "--program", "Lakeside Health", "--reset", "--yes", "--print");
    expect(result.code).toBe(0);
    expect(checklist(env, "visit-day", "--program", "Lakeside Health", "--print").code).toBe(0);
  });

  it("refuses checklist options without a checklist name", () => {
    const result = checklist(box().env, "--print");
    expect(result.code).toBe(64);
    expect(result.stderr).toContain("--print needs a checklist name");
  });

  it("--program alone takes the checklist that fits the recorded interview, and says when it was withdrawn", () => {
    const { env } = box();
    expect(run(["interviews", "add", "Hillcrest Peds", "--date", "2026-03-04"], { env }).code).toBe(0);
    const picked = run(["checklist", "--program", "Hillcrest Peds", "--print"], { env });
    expect(picked.code).toBe(0);
    expect(picked.stderr).toContain("Checklist residency-interview-day, the one for Hillcrest Peds (residency).");
    expect(picked.stdout).toContain("Interview 2026-03-04");
    expect(run(["checklist", "residency-interview-day", "--program", "Hillcrest Peds", "--print"], { env }).stdout).toBe(picked.stdout);

    const unknown = run(["checklist", "--program", "Nowhere Clinic", "--print"], { env });
    expect(unknown.code).toBe(64);
    expect(unknown.stderr).toContain("name the checklist when 'Nowhere Clinic' is not a recorded interview");

    expect(run(["interviews", "cancel", "Hillcrest Peds"], { env }).code).toBe(0);
    expect(run(["checklist", "--program", "Hillcrest Peds", "--print"], { env }).stderr).toMatch(/the interview with Hillcrest Peds was withdrawn on 2026-02-2\d/);
  });
});
