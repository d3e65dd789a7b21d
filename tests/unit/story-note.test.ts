// Story notes: what `stories add` writes reads back to the same story, whatever the user typed;
// a hand edit that breaks the file is reported at its line and column.
import { describe, expect, it } from "vitest";
import { competencyIds } from "../../src/content/competencies.js";
import { parseYamlText } from "../../src/io/yaml-file.js";
import { storyFromAnswers } from "../../src/stories/story-answers.js";
import { parseStoryNote, renderStoryNote, type NewStory } from "../../src/stories/story-note.js";

const known = competencyIds();
const story: NewStory = {
  title: "Night shift handover",
  competencies: ["teamwork", "initiative"],
  where: "Medicine sub-internship",
  created: "2026-11-20",
  situation: "During my sub-internship the night team had no written handover.",
  task: "I needed to make sure tasks were not lost.",
  action: "I organised a checklist.\n\n## Result\nwas a line I typed, with `code`, *stars*, <b>html</b> and a back\\slash.\n---",
  result: "",
  learned: "1. Ask first\n- then build",
};

const parse = (text: string) => parseStoryNote(text, "stories/x.md", "x", known);

describe("story notes", () => {
  it("read back to the story that was written, whatever the text holds", () => {
    const result = parse(renderStoryNote(story));
    expect(result).toEqual({ ok: true, story: { ...story, slug: "x", file: "stories/x.md" } });
  });

  it("keep a section the user added by hand without complaint", () => {
    const text = renderStoryNote(story).replace("## What I learned", "## My notes\n\nTell it in two minutes.\n\n## What I learned");
    expect(parse(text).ok).toBe(true);
  });

  const broken = (edit: (text: string) => string) => {
    const result = parse(edit(renderStoryNote(story)));
    return result.ok ? [] : result.issues.map((i) => `${i.line}:${i.col}: ${i.message}`);
  };

  it.each([
    ["a misspelt key", (t: string) => t.replace("where:", "wher:"), ["7:1: unknown key 'wher'. Did you mean 'where'?"]],
    ["an unknown competency", (t: string) => t.replace("  - initiative", "  - initiativ"), ["6:5: unknown competency 'initiativ'. Did you mean 'initiative'?"]],
    ["a misspelt section", (t: string) => t.replace("## Task", "## Tsak"), ["16:4: unknown section 'Tsak'. Did you mean 'Task'?"]],
    ["a section twice", (t: string) => t.replace("## What I learned", "## Situation"), expect.arrayContaining([expect.stringMatching(/^\d+:4: a second 'Situation' section \(the first is on line 12\); keep one$/)])],
    ["no title", (t: string) => t.replace("title: Night shift handover\n", ""), ["2:1: missing 'title'"]],
    ["a competency that is not text", (t: string) => t.replace("  - initiative", "  - [x]"), ["6:5: 'competencies' entry 2 must be text, got a list"]],
    ["an unclosed quote", (t: string) => t.replace("where: Medicine", 'where: "Medicine'), ['7:8: the quoted text that starts here has no closing "']],
    ["no closing ---", (t: string) => t.replace("---\n# Night", "# Night"), ["1:1: the front matter that starts here is never closed: add a --- line after its last key"]],
  ])("report %s at its position", (_name, edit, expected) => {
    expect(broken(edit)).toEqual(expected);
  });
});

describe("stories add --answers", () => {
  const answers = (text: string) => {
    const yaml = parseYamlText(text, "story.yaml");
    if (!yaml.ok) throw new Error("YAML");
    return storyFromAnswers(yaml.value, "  On call  ", known, new Date(2026, 10, 29));
  };

  it("takes the parts given, trims them and dates the story", () => {
    const result = answers("situation: ' One night on call. '\ncompetencies: [pressure, pressure]\n");
    expect(result).toEqual({
      ok: true,
      story: { title: "On call", competencies: ["pressure"], where: "", created: "2026-11-29", situation: "One night on call.", task: "", action: "", result: "", learned: "" },
    });
  });

  it.each([
    ["", "1:1: missing 'competencies'"],
    ["competencies: []\n", "1:15: 'competencies' is empty; it needs at least 1 entry"],
    ["competencies: [teamwork]\nresults: It worked.\n", "2:1: unknown key 'results'. Did you mean 'result'?"],
  ])("refuses %j", (text, expected) => {
    const result = answers(text);
    expect(result.ok ? [] : result.issues.map((i) => `${i.line}:${i.col}: ${i.message}`)).toEqual([expected]);
  });

  it("names unknown competencies in the same run as the file's other problems, in file order", () => {
    const result = answers("situation: 5\nacton: x\ncompetencies: [teamwork, Leadership]\n");
    expect(result.ok ? [] : result.issues.map((i) => `${i.line}:${i.col}: ${i.message}`)).toEqual([
      "1:12: 'situation' must be text, got the number 5",
      "2:1: unknown key 'acton'. Did you mean 'action'?",
      "3:26: unknown competency 'Leadership'. Did you mean 'leadership'?",
    ]);
  });
});
