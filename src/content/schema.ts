// The one definition of the content formats. It gives the TypeScript types,
// the validation (through load.ts, which adds file positions) and content/schema/*.json.
// zod/mini rather than zod: about 30 KB to load instead of 450 KB (see io/validate.ts).
import * as z from "zod/mini";
import { firstControl } from "../io/control-chars.js";
import { DUE_PATTERN, DURATION_PATTERN } from "../io/duration.js";
import { INTERVIEW_FORMATS, PLACE_KINDS } from "./interview-kinds.js";

export const ID_PATTERN = "^[a-z0-9]+(?:-[a-z0-9]+)*$";
export const QUESTION_FORMATS = ["star", "open", "ask"] as const;
export const PHASES = ["before", "day-of", "after"] as const;
/** What ticks a checklist item by itself (see ChecklistItem.doneBy). */
export const DONE_BY = ["review", "thank-you-notes"] as const;

/** Text shown on a terminal: an escape code in it would clear the screen or set the title there. */
const text = z.string().check(
  z.trim(),
  z.minLength(1),
  z.superRefine((value, ctx) => {
    const control = firstControl(value);
    if (control) ctx.addIssue({ code: "custom", message: `contains the control character ${control.name} at character ${control.index + 1}; content cannot hold terminal escape codes, remove it` });
  }),
);
const id = z.string().check(z.regex(new RegExp(ID_PATTERN)), z.describe("kebab-case, unique in the file, stable: history follows it"));
const duration = z
  .union([z.number().check(z.positive()), z.string().check(z.regex(new RegExp(DURATION_PATTERN)))])
  .check(z.describe("A duration above zero: 45s, 2m, 1m30s, or a number of seconds"));

export const pointSchema = z.strictObject({
  text: text.check(z.describe("What a strong answer covers")),
  keywords: z
    .optional(z.array(text).check(z.minLength(1)))
    .check(z.describe("Cues: words or phrases a candidate would use for the point, matched as whole words in any inflection; '...' allows up to three words between")),
  unless: z
    .optional(z.array(text).check(z.minLength(1)))
    .check(z.describe("Cues that undo the point wherever the answer says them (not negated): a disguised or disqualifying version of it, such as 'perfectionist' for a real weakness")),
  also: z
    .optional(z.array(text).check(z.minLength(1)))
    .check(z.describe("Cues of a second requirement that the point joins with 'and' ('How you prepared and who you involved'): the point is covered only when the answer says one of these as well as one of its keywords")),
});

export const questionSchema = z.strictObject({
  id,
  text: text.check(z.describe("The question as the interviewer asks it")),
  category: z.optional(text),
  tags: z.optional(z.array(text)),
  format: z.optional(z.enum(QUESTION_FORMATS)).check(z.describe("star: behavioural (Situation, Task, Action, Result); open; ask: a question the candidate asks them")),
  answer: z.optional(duration).check(z.describe("Answer time for this question; overrides the deck default")),
  points: z.optional(z.array(pointSchema)),
  competencies: z
    .optional(z.array(text).check(z.minLength(1)))
    .check(
      z.describe("What the question asks you to show, for the story bank: teamwork, conflict, leadership, mistake, pressure, difficult-conversation, patient-care, adaptability, initiative, ethics, communication, or one added in config.yaml"),
    ),
  tips: z.optional(z.array(text)),
  followups: z.optional(z.array(text)),
});

export const deckSchema = z
  .strictObject({
    title: text,
    description: z.optional(text),
    interview: z.optional(z.enum(PLACE_KINDS)).check(z.describe("The kind of interview the deck prepares for: residency (the default) or job. It words the rating scale for questions you ask them")),
    defaults: z.optional(z.strictObject({ prep: z.optional(duration), answer: z.optional(duration) })),
    questions: z.array(questionSchema).check(z.minLength(1)),
  })
  .check(z.describe("An interview-coach question deck"));

export const checklistItemSchema = z.strictObject({
  id,
  text: text.check(z.describe("What to do, as a short imperative")),
  why: z.optional(text).check(z.describe("Why it matters")),
  due: z.optional(z.string().check(z.regex(new RegExp(DUE_PATTERN)))).check(z.describe("Days relative to the interview date: -2d, 0d, +3d, -1w")),
  doneBy: z
    .optional(z.enum(DONE_BY))
    .check(z.describe("Ticked by itself once the program's records show it done: review (its review is written) or thank-you-notes (everyone the review names is thanked)")),
});

export const checklistSectionSchema = z.strictObject({
  title: text,
  phase: z.enum(PHASES),
  formats: z
    .optional(z.array(z.enum(INTERVIEW_FORMATS)).check(z.minLength(1)))
    .check(z.describe("Only for interviews recorded with these formats (virtual, in-person, phone); left out for one recorded with another")),
  items: z.array(checklistItemSchema).check(z.minLength(1)),
});

export const checklistSchema = z
  .strictObject({
    title: text,
    description: z.optional(text).check(z.describe("What the checklist is for, shown under its title")),
    sections: z.array(checklistSectionSchema).check(z.minLength(1)),
  })
  .check(z.describe("An interview-coach checklist"));

export type DeckInput = z.input<typeof deckSchema>;
export type ChecklistInput = z.input<typeof checklistSchema>;

export const schemas = { deck: deckSchema, checklist: checklistSchema } as const;

/** JSON Schema files shipped in content/schema/ for yaml-language-server. */
export function jsonSchemas(): Record<"deck" | "checklist", unknown> {
  return {
    deck: z.toJSONSchema(deckSchema, { io: "input" }),
    checklist: z.toJSONSchema(checklistSchema, { io: "input" }),
  };
}
