// Repeatable options collect every value: --category twice asks questions of both categories,
// --exclude-category leaves one out, on the BUILT binary (--plan --json, no terminal needed).
import { describe, expect, it } from "vitest";
import { run, sandbox as makeSandbox } from "../helpers/cli.js";

const sandbox = () => {
  const b = makeSandbox();
  return b;
};

const plan = (...args: string[]) => {
  const result = run(["practice", "residency", "--plan", "--json", "--order", "deck", "-n", "100", ...args], { env: sandbox().env });
  expect(result.code).toBe(0);
  return (JSON.parse(result.stdout) as { questions: { category?: string }[] }).questions.map((q) => q.category);
};

describe("repeatable options", () => {
  it("--category fit --category motivation asks questions of both, and of no other", () => {
    const all = plan();
    const both = plan("--category", "fit", "--category", "motivation");
    expect(new Set(both)).toEqual(new Set(["fit", "motivation"]));
    expect(both).toHaveLength(all.filter((c) => c === "fit" || c === "motivation").length);
  });

  it("--exclude-category leaves every question of that category out and keeps the rest", () => {
    const all = plan();
    const without = plan("--exclude-category", "fit");
    expect(without).not.toContain("fit");
    expect(without).toHaveLength(all.filter((c) => c !== "fit").length);
  });

  it("a misspelt category to exclude is an error (64) with the closest name", () => {
    const result = run(["practice", "residency", "--plan", "--exclude-category", "fitt"], { env: sandbox().env });
    expect(result.code).toBe(64);
    expect(result.stderr).toContain("have category 'fitt'. Did you mean 'fit'?");
  });
});
