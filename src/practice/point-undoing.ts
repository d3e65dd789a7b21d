// What an answer says that takes a point away whatever else matched: the disguised version the
// deck names in the point's `unless` cues, or a deed of the point the speaker says they did not do.
import type { Reading } from "./clauses.js";
import { compileCue, matchIn, spanOf } from "./cue-match.js";
import type { Language } from "./language.js";
import type { Point } from "../content/types.js";

/**
 * The answer's words for one of the point's `unless` cues, the disguised version of the point
 * ("I'm a perfectionist" for a real weakness); undefined when it says none of them. Every clause
 * counts, told as a habit, a wish or a hypothetical alike: "I'd say I work too hard" is the same
 * disguise. A negated cue ("I'm not a perfectionist, but...") undoes nothing.
 */
export function undoingWords(point: Point, reading: Reading, language: Language): string | undefined {
  for (const cue of point.unless ?? []) {
    const words = compileCue(cue, language);
    if (words.length === 0) continue;
    for (const clause of reading.clauses) {
      const hit = matchIn(clause, words);
      // A cue that is itself negative ("wasn't fair") is not undone by its own "not".
      if (hit && (words.negative || !hit.some((w) => w.negated))) return spanOf(reading, hit);
    }
  }
  return undefined;
}

/**
 * The clause in which the speaker says they did not do a deed of `cues` ("i filed", "i told"):
 * "I didn't file a safety report"; undefined when none is denied or the same cue is also said as done
 * (by the speaker, or with no subject, as notes are told: someone else's doing does not count).
 */
export function deniedDeed(cues: readonly string[], reading: Reading, language: Language): string | undefined {
  for (const cue of cues) {
    const words = compileCue(cue, language);
    if (!words.deed) continue;
    let denied: string | undefined;
    let done = false;
    for (const clause of reading.clauses) {
      const hit = matchIn(clause, words);
      if (!hit) continue;
      if (hit.every((w) => w.negated) && clause.subject === "I" && !clause.conditional && !clause.hypothetical) denied ??= clause.text;
      // Someone else doing it ("she told the attending") does not undo the speaker's "I didn't".
      else if (!hit.some((w) => w.negated) && clause.subject !== "other") done = true;
    }
    if (denied && !done) return denied;
  }
  return undefined;
}
