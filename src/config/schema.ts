// config.yaml: the settings a user may fix once instead of passing flags every time.
// zod/mini rather than zod: about 30 KB to load instead of 450 KB (see io/validate.ts).
import * as z from "zod/mini";
import { DURATION_PATTERN } from "../io/duration.js";
import { daySchema } from "../io/day-schema.js";
import { ID_PATTERN } from "../content/schema.js";
import { PRACTICE_RANGES } from "./ranges.js";

const duration = z.union([z.number().check(z.positive()), z.string().check(z.regex(new RegExp(DURATION_PATTERN)))]);
/** Think time may be zero: no think time at all, as with --prep 0. */
const prepDuration = z.union([z.number().check(z.minimum(0)), z.string().check(z.regex(new RegExp(`^(?:0|0s)$|${DURATION_PATTERN}`)))]);
/** A whole number from min to max. */
const wholeNumber = (min: number, max: number) => z.number().check(z.int(), z.minimum(min), z.maximum(max));


export const criterionSchema = z.strictObject({
  id: z.string().check(z.regex(new RegExp(ID_PATTERN)), z.describe("Short id used in review files and weight files")),
  label: z.string().check(z.minLength(1)),
  weight: z.optional(z.number().check(z.minimum(0), z.maximum(10))),
});

export const configSchema = z.strictObject({
  home: z.optional(z.string().check(z.minLength(1))).check(z.describe("Folder for sessions, reviews, checklists and history")),
  content: z.optional(z.array(z.string().check(z.minLength(1)))).check(z.describe("Extra content folders, after ~/.config/interview-coach/content")),
  color: z.optional(z.enum(["auto", "always", "never"])),
  practice: z.optional(
    z.strictObject({
      count: z.optional(z.number().check(z.int(), z.positive())),
      mode: z.optional(z.enum(["typed", "aloud"])),
      order: z.optional(z.enum(["shuffle", "deck", "due"])),
      takes: z.optional(wholeNumber(PRACTICE_RANGES.takes.min, PRACTICE_RANGES.takes.max)),
      prep: z.optional(prepDuration),
      time: z.optional(duration),
      hard: z.optional(z.boolean()),
      stories: z.optional(z.boolean()).check(z.describe("false: no story titles during think time (as --no-stories)")),
    }),
  ),
  competencies: z
    .optional(z.array(z.string().check(z.regex(new RegExp(ID_PATTERN)))))
    .check(z.describe("Competencies added to the built-in list (kebab-case), for decks and stories")),
  review: z.optional(
    z.strictObject({
      criteria: z.optional(
        z.strictObject({ residency: z.optional(z.array(criterionSchema).check(z.minLength(1))), job: z.optional(z.array(criterionSchema).check(z.minLength(1))) }),
      ),
    }),
  ),
  me: z.optional(z.strictObject({ name: z.optional(z.string().check(z.trim(), z.minLength(1))).check(z.describe("Your name, to sign thank-you notes")) })),
  season: z.optional(
    z.strictObject({
      rankDeadline: z.optional(daySchema).check(z.describe("The day your rank-order list is due (YYYY-MM-DD)")),
      thankYou: z.optional(
        z
          .strictObject({
            sendWithinDays: z.optional(wholeNumber(0, 30)).check(z.describe("Days after the interview to send thank-you notes by (default 2)")),
            overdueAfterDays: z.optional(wholeNumber(0, 60)).check(z.describe("Days after the interview after which a note is overdue (default 3)")),
          })
          .check(
            // A note cannot be overdue before it is due; said here rather than quietly moved.
            z.superRefine(({ sendWithinDays, overdueAfterDays }, ctx) => {
              if (sendWithinDays === undefined || overdueAfterDays === undefined || overdueAfterDays >= sendWithinDays) return;
              const message = `${overdueAfterDays} is fewer days than sendWithinDays (${sendWithinDays}): a note cannot be overdue before it is due; give ${sendWithinDays} or more`;
              ctx.addIssue({ code: "custom", path: ["overdueAfterDays"], input: overdueAfterDays, message });
            }),
          ),
      ),
    }),
  ),
});

export type ConfigFile = z.output<typeof configSchema>;
export type CriterionConfig = z.output<typeof criterionSchema>;
