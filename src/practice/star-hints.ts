// What the coach says of a STAR story told only as "we", in one place: practice feedback says it
// of an answer, and the story bank (`stories add`, `show`, `check`) of a story, in the same words.

/** For a story whose every step is told as "we" (the STAR result's weOnly flag). */
export const WE_ONLY_HINT = 'Say what you did: every step is told as "we", so the interviewer cannot tell your part.';

/** The same, short, beside a missing Action in a list of STAR parts. */
export const WE_ONLY_SHORT = 'told only as "we"';
