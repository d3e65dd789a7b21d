// A story in the bank: one real experience told in STAR form (Situation, Task, Action, Result),
// what it taught, where it happened and the competencies it shows. One Markdown file each.

export const STAR_PARTS = ["situation", "task", "action", "result"] as const;
export type StarPart = (typeof STAR_PARTS)[number];

/** The parts of a story a user writes, in the order the form asks for them. */
export const STORY_FIELDS = [...STAR_PARTS, "learned"] as const;
export type StoryField = (typeof STORY_FIELDS)[number];

/** Section headings of the note's body, one per field. */
export const SECTION_TITLES: Record<StoryField, string> = {
  situation: "Situation",
  task: "Task",
  action: "Action",
  result: "Result",
  learned: "What I learned",
};

export interface StoryText {
  situation: string;
  task: string;
  action: string;
  result: string;
  learned: string;
}

export interface Story extends StoryText {
  /** The file name without .md: what history records, so a retitled story keeps its uses. */
  slug: string;
  title: string;
  competencies: string[];
  /** Where it happened: a rotation, a job, a placement ("" when not given). */
  where: string;
  /** YYYY-MM-DD, local day the story was added. */
  created?: string;
  /** The file as messages name it. */
  file: string;
}

/** The story as it is told: its STAR parts in order, one paragraph each (what the STAR analysis reads). */
export function toldText(story: StoryText): string {
  return STAR_PARTS.map((part) => story[part].trim())
    .filter(Boolean)
    .join("\n\n");
}

/** A story named on the command line, by title (any case) or by its file's slug. */
export function findStory(stories: readonly Story[], name: string): Story | undefined {
  const wanted = name.trim().toLowerCase();
  return stories.find((s) => s.title.toLowerCase() === wanted) ?? stories.find((s) => s.slug === wanted);
}
