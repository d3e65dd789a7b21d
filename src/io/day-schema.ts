// The schema of a day in every file that holds one (notes, answers files, config.yaml). Apart
// from validate.ts so that a schema can use it without loading the YAML reader.
// zod/mini rather than zod: about 30 KB to load instead of 450 KB (see io/validate.ts).
import * as z from "zod/mini";
import { dayProblem } from "./dates.js";

/** A day as YYYY-MM-DD in DAY_RANGE: "'date': must be a date from 2000-01-01 to 2100-12-31" otherwise. */
export const daySchema = z.string().check(
  z.superRefine((text, ctx) => {
    const problem = dayProblem(text);
    if (problem !== undefined) ctx.addIssue({ code: "custom", message: `must be ${problem}` });
  }),
);
