// The JSON Schema files that editors use must match the schema in code, every built-in file must
// point its editor at them, and the built-in content must meet the rules of the product brief.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadContentFile } from "../../src/content/load.js";
import { jsonSchemas } from "../../src/content/schema.js";
import { readYamlFile } from "../../src/io/yaml-file.js";
import type { Checklist, Deck } from "../../src/content/types.js";
import { ROOT } from "../helpers/cli.js";

const CONTENT = join(ROOT, "content");
const files = (kind: "decks" | "checklists") =>
  readdirSync(join(CONTENT, kind))
    .filter((name) => name.endsWith(".yaml"))
    .sort()
    .map((name) => join(CONTENT, kind, name));

function load<T extends Deck | Checklist>(file: string): T {
  const result = loadContentFile(file);
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.file}:${i.line}:${i.col}: ${i.message}`).join("\n"));
  return result.content as T;
}

describe("content/schema/*.json", () => {
  it.each(["deck", "checklist"] as const)("%s.schema.json matches the schema in src/content/schema.ts", (kind) => {
    const onDisk = readFileSync(join(CONTENT, "schema", `${kind}.schema.json`), "utf8");
    const fresh = `${JSON.stringify(jsonSchemas()[kind], null, 2)}\n`;
    // When this fails, the schema in code changed: refresh the files with `npm run schema` and commit them.
    expect(onDisk, `content/schema/${kind}.schema.json is stale: run \`npm run schema\``).toBe(fresh);
  });

  it("refuses zero and negative durations, so editors flag them as the loader does", () => {
    const schema = jsonSchemas().deck as { properties: { defaults: { properties: { answer: { anyOf: { pattern?: string; exclusiveMinimum?: number }[] } } } } };
    const forms = schema.properties.defaults.properties.answer.anyOf;
    const pattern = new RegExp(forms.find((f) => f.pattern)!.pattern!);
    expect(["90s", "2m", "1m30s", "0m30s", "45"].filter((t) => pattern.test(t))).toHaveLength(5);
    expect(["0", "0s", "0m0s", "-5s", "ninety", "1m30"].filter((t) => pattern.test(t))).toEqual([]);
    expect(forms.find((f) => f.exclusiveMinimum !== undefined)?.exclusiveMinimum).toBe(0);
  });
});

describe("built-in YAML files name their schema for yaml-language-server", () => {
  it.each([...files("decks").map((f) => [f, "deck"]), ...files("checklists").map((f) => [f, "checklist"])])("%s", (file, kind) => {
    const firstLine = readFileSync(file, "utf8").split("\n")[0];
    expect(firstLine).toBe(`# yaml-language-server: $schema=../schema/${kind}.schema.json`);
  });
});

describe("built-in decks", () => {
  const minimum: Record<string, number> = { residency: 30, "second-interview": 20, "patient-coordinator": 20, networking: 12 };

  it("are exactly the four the brief names", () => {
    expect(files("decks").map((f) => load<Deck>(f).id)).toEqual(Object.keys(minimum).sort());
  });

  it.each(Object.entries(minimum))("%s has at least %i questions", (id, count) => {
    expect(load<Deck>(join(CONTENT, "decks", `${id}.yaml`)).questions.length).toBeGreaterThanOrEqual(count);
  });

  it.each(files("decks"))("every question in %s has a category, a format, two or more points with keywords, and a tip", (file) => {
    // format defaults to "open" after loading, so look for it in the file's own data.
    const read = readYamlFile(file);
    const raw = read.ok ? (read.value.data as { questions: { id: string; format?: string }[] }).questions : [];
    const withFormat = new Set(raw.filter((q) => q.format).map((q) => q.id));
    const deck = load<Deck>(file);
    const problems = deck.questions.flatMap((q) => [
      ...(q.category ? [] : [`${q.id}: no category`]),
      ...(withFormat.has(q.id) ? [] : [`${q.id}: no format`]),
      ...(q.points.length >= 2 ? [] : [`${q.id}: ${q.points.length} point(s)`]),
      ...q.points.filter((p) => p.keywords.length === 0).map((p) => `${q.id}: point without keywords: ${p.text}`),
      ...(q.tips.length >= 1 ? [] : [`${q.id}: no tip`]),
    ]);
    expect(problems).toEqual([]);
  });

  it("residency has ask-format questions, and second-interview too", () => {
    for (const id of ["residency", "second-interview"]) {
      expect(load<Deck>(join(CONTENT, "decks", `${id}.yaml`)).questions.some((q) => q.format === "ask"), id).toBe(true);
    }
  });
});

describe("built-in checklists", () => {
  it("are exactly the five the brief names", () => {
    expect(files("checklists").map((f) => load<Checklist>(f).id)).toEqual([
      "after-interview",
      "networking-event",
      "patient-coordinator",
      "residency-interview-day",
      "second-interview",
    ]);
  });

  it.each(files("checklists"))("every item in %s says why", (file) => {
    const items = load<Checklist>(file).sections.flatMap((s) => s.items);
    expect(items.filter((item) => !item.why).map((item) => item.id)).toEqual([]);
  });

  it.each(files("checklists"))("thank-you notes in %s are due from the same day to a few days after", (file) => {
    const items = load<Checklist>(file).sections.flatMap((s) => s.items);
    for (const item of items.filter((i) => /\bthank/i.test(i.text) && /\bnote|email|card|thank-you/i.test(i.text))) {
      expect(item.dueDays, item.id).toBeGreaterThanOrEqual(0);
      expect(item.dueDays, item.id).toBeLessThanOrEqual(3);
    }
  });
});
