// Kept apart from config/schema.ts (which needs zod) so that `practice` can check its flags
// without loading a schema library before the first question is on screen.

/**
 * The one range of each practice number, for flags, config.yaml and answers files alike: takes
 * per question, and an answer's time in seconds (a day is more than any answer takes).
 */
export const PRACTICE_RANGES = { takes: { min: 1, max: 20 }, seconds: { max: 24 * 60 * 60 } } as const;
