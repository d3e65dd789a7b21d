// The one door from the story bank to the STAR analysis that practice feedback uses, so a story
// is judged exactly as a spoken answer would be, with the sentence behind each part.
import { readClauses } from "../practice/clauses.js";
import { loadedLanguage } from "../practice/language.js";
import { findStar } from "../practice/star.js";
import { STAR_PARTS, type StarPart } from "./story.js";

export interface PartEvidence {
  found: boolean;
  /** The sentence that shows the part. */
  sentence?: string;
}

/** The four parts, and `weOnly`: every step is told as "we" (as practice feedback finds it). */
export type StarEvidence = Record<StarPart, PartEvidence> & { weOnly: boolean };

/**
 * Which STAR parts `text` shows, each with its evidence sentence. The language model must be
 * loaded first (`await loadLanguage()` from practice/language.ts); throws otherwise.
 */
export function starEvidence(text: string): StarEvidence {
  const found = findStar(readClauses(text, loadedLanguage()), text);
  const evidence = { weOnly: found.weOnly } as StarEvidence;
  for (const part of STAR_PARTS) {
    const sentence = found[part];
    evidence[part] = { found: sentence !== undefined, ...(sentence ? { sentence } : {}) };
  }
  return evidence;
}
