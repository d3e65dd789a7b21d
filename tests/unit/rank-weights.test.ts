import { describe, expect, it } from "vitest";
import { parseYamlText } from "../../src/io/yaml-file.js";
import { allCriteria, applyWeights, criteriaFor } from "../../src/reviews/criteria.js";
import { csvField } from "../../src/reviews/rank-render.js";
import { parseWeights } from "../../src/reviews/weights.js";

describe("criteria from config", () => {
  it("uses the defaults per kind when the config has none", () => {
    expect(criteriaFor("residency").map((c) => `${c.id}:${c.weight}`)).toEqual(["training:3", "culture:3", "faculty:2", "location:2", "schedule:1", "outcomes:2"]);
    expect(criteriaFor("job").map((c) => c.id)).toEqual(["compensation", "schedule", "culture", "growth", "location", "expectations"]);
  });

  it("replaces the list with the config's, keeping a default weight for a renamed criterion and 1 for a new one", () => {
    const criteria = criteriaFor("residency", { residency: [{ id: "training", label: "Operative volume" }, { id: "research", label: "Research time" }, { id: "culture", label: "Culture", weight: 5 }] });
    expect(criteria).toEqual([
      { id: "training", label: "Operative volume", weight: 3 },
      { id: "research", label: "Research time", weight: 1 },
      { id: "culture", label: "Culture", weight: 5 },
    ]);
  });

  it("applies --weights by id to every kind that has the criterion, and a kind's own over those", () => {
    const criteria = applyWeights(allCriteria(), { all: new Map([["culture", 5], ["location", 4]]), byKind: { job: new Map([["culture", 1]]) } });
    expect(criteria.residency.find((c) => c.id === "culture")!.weight).toBe(5);
    expect(criteria.job.find((c) => c.id === "culture")!.weight).toBe(1);
    expect(criteria.job.find((c) => c.id === "location")!.weight).toBe(4);
    expect(criteria.residency.find((c) => c.id === "training")!.weight).toBe(3);
  });
});

describe("weights files", () => {
  const criteria = allCriteria();
  const parse = (text: string) => {
    const yaml = parseYamlText(text, "w.yaml");
    if (!yaml.ok) throw new Error("yaml");
    const result = parseWeights(yaml.value, criteria);
    return result.ok ? result.weights : result.issues.map((i) => `${i.file}:${i.line}:${i.col}: ${i.message}`);
  };

  it("reads criterion: weight", () => {
    expect(parse("culture: 5\nschedule: 0\n")).toEqual({ all: new Map([["culture", 5], ["schedule", 0]]), byKind: {} });
  });

  it("reads a kind's own weights under residency: or job:, its criteria checked against that kind's", () => {
    expect(parse("culture: 5\njob:\n  culture: 1\n  compensation: 4\n")).toEqual({ all: new Map([["culture", 5]]), byKind: { job: new Map([["culture", 1], ["compensation", 4]]) } });
    expect((parse("residency:\n  compensation: 4\n") as string[])[0]).toBe("w.yaml:2:3: unknown criterion 'compensation'. Known criteria: training, culture, faculty, location, schedule, outcomes.");
    expect((parse("job: 3\n") as string[])[0]).toContain("w.yaml:1:6: 'job:' holds that list's weights as criterion: weight");
    expect((parse("jobs:\n  culture: 1\n") as string[])[0]).toContain("w.yaml:1:1: unknown criterion 'jobs'. Did you mean 'job'?");
  });

  it.each([
    ["culture: 5\ncultre: 2\n", "w.yaml:2:1: unknown criterion 'cultre'. Did you mean 'culture'?"],
    ["vibes: 2\n", "w.yaml:1:1: unknown criterion 'vibes'. Known criteria: training, culture, faculty, location, schedule, outcomes, compensation, growth, expectations."],
    ["culture: lots\n", "w.yaml:1:10: the weight of 'culture' must be a number from 0 to 10, got text \"lots\""],
    ["culture: 11\n", "w.yaml:1:10: the weight of 'culture' must be a number from 0 to 10, got the number 11"],
    ["- culture\n", "w.yaml:1:1: a weights file is a mapping of criterion: weight"],
  ])("reports %j at its position", (text, expected) => {
    expect((parse(text) as string[])[0]).toContain(expected);
  });
});

describe("CSV fields", () => {
  it.each([
    ["Lakeside IM", "Lakeside IM"],
    ["Mercy, Internal Medicine", '"Mercy, Internal Medicine"'],
    ['The "Big" One', '"The ""Big"" One"'],
    ["two\nlines", '"two\nlines"'],
    [undefined, ""],
    [72, "72"],
  ])("writes %j as %s", (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});
