// The one door from the story bank to the STAR analysis that practice feedback uses, so a story
// is judged exactly as a spoken answer would be, with the sentence behind each part.
import { evidenceOf, readClauses } from "../practice/clauses.js";
import { tellsLesson } from "../practice/lessons.js";
import { loadedLanguage } from "../practice/language.js";
import { findStar, mainVerb } from "../practice/star.js";
import { remark } from "../practice/star-closing.js";
import { STAR_PARTS, toldText, type StarPart, type StoryText } from "./story.js";

export interface PartEvidence {
  found: boolean;
  /** The sentence that shows the part. */
  sentence?: string;
}

/** The four parts, and `weOnly`: every step is told as "we" (as practice feedback finds it). */
export type StarEvidence = Record<StarPart, PartEvidence> & { weOnly: boolean };

/**
 * Which STAR parts a story shows, each judged as practice feedback judges an answer. A part whose
 * section the user filled in is found in that section or not at all, and quoted from it: the
 * story is read as told up to the end of that section (its parts in order, one paragraph each),
 * so that a Result comes after the steps before it, and a part told only in another section
 * ("…that I had rushed her appointment" in the Situation) is not the Action that the Action
 * section fails to tell; failing that, the section is read alone. A part whose section is empty
 * counts if the whole story shows it elsewhere. A Result section that tells an event counts as
 * the Result (see endOfStory). The language model must be loaded first
 * (`await loadLanguage()` from practice/language.ts); throws otherwise.
 */
export function starEvidence(story: StoryText): StarEvidence {
  const told = evidenceIn(toldText(story));
  STAR_PARTS.forEach((part, i) => {
    const own = story[part].trim();
    if (!own) return;
    const later = Object.fromEntries(STAR_PARTS.slice(i + 1).map((p) => [p, ""]));
    const upTo = evidenceIn(toldText({ ...story, ...later }))[part];
    told[part] = upTo.sentence && own.includes(upTo.sentence.replace(/^…|…$/g, "").trim()) ? upTo : evidenceIn(own)[part];
  });
  if (!told.result.found && story.result.trim()) told.result = endOfStory(story.result);
  return told;
}

/**
 * The Result section is where the user says the story ended, as a spoken answer's "Result:"
 * label does: an event told there is how it turned out, in any words ("He was seen that day and
 * later wrote to the office manager", "We did not miss a Saturday for three months"), where an
 * answer without the label would need an outcome word. A remark on it ("It was a learning
 * experience", see remark), a feeling, a lesson, a wish or a plan ("next time I would ask sooner") is still
 * no Result.
 */
function endOfStory(section: string): PartEvidence {
  const reading = readClauses(section, loadedLanguage());
  const event = reading.clauses.find((c) => {
    const verb = mainVerb(c);
    return (c.tense === "past" || c.tense === "perfect") && verb !== undefined && !NOT_AN_EVENT.has(verb.lemma) && !c.unreal && !c.hypothetical && !c.habitual && !tellsLesson(c) && !remark(c);
  });
  return event ? { found: true, sentence: evidenceOf(reading, event) } : { found: false };
}

/**
 * Verbs that tell a state or a thought, not something that happened: "it was", "I felt", "I had
 * a good time". Narrower than the verbs that are no step of the speaker's (star.ts): "see", "get"
 * and "become" there do tell an outcome here ("He was seen that day", "she got better").
 */
const NOT_AN_EVENT = new Set(["be", "have", "feel", "think", "know", "realize", "learn", "want", "wish", "hope", "like", "love", "enjoy", "seem", "remember", "understand", "believe"]);

function evidenceIn(text: string): StarEvidence {
  const found = findStar(readClauses(text, loadedLanguage()), text, { plans: false });
  const evidence = { weOnly: found.weOnly } as StarEvidence;
  for (const part of STAR_PARTS) {
    const sentence = found[part];
    evidence[part] = { found: sentence !== undefined, ...(sentence ? { sentence } : {}) };
  }
  return evidence;
}
