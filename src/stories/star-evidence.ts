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

// Sentence boundaries come from Intl.Segmenter (ICU, built into Node). Node's ICU has no
// abbreviation list, so it ends a sentence at "Dr." in "Dr. Lee"; the titles and short forms
// that clinical stories use are joined back to the sentence they open.
const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });
const ABBREVIATION = /\b(?:Dr|Mr|Mrs|Ms|Prof|Sr|Jr|St|vs|approx|e\.g|i\.e|etc)\.\s*$/i;

function sentencesOf(text: string): string[] {
  const out: string[] = [];
  let pending = "";
  for (const { segment } of segmenter.segment(text)) {
    pending += segment;
    if (ABBREVIATION.test(pending)) continue;
    out.push(pending);
    pending = "";
  }
  if (pending) out.push(pending);
  return out.map((s) => s.replace(/\s+/g, " ").trim()).filter(Boolean);
}

/** Which STAR parts `text` shows, each with its evidence sentence. */
export function starEvidence(text: string): StarEvidence {
  const whole = starParts(text);
  const analysed = sentencesOf(text).map((sentence) => ({ sentence, parts: starParts(sentence) }));
  const evidence = {} as StarEvidence;
  for (const part of STAR_PARTS) {
    const sentence = analysed.find((s) => s.parts[part])?.sentence;
    evidence[part] = { found: whole[part] || sentence !== undefined, ...(sentence ? { sentence } : {}) };
  }
  return evidence;
}
