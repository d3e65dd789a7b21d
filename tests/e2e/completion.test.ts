// Shell completion as a user installs it: `interview-coach` on PATH (a symlink to the built
// binary), the script from `interview-coach completion <shell>` loaded into a real shell, and
// the shell's own completion function asked about a partly typed line. bash is everywhere; zsh
// and fish are checked when they are installed (CI installs only what .ci/run installs).
import { spawnSync } from "node:child_process";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BIN, FIXTURES, run, sandbox, sharedSandbox, type Sandbox } from "../helpers/cli.js";

let box: Sandbox;
let env: NodeJS.ProcessEnv;

beforeAll(() => {
  box = sharedSandbox({ INTERVIEW_COACH_NOW: "2026-11-21T10:00:00" });
  const bin = join(box.dir, "bin");
  mkdirSync(bin);
  symlinkSync(BIN, join(bin, "interview-coach"));
  // node for the binary's `#!/usr/bin/env node`, then the rest of the usual PATH.
  env = { ...box.env, PATH: [bin, dirname(process.execPath), process.env.PATH].join(":") };
  // A review and a checklist note in the library: their program names are offered.
  const answers = join(FIXTURES, "reviews", "answers", "lakeside.yaml");
  expect(run(["review", "Lakeside IM", "--answers", answers], { env }).code).toBe(0);
  mkdirSync(join(box.home, "checklists"), { recursive: true });
  writeFileSync(
    join(box.home, "checklists", "second-interview--hillcrest-health.md"),
    '---\ntype: checklist\nchecklist: second-interview\nprogram: "Hillcrest Health"\ndone: []\n---\n# Second interview\n',
  );
});
afterAll(() => box?.cleanup());

const hasShell = (shell: string) => spawnSync("sh", ["-c", `command -v ${shell}`]).status === 0;

