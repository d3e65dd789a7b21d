// One range per setting, the same for a flag, config.yaml and an answers file: takes 1 to 20,
// an answer's time at most a day, on the BUILT binary.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { run, sandbox, type Sandbox } from "../helpers/cli.js";

const boxes: Sandbox[] = [];
afterEach(() => {
  for (const b of boxes.splice(0)) b.cleanup();
});
const box = () => {
  const b = sandbox();
  boxes.push(b);
  return b;
};

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
