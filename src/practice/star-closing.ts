// How a story ends when no word of outcome tells it: on what became of the people in it ("She
// transferred her care to a midwife practice"), told after the speaker's last step.
import { NOW_WORDS } from "./clause-words.js";
import type { Clause } from "./clauses.js";
import { tellsLesson } from "./lessons.js";

/** A clause about how things are now ("she runs the project now"), not a story told in the present. */
export const toldAsNow = (c: Clause) => c.words.some((w) => NOW_WORDS.has(w.normal));

/**
 * A story often ends on what became of the others in it, in no words of outcome: "She transferred
 * her care to a midwife practice", "She's first author on a poster now". The answer's last
 * sentence, when it comes after the speaker's last step, telling what someone else did or is
 * now, is how it ended. Within the step's own sentence ("I listed the jobs in the order they had
 * to be done", or an unpunctuated transcript told as one sentence) it is part of the step.
 * "It was interesting to hear..." is the speaker's comment on the story, not how it ended, and a
 * sentence that draws the lesson ("What it taught me is that ... you just let them talk") is not either,
 * nor what the speaker says they have no news of (`noNews`: "the rotation ended the week after",
 * after "I haven't had feedback on it since").
 */
export function closing(clauses: Clause[], lastStep: Clause, noNews: (c: Clause) => boolean): Clause | undefined {
  const last = clauses.at(-1)!.sentence;
  if (clauses.some((c) => c.sentence === last && tellsLesson(c))) return undefined;
  return clauses.find((c) => c.sentence === last && last > lastStep.sentence && c.subject === "other" && inTheStory(c, clauses) && !remark(c) && !noNews(c) && !c.unreal && !c.lapsed && !c.habitual && !c.hypothetical && (c.tense === "past" || (c.tense === "present" && toldAsNow(c))));
}

/**
 * Whether the one who acts in a clause was already in the story: "he", "she", "they", someone of
 * theirs ("his daughter"), or a noun said before ("the patient ... The patient went home").
 * Someone named first in the last sentence, doing something ("My manager did most of the
 * training"), did something else, which is not how the story ended; how things are now ("now
 * half our patients get a scan") is.
 */
const THIRD_PERSON = new Set(["he", "she", "they", "his", "her", "their", "he's", "she's", "they're", "he'd", "she'd", "they'd"]);
function inTheStory(c: Clause, clauses: readonly Clause[]): boolean {
  const verbAt = c.words.findIndex((w) => w.verb);
  const subject = c.words.slice(0, verbAt === -1 ? undefined : verbAt);
  const nouns = subject.filter((w) => w.pos === "NOUN" || w.pos === "PROPN");
  if (c.tense !== "past" || nouns.length === 0 || subject.some((w) => THIRD_PERSON.has(w.normal))) return true;
  const before = new Set(clauses.filter((b) => b.sentence < c.sentence).flatMap((b) => b.words.map((w) => w.lemma)));
  return nouns.some((w) => before.has(w.lemma));
}

/**
 * A remark on the story rather than an event in it: told of "it", "this", "that" or "there" ("It
 * was hard", "That made me a better doctor"), not of a day ("That evening she called back").
 */
export function remark(c: Clause): boolean {
  const first = c.words.find((w) => !["ADV", "CCONJ", "SCONJ", "INTJ"].includes(w.pos));
  return first !== undefined && first.pos === "PRON" && ["it", "this", "that", "there"].includes(first.normal);
}
