// The shapes of a story's front matter and of a `stories add --answers` file, as zod schemas so
// that every problem in a hand-edited file is reported at its line and column.
// zod/mini rather than zod: about 30 KB to load instead of 450 KB (see io/validate.ts).
import * as z from "zod/mini";
import { daySchema } from "../io/day-schema.js";

const text = z.string();
const names = z.array(z.string().check(z.minLength(1)));

/** Front matter of stories/<slug>.md. Loose: note apps add keys such as tags, and those stay. */
export const storyFrontMatterSchema = z.looseObject({
  type: z.literal("story"),
  title: z.string().check(z.trim(), z.minLength(1)),
  // Empty only in a story saved from an interrupted form: it fits no question until edited.
  competencies: z._default(names, []),
  where: z._default(text, ""),
  created: z.optional(daySchema),
});

/** `stories add --answers FILE`: the form's answers. Parts may be left out; competencies may not. */
export const storyAnswersSchema = z.strictObject({
  situation: z.optional(text),
  task: z.optional(text),
  action: z.optional(text),
  result: z.optional(text),
  learned: z.optional(text),
  competencies: names.check(z.minLength(1)),
  where: z.optional(text),
});

/** Keys of our own in the front matter, for "did you mean" on a typo such as `competences`. */
export const FRONT_MATTER_KEYS = Object.keys(storyFrontMatterSchema.shape);

export type StoryAnswers = z.output<typeof storyAnswersSchema>;
