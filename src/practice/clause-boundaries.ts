// Where one clause of an answer ends and the next begins: at punctuation, a conjunction with a
// verb after it, or a new subject with its own verb (a clause reported with or without "that").
import type { Token } from "./language.js";

/** A token with whether it is read as a verb (the clause reader corrects the tagger's noun tags). */
type Tagged = Token & { verb: boolean };

/** Conjunctions that start a new clause; "and"/"but"/"or" only when a verb follows before the next boundary. */
const SUBORDINATORS = new Set(["because", "when", "while", "if", "although", "though", "before", "after", "since", "until", "unless", "whereas", "once", "which", "who", "where"]);
const COORDINATORS = new Set(["and", "but", "or", "so", "then", "yet"]);
export const SUBJECT_PRONOUNS = new Set(["i", "i'm", "i've", "i'd", "i'll", "we", "we're", "we've", "we'd", "you", "he", "she", "they", "it", "someone", "somebody", "nobody", "everyone", "everybody", "anyone", "nothing", "everything", "there", "this", "that"]);
/** Words that open a noun phrase able to be a subject ("the charge nurse", "my colleague"). */
export const DETERMINERS = new Set(["the", "a", "an", "this", "that", "one", "my", "our", "his", "her", "their", "your"]);

/** Hesitation sounds: "um", "umm", "hmm"; "uh", "er", "ah". */
export const UM = /^(?:u+m+|u+h+m+|e+r+m+|h+m+)$/;
export const UH = /^(?:u+h+|e+r+|a+h+)$/;
/** Fillers that, set off by commas, leave the clause around them whole: "I don't keep, like, a list". */
const ASIDES = [["like"], ["you", "know"], ["i", "guess"], ["i", "mean"], ["basically"], ["kind", "of"], ["sort", "of"], ["well"]];

/**
 * Where a filler that carries nothing ends, when one starts at `i`: a hesitation ("what um made
 * you"), or fillers set off by commas (", like,", ", um, you know,"). Such a filler neither ends
 * a clause nor belongs to it, so "I don't really keep, like, a list" is one denial and "What,
 * um, made you want to..." one question. Returns `i` when no filler starts there.
 */
export function fillerEnd(words: readonly Token[], i: number): number {
  const w = words[i]!;
  const hesitation = (t: Token | undefined) => t !== undefined && t.sentence === w.sentence && (UM.test(t.normal) || UH.test(t.normal)) && t.text !== t.text.toUpperCase();
  if (hesitation(w)) return i + 1;
  if (w.normal !== ",") return i;
  let at = i + 1;
  let fillers = 0;
  for (;;) {
    const t = words[at];
    if (t?.normal === ",") at++;
    else if (hesitation(t)) (at++, fillers++);
    else {
      const aside = ASIDES.find((phrase) => phrase.every((part, k) => words[at + k]?.normal === part && words[at + k]!.sentence === w.sentence));
      if (!aside) break;
      at += aside.length;
      fillers++;
    }
  }
  // Set off on both sides, with the clause going on after it.
  const resumes = words[at] !== undefined && words[at]!.sentence === w.sentence && words[at]!.pos !== "PUNCT";
  return fillers > 0 && words[at - 1]!.normal === "," && resumes ? at : i;
}

