// Every YAML example in README.md goes through the loader the program uses for that kind of
// file (a deck, a checklist, a practice answers file, config.yaml) and must be valid as written:
// a reader copies them.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadContentFile } from "../../src/content/load.js";
import { loadConfigFile } from "../../src/config/settings.js";
import { builtinDeck } from "../../src/eval/labelled-set.js";
import { readAnswersFile } from "../../src/practice/answers-file.js";
import { readYamlFile } from "../../src/io/yaml-file.js";
import { criteriaFor } from "../../src/reviews/criteria.js";
import { applyAnswers } from "../../src/reviews/review-answers.js";
import { blankReview } from "../../src/reviews/review-edit.js";
import { parseWeights } from "../../src/reviews/weights.js";
import { ROOT } from "../helpers/cli.js";

const README = readFileSync(join(ROOT, "README.md"), "utf8");
/** The fenced ```yaml blocks, with the line each starts on. */
const BLOCKS = [...README.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map((match) => ({
  line: README.slice(0, match.index).split("\n").length,
  text: match[1]!,
}));
const dir = mkdtempSync(join(tmpdir(), "ic-readme-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * The kind a block is: its $schema line names a deck or a checklist, a first line "# answers.yaml"
 * marks answers for `practice residency --answers`, a first line naming `review ... --answers`
 * answers for a review, one naming `rank --weights` a weights file; anything else is config.yaml.
 */
const kindOf = (text: string) =>
  /deck\.schema\.json/.test(text)
    ? "deck"
    : /checklist\.schema\.json/.test(text)
      ? "checklist"
      : text.startsWith("# answers.yaml")
        ? "answers"
        : /^#.*interview-coach review .*--answers/.test(text)
          ? "review answers"
          : /^#.*interview-coach rank .*--weights/.test(text)
            ? "weights"
            : "config";

describe("README.md's YAML examples", () => {
  it("has examples of a deck, a checklist, an answers file and config.yaml", () => {
    expect(new Set(BLOCKS.map((b) => kindOf(b.text)))).toEqual(new Set(["deck", "checklist", "answers", "review answers", "weights", "config"]));
  });

  it.each(BLOCKS)("the block at README.md line $line is valid", async ({ line, text }) => {
    const kind = kindOf(text);
    const file = join(dir, `${kind.replace(" ", "-")}s`, `example-${line}.yaml`);
    mkdirSync(join(file, ".."), { recursive: true });
    writeFileSync(file, text);
    if (kind === "answers") {
      expect(readAnswersFile(file, builtinDeck("residency")).length).toBeGreaterThan(0);
      return;
    }
    if (kind === "review answers") {
      // As `review --answers` reads it: every criterion scored, nothing refused.
      const yaml = readYamlFile(file);
      if (!yaml.ok) throw new Error(JSON.stringify(yaml.issues));
      const today = new Date("2026-11-25T10:00:00");
      const applied = applyAnswers(blankReview("Lakeside IM", today), yaml.value, (k) => criteriaFor(k), today);
      expect(applied.ok ? [] : applied.issues.map((i) => `${i.line}:${i.col}: ${i.message}`)).toEqual([]);
      return;
    }
    if (kind === "weights") {
      const yaml = readYamlFile(file);
      if (!yaml.ok) throw new Error(JSON.stringify(yaml.issues));
      const parsed = parseWeights(yaml.value, { residency: criteriaFor("residency"), job: criteriaFor("job") });
      expect(parsed.ok ? [] : parsed.issues.map((i) => `${i.line}:${i.col}: ${i.message}`)).toEqual([]);
      return;
    }
    if (kind === "config") {
      await expect(loadConfigFile(file)).resolves.toBeTypeOf("object");
      return;
    }
    const loaded = loadContentFile(file);
    expect(loaded.ok ? [] : loaded.issues.map((i) => `${i.line}:${i.col}: ${i.message}`)).toEqual([]);
    expect(loaded.ok && loaded.content.kind).toBe(kind);
  });

  it("the deck example's tip stays one tip, although it holds a comma", () => {
    const deck = BLOCKS.find((b) => kindOf(b.text) === "deck")!;
    const file = join(dir, "decks", "tips.yaml");
    writeFileSync(file, deck.text);
    const loaded = loadContentFile(file);
    if (!loaded.ok || loaded.content.kind !== "deck") throw new Error("the deck example does not load");
    expect(loaded.content.questions[0]?.tips).toEqual(["One story, then connect it to the program"]);
  });
});
