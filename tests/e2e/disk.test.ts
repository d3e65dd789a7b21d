// Disk trouble on the BUILT binary: a library that cannot be created, a file where a library
// folder should be, a full disk and a read-only library. Each ends with one line on stderr and
// exit 73, and leaves nothing half-written: no temp files, no cut-short note or history line,
// an existing note as it was. The tests run as root, so permissions stop nothing; the troubles
// are real ones instead: a path through a regular file (ENOTDIR), /dev/full (ENOSPC), a small
// tmpfs filled up (ENOSPC part-way through a write) and a read-only bind mount (EROFS).
import { execFileSync } from "node:child_process";
import { closeSync, copyFileSync, cpSync, existsSync, ftruncateSync, fstatSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { FIXTURES, keys, run, sandbox, terminal, unwrapped } from "../helpers/cli.js";

const ANSWERS = join(FIXTURES, "practice", "answers.yaml");
const REVIEW = join(FIXTURES, "reviews", "answers", "lakeside.yaml");
const CHECKLISTS = join(FIXTURES, "checklists");
const WAIT = { timeout: 15_000 };
const NOT_A_FOLDER = "a part of the path is a file, not a folder";

const mounted: string[] = [];
const box = () => sandbox({ INTERVIEW_COACH_NOW: "2026-11-24T18:00:00" });
// A day before the checklist fixtures' visit day (2026-03-02).
const BEFORE_THE_VISIT = { INTERVIEW_COACH_NOW: "2026-02-27T10:00:00" };
afterEach(() => {
  for (const dir of mounted.splice(0).reverse()) {
    try {
      execFileSync("umount", ["-l", dir], { stdio: "ignore" });
    } catch {
      // gone already
    }
  }
  // The sandboxes are removed after this (when each test finishes), with nothing mounted in them.
});

/** Whether this sandbox lets us mount (root with CAP_SYS_ADMIN); if not, those tests are skipped. */
const canMount = (() => {
  const dir = mkdtempSync(join(tmpdir(), "ic-mount-"));
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", dir], { stdio: "ignore" });
    execFileSync("umount", [dir], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
})();

function mountTmpfs(dir: string, size = "64k"): void {
  mkdirSync(dir, { recursive: true });
  execFileSync("mount", ["-t", "tmpfs", "-o", `size=${size},mode=0700`, "tmpfs", dir]);
  mounted.push(dir);
}

function mountReadOnly(dir: string): void {
  execFileSync("mount", ["--bind", "-o", "ro", dir, dir]);
  mounted.push(dir);
}

/** Fills the file system holding `dir`, then frees `spare` pages so a write can run out part-way. */
function fillDisk(dir: string, spare = 0): void {
  const fd = openSync(join(dir, ".filler"), "w");
  const page = Buffer.alloc(4096, 0x2e);
  try {
    for (;;) writeSync(fd, page);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOSPC") throw error;
  }
  if (spare) ftruncateSync(fd, Math.max(0, fstatSync(fd).size - spare * 4096));
  closeSync(fd);
}

/** Every file under `dir`, relative, except the filler. */
function filesIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import("node:fs").Dirent[])
    .filter((entry) => entry.isFile() && entry.name !== ".filler")
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();
}
const tempFiles = (dir: string) => filesIn(dir).filter((file) => /^\..*\.tmp$/.test(basename(file)));

/** Exit 73 and exactly one line on stderr, with no stack trace. */
function expectCannotWrite(result: { code: number | null; stderr: string }, line: string) {
  expect(result.stderr.trimEnd().split("\n").at(-1)).toBe(line);
  expect(result.stderr).not.toMatch(/\n\s+at |unexpected error/);
  expect(result.code).toBe(73);
}

