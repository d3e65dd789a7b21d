// The one definition of the content formats. It gives the TypeScript types,
// the validation (through load.ts, which adds file positions) and content/schema/*.json.
import { z } from "zod";
import { firstControl } from "../io/control-chars.js";
import { DUE_PATTERN, DURATION_PATTERN } from "../io/duration.js";

export const ID_PATTERN = "^[a-z0-9]+(?:-[a-z0-9]+)*$";
export const QUESTION_FORMATS = ["star", "open", "ask"] as const;
export const PHASES = ["before", "day-of", "after"] as const;

/** Text shown on a terminal: an escape code in it would clear the screen or set the title there. */
const text = z
  .string()
  .trim()
  .min(1)
  .superRefine((value, ctx) => {
    const control = firstControl(value);
    if (control) ctx.addIssue({ code: "custom", message: `contains the control character ${control.name} at character ${control.index + 1}; content cannot hold terminal escape codes, remove it` });
  });
const id = z.string().regex(new RegExp(ID_PATTERN)).describe("kebab-case, unique in the file, stable: history follows it");
const duration = z
  .union([z.number().positive(), z.string().regex(new RegExp(DURATION_PATTERN))])
  .describe("A duration above zero: 45s, 2m, 1m30s, or a number of seconds");

export const pointSchema = z.strictObject({
  text: text.describe("What a strong answer covers"),
  keywords: z.array(text).min(1).optional().describe("Cues: words or phrases a candidate would use for the point, matched as whole words in any inflection; '...' allows up to three words between"),
});

export const questionSchema = z.strictObject({
  id,
  text: text.describe("The question as the interviewer asks it"),
  category: text.optional(),
  tags: z.array(text).optional(),
  format: z.enum(QUESTION_FORMATS).optional().describe("star: behavioural (Situation, Task, Action, Result); open; ask: a question the candidate asks them"),
  answer: duration.optional().describe("Answer time for this question; overrides the deck default"),
  points: z.array(pointSchema).optional(),
  competencies: z
    .array(text)
    .min(1)
    .optional()
    .describe("What the question asks you to show, for the story bank: teamwork, conflict, leadership, mistake, pressure, difficult-conversation, patient-care, adaptability, initiative, ethics, communication, or one added in config.yaml"),
  tips: z.array(text).optional(),
  followups: z.array(text).optional(),
});

export const deckSchema = z
  .strictObject({
    title: text,
    description: text.optional(),
    defaults: z.strictObject({ prep: duration.optional(), answer: duration.optional() }).optional(),
    questions: z.array(questionSchema).min(1),
  })
  .describe("An interview-coach question deck");

export const checklistItemSchema = z.strictObject({
  id,
  text: text.describe("What to do, as a short imperative"),
  why: text.optional().describe("Why it matters"),
  due: z.string().regex(new RegExp(DUE_PATTERN)).optional().describe("Days relative to the interview date: -2d, 0d, +3d, -1w"),
});

export const checklistSectionSchema = z.strictObject({
  title: text,
  phase: z.enum(PHASES),
  items: z.array(checklistItemSchema).min(1),
});

export const checklistSchema = z
  .strictObject({
    title: text,
    description: text.optional().describe("What the checklist is for, shown under its title"),
    sections: z.array(checklistSectionSchema).min(1),
  })
  .describe("An interview-coach checklist");

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
