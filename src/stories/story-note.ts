// stories/<slug>.md: front matter with what commands read (title, competencies, where, created)
// and a Markdown body a person reads and edits, one `## ` section per STAR part and one for the
// lesson. Parsing goes through the notes' front matter reader and the content validator, so a
// hand edit that breaks the file is reported at its line and column.
import type { ContentIssue } from "../io/errors.js";
import { sortIssues, validate } from "../io/validate.js";
import { positionAt } from "../io/yaml-file.js";
import { parseNote, renderNote, shiftIssues } from "../io/front-matter.js";
import { inline } from "../io/markdown.js";
import { proseLine, unescapeProse } from "../io/markdown.js";
import { closest, didYouMean } from "../io/suggest.js";
import { unknownCompetencies } from "../content/competencies.js";
import { SECTION_TITLES, STORY_FIELDS, type Story, type StoryField, type StoryText } from "./story.js";
import { FRONT_MATTER_KEYS, storyFrontMatterSchema } from "./story-schema.js";

export type NewStory = Omit<Story, "slug" | "file">;

export function renderStoryNote(story: NewStory): string {
  const front = {
    type: "story",
    title: story.title,
    competencies: story.competencies,
    ...(story.where ? { where: story.where } : {}),
    ...(story.created ? { created: story.created } : {}),
  };
  const sections = STORY_FIELDS.map((field) => {
    const lines = story[field].trim().split("\n").map((line) => (line.trim() ? proseLine(line) : ""));
    return `## ${SECTION_TITLES[field]}\n\n${lines.join("\n")}`.trimEnd();
  });
  return renderNote(front, `# ${inline(story.title)}\n\n${sections.join("\n\n")}\n`);
}

export type StoryResult = { ok: true; story: Story } | { ok: false; issues: ContentIssue[] };

/**
 * Reads one story note. `known`: the competency ids a story may name. Every problem comes back
 * at once, each at FILE:LINE:COL; nothing is thrown.
 */
export function parseStoryNote(text: string, file: string, slug: string, known: readonly string[]): StoryResult {
  const parsed = parseNote(text, file);
  if (!parsed.ok) return parsed;
  const { note } = parsed;
  const checked = validate(storyFrontMatterSchema, note.yaml);
  const issues: ContentIssue[] = checked.ok ? [] : [...checked.issues];
  const at = (path: PropertyKey[], message: string, key = false) => issues.push({ file, ...positionAt(note.yaml, path, { key }), message });
  for (const key of Object.keys(note.data)) {
    const near = FRONT_MATTER_KEYS.includes(key) ? [] : closest(key, FRONT_MATTER_KEYS, 1);
    if (near.length) at([key], `unknown key '${key}'. Did you mean '${near[0]}'?`, true);
  }
  const names: unknown[] = Array.isArray(note.data.competencies) ? note.data.competencies : [];
  for (const { index, message } of unknownCompetencies(names, known)) at(["competencies", index], message);
  const body = readSections(note.body, note.bodyLine, file);
  const all = sortIssues([...shiftIssues(issues, note), ...body.issues]);
  if (!checked.ok || all.length) return { ok: false, issues: all };
  const { title, where, created } = checked.value;
  return {
    ok: true,
    story: { slug, file, title: title.trim(), competencies: [...new Set(checked.value.competencies)], where: where.trim(), ...(created ? { created } : {}), ...body.text },
  };
}

const FIELD_OF = new Map(STORY_FIELDS.map((field) => [SECTION_TITLES[field].toLowerCase(), field]));

/**
 * The `## ` sections of the body; `firstLine` is the body's line in the file. A heading close to
 * one of ours ("Resutl") is a typo to fix; any other heading is the user's own and is left alone.
 */
function readSections(body: string, firstLine: number, file: string): { text: StoryText; issues: ContentIssue[] } {
  const found = new Map<StoryField, { line: number; lines: string[] }>();
  const issues: ContentIssue[] = [];
  let current: string[] | undefined;
  body.split("\n").forEach((line, i) => {
    const heading = /^##[ \t]+(.*?)[ \t#]*$/.exec(line);
    if (!heading) return void current?.push(line);
    current = undefined;
    const name = heading[1]!;
    const field = FIELD_OF.get(name.toLowerCase());
    const at = { file, line: firstLine + i, col: 4 };
    if (field && found.has(field)) {
      issues.push({ ...at, message: `a second '${SECTION_TITLES[field]}' section (the first is on line ${found.get(field)!.line}); keep one` });
    } else if (field) {
      current = [];
      found.set(field, { line: at.line, lines: current });
    } else {
      const hint = didYouMean(name, Object.values(SECTION_TITLES));
      if (hint) issues.push({ ...at, message: `unknown section '${name}'.${hint}` });
    }
  });
  const paragraph = (field: StoryField) =>
    (found.get(field)?.lines ?? [])
      .map((line) => unescapeProse(line.trim()))
      .join("\n")
      .replace(/\n{3,}/g, "\n\n")
      .trim();
  const text = Object.fromEntries(STORY_FIELDS.map((field) => [field, paragraph(field)])) as unknown as StoryText;
  return { text, issues };
}
