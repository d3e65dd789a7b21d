// config.yaml: the settings a user may fix once instead of passing flags every time.
import { z } from "zod";
import { DURATION_PATTERN } from "../io/duration.js";
import { daySchema } from "../io/day-schema.js";
import { ID_PATTERN } from "../content/schema.js";
import { PRACTICE_RANGES } from "./ranges.js";

const duration = z.union([z.number().positive(), z.string().regex(new RegExp(DURATION_PATTERN))]);
/** Think time may be zero: no think time at all, as with --prep 0. */
const prepDuration = z.union([z.number().min(0), z.string().regex(new RegExp(`^(?:0|0s)$|${DURATION_PATTERN}`))]);


export const criterionSchema = z.strictObject({
  id: z.string().regex(new RegExp(ID_PATTERN)).describe("Short id used in review files and weight files"),
  label: z.string().min(1),
  weight: z.number().min(0).max(10).optional(),
});

export const configSchema = z.strictObject({
  home: z.string().min(1).optional().describe("Folder for sessions, reviews, checklists and history"),
  content: z.array(z.string().min(1)).optional().describe("Extra content folders, after ~/.config/interview-coach/content"),
  color: z.enum(["auto", "always", "never"]).optional(),
  practice: z
    .strictObject({
      count: z.number().int().positive().optional(),
      mode: z.enum(["typed", "aloud"]).optional(),
      order: z.enum(["shuffle", "deck", "due"]).optional(),
      takes: z.number().int().min(PRACTICE_RANGES.takes.min).max(PRACTICE_RANGES.takes.max).optional(),
      prep: prepDuration.optional(),
      time: duration.optional(),
      hard: z.boolean().optional(),
      stories: z.boolean().optional().describe("false: no story titles during think time (as --no-stories)"),
    })
    .optional(),
  competencies: z
    .array(z.string().regex(new RegExp(ID_PATTERN)))
    .optional()
    .describe("Competencies added to the built-in list (kebab-case), for decks and stories"),
  review: z
    .strictObject({
      criteria: z
        .strictObject({ residency: z.array(criterionSchema).min(1).optional(), job: z.array(criterionSchema).min(1).optional() })
        .optional(),
    })
    .optional(),
  me: z.strictObject({ name: z.string().trim().min(1).optional().describe("Your name, to sign thank-you notes") }).optional(),
  season: z
    .strictObject({
      rankDeadline: daySchema
        .optional()
        .describe("The day your rank-order list is due (YYYY-MM-DD)"),
      thankYou: z
        .strictObject({
          sendWithinDays: z.number().int().min(0).max(30).optional().describe("Days after the interview to send thank-you notes by (default 2)"),
          overdueAfterDays: z.number().int().min(0).max(60).optional().describe("Days after the interview after which a note is overdue (default 3)"),
        })
        .optional(),
    })
    .optional(),
});

export type ConfigFile = z.output<typeof configSchema>;
export type CriterionConfig = z.output<typeof criterionSchema>;
