// Nothing a user wrote is lost or overwritten: one file per program, parallel writers merged,
// hand edits kept, no output into the library, symlinks written through, unreadable files and
// an empty HOME refused. The built binary, real processes.
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, cpSync, lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, FIXTURES, ROOT, run, sandbox, type Sandbox } from "../helpers/cli.js";

let box: Sandbox | undefined;

const LAKESIDE = join(FIXTURES, "reviews", "answers", "lakeside.yaml");

function newBox(now = "2026-11-21T10:00:00"): Sandbox {
  box = sandbox({ INTERVIEW_COACH_NOW: now });
  return box;
}

/** A review with these people (written directly: a review as `review --answers` writes it). */
function reviewWith(box: Sandbox, program: string, people: string[]): string {
  const answers = join(box.dir, "answers.yaml");
  const lines = ["date: 2026-11-20", "scores: { training: 5, culture: 4, faculty: 4, location: 3, schedule: 3, outcomes: 4 }", "gut: 3", "people:"];
  for (const person of people) lines.push(`  - ${person}`);
  writeFileSync(answers, `${lines.join("\n")}\n`);
  const result = run(["review", program, "--answers", answers], { env: box.env });
  expect(result.code, result.stderr).toBe(0);
  return /(?:Saved|Updated) (.*\.md)/.exec(result.stderr)![1]!;
}

function runAll(args: string[][], env: NodeJS.ProcessEnv): Promise<{ code: number | null; stderr: string }[]> {
  return Promise.all(
    args.map(
      (a) =>
        new Promise<{ code: number | null; stderr: string }>((done) => {
          const child = spawn(process.execPath, [BIN, ...a], { cwd: ROOT, env, stdio: ["ignore", "ignore", "pipe"] });
          let stderr = "";
          child.stderr.on("data", (chunk) => (stderr += chunk));
          child.on("close", (code) => done({ code, stderr }));
        }),
    ),
  );
}

describe("file identity", () => {
  it("programs whose names met in one file (other scripts, the same first 60 characters, brackets) get a review each; rank lists all", () => {
    const { env, home } = newBox();
    const long = "University of Rochester Medical Center Internal Medicine Residency";
    const programs = ["서울 병원 IM", "부산 병원 IM", "東京病院 IM", "大阪病院 IM", "Mercy (North)", "Mercy North", "[a]", "{a}", `${long} - Primary Care`, `${long} - Categorical`];
    for (const program of programs) {
      const result = run(["review", program, "--answers", LAKESIDE], { env });
      expect(result.stderr, program).toContain("Saved ");
      expect(result.stderr, program).not.toContain("Editing the review of");
    }
    const files = readdirSync(join(home, "reviews"));
    expect(files).toHaveLength(programs.length);
    expect(files).toEqual(expect.arrayContaining(["mercy-north.md", expect.stringMatching(/^mercy-north_[0-9a-f]{10}\.md$/), "부산-병원-im.md", "서울-병원-im.md", "東京病院-im.md", "大阪病院-im.md"]));
    const ranked = run(["rank", "--format", "csv"], { env }).stdout;
    for (const program of programs) expect(ranked).toContain(`${program},75,`);
  });

  it("checklist progress of two programs is kept apart (大阪 no longer shows 東京's ticks)", () => {
    const { env, home } = newBox();
    const dir = join(home, "checklists");
    mkdirSync(dir, { recursive: true });
    // A note under the name earlier versions gave 東京病院 IM: still found, never given to 大阪.
    writeFileSync(join(dir, "second-interview--im.md"), '---\ntype: checklist\nchecklist: second-interview\nprogram: "東京病院 IM"\ndone:\n  - id: plan-family-visit\n    at: 2026-11-20T10:00:00Z\n---\n');
    const tokyo = run(["checklist", "second-interview", "--program", "東京病院 IM", "--print"], { env }).stdout;
    const osaka = run(["checklist", "second-interview", "--program", "大阪病院 IM", "--print"], { env }).stdout;
    expect(tokyo).toContain("\n1/23 done");
    expect(osaka).toContain("\n0/23 done");
  });

  it("a program name that is not valid UTF-8 (Latin-1 under LANG=C) is refused, exit 64, nothing written", () => {
    const { env, home } = newBox();
    const result = spawnSync("/bin/sh", ["-c", `exec "${process.execPath}" "${BIN}" review "$(printf 'Cl\\355nica')" --answers "${LAKESIDE}"`], { env: { ...env, LANG: "C", LC_ALL: "C" }, encoding: "utf8" });
    expect(result.status).toBe(64);
    expect(result.stderr).toBe("error: the program name is not valid UTF-8 text (a character shows as \ufffd): type it again in a UTF-8 terminal, e.g. with LANG=C.UTF-8\n");
    expect(() => readdirSync(join(home, "reviews"))).toThrow();
  });
});

