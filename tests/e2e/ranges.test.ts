// One range per setting, the same for a flag, config.yaml and an answers file: takes 1 to 20,
// an answer's time at most a day, days from 2000 to 2100, on the BUILT binary.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run, sandbox } from "../helpers/cli.js";

const box = () => sandbox();

describe("values out of range", () => {
  it("an answers file with seconds: 1e308 and takes: 1e20 is refused at both positions (65)", () => {
    const b = box();
    const file = join(b.dir, "answers.yaml");
    writeFileSync(file, "tell-me-about-yourself:\n  answer: I grew up near a clinic\n  seconds: 1e308\n  takes: 1e20\n");
    const result = run(["practice", "residency", "--answers", file, "--no-save"], { env: b.env });
    expect(result.code).toBe(65);
    expect(result.stderr).toContain(`${file}:3:12: 'seconds' must be at most 86400, got 1e+308`);
    expect(result.stderr).toContain(`${file}:4:10: 'takes' must be at most 20, got 100000000000000000000`);
    expect(result.stdout).toBe("");
  });

  it("config practice.takes: 50 is refused as --takes 50 is", () => {
    const b = box();
    mkdirSync(join(b.dir, "config", "interview-coach"), { recursive: true });
    const config = join(b.dir, "config", "interview-coach", "config.yaml");
    writeFileSync(config, "practice:\n  takes: 50\n");
    const fromConfig = run(["practice", "residency", "--plan"], { env: b.env });
    expect(fromConfig.code).toBe(65);
    expect(fromConfig.stderr).toContain("config.yaml:2:10: 'takes' must be at most 20, got 50");
    const fromFlag = run(["practice", "residency", "--plan", "--takes", "50"], { env: box().env });
    expect(fromFlag.code).toBe(64);
    expect(fromFlag.stderr).toContain('--takes must be a whole number, 1 to 20; got "50"');
  });
});

describe("days from 2000-01-01 to 2100-12-31, the same for flags, files, config and the clock", () => {
  const RANGE = "must be a date from 2000-01-01 to 2100-12-31";

  it.each([
    [["checklist", "residency-interview-day", "--program", "Zed", "--date", "9999-12-31", "--print"], "--date", "9999-12-31"],
    [["checklist", "residency-interview-day", "--program", "Zed", "--date", "1999-12-31", "--print"], "--date", "1999-12-31"],
    [["interviews", "add", "Zed", "--date", "9999-12-31"], "--date", "9999-12-31"],
    [["interviews", "add", "Zed", "--date", "2101-01-01"], "--date", "2101-01-01"],
    [["stats", "--since", "9999-12-31"], "--since", "9999-12-31"],
  ])("%j is refused (64) with the range in one line", (args, flag, day) => {
    const b = box();
    const result = run(args, { env: b.env });
    expect(result.code).toBe(64);
    expect(result.stderr).toBe(`error: ${flag} ${RANGE}, got "${day}"\n`);
    expect(result.stdout).toBe("");
  });

  it("the first and last days of the range are accepted: due dates are computed from them", () => {
    const b = box();
    for (const day of ["2000-01-01", "2100-12-31"]) {
      const result = run(["checklist", "residency-interview-day", "--program", "Zed", "--date", day, "--print"], { env: b.env });
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toContain(`Interview ${day} ·`);
    }
  });

  it("an interview, a review answers file, a checklist note and config.yaml holding 9999-12-31 are refused at the day's position (65)", () => {
    const b = box();
    const interviews = join(b.home, "interviews");
    mkdirSync(interviews, { recursive: true });
    const interview = join(interviews, "zed.md");
    writeFileSync(interview, "---\ntype: interview\nprogram: Zed\ndate: 9999-12-31\ntz: America/Denver\nkind: residency\n---\n");
    const listed = run(["interviews"], { env: b.env });
    expect(listed.stderr.split("\n")[0]).toBe(`warning: skipped ${interview}:4:7: 'date': ${RANGE}`);
    const needed = run(["checklist", "residency-interview-day", "--program", "Zed", "--print"], { env: b.env });
    expect([needed.code, needed.stderr]).toEqual([65, `${interview}:4:7: 'date': ${RANGE}\n`]);

    const answers = join(b.dir, "review.yaml");
    writeFileSync(answers, "date: 9999-12-31\nkind: residency\n");
    const reviewed = run(["review", "Mercy", "--answers", answers], { env: b.env });
    expect(reviewed.code).toBe(65);
    expect(reviewed.stderr.split("\n")).toContain(`${answers}:1:7: 'date': ${RANGE}`);

    const checklists = join(b.home, "checklists");
    mkdirSync(checklists, { recursive: true });
    writeFileSync(join(checklists, "residency-interview-day--mercy.md"), "---\ntype: checklist\nchecklist: residency-interview-day\nprogram: Mercy\ndate: 2101-01-01\ndone: []\n---\n");
    const ticked = run(["checklist", "residency-interview-day", "--program", "Mercy", "--print"], { env: b.env });
    expect(ticked.code).toBe(65);
    expect(ticked.stderr.split("\n")).toContain(`${join(checklists, "residency-interview-day--mercy.md")}:5:7: 'date': ${RANGE}`);

    const config = join(b.dir, "config", "interview-coach", "config.yaml");
    mkdirSync(join(config, ".."), { recursive: true });
    writeFileSync(config, "season:\n  rankDeadline: 9999-12-31\n");
    const today = run(["today"], { env: b.env });
    expect(today.code).toBe(65);
    expect(today.stderr).toBe(`${config}:2:17: 'rankDeadline': ${RANGE}\n`);
  });

  it("INTERVIEW_COACH_NOW on a day outside the range is refused before any command runs (64)", () => {
    const b = box();
    const result = run(["today"], { env: { ...b.env, INTERVIEW_COACH_NOW: "9999-12-31T10:00:00" } });
    expect(result.code).toBe(64);
    expect(result.stderr).toBe(`error: INTERVIEW_COACH_NOW is '9999-12-31T10:00:00'; its day ${RANGE}\n`);
  });
});
