// How a clause asks or wonders: a question typed with or without its "?", and a question put as
// a statement ("I was wondering whether", "tell me how").
import type { Clause } from "./clause-types.js";
import { INVERTED } from "./clause-words.js";

/** Verbs of finding out: wanting to do one, in a plan, is done by asking. */
export const FINDING_OUT = new Set(["ask", "find", "know", "understand", "learn", "hear", "check", "clarify"]);

/** Verbs by which the speaker asks for the listener's view: "I'd really value your honest take". */
const WELCOMING = new Set(["value", "love", "appreciate", "welcome"]);

/** Whether a clause puts a question in a statement: "I was wondering whether", "tell me how", "I'd want to understand", "I'd value your take on". */
export function asksInWords(c: Clause): boolean {
  return c.words.some((w, i) => ["ask", "wonder"].includes(w.lemma) || w.normal === "curious" || (w.lemma === "tell" && c.words[i + 1]?.normal === "me") || (w.normal === "to" && FINDING_OUT.has(c.words[i + 1]?.lemma ?? "")) || (w.lemma === "find" && c.words[i + 1]?.normal === "out") || (WELCOMING.has(w.lemma) && c.words.slice(i + 1, i + 3).some((v) => v.normal === "your")));
}

/** Link words and fillers a typed question may open with: "so how is call shared". */
const LEAD_IN = new Set(["so", "and", "also", "then", "but", "um", "uh"]);
/** Question words that open a question unless the speaker follows: "when I was on call" is a statement. */
const QUESTION_WORDS = new Set(["how", "what", "when", "where", "who", "which", "why"]);
const SPEAKER = new Set(["i", "we", "my", "our", "me", "us"]);

/**
 * Whether a clause has the form of a question, its "?" left off as typing often leaves it: "how
 * is call shared", "do residents choose their mentor", "if someone is sued, what does the group
 * do". A question word followed by the speaker ("when I was on call", "what I liked was") opens a
 * statement instead, as does one before a description ("what is important to me").
 */
export function opensQuestion(c: Clause): boolean {
  const at = c.words.findIndex((w) => !LEAD_IN.has(w.normal));
  const [first, next] = [c.words[at]?.normal ?? "", c.words[at + 1]?.normal ?? ""];
  if ((QUESTION_WORDS.has(first) && !SPEAKER.has(next)) || INVERTED.has(first)) return true;
  // Later in the clause, a question word (with its "long", "often", "many"), an inverted
  // auxiliary and its subject: "that sounds exhausting how long has it been like that".
  const inverts = (i: number) => INVERTED.has(c.words[i]?.normal ?? "") && ["DET", "PRON", "NOUN", "PROPN"].includes(c.words[i + 1]?.pos ?? "");
  return c.words.some((w, i) => i > at && QUESTION_WORDS.has(w.normal) && (inverts(i + 1) || (w.normal === "how" && ["long", "often", "many", "much"].includes(c.words[i + 1]?.normal ?? "") && inverts(i + 2))));
}