describe("concurrent writers", () => {
  // Each round starts 12 processes at once on the same note. One round was enough to catch both
  // ways this can go wrong: with the lock taken out (3 to 6 thank-yous of 12 recorded), and with
  // the note read before the lock was held, a single round failed in each of 6 tries. The second
  // round writes a note of its own after the first round's locks were released.
  it("12 parallel `followups --done Many PersonN` record 12 of 12, 2 runs in a row", async () => {
    const sandbox = newBox();
    const people = Array.from({ length: 12 }, (_, i) => `Person${i + 1}`);
    for (let round = 1; round <= 2; round++) {
      const file = reviewWith(sandbox, `Many ${round}`, people.map((p) => `name: ${p}`));
      const results = await runAll(people.map((p) => ["followups", "--done", `Many ${round}`, p]), sandbox.env);
      expect(results.map((r) => r.code), results.map((r) => r.stderr).join("")).toEqual(people.map(() => 0));
      const text = readFileSync(file, "utf8");
      expect(text.match(/thanked: 2026-11-21/g)?.length, `round ${round}`).toBe(12);
    }
  }, 600_000);

  it("the second of two people named Dr. Lee can be thanked: by number or by role", () => {
    const sandbox = newBox();
    const file = reviewWith(sandbox, "Lakeside", ["{ name: Dr. Lee, role: Surgery }", "{ name: Dr. Lee, role: Medicine }"]);
    expect(run(["followups", "--done", "Lakeside", "Dr. Lee"], { env: sandbox.env }).stderr).toContain("2 people named 'Dr. Lee' in the review of 'Lakeside': say which, 'Dr. Lee, Surgery' or 'Dr. Lee, Medicine'.");
    expect(run(["followups", "--done", "Lakeside", "Dr. Lee, Surgery"], { env: sandbox.env }).stderr).toContain("Recorded: thank-you note to Dr. Lee, Surgery at Lakeside");
    expect(run(["followups", "--done", "Lakeside", "Dr. Lee, Medicine"], { env: sandbox.env }).stderr).toContain("Recorded: thank-you note to Dr. Lee, Medicine at Lakeside");
    expect(readFileSync(file, "utf8").match(/thanked: 2026-11-21/g)).toHaveLength(2);
  });
});

describe("a form open while another command writes the review", () => {
  it("followups --done while review is open: the form's save keeps the thank-you (was written back as null)", async () => {
    const { terminal, keys } = await import("../helpers/cli.js");
    const sandbox = newBox();
    const file = reviewWith(sandbox, "Lakeside", ["{ name: Sam Lee, role: PGY-2 }"]);
    const form = terminal(["review", "Lakeside"], { env: sandbox.env, cols: 160 });
    await form.waitFor("? Interview date (YYYY-MM-DD)");
    form.write(keys.enter);
    await form.waitFor("? Kind of interview");
    expect(run(["followups", "--done", "Lakeside", "Sam Lee"], { env: sandbox.env }).code).toBe(0);
    form.write(keys.ctrlC);
    expect((await form.exited).exitCode).toBe(130);
    expect(readFileSync(file, "utf8")).toContain("  - name: Sam Lee\n    role: PGY-2\n    detail: \"\"\n    thanked: 2026-11-21\n");
  });
});

describe("hand edits", () => {
  it("followups --done keeps a paragraph under the title, a sub-bullet under a person and a code block in Notes, byte for byte", () => {
    const sandbox = newBox();
    const file = reviewWith(sandbox, "Lakeside", ["{ name: Sam Lee, role: PGY-2, detail: night float }"]);
    const original = readFileSync(file, "utf8");
    const edited = original
      .replace("Residency\n", "Residency\n\nMy own paragraph under the title.\n")
      .replace("talked about night float\n", "talked about night float\n  - has a dog named Max\n")
      .concat("\n## Notes\n\nAsk about research.\n\n```sh\n  echo `hi` *x*\n## not a section\n```\n");
    writeFileSync(file, edited);
    expect(run(["followups", "--done", "Lakeside", "Sam Lee"], { env: sandbox.env }).code).toBe(0);
    const after = readFileSync(file, "utf8");
    expect(after).toBe(edited.replace("thanked: null", "thanked: 2026-11-21").replace("talked about night float\n", "talked about night float (thanked 21 Nov 2026)\n"));
  });

  it("a second '---' inside the front matter is refused with its position, exit 65, and the note is left alone", () => {
    const sandbox = newBox();
    const file = reviewWith(sandbox, "Lakeside", ["{ name: Sam Lee }"]);
    const split = readFileSync(file, "utf8").replace("gut: 3\n", "gut: 3\n---\ntags: [im]\n");
    writeFileSync(file, split);
    const lines = split.split("\n");
    const close = lines.indexOf("---", 1) + 1; // the one added by hand: it closes the front matter now
    const line = lines.indexOf("---", close) + 1; // the old closing line is the second '---'
    expect(close).toBeLessThan(line);
    // review and followups --done both rewrite the note (review is the one that dropped the lines).
    for (const args of [["review", "Lakeside", "--answers", LAKESIDE], ["followups", "--done", "Lakeside", "Sam Lee"]]) {
      const result = run(args, { env: sandbox.env });
      expect(result.code, args[0]).toBe(65);
      expect(result.stderr).toContain(`lakeside.md:${line}:1: a second '---' after the front matter (closed at line ${close}): the lines between are not read as front matter; join them to it (remove line ${close}) so the review can be saved without losing them\n`);
      expect(readFileSync(file, "utf8"), args[0]).toBe(split);
    }
  });
});