describe("a library folder that cannot be made (its path runs through a regular file)", () => {
  const blocked = () => {
    const made = box();
    writeFileSync(join(made.dir, "file"), "not a folder\n");
    const home = join(made.dir, "file", "library");
    return { ...made, home, env: { ...made.env, INTERVIEW_COACH_HOME: home } };
  };

  it("practice --answers: exit 73 naming the folder, nothing on stdout", () => {
    const { env, home, dir } = blocked();
    const result = run(["practice", "residency", "--answers", ANSWERS], { env });
    expect(result.stderr).toBe(`error: cannot write ${home}: ${NOT_A_FOLDER}\n`);
    expect(result.code).toBe(73);
    expect(result.stdout).toBe("");
    expect(readFileSync(join(dir, "file"), "utf8")).toBe("not a folder\n");
  });

  it("review --answers: exit 73", () => {
    const { env, home } = blocked();
    const result = run(["review", "Lakeside IM", "--answers", REVIEW], { env });
    expectCannotWrite(result, `error: cannot write ${join(home, "reviews")}: ${NOT_A_FOLDER}`);
  });

  it("checklist --print --output under the file: exit 73, stdout empty", () => {
    const { env, dir } = blocked();
    const out = join(dir, "file", "out.md");
    const result = run(["checklist", "second-interview", "--print", "--output", out], { env });
    expect(result).toEqual({ code: 73, stdout: "", stderr: `error: cannot write ${out}: ${NOT_A_FOLDER}\n` });
  });

  it("the interactive checklist: exit 73 before the first question", async () => {
    const { env, home } = blocked();
    const term = terminal(["--content", CHECKLISTS, "checklist", "visit-day", "--date", "2026-03-02"], { env });
    expect((await term.exited).exitCode).toBe(73);
    expect(unwrapped(term.output())).toContain(`error: cannot write ${join(home, "checklists")}: ${NOT_A_FOLDER}`);
    expect(term.output()).not.toContain("Before the visit (1/3)");
  });

  it("followups --done reads no reviews there: exit 66, not a crash", () => {
    const { env } = blocked();
    const result = run(["followups", "--done", "Lakeside IM", "Dr. Ana Rivera"], { env });
    expect(result.code).toBe(66);
    expect(result.stderr).toMatch(/^error: no review for 'Lakeside IM'\. There are no reviews yet\./);
    expect(result.stderr).not.toMatch(/unexpected error|\n\s+at /);
  });
});

describe("a file where a library folder should be", () => {
  it("sessions/ is a file: practice --answers exits 73; the rated answers wait in history", () => {
    const { env, home } = box();
    mkdirSync(home);
    writeFileSync(join(home, "sessions"), "");
    const result = run(["practice", "residency", "--answers", ANSWERS], { env });
    expectCannotWrite(result, `error: cannot write ${join(home, "sessions")}: ${NOT_A_FOLDER}`);
    expect(result.stdout).toBe("");
    expect(filesIn(home)).toEqual(["history.jsonl", "sessions"]);
    const types = readFileSync(join(home, "history.jsonl"), "utf8").trim().split("\n").map((line) => JSON.parse(line).type);
    expect(types).toEqual(["start", "answer", "answer"]);
    // Not lost: the next run points at the unfinished session, which `practice` can then save.
    const again = run(["practice", "residency", "--answers", ANSWERS], { env });
    expect(again.stderr).toContain("note: an unfinished session is in your history (Residency program interviews, 24 Nov 2026 18:00: 2 of 2 answered)");
  });

  it("reviews/ is a file: review --answers exits 73", () => {
    const { env, home } = box();
    mkdirSync(home);
    writeFileSync(join(home, "reviews"), "");
    const result = run(["review", "Lakeside IM", "--answers", REVIEW], { env });
    expectCannotWrite(result, `error: cannot write ${join(home, "reviews")}: ${NOT_A_FOLDER}`);
    expect(readFileSync(join(home, "reviews"), "utf8")).toBe("");
  });
});

describe("an --output that cannot be written", () => {
  it("no such folder: practice exits 73 before the session starts, so nothing is saved or recorded twice", () => {
    const { env, home, dir } = box();
    const out = join(dir, "nope", "notes.md");
    const result = run(["practice", "residency", "--answers", ANSWERS, "--output", out], { env });
    expect(result).toEqual({ code: 73, stdout: "", stderr: `error: cannot write ${out}: its folder does not exist; create the folder first or choose another path\n` });
    expect(existsSync(join(home, "history.jsonl"))).toBe(false);
    expect(existsSync(join(home, "sessions"))).toBe(false);
  });
});

