// Questions know their competencies: every built-in STAR question names at least one, every
// competency is asked by at least two questions, and an unknown name is a positioned problem.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { contentFilesIn } from "../../src/content/catalog.js";
import { COMPETENCIES, competencyIds, questionsPerCompetency } from "../../src/content/competencies.js";
import { contentFromYaml, loadContentFile } from "../../src/content/load.js";
import type { Deck } from "../../src/content/types.js";
import { parseYamlText } from "../../src/io/yaml-file.js";
import { ROOT } from "../helpers/cli.js";

const decks = contentFilesIn(join(ROOT, "content"))
  .map((file) => loadContentFile(file))
  .flatMap((result) => (result.ok && result.content.kind === "deck" ? [result.content as Deck] : []));

describe("built-in decks and competencies", () => {
  it("loads all four decks", () => expect(decks.map((d) => d.id).sort()).toEqual(["networking", "patient-coordinator", "residency", "second-interview"]));

  it("gives every STAR question at least one competency", () => {
    const without = decks.flatMap((d) => d.questions.filter((q) => q.format === "star" && !q.competencies?.length).map((q) => `${d.id}/${q.id}`));
    expect(without).toEqual([]);
    expect(decks.flatMap((d) => d.questions).filter((q) => q.format === "star").length).toBeGreaterThan(25);
  });

  it("asks for every competency in the list in at least two questions", () => {
    const counts = questionsPerCompetency(decks, competencyIds());
    const rare = [...counts].filter(([, n]) => n < 2).map(([id]) => id);
    expect(rare).toEqual([]);
    expect([...counts.keys()]).toEqual(Object.keys(COMPETENCIES));
  });
});

const deck = (competencies: string) => `title: T\nquestions:\n  - id: a\n    text: Tell me about a time.\n    format: star\n    competencies: ${competencies}\n`;
const load = (text: string, known?: string[]) => {
  const parsed = parseYamlText(text, "mine.yaml");
  if (!parsed.ok) throw new Error("YAML");
  return contentFromYaml(parsed.value, "mine", "deck", known);
};

describe("a deck's competencies", () => {
  it("keeps known names on the question", () => {
    const result = load(deck("[teamwork, conflict]"));
    expect(result.ok && result.content.kind === "deck" && result.content.questions[0]!.competencies).toEqual(["teamwork", "conflict"]);
  });

  it("reports an unknown name at its position with the closest known one", () => {
    expect(load(deck("[teamwork, leadrship]"))).toEqual({
      ok: false,
      issues: [{ file: "mine.yaml", line: 6, col: 30, message: "unknown competency 'leadrship'. Did you mean 'leadership'?" }],
    });
  });

  it("names the known list and config when nothing is close", () => {
    const result = load(deck("[juggling]"));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues[0]!.message).toMatch(/^unknown competency 'juggling'\. Known: teamwork, conflict, .*communication \(add your own under 'competencies' in config\.yaml\)\.$/);
  });

  it("accepts a competency that config.yaml adds", () => {
    expect(load(deck("[research]"), competencyIds(["research"])).ok).toBe(true);
  });

  it("refuses an empty list", () => {
    const result = load(deck("[]"));
    expect(!result.ok && result.issues[0]!.message).toBe("'competencies' is empty; it needs at least 1 entry");
  });
});
