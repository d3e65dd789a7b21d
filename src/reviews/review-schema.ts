// The shapes of a review's front matter and of a `review --answers` file, as zod schemas so that
// every problem in a hand-edited file is reported at its line and column by content/validate.
import { z } from "zod";
import { daySchema } from "../io/day-schema.js";
import { KINDS } from "./criteria.js";

const day = daySchema;
const rating = z.number().int().min(1).max(5);
const text = z.string();

const personSchema = z.strictObject({
  name: z.string().min(1),
  role: text.default(""),
  detail: text.default(""),
  thanked: day.nullable().default(null),
});

/**
 * Front matter of reviews/<slug>.md. Loose at the top level: note apps add keys such as tags,
 * and those must survive. Typos of our own keys are caught separately (see review-note.ts).
 */
export const reviewFrontMatterSchema = z
  .looseObject({
    type: z.literal("review"),
    program: z.string().min(1),
    date: day,
    kind: z.enum(KINDS),
    specialty: text.optional(),
    draft: z.boolean().optional(),
    scores: z.record(z.string(), rating).optional(),
    gut: rating.nullable().optional(),
    dealBreakers: z.array(text).default([]),
    people: z.array(personSchema).default([]),
    writtenAfterDays: z.number().int().min(0).optional(),
    changes: z.array(text).default([]),
  })
  .superRefine((value, context) => {
    if (value.draft) return;
    // A finished review needs what rank needs; a draft may stop anywhere.
    if (value.scores === undefined) context.addIssue({ code: "invalid_type", expected: "object", input: undefined, path: ["scores"] });
    if (value.gut === undefined || value.gut === null) context.addIssue({ code: "invalid_type", expected: "number", input: undefined, path: ["gut"] });
  });

/** `review --answers FILE`: the same fields, all optional (missing ones keep earlier answers). */
export const reviewAnswersSchema = z.strictObject({
  type: z.literal("review").optional(),
  program: text.optional(),
  date: day.optional(),
  kind: z.enum(KINDS).optional(),
  specialty: text.optional(),
  people: z
    .array(z.strictObject({ name: z.string().min(1), role: text.optional(), detail: text.optional(), thanked: day.nullable().optional() }))
    .optional(),
  scores: z.record(z.string(), rating).optional(),
  gut: rating.optional(),
  dealBreakers: z.array(text).optional(),
  redFlags: z.array(text).optional(),
  stillUnknown: z.array(text).optional(),
  notes: text.optional(),
});

export type ReviewFrontMatter = z.output<typeof reviewFrontMatterSchema>;
export type ReviewAnswers = z.output<typeof reviewAnswersSchema>;