describe("a full disk", () => {
  it("--output /dev/full: practice exits 73; the note is in the library and the session is closed", () => {
    const { env, home } = box();
    const result = run(["practice", "residency", "--answers", ANSWERS, "--output", "/dev/full"], { env });
    expectCannotWrite(result, "error: cannot write /dev/full: no space left on the disk");
    const notes = filesIn(join(home, "sessions"));
    expect(notes).toHaveLength(1);
    expect(readFileSync(join(home, "sessions", notes[0]!), "utf8")).toContain("Lead with the patient story");
    expect(result.stderr).toContain(`The session is saved in the library: ${join(home, "sessions", notes[0]!)}\n`);
    const lines = readFileSync(join(home, "history.jsonl"), "utf8").trim().split("\n");
    expect(JSON.parse(lines.at(-1)!)).toMatchObject({ type: "end", note: join(home, "sessions", notes[0]!) });
    // So the next run does not offer it again (and save it twice).
    expect(run(["practice", "residency", "--answers", ANSWERS], { env }).stderr).not.toContain("unfinished session");
  });

  it("--output /dev/full: checklist --print exits 73 with stdout empty", () => {
    const result = run(["checklist", "second-interview", "--print", "--output", "/dev/full"], { env: box().env });
    expect(result).toEqual({ code: 73, stdout: "", stderr: "error: cannot write /dev/full: no space left on the disk\n" });
  });

  it.skipIf(!canMount)("a review edit that runs out of space part-way leaves the earlier review whole", () => {
    const { env, home, dir } = box();
    mountTmpfs(home);
    expect(run(["review", "Lakeside IM", "--answers", REVIEW], { env }).code).toBe(0);
    const path = join(home, "reviews", "lakeside-im.md");
    const before = readFileSync(path, "utf8");
    // Notes longer than the one page left: the first write fits part of the note, the next fails.
    const long = join(dir, "long.yaml");
    const paragraphs = Array.from({ length: 80 }, (_, i) => `  Paragraph ${i} about the residents, the call schedule and the city.`);
    writeFileSync(long, `notes: |\n${paragraphs.join("\n")}\n`);
    fillDisk(home, 1);
    const result = run(["review", "Lakeside IM", "--answers", long], { env });
    expectCannotWrite(result, `error: cannot write ${path}: no space left on the disk`);
    expect(result.stderr).not.toContain("Updated");
    expect(readFileSync(path, "utf8")).toBe(before);
    expect(tempFiles(home)).toEqual([]);
  });

  it.skipIf(!canMount)("practice --answers: no half line at the end of history, no note cut short", () => {
    const { env, home } = box();
    mountTmpfs(home);
    expect(run(["practice", "residency", "--answers", ANSWERS], { env }).code).toBe(0);
    // Blank lines (which readers skip) bring history to 40 bytes short of a full page, and the
    // disk is filled: the next "start" line fits only in part.
    const history = join(home, "history.jsonl");
    const size = readFileSync(history).length;
    writeFileSync(history, "\n".repeat(4096 - 40 - (size % 4096)), { flag: "a" });
    const before = readFileSync(history, "utf8");
    fillDisk(home);
    const result = run(["practice", "residency", "--answers", ANSWERS], { env });
    expectCannotWrite(result, `error: cannot write ${history}: no space left on the disk`);
    expect(readFileSync(history, "utf8")).toBe(before);
    expect(filesIn(join(home, "sessions"))).toHaveLength(1);
    expect(tempFiles(home)).toEqual([]);
  });

  it.skipIf(!canMount)("checklist --print --output FILE keeps FILE as it was when the disk fills part-way", () => {
    const { env, dir } = box();
    const disk = join(dir, "disk");
    mountTmpfs(disk);
    const out = join(disk, "mine.md");
    writeFileSync(out, "# My notes\n");
    fillDisk(disk);
    // The document is longer than what is left of the file's page.
    const result = run(["checklist", "second-interview", "--print", "--output", out], { env });
    expect(result).toEqual({ code: 73, stdout: "", stderr: `error: cannot write ${out}: no space left on the disk\n` });
    expect(readFileSync(out, "utf8")).toBe("# My notes\n");
  });

  it.skipIf(!canMount)("the interactive checklist: the disk fills during a section; Enter exits 73 and the saved note stays", async () => {
    const { env, home } = box();
    mountTmpfs(home);
    // Before the visit day, so that its first section opens (after the day, it is skipped).
    const term = terminal(["--content", CHECKLISTS, "checklist", "visit-day", "--program", "Lakeside Health", "--date", "2026-03-02"], { env: { ...env, ...BEFORE_THE_VISIT } });
    await term.waitFor("? Before the visit (1/3)", WAIT);
    const path = join(home, "checklists", "visit-day--lakeside-health.md");
    const before = readFileSync(path, "utf8");
    fillDisk(home);
    term.write(keys.space);
    term.write(keys.enter);
    expect((await term.exited).exitCode).toBe(73);
    expect(unwrapped(term.output())).toContain(`error: cannot write ${path}: no space left on the disk`);
    expect(readFileSync(path, "utf8")).toBe(before);
    expect(tempFiles(home)).toEqual([]);
  });
});

