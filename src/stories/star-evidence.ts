// The one door from the story bank to the STAR analysis that practice feedback uses, so a story
// is judged exactly as a spoken answer would be. Only this file knows that analysis' shape: when
// it changes (say, to one that returns the sentence behind each part), only this adapter moves.
import { starParts } from "../practice/feedback.js";
import { STAR_PARTS, type StarPart } from "./story.js";

export interface PartEvidence {
  found: boolean;
  /** The first sentence that shows the part, when one sentence does on its own. */
  sentence?: string;
}

export type StarEvidence = Record<StarPart, PartEvidence>;

// Sentence boundaries are a language question: Intl.Segmenter (ICU, built into Node) knows
// "Dr. Lee" is not the end of a sentence.
const sentences = new Intl.Segmenter("en", { granularity: "sentence" });

/** Which STAR parts `text` shows, each with its evidence sentence. */
export function starEvidence(text: string): StarEvidence {
  const whole = starParts(text);
  const split = [...sentences.segment(text)].map((s) => s.segment.replace(/\s+/g, " ").trim()).filter(Boolean);
  const analysed = split.map((sentence) => ({ sentence, parts: starParts(sentence) }));
  const evidence = {} as StarEvidence;
  for (const part of STAR_PARTS) {
    const sentence = analysed.find((s) => s.parts[part])?.sentence;
    evidence[part] = { found: whole[part] || sentence !== undefined, ...(sentence ? { sentence } : {}) };
  }
  return evidence;
}
