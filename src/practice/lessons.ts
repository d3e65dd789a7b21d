// Lessons drawn from a story: how a speaker tells one ("what I took away", "looking back"), so
// that a point asking for the lesson is covered by one told in any words, and a lesson is never
// mistaken for a step taken ("I learned that a written list keeps me calm").
import { TAKEN_UP_WORDS } from "./clause-words.js";
import { evidenceOf, type Clause, type Reading } from "./clauses.js";

/** A point asking for the lesson of a story: "What the experience taught you", "Drew a lesson". */
const LESSON_POINT = /\b(?:what (?:you learned|the experience taught you|it taught you|you took from it)|lessons?)\b(?!\s+(?:that|from|about the))/i;
/** How a speaker tells a lesson drawn from a story, in the words people use for it. */
// "taught me"/"showed me" only as a lesson ("it taught me", "showed me that"), not a deed ("she
// showed me the chart"). "We all learned" is the speaker's lesson too: they were there to learn it.
// "I learn that ..." ("I learn from this that ..."), told in the present, is one too, but not "I learn fast".
const LESSON = /\b(?:i(?:'ve| have)? (?:learned|learnt|learn(?=(?: from (?:this|that|it))? that|$)|realized that|understood that|now know)|now i (?:know|(?:understand|realize|see) that)|we (?:all |both )?(?:learned|learnt)|(?:it|this|that|which|(?:the|this|that) experience) (?:taught|showed|reminded) me|(?:taught|showed|reminded) me (?:that|how much|how important)|made me realize|(?:what|the thing|one thing) i took (?:away|from)|(?:what|the thing|one thing) (?:has )?(?:stayed|stuck) with me|took away|takeaway|take-home|looking back|in hindsight|in retrospect|the (?:biggest |main |real )?lesson|a lesson)\b/;

/** The clause's normalised words as one text ("i didn't"), for the patterns above. */
const normalText = (clause: Clause) => clause.words.map((w) => w.normal).join(" ").replace(/ (?=')/g, "");

/** The clause tells a lesson ("I've learned that everyone on the unit has something to give"). */
export function tellsLesson(clause: Clause): boolean {
  return LESSON.test(normalText(clause));
}

/**
 * A point whose second half asks for the lesson: "A concrete result and what you learned", "How it
 * was resolved and what you would repeat", "Gave the outcome and what you took from it".
 */
const LESSON_HALF = /\band (?:the )?(?:lessons?(?: learned| learnt)?|what (?:you (?:learned|learnt|took from it|would (?:repeat|do|change|keep))|it taught you|the experience taught you))\b/i;
/**
 * What a speaker would repeat or do differently, told after the story: "next time I'd call
 * earlier", "since then I always", "the next step would be a randomised trial"; as often with a
 * negation ("I don't let a label close the question any more") or a condition ("if we did it
 * again, we'd ...") as without.
 */
const REPEAT = new RegExp(String.raw`\b(?:next time|next steps? (?:would be|will be|is|are)|differently|(?:do|did|doing) (?:\w+ )?different\b|(?:do|did) (?:it|that|the same) again|(?:do|did|handle|handled) (?:it|that|things) (?:exactly )?the same way|(?:would|'d) (?:\w+ )?(?:repeat|keep|change|do again)|(?:has|have|'s|'ve) since|these days i|now i always|any ?more|no longer|i(?:'ve| have) kept|${TAKEN_UP_WORDS})\b`);

/** The point's text joins a part of the story to the lesson drawn from it. */
export function asksAlsoForLesson(pointText: string): boolean {
  return LESSON_HALF.test(pointText);
}

/** A lesson told, or what the speaker would repeat or change ("next time I'd..."), in `clauses`. */
export function lessonOrRepeatTold(clauses: readonly Clause[], reading: Reading): boolean {
  return lessonTold(clauses, reading) !== undefined || clauses.some((c) => REPEAT.test(normalText(c)));
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
    // Only a negation before the lesson's words undoes it ("I never learned"): what was learned
    // may be negative itself ("what I took from it is that a normal D-dimer doesn't end the thinking").
    const negatedAt = clause.words.findIndex((w) => w.negated);
    const text = normalText(negatedAt === -1 ? clause : { ...clause, words: clause.words.slice(0, negatedAt) });
    if (clause.conditional || !LESSON.test(text)) continue;
    return { evidence: evidenceOf(reading, clause), matched: LESSON.exec(text)![0] };
  }
  return undefined;
}