describe("where writing goes", () => {
  it("--output into the library's own files is refused, exit 64, and history.jsonl is untouched", () => {
    const { env, home } = newBox();
    const answers = join(FIXTURES, "practice", "answers.yaml");
    expect(run(["practice", "residency", "--answers", answers], { env }).code).toBe(0);
    const history = readFileSync(join(home, "history.jsonl"), "utf8");
    const result = run(["practice", "residency", "--answers", answers, "--output", join(home, "history.jsonl")], { env });
    expect(result.code).toBe(64);
    expect(result.stderr).toBe(`error: --output ${join(home, "history.jsonl")} is inside the library (${home}), whose files only interview-coach writes: choose a file outside it\n`);
    expect(readFileSync(join(home, "history.jsonl"), "utf8")).toBe(history);
    expect(run(["checklist", "second-interview", "--print", "--output", join(home, "sessions", "x.md")], { env }).code).toBe(64);
  });

  it("a review that is a symlink is written through the link, which stays a link", () => {
    const sandbox = newBox();
    const file = reviewWith(sandbox, "Lakeside", ["{ name: Sam Lee }"]);
    const synced = join(sandbox.dir, "synced-lakeside.md");
    cpSync(file, synced);
    spawnSync("rm", [file]);
    symlinkSync(synced, file);
    expect(run(["followups", "--done", "Lakeside", "Sam Lee"], { env: sandbox.env }).code).toBe(0);
    expect(lstatSync(file).isSymbolicLink()).toBe(true);
    expect(readFileSync(synced, "utf8")).toContain("thanked: 2026-11-21");
  });

  it("an empty HOME is refused with a line naming --home and XDG_DATA_HOME (was ./.local/share here)", () => {
    const { env, dir } = newBox();
    const bare = { ...env, HOME: "", INTERVIEW_COACH_HOME: "", XDG_DATA_HOME: "", XDG_CONFIG_HOME: "", XDG_CACHE_HOME: "" };
    const result = run(["review", "Lakeside", "--answers", LAKESIDE], { env: bare, cwd: dir });
    expect(result.code).toBe(64);
    expect(result.stderr).toBe("error: HOME is empty or not an absolute path, so the library has no folder: give --home DIR, or set XDG_DATA_HOME (or HOME) to an absolute path\n");
    expect(readdirSync(dir)).not.toContain(".local");
    expect(run(["review", "Lakeside", "--answers", LAKESIDE, "--home", join(dir, "lib")], { env: bare, cwd: dir }).code).toBe(0);
  });

  it("with an empty HOME, --home is enough: commands that cache parsed files read them whole instead (review and rank were exit 64)", () => {
    const { env, dir } = newBox();
    const bare = { ...env, HOME: "", INTERVIEW_COACH_HOME: "", XDG_DATA_HOME: "", XDG_CONFIG_HOME: "", XDG_CACHE_HOME: "" };
    const home = ["--home", join(dir, "lib")];
    const inBare = (args: string[]) => run([...args, ...home], { env: bare, cwd: dir });
    expect(inBare(["interviews", "add", "Lakeside", "--date", "2026-11-20"]).code).toBe(0);
    expect(inBare(["review", "Lakeside", "--answers", LAKESIDE]).code).toBe(0);
    expect(inBare(["practice", "residency", "--answers", join(FIXTURES, "practice", "answers.yaml")]).code).toBe(0);
    for (const args of [["rank"], ["followups"], ["today"], ["interviews"], ["stats"], ["practice", "residency", "--plan"]]) {
      const result = inBare(args);
      expect({ args, code: result.code, stderr: result.stderr }).toEqual({ args, code: 0, stderr: expect.not.stringContaining("error") });
    }
    expect(readdirSync(dir)).toEqual(["lib"]);
  });
});

