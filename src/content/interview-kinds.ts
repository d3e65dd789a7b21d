// The kinds of interview, in a file of its own (no zod): decks name one in their schema, and
// reviews pick their criteria by it, without loading the content schema.

/** A residency program's interview (the Match) or a job's. */
export const INTERVIEW_KINDS = ["residency", "job"] as const;
export type InterviewKind = (typeof INTERVIEW_KINDS)[number];

/** How an interview takes place; a checklist section may be for some of them only (a video set-up). */
export const INTERVIEW_FORMATS = ["virtual", "in-person", "phone"] as const;
export type InterviewFormat = (typeof INTERVIEW_FORMATS)[number];
