// The shapes of a review's front matter and of a `review --answers` file, as zod schemas so that
// every problem in a hand-edited file is reported at its line and column by content/validate.
// zod/mini rather than zod: about 30 KB to load instead of 450 KB (see io/validate.ts).
import * as z from "zod/mini";
import { daySchema } from "../io/day-schema.js";
import { INTERVIEW_KINDS, isPlaceKind } from "../content/interview-kinds.js";
import { MEANS_NONE } from "./review.js";

const day = daySchema;
const rating = z.number().check(z.int(), z.minimum(1), z.maximum(5));
const text = z.string();

/** An entry of a list in an answers file: text, not a word for "none". */
const entry = text.check(z.refine((value) => !MEANS_NONE.test(value), { message: "means 'none' here; for no entry leave the list empty: []" }));

const personSchema = z.strictObject({
  name: z.string().check(z.minLength(1)),
  role: z._default(text, ""),
  detail: z._default(text, ""),
  thanked: z._default(z.nullable(day), null),
});

/**
 * Front matter of reviews/<slug>.md. Loose at the top level: note apps add keys such as tags,
 * and those must survive. Typos of our own keys are caught separately (see review-note.ts).
 */
export const reviewFrontMatterSchema = z
  .looseObject({
    type: z.literal("review"),
    program: z.string().check(z.minLength(1)),
    date: day,
    kind: z.enum(INTERVIEW_KINDS),
    specialty: z.optional(text),
    draft: z.optional(z.boolean()),
    scores: z.optional(z.record(z.string(), rating)),
    gut: z.optional(z.nullable(rating)),
    dealBreakers: z._default(z.array(text), []),
    people: z._default(z.array(personSchema), []),
    writtenAfterDays: z.optional(z.number().check(z.int(), z.minimum(0))),
    changes: z._default(z.array(text), []),
  })
  .check(
    z.superRefine((value, context) => {
      // A finished review needs what rank needs; a draft may stop anywhere, and a networking event is not ranked.
      if (value.draft || !isPlaceKind(value.kind)) return;
      if (value.scores === undefined) context.addIssue({ code: "invalid_type", expected: "object", input: undefined, path: ["scores"] });
      if (value.gut === undefined || value.gut === null) context.addIssue({ code: "invalid_type", expected: "number", input: undefined, path: ["gut"] });
    }),
  );

/** `review --answers FILE`: the same fields, all optional (missing ones keep earlier answers). */
export const reviewAnswersSchema = z.strictObject({
  type: z.optional(z.literal("review")),
  program: z.optional(text),
  date: z.optional(day),
  kind: z.optional(z.enum(INTERVIEW_KINDS)),
  specialty: z.optional(text),
  people: z.optional(
    z.array(z.strictObject({ name: z.string().check(z.minLength(1)), role: z.optional(text), detail: z.optional(text), thanked: z.optional(z.nullable(day)) })),
  ),
  scores: z.optional(z.record(z.string(), rating)),
  gut: z.optional(rating),
  dealBreakers: z.optional(z.array(entry)),
  redFlags: z.optional(z.array(entry)),
  stillUnknown: z.optional(z.array(entry)),
  notes: z.optional(text),
});

export type ReviewFrontMatter = z.output<typeof reviewFrontMatterSchema>;
export type ReviewAnswers = z.output<typeof reviewAnswersSchema>;