describe("unreadable is an error, never empty", () => {
  it("stats and --plan with an unreadable history.jsonl: one line, exit 66 (was 'No practice recorded yet')", () => {
    const { env, home } = newBox();
    expect(run(["practice", "residency", "--answers", join(FIXTURES, "practice", "answers.yaml")], { env }).code).toBe(0);
    const history = join(home, "history.jsonl");
    // Root reads any file whatever its mode; a folder in its place is unreadable for everyone.
    const asRoot = process.getuid?.() === 0;
    if (asRoot) spawnSync("sh", ["-c", `rm "${history}" && mkdir "${history}"`]);
    else chmodSync(history, 0o200);
    for (const args of [["stats"], ["practice", "residency", "--plan"]]) {
      const result = run(args, { env });
      expect(result.code, args.join(" ")).toBe(66);
      expect(result.stderr).toMatch(new RegExp(`^error: cannot read ${history.replace(/[.]/g, "\\.")}: (permission denied|it is a folder)`));
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
    }
  });

  it("review of a program whose note cannot be read: one line, exit 66 (was 'unexpected error', exit 1)", () => {
    const sandbox = newBox();
    const path = join(sandbox.home, "reviews", "lakeside.md");
    // Root reads any file whatever its mode; a folder in its place is unreadable for everyone.
    if (process.getuid?.() === 0) mkdirSync(path, { recursive: true });
    else chmodSync(reviewWith(sandbox, "Lakeside", ["{ name: Sam Lee }"]), 0o200);
    const result = run(["review", "Lakeside", "--answers", LAKESIDE], { env: sandbox.env });
    expect(result.code).toBe(66);
    expect(result.stderr).toMatch(new RegExp(`^error: cannot read ${path.replace(/[.]/g, "\\.")}: (permission denied|it is a folder)`));
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("history lines with an unreadable date or a rating of 99 are reported as skipped by stats", () => {
    const { env, home } = newBox();
    expect(run(["practice", "residency", "--answers", join(FIXTURES, "practice", "answers.yaml")], { env }).code).toBe(0);
    const history = join(home, "history.jsonl");
    const lines = readFileSync(history, "utf8").trimEnd().split("\n");
    const answer = JSON.parse(lines.find((l) => l.includes('"type":"answer"'))!);
    writeFileSync(history, [...lines, JSON.stringify({ ...answer, at: "22/11/2026 10:00" }), JSON.stringify({ ...answer, rating: 99 })].join("\n") + "\n");
    const result = run(["stats"], { env });
    expect(result.stderr).toContain(`${history}:${lines.length + 1}: skipped (unreadable time "22/11/2026 10:00": write it as 2026-11-22T14:05:00-05:00)`);
    expect(result.stderr).toContain(`${history}:${lines.length + 2}: skipped (rating 99 is not a whole number from 1 to 5)`);
  });
});

describe("recovery after kill -9", () => {
  it("two practice runs at once: only one recovers the unfinished session, the other leaves it alone", async () => {
    const { terminal, keys } = await import("../helpers/cli.js");
    const { stepper } = await import("../helpers/practice-steps.js");
    const { env, home } = newBox("2026-11-24T18:00:00");
    expect(run(["practice", "residency", "--answers", join(FIXTURES, "practice", "answers.yaml")], { env }).code).toBe(0);
    // The same history as a run killed before its end line, by a process that is gone (pid 4000000 > pid_max).
    const historyPath = join(home, "history.jsonl");
    const killed = readFileSync(historyPath, "utf8")
      .trimEnd()
      .split("\n")
      .filter((line) => !line.startsWith('{"type":"end"'))
      .map((line) => line.replace(/("session":"[^"]*?)-\d+-([a-z0-9]+")/, "$1-4000000-$2"))
      .join("\n");
    writeFileSync(historyPath, `${killed}\n`);
    rmSessions(home);

    const args = ["practice", "residency", "--count", "1", "--prep", "0", "--time", "30s"];
    const first = terminal(args, { env });
    const a = stepper(first);
    await a.until("Save it as a note now?");
    const second = terminal(args, { env });
    const b = stepper(second);
    await b.until("is being recovered in another terminal; left to it.");
    first.write(keys.enter);
    await a.until(/Saved the unfinished session to (\S+\.md)/);
    for (const [t, s] of [[first, a], [second, b]] as const) {
      await s.until("Answer [");
      t.write(keys.ctrlC);
      expect((await t.exited).exitCode).toBe(130);
    }
    expect(second.output()).not.toContain("Save it as a note now?");
    expect(readdirSync(join(home, "sessions"))).toHaveLength(1);
    const ends = readFileSync(historyPath, "utf8").split("\n").filter((line) => line.startsWith('{"type":"end"') && line.includes("-4000000-"));
    expect(ends).toHaveLength(1);
  }, 60_000);
});

function rmSessions(home: string): void {
  spawnSync("rm", ["-rf", join(home, "sessions")]);
}
