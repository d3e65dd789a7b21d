// config.yaml: the settings a user may fix once instead of passing flags every time.
import { z } from "zod";
import { DURATION_PATTERN } from "../content/duration.js";
import { ID_PATTERN } from "../content/schema.js";

const duration = z.union([z.number().positive(), z.string().regex(new RegExp(DURATION_PATTERN))]);
/** Think time may be zero: no think time at all, as with --prep 0. */
const prepDuration = z.union([z.number().min(0), z.string().regex(new RegExp(`^(?:0|0s)$|${DURATION_PATTERN}`))]);

/**
 * The one range of each practice number, for flags, config.yaml and answers files alike: takes
 * per question, and an answer's time in seconds (a day is more than any answer takes).
 */
export const PRACTICE_RANGES = { takes: { min: 1, max: 20 }, seconds: { max: 24 * 60 * 60 } } as const;

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
    })
    .optional(),
  review: z
    .strictObject({
      criteria: z
        .strictObject({ residency: z.array(criterionSchema).min(1).optional(), job: z.array(criterionSchema).min(1).optional() })
        .optional(),
    })
    .optional(),
});

export type ConfigFile = z.output<typeof configSchema>;
export type CriterionConfig = z.output<typeof criterionSchema>;
