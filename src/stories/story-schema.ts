// The shapes of a story's front matter and of a `stories add --answers` file, as zod schemas so
// that every problem in a hand-edited file is reported at its line and column.
import { z } from "zod";
import { daySchema } from "../io/day-schema.js";

const text = z.string();
const names = z.array(z.string().min(1));

/** Front matter of stories/<slug>.md. Loose: note apps add keys such as tags, and those stay. */
export const storyFrontMatterSchema = z.looseObject({
  type: z.literal("story"),
  title: z.string().trim().min(1),
  // Empty only in a story saved from an interrupted form: it fits no question until edited.
  competencies: names.default([]),
  where: text.default(""),
  created: daySchema.optional(),
});

/** `stories add --answers FILE`: the form's answers. Parts may be left out; competencies may not. */
export const storyAnswersSchema = z.strictObject({
  situation: text.optional(),
  task: text.optional(),
  action: text.optional(),
  result: text.optional(),
  learned: text.optional(),
  competencies: names.min(1),
  where: text.optional(),
});

/** Keys of our own in the front matter, for "did you mean" on a typo such as `competences`. */
export const FRONT_MATTER_KEYS = Object.keys(storyFrontMatterSchema.shape);

export type StoryAnswers = z.output<typeof storyAnswersSchema>;