describe.skipIf(!canMount)("a read-only library (bind mount)", () => {
  const READ_ONLY = "the file system is read-only";

  it("practice --answers: exit 73 naming history.jsonl, which is as it was", () => {
    const { env, home } = box();
    expect(run(["practice", "residency", "--answers", ANSWERS], { env }).code).toBe(0);
    const history = join(home, "history.jsonl");
    const before = readFileSync(history, "utf8");
    mountReadOnly(home);
    const result = run(["practice", "residency", "--answers", ANSWERS], { env });
    expectCannotWrite(result, `error: cannot write ${history}: ${READ_ONLY}`);
    expect(result.stdout).toBe("");
    expect(readFileSync(history, "utf8")).toBe(before);
  });

  it("review --answers on an existing review: exit 73, the review as it was", () => {
    const { env, home, dir } = box();
    expect(run(["review", "Lakeside IM", "--answers", REVIEW], { env }).code).toBe(0);
    const path = join(home, "reviews", "lakeside-im.md");
    const before = readFileSync(path, "utf8");
    mountReadOnly(home);
    const update = join(dir, "update.yaml");
    writeFileSync(update, "gut: 5\n");
    const result = run(["review", "Lakeside IM", "--answers", update], { env });
    expectCannotWrite(result, `error: cannot write ${path}: ${READ_ONLY}`);
    expect(readFileSync(path, "utf8")).toBe(before);
  });

  it("followups --done: exit 73, nobody marked thanked", () => {
    const { env, home } = box();
    cpSync(join(FIXTURES, "reviews", "library"), home, { recursive: true });
    const path = join(home, "reviews", "lakeside-im.md");
    const before = readFileSync(path, "utf8");
    mountReadOnly(home);
    const result = run(["followups", "--done", "Lakeside IM", "Dr. Ana Rivera"], { env });
    expectCannotWrite(result, `error: cannot write ${path}: ${READ_ONLY}`);
    expect(readFileSync(path, "utf8")).toBe(before);
  });

  it("the interactive checklist: saving the first section exits 73; the saved ticks stay", async () => {
    const { env, home } = box();
    const path = join(home, "checklists", "visit-day--lakeside-health.md");
    mkdirSync(join(home, "checklists"), { recursive: true });
    copyFileSync(join(CHECKLISTS, "visit-day--lakeside-health.md"), path);
    mountReadOnly(home);
    const term = terminal(["--content", CHECKLISTS, "checklist", "visit-day", "--program", "Lakeside Health"], { env: { ...env, ...BEFORE_THE_VISIT } });
    await term.waitFor("? Before the visit (1/3)", WAIT);
    term.write(keys.down + keys.down + keys.space + keys.enter);
    expect((await term.exited).exitCode).toBe(73);
    expect(unwrapped(term.output())).toContain(`error: cannot write ${path}: ${READ_ONLY}`);
    expect(readFileSync(path, "utf8")).toBe(readFileSync(join(CHECKLISTS, "visit-day--lakeside-health.md"), "utf8"));
  });
});