function shell(file: string, args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(file, args, { env, cwd: box.dir, encoding: "utf8", timeout: 20_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The words of a typed line as the shell splits them; a trailing space starts an empty word. */
const wordsOf = (line: string) => line.split(" ");

describe("bash", () => {
  /** Loads the script in bash, sets COMP_WORDS/COMP_CWORD for `line`, calls the function, prints COMPREPLY. */
  function bashComplete(line: string): string[] {
    const script = [
      "source <(interview-coach completion bash) || exit 3",
      'COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}',
      "_interview_coach",
      'printf "%s\\n" "${COMPREPLY[@]}"',
    ].join("\n");
    const result = shell("bash", ["-c", script, "bash", ...wordsOf(line)]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    return result.stdout.split("\n").filter(Boolean);
  }

  it("registers _interview_coach for interview-coach", () => {
    const result = shell("bash", ["-c", "source <(interview-coach completion bash) && complete -p interview-coach"]);
    expect(result.stdout.trim()).toBe("complete -o filenames -F _interview_coach interview-coach");
  });

  it.each([
    ["interview-coach pr", ["practice"]],
    ["interview-coach c", ["checklist", "calendar", "config", "completion"]],
    ["interview-coach practice re", ["residency"]],
    ["interview-coach practice residency --order ", ["due", "shuffle", "deck"]],
    ["interview-coach practice residency --or", ["--order"]],
    ["interview-coach show sec", ["second-interview"]],
    ["interview-coach completion ", ["bash", "zsh", "fish"]],
    ["interview-coach interviews ", ["add", "edit", "cancel", "remove"]],
    ["interview-coach stories ", ["add", "show", "check"]],
    ["interview-coach stories check re", ["residency"]],
  ])("%j -> %j", (line, expected) => {
    expect(bashComplete(line)).toEqual(expected);
  });

  it("offers every checklist id after `checklist `", () => {
    const offered = bashComplete("interview-coach checklist ");
    expect(offered).toContain("second-interview");
    expect(offered).toContain("residency-interview-day");
    expect(offered.every((id) => /^[a-z0-9-]+$/.test(id))).toBe(true);
  });

  it("offers the programs of the library after `review `, a name with a space as one candidate", () => {
    expect(bashComplete("interview-coach review ")).toEqual(["Hillcrest Health", "Lakeside IM"]);
    expect(bashComplete("interview-coach review La")).toEqual(["Lakeside IM"]);
    expect(bashComplete("interview-coach checklist second-interview --program H")).toEqual(["Hillcrest Health"]);
    expect(bashComplete("interview-coach interviews edit L")).toEqual(["Lakeside IM"]);
  });

  it("offers nothing, quietly, where nothing fits", () => {
    expect(bashComplete("interview-coach practice residency ")).toEqual([]);
    expect(bashComplete("interview-coach nosuchcommand ")).toEqual([]);
  });
});

describe("zsh", () => {
  it.skipIf(!hasShell("zsh"))("the script parses and, with compsys stubbed, offers commands and program names (skipped when zsh is not installed)", () => {
    const file = join(box.dir, "_interview-coach");
    writeFileSync(file, run(["completion", "zsh"], { env }).stdout);
    expect(shell("zsh", ["-n", file]).code).toBe(0);
    // compdef and compadd come from compsys, which needs a terminal; stand-ins print what would be offered.
    const script = [
      "compdef() { :; }",
      'compadd() { [[ $1 == -a ]] && print -l -- "${(@P)2}"; }',
      `source ${file}`,
      "words=(interview-coach pr); CURRENT=2; _interview_coach",
      "words=(interview-coach review ''); CURRENT=3; _interview_coach",
    ].join("\n");
    const result = shell("zsh", ["-f", "-c", script]);
    expect(result.stderr).toBe("");
    expect(result.stdout.split("\n").filter(Boolean)).toEqual(["practice", "Hillcrest Health", "Lakeside IM"]);
  });
});

describe("fish", () => {
  it.skipIf(!hasShell("fish"))("the script parses and fish's own completion offers commands, choices and program names (skipped when fish is not installed)", () => {
    const file = join(box.dir, "interview-coach.fish");
    writeFileSync(file, run(["completion", "fish"], { env }).stdout);
    expect(shell("fish", ["--no-execute", file]).code).toBe(0);
    const ask = (line: string) => shell("fish", ["--no-config", "-c", `source ${file}; complete -C '${line}'`]).stdout.split("\n").filter(Boolean);
    expect(ask("interview-coach pr")).toEqual(["practice"]);
    expect(ask("interview-coach practice residency --order ").sort()).toEqual(["deck", "due", "shuffle"]);
    expect(ask("interview-coach review ")).toEqual(["Hillcrest Health", "Lakeside IM"]);
  });
});

describe("program names", () => {
  it("come from the season's interviews too, before any review or checklist is written", () => {
    const fresh = sandbox({ INTERVIEW_COACH_NOW: "2026-12-05T10:00:00" });
    for (const [program, date] of [["Harbor Peds", "2026-12-04"], ["Bayview FM", "2026-12-08"], ["Cedar Grove IM", "2026-12-02"]]) {
      expect(run(["interviews", "add", program!, "--date", date!], { env: fresh.env }).code).toBe(0);
    }
    expect(run(["interviews", "cancel", "Cedar Grove IM"], { env: fresh.env }).code).toBe(0);
    const complete = (...words: string[]) => run(["__complete", String(words.length - 1), ...words], { env: fresh.env }).stdout.split("\n").filter(Boolean);
    // A checklist is for any interview of the season; a review only for one that has taken place.
    expect(complete("interview-coach", "checklist", "second-interview", "--program", "")).toEqual(["Bayview FM", "Cedar Grove IM", "Harbor Peds"]);
    expect(complete("interview-coach", "review", "")).toEqual(["Harbor Peds"]);
  });

  it("offer for review an interview in a zone ahead once it has started, its day there still tomorrow", () => {
    // 10:00 on 2 December in Tokyo is 19:00 on 1 December in Chicago.
    const fresh = sandbox({ TZ: "America/Chicago", INTERVIEW_COACH_NOW: "2026-12-01T18:00:00" });
    expect(run(["interviews", "add", "Tokai IM", "--date", "2026-12-02", "--time", "10:00", "--tz", "Asia/Tokyo"], { env: fresh.env }).code).toBe(0);
    const reviewable = (now: string) => run(["__complete", "2", "interview-coach", "review", ""], { env: { ...fresh.env, INTERVIEW_COACH_NOW: now } }).stdout.split("\n").filter(Boolean);
    expect(reviewable("2026-12-01T18:00:00")).toEqual([]);
    expect(reviewable("2026-12-01T20:00:00")).toEqual(["Tokai IM"]);
  });

  it("do not offer for review an interview in a zone behind while its day there is today but tomorrow on your clock", () => {
    // 16:00 on 2 December in Los Angeles is 09:00 on 3 December in Tokyo.
    const fresh = sandbox({ TZ: "Asia/Tokyo", INTERVIEW_COACH_NOW: "2026-12-02T10:00:00" });
    expect(run(["interviews", "add", "LA IM", "--date", "2026-12-02", "--time", "16:00", "--tz", "America/Los_Angeles"], { env: fresh.env }).code).toBe(0);
    const reviewable = (now: string) => run(["__complete", "2", "interview-coach", "review", ""], { env: { ...fresh.env, INTERVIEW_COACH_NOW: now } }).stdout.split("\n").filter(Boolean);
    expect(reviewable("2026-12-02T10:00:00")).toEqual([]);
    expect(reviewable("2026-12-03T10:00:00")).toEqual(["LA IM"]);
  });
});

describe("with a config.yaml that cannot be read", () => {
  it("still prints the script and offers the commands and built-in decks; the command itself then names the problem", () => {
    const broken = sandbox();
    mkdirSync(join(broken.dir, "config", "interview-coach"), { recursive: true });
    writeFileSync(join(broken.dir, "config", "interview-coach", "config.yaml"), "season: [\n");
    const script = run(["completion", "bash"], { env: broken.env });
    expect(script.code, script.stderr).toBe(0);
    expect(script.stdout).toContain("complete -o filenames -F _interview_coach interview-coach");
    const complete = (...words: string[]) => run(["__complete", String(words.length - 1), ...words], { env: broken.env });
    expect(complete("interview-coach", "pr").stdout.split("\n").filter(Boolean)).toEqual(["practice"]);
    // Without settings the user's content folders are unknown: the built-in decks are offered.
    expect(complete("interview-coach", "practice", "re").stdout.split("\n").filter(Boolean)).toEqual(["residency"]);
    const listed = run(["list"], { env: broken.env });
    expect(listed.code).toBe(65);
    expect(listed.stderr).toMatch(/config\.yaml:1:9: /);
  });
});
