// Word lists the clause reader goes by: set phrases that are no deed, and the words by which a
// clause tells a habit ("I always check", "as a rule", "every morning") rather than one event of
// a story, or a habit that is what changed after it; the words after which a negation leaves
// what a clause reports unclaimed; and words that only add weight.

/** Auxiliaries that, first, invert a question: "is call shared", "do residents choose". */
export const INVERTED = new Set(["is", "are", "was", "were", "do", "does", "did", "can", "could", "will", "would", "should", "has", "have"]);
/** Verbs that, before "to", make a wish or plan of the clause ("I hope to", "I want to"). */
export const WISH_VERBS = new Set(["hope", "want", "wish", "plan", "intend", "mean", "aim"]);
/** Wishes that, told in the past perfect ("I'd hoped to"), say they did not come true. */
export const UNFULFILLED_WISH = new Set(["hope", "plan", "intend", "mean"]);
/** Verbs after which "if" asks whether rather than sets a condition: "to see if", "asked her if", "wondered if". */
export const ASKING_IF = new Set(["see", "check", "ask", "know", "wonder", "find", "tell", "look"]);
/** Verbs whose "I'll ..." after them is foreseen, not told: "I expect I'll do better". */
export const FORESEEING = new Set(["expect", "hope", "guess", "imagine", "bet", "suppose", "predict", "reckon"]);
/** Adverbs of how often, which make a clause in the present (or with "would") a habit. */
export const HABIT_ADVERBS = new Set(["always", "usually", "generally", "normally", "typically", "often", "never"]);
/** How a habit is introduced: "in general", "as a rule". */
export const HABIT_PHRASE = /\b(?:in general|as a rule|most of the time|for the most part)\b/;
/** How a habit taken up after the story is said ("since then I always check", "I still make that list"), as alternatives to build patterns from. */
export const TAKEN_UP_WORDS = String.raw`since then|from then on|ever since|since that day|from that (?:day|point|moment) on|i still (?:do|use|make|keep|write|follow|check|carry|ask|run)`;
/** A habit taken up after the story is what changed, told as such. */
export const TAKEN_UP = new RegExp(String.raw`\b(?:${TAKEN_UP_WORDS})\b`);
/** "On every rotation I've tried to...", "whenever I'm on call": a setting that recurs makes a habit. */
export const RECURRING = /\b(?:(?:on|in|at|during) (?:every|each|all (?:my|our|the))|whenever|every time)\b/;
/** How often, said in the present ("I run three times a week", "I call my mom on Sundays"): a routine, not an event. */
export const FREQUENCY = /\b(?:(?:once|twice|\w+ times) (?:a|an|per|each|every) (?:day|week|month|year|shift|night|morning)|(?:every|each) (?:day|week|morning|night|evening|weekend|shift|sunday|monday|tuesday|wednesday|thursday|friday|saturday)|on (?:sundays|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|weekends)|after (?:\w+ )?(?:shifts|calls|nights|clinics|long days))\b/;

/**
 * Set phrases whose words alone would read as a deed or another cue: being "on call" calls nobody,
 * "running on coffee" (or fumes, adrenaline...) is getting by and "running the code" is work, not
 * going for a run; "family medicine" and "a family meeting" are no time with the speaker's family.
 */
export const SET_PHRASES = [
  ["on", "call"], ["same", "page"], ["call", "center"], ["call", "centre"],
  ...["run", "running", "ran"].flatMap((run) => ["coffee", "caffeine", "fumes", "empty", "adrenaline", "autopilot"].map((fuel) => [run, "on", fuel])),
  ...["run", "running", "ran"].flatMap((run) => [[run, "the", "code"], [run, "a", "code"], [run, "codes"]]),
  ...["medicine", "practice", "physician", "physicians", "meeting", "meetings"].map((what) => ["family", what]),
];
/** What holds now, not in the story: "now we are good friends", "I still do the same". */
export const NOW_WORDS = new Set(["now", "still", "today", "nowadays"]);

/** Words that open a question inside a clause ("I don't know how I'd cope"). */
export const EMBEDDED_QUESTION = new Set(["how", "what", "whether", "if", "where", "when", "who", "why"]);
/**
 * Words whose reported clause is not claimed once they are negated: "I can't promise we'll stay",
 * "I'm not sure we'll stay", "I don't think I'd call it". Verbs of knowing ("I didn't realise the
 * dose was wrong") are left out: what they report is true all the same.
 */
export const UNASSERTED_AFTER = new Set(["promise", "guarantee", "swear", "say", "sure", "certain", "think", "believe", "expect"]);
/** Words that open a relative clause, which describes a noun of the clause around it. */
export const RELATIVE = new Set(["which", "who", "whom", "whose"]);
/** Adverbs that say how much, not what: "like totally dead", "was very unfair". */
export const INTENSIFIERS = new Set(["really", "totally", "completely", "so", "very", "super", "literally", "absolutely", "pretty", "quite", "incredibly", "extremely", "truly", "genuinely"]);

/**
 * A deed that nearly happened did not: "I nearly gave a double dose", "I almost missed it" (the
 * verb after "nearly" or "almost" reads as denied). A figure nearly reached was reached, or close:
 * "we nearly doubled the rate".
 */
export const nearMiss = (before: { normal: string } | undefined, w: { pos: string; lemma: string }) => (before?.normal === "nearly" || before?.normal === "almost") && w.pos === "VERB" && !ROUGHLY_REACHED.has(w.lemma);
const ROUGHLY_REACHED = new Set(["double", "triple", "quadruple", "halve", "reach", "fill", "hit", "match", "equal", "cover", "finish", "complete"]);