/** Whether the word at `i` starts a new clause after the words of the current one. */
export function startsNewClause(words: readonly Tagged[], i: number, current: readonly Tagged[]): boolean {
  const w = words[i]!;
  const prev = words[i - 1];
  return (
    (prev !== undefined && prev.sentence !== w.sentence) ||
    (w.pos === "PUNCT" && /[,;:.!?()"—–]/.test(w.normal)) ||
    (SUBORDINATORS.has(w.normal) && (w.pos === "SCONJ" || w.pos === "ADV" || w.pos === "PRON") && current.length > 0 && !adverbial(words, i)) ||
    // ("I have not yet done a rotation": after a negation "yet" is the adverb, and the clause goes on.)
    (COORDINATORS.has(w.normal) && startsClause(words, i + 1) && !thenAsAdverb(words, i, current) && !awaitsVerb(current) && !(w.normal === "yet" && ["not", "n't", "never"].includes(prev?.normal ?? ""))) ||
    // "When I was there I decided", "it was given so i went": a new subject and verb after a
    // clause that already has its verb start the next clause, commas or not.
    (["i", "we", "he", "she", "they"].includes(w.normal) && current.some((c) => c.verb) && words[i + 1]?.verb === true && current[current.length - 1]?.pos !== "ADP") ||
    // "...didn't check the chart that was on me": in a transcript a demonstrative subject with
    // its verb starts a clause too (so a negation before it does not run on).
    (["that", "this"].includes(w.normal) && w.pos === "PRON" && current.some((c) => c.verb) && ["was", "is", "'s", "were"].includes(words[i + 1]?.normal ?? "") && current[current.length - 1]?.pos !== "ADP") ||
    // "I told him that I'd find out": a reported clause has its own subject and tense.
    (w.normal === "that" && current.some((c) => c.verb) && ["i", "we", "he", "she", "they", "you"].includes(words[i + 1]?.normal ?? "")) ||
    // "It turned out a night nurse had used the word", "I realised the dose was wrong": the same
    // without "that", when a noun phrase and its own verb follow a verb of finding out.
    (DETERMINERS.has(w.normal) && findsOutNext(current) && verbAfterPhrase(words, i))
  );
}

/**
 * "Then" as an adverb, which links nothing: "since then", and right after a subject whose verb
 * has not come yet ("I then called the family", "the nurse then paged me").
 */
function thenAsAdverb(words: readonly Tagged[], i: number, current: readonly Tagged[]): boolean {
  const prev = words[i - 1];
  if (words[i]!.normal !== "then" || !prev) return false;
  return prev.normal === "since" || (current.length > 0 && !current.some((w) => w.verb) && ["PRON", "PROPN", "NOUN"].includes(prev.pos));
}

/**
 * A "whether" or "if" clause whose verb has not come yet: an "and" or "or" there joins its
 * subjects ("I should have checked whether any earlier visits or results had been filed", "if
 * the patient or her son asked"), it starts no clause of its own.
 */
function awaitsVerb(current: readonly Tagged[]): boolean {
  const opener = current.findLastIndex((w) => w.normal === "whether" || w.normal === "if");
  return opener !== -1 && !current.slice(opener + 1).some((w) => w.verb);
}

/** A verb or auxiliary in the past tense, read from its form (the tagger gives no tense). */
export function isPast(t: Token): boolean {
  if (t.pos !== "VERB" && t.pos !== "AUX") return false;
  if (["was", "were", "did", "had"].includes(t.normal)) return true;
  if (["is", "are", "am", "has", "'s", "'re", "'m", "'ve", "would", "will"].includes(t.normal)) return false;
  // Inflected and not "-ing" or a third-person "-s": "took", "organized", "done".
  const thirdPerson = t.normal.endsWith("s") && !t.normal.endsWith("ss") && t.normal.startsWith(t.lemma.slice(0, -1));
  return t.normal !== t.lemma && !t.normal.endsWith("ing") && !thirdPerson;
}

/**
 * A subordinator used as an adverb, which opens no clause: "since then" and "ever since" (from then on), and
 * "once" or "since" right after the subject ("I once booked", "she has since moved").
 */
function adverbial(words: readonly Tagged[], i: number): boolean {
  const w = words[i]!;
  const before = words[i - 1];
  // "Ever since, I label every tube": from then on, as "since then" is ("ever since I was a child" opens a clause).
  if (w.normal === "since" && (words[i + 1]?.normal === "then" || (before?.normal === "ever" && words[i + 1]?.pos === "PUNCT"))) return true;
  return (w.normal === "once" || w.normal === "since") && before !== undefined && (["i", "we", "he", "she", "they", "has", "have", "had"].includes(before.normal));
}

/** Whether a subject and verb (or a bare verb) follow before the next punctuation: "and I rang", "and rang". */
function startsClause(words: readonly Tagged[], from: number): boolean {
  // ("and ever since then I read the labs...": "since then" is an adverb, and the subject comes after it.)
  const sinceThen = (i: number) => words[i]?.normal === "since" && words[i + 1]?.normal === "then";
  for (let i = from; i < words.length && i < from + (sinceThen(from) || sinceThen(from + 1) ? 5 : 4); i++) {
    const w = words[i]!;
    if (w.pos === "PUNCT") return false;
    if (w.verb && !["to"].includes(w.normal)) return true;
    if (!(SUBJECT_PRONOUNS.has(w.normal) || w.pos === "PRON" || w.pos === "DET" || w.pos === "ADV" || w.pos === "NOUN" || w.pos === "PROPN" || w.pos === "ADJ" || w.pos === "INTJ" || sinceThen(i))) return false;
  }
  return false;
}

/**
 * Verbs of finding out whose object can be a whole clause. Not the verbs of saying: what was said
 * ("said my presentations were too long") is read with the saying, as a cue such as "said my" is.
 */
const KNOWING = new Set(["realize", "find", "learn", "notice", "discover", "know", "think", "hear", "see", "turn", "seem", "understand", "remember"]);
/** The clause so far ends with such a verb ("I realised", "it turned out", "I found out that"). */
function findsOutNext(current: readonly Tagged[]): boolean {
  const words = current.at(-1)?.normal === "that" ? current.slice(0, -1) : current;
  const last = words.at(-1)?.normal === "out" ? words.at(-2) : words.at(-1);
  return last?.verb === true && KNOWING.has(last.lemma);
}
/** A finite verb ("had", "was", "showed") right after the noun phrase that starts at `at`. */
function verbAfterPhrase(words: readonly Tagged[], at: number): boolean {
  for (let i = at + 1; i < words.length && i <= at + 4; i++) {
    const w = words[i]!;
    if (w.verb) return w.pos === "AUX" || isPast(w);
    if (!["NOUN", "PROPN", "ADJ", "NUM"].includes(w.pos)) return false;
  }
  return false;
}
