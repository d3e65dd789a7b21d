// Lessons drawn from a story: how a speaker tells one ("what I took away", "looking back"), so
// that a point asking for the lesson is covered by one told in any words, and a lesson is never
// mistaken for a step taken ("I learned that a written list keeps me calm").
import { evidenceOf, type Clause, type Reading } from "./clauses.js";

/** A point asking for the lesson of a story: "What the experience taught you", "Drew a lesson". */
const LESSON_POINT = /\b(?:what (?:you learned|the experience taught you|it taught you|you took from it)|lessons?)\b(?!\s+(?:that|from|about the))/i;
/** How a speaker tells a lesson drawn from a story, in the words people use for it. */
// "taught me"/"showed me" only as a lesson ("it taught me", "showed me that"), not a deed ("she
// showed me the chart").
const LESSON = /\b(?:i(?:'ve| have)? (?:learned|learnt|realized that|understood that|now know)|(?:it|this|that|which|the experience) (?:taught|showed|reminded) me|(?:taught|showed|reminded) me (?:that|how much|how important)|made me realize|(?:what|the thing|one thing) i took (?:away|from)|took away|takeaway|take-home|looking back|in hindsight|in retrospect|the (?:biggest |main |real )?lesson|a lesson)\b/;

/** The clause's normalised words as one text ("i didn't"), for the patterns above. */
const normalText = (clause: Clause) => clause.words.map((w) => w.normal).join(" ").replace(/ (?=')/g, "");

/** The clause tells a lesson ("I've learned that everyone on the unit has something to give"). */
export function tellsLesson(clause: Clause): boolean {
  return LESSON.test(normalText(clause));
}

/** The point's text asks for the lesson of the story. */
export function asksForLesson(pointText: string): boolean {
  return LESSON_POINT.test(pointText);
}

/** The clause belongs to a sentence that states a lesson from its first words ("I learned that ..."). */
export function inLesson(reading: Reading, clause: Clause): boolean {
  const first = reading.clauses.find((c) => c.sentence === clause.sentence);
  if (!first) return false;
  return LESSON.exec(normalText(first).replace(/^(?:so|and|but|what)\b\s*/, ""))?.index === 0;
}

/**
 * The first lesson told in `clauses` (not negated, not a condition): the sentence that tells it
 * and the words that say it is a lesson; undefined when no clause tells one.
 */
export function lessonTold(clauses: readonly Clause[], reading: Reading): { evidence: string; matched: string } | undefined {
  for (const clause of clauses) {
    const text = normalText(clause);
    if (clause.conditional || clause.words.some((w) => w.negated) || !LESSON.test(text)) continue;
    return { evidence: evidenceOf(reading, clause), matched: LESSON.exec(text)![0] };
  }
  return undefined;
}
