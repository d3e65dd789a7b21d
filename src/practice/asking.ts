// How a clause asks or wonders: a question typed with or without its "?", and a question put as
// a statement ("I was wondering whether", "tell me how").
import type { Clause } from "./clause-types.js";

/** Verbs of finding out: wanting to do one, in a plan, is done by asking. */
export const FINDING_OUT = new Set(["ask", "find", "know", "understand", "learn", "hear", "check", "clarify"]);

/** Whether a clause puts a question in a statement: "I was wondering whether", "tell me how", "I'd want to understand". */
export function asksInWords(c: Clause): boolean {
  return c.words.some((w, i) => ["ask", "wonder"].includes(w.lemma) || w.normal === "curious" || (w.lemma === "tell" && c.words[i + 1]?.normal === "me") || (w.normal === "to" && FINDING_OUT.has(c.words[i + 1]?.lemma ?? "")) || (w.lemma === "find" && c.words[i + 1]?.normal === "out"));
}

/** Link words and fillers a typed question may open with: "so how is call shared". */
const LEAD_IN = new Set(["so", "and", "also", "then", "but", "um", "uh"]);
/** Question words that open a question unless the speaker follows: "when I was on call" is a statement. */
const QUESTION_WORDS = new Set(["how", "what", "when", "where", "who", "which", "why"]);
const SPEAKER = new Set(["i", "we", "my", "our", "me", "us"]);
/** Auxiliaries that, first, invert a question: "is call shared", "do residents choose". */
const INVERTED = new Set(["is", "are", "was", "were", "do", "does", "did", "can", "could", "will", "would", "should", "has", "have"]);

/**
 * Whether a clause has the form of a question, its "?" left off as typing often leaves it: "how
 * is call shared", "do residents choose their mentor". A question word followed by the speaker
 * ("when I was on call", "what I liked was") opens a statement instead.
 */
export function opensQuestion(c: Clause): boolean {
  const at = c.words.findIndex((w) => !LEAD_IN.has(w.normal));
  const [first, next] = [c.words[at]?.normal ?? "", c.words[at + 1]?.normal ?? ""];
  return (QUESTION_WORDS.has(first) && !SPEAKER.has(next)) || INVERTED.has(first);
}
