// `stories add --answers FILE`: a story from a YAML file (situation, task, action, result,
// learned, competencies, where), checked with positions like every file a user writes.
import type { ContentIssue } from "../io/errors.js";
import { sortIssues, validate } from "../io/validate.js";
import { positionAt, type YamlFile } from "../io/yaml-file.js";
import { isoDay } from "../io/dates.js";
import { unknownCompetencies } from "../content/competencies.js";
import type { NewStory } from "./story-note.js";
import { storyAnswersSchema, type StoryAnswers } from "./story-schema.js";

export type StoryAnswersResult = { ok: true; story: NewStory } | { ok: false; issues: ContentIssue[] };

/** `known`: competency ids a story may name; `today` dates the story (local day). */
export function storyFromAnswers(yaml: YamlFile, title: string, known: readonly string[], today: Date): StoryAnswersResult {
  // An empty file is a mapping with nothing in it: "missing 'competencies'", not "got nothing".
  const checked = validate(storyAnswersSchema, yaml.data === null || yaml.data === undefined ? { ...yaml, data: {} } : yaml);
  const named = checked.ok ? checked.value.competencies : (yaml.data as { competencies?: unknown } | null)?.competencies;
  // Unknown competencies are said with the schema's problems, in one run, not only once those are fixed;
  // an entry the schema already refused is not named twice.
  const refused = new Set(checked.ok ? [] : checked.issues.map((issue) => `${issue.line}:${issue.col}`));
  const unknown = (Array.isArray(named) ? unknownCompetencies(named, known) : [])
    .map(({ index, message }) => ({ file: yaml.file, ...positionAt(yaml, ["competencies", index]), message }))
    .filter((issue) => !refused.has(`${issue.line}:${issue.col}`));
  if (!checked.ok || unknown.length) return { ok: false, issues: sortIssues([...(checked.ok ? [] : checked.issues), ...unknown]) };
  return { ok: true, story: newStory(title, checked.value, today) };
}

/** A story from answers given so far (the form's, or a file's), trimmed, dated `today`. */
export function newStory(title: string, answers: Partial<StoryAnswers>, today: Date): NewStory {
  const text = (value: string | undefined) => (value ?? "").trim();
  return {
    title: title.trim(),
    competencies: [...new Set(answers.competencies ?? [])],
    where: text(answers.where),
    created: isoDay(today),
    situation: text(answers.situation),
    task: text(answers.task),
    action: text(answers.action),
    result: text(answers.result),
    learned: text(answers.learned),
  };
}
