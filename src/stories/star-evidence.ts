// The one door from the story bank to the STAR analysis that practice feedback uses, so a story
// is judged exactly as a spoken answer would be, with the sentence behind each part.
import { readClauses } from "../practice/clauses.js";
import { loadedLanguage } from "../practice/language.js";
import { findStar } from "../practice/star.js";
import { STAR_PARTS, toldText, type StarPart, type StoryText } from "./story.js";

export interface PartEvidence {
  found: boolean;
  /** The sentence that shows the part. */
  sentence?: string;
}

/** The four parts, and `weOnly`: every step is told as "we" (as practice feedback finds it). */
export type StarEvidence = Record<StarPart, PartEvidence> & { weOnly: boolean };

/**
 * Which STAR parts a story shows, read as it would be told (its parts in order, one paragraph
 * each), so a part counts only if its words show it, wherever they stand. Each part found is
 * quoted from the story's own section for it when that section shows the part read alone: the
 * first sentence that reads as a step may be in the Situation ("I booked an MRI without checking"),
 * and the user wrote the steps under Action. The language model must be loaded first
 * (`await loadLanguage()` from practice/language.ts); throws otherwise.
 */
export function starEvidence(story: StoryText): StarEvidence {
  const told = evidenceIn(toldText(story));
  for (const part of STAR_PARTS) {
    if (!told[part].found || !story[part].trim()) continue;
    const own = evidenceIn(story[part])[part];
    if (own.found) told[part] = own;
  }
  return told;
}

function evidenceIn(text: string): StarEvidence {
  const found = findStar(readClauses(text, loadedLanguage()), text, { plans: false });
  const evidence = { weOnly: found.weOnly } as StarEvidence;
  for (const part of STAR_PARTS) {
    const sentence = found[part];
    evidence[part] = { found: sentence !== undefined, ...(sentence ? { sentence } : {}) };
  }
  return evidence;
}
