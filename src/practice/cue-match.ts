// Cues of a deck's points, matched in one clause of an answer: each cue word matches a word's
// lemma or its normal form, whole words only, with "..." allowing a few words between.
import { joinWords, type Clause, type Reading, type Word } from "./clauses.js";
import { INTENSIFIERS } from "./clause-words.js";
import { doneToSubject, perceived, wishedFor } from "./deeds.js";
import type { Language } from "./language.js";

/** A cue word: "..." in a cue allows up to three words between its neighbours ("let ... know"). */
export type CueWord = { lemmas: Set<string>; gapBefore: number; written: string };
/**
 * A cue's words; `bySubject`: the cue was "i" + a verb, matched as the verb in a clause whose
 * subject is the speaker; `deed`: such a cue or a verb alone ("told"), which "I didn't tell"
 * denies; `negative`: the cue says "not" itself ("can't share"), which its own negation does not undo.
 */
export type Cue = CueWord[] & { bySubject?: boolean; past?: boolean; deed?: boolean; negative?: boolean };

const NEGATIVE = new Set(["not", "never", "no", "nobody", "nothing", "without"]);

const compiled = new Map<string, Cue>();

export function compileCue(cue: string, language: Language): Cue {
  const key = cue.toLowerCase();
  let words: Cue | undefined = compiled.get(key);
  if (words) return words;
  words = [];
  let gap = 0;
  let lastPos: string | undefined;
  for (const part of key.split(/\s+/).filter(Boolean)) {
    if (part === "...") {
      gap = 3;
      continue;
    }
    language.parse(part).tokens.filter((t) => t.pos !== "PUNCT").forEach((t, i) => {
      // A comparative says a change ("fewer no-shows", "shorter waits"): its base form says none
      // ("a few months", "a short wait"), so it matches only as written.
      const comparative = (t.pos === "ADJ" || t.pos === "ADV") && t.normal !== t.lemma;
      words!.push({ lemmas: new Set(comparative ? [t.normal] : [t.lemma, t.normal]), gapBefore: i === 0 ? gap : 0, written: t.normal });
      lastPos = t.pos;
    });
    gap = 0;
  }
  // "i asked", "i set up": a deed of the speaker's, matched on the clause's subject rather than
  // the word "I" next to the verb, so "...and went straight back, checked her bloods and asked"
  // counts. Auxiliaries and states ("i was", "i have", "i think") keep their exact wording.
  const verb = words[1];
  if (words.length >= 2 && [...words[0]!.lemmas].includes("i") && verb && verb.gapBefore === 0 && !FIXED_AFTER_I.has([...verb.lemmas][0]!)) {
    const tagged = language.parse(key).tokens.filter((t) => t.pos !== "PUNCT");
    // A past verb ("i said") asks for a deed told in the past: "next time I'll say it" is not one.
    if (tagged[1]?.pos === "VERB") words = Object.assign(words.slice(1), { bySubject: true, past: tagged[1].normal !== tagged[1].lemma });
  }
  words.deed = words.bySubject === true || (words.length === 1 && lastPos === "VERB");
  words.negative = words.some((w) => NEGATIVE.has([...w.lemmas][0]!));
  compiled.set(key, words);
  return words;
}
/** Words after "i" in a cue that are not a deed: the cue keeps its exact wording. */
const FIXED_AFTER_I = new Set(["be", "was", "'m", "am", "have", "had", "'ve", "do", "did", "would", "'d", "will", "'ll", "can", "could", "should", "must", "think", "feel", "want", "always", "still", "now", "never", "tend", "own", "remember", "worry", "struggle"]);

/**
 * A plural noun the language model does not know, and so leaves as it is ("observerships",
 * "clerkships"): the cue's singular still matches it. Short words ("news", "bus") are left out.
 */
function unknownPlural(w: Word, c: CueWord): boolean {
  if (w.lemma !== w.normal || w.normal.length <= 5 || (w.pos !== "NOUN" && w.pos !== "PROPN") || !/[^s]s$/.test(w.normal)) return false;
  return c.lemmas.has(w.normal.slice(0, -1));
}

/** Words that say how much, not what: the same cue with them between its words is the same claim ("made a real difference"). */
const WEIGHT = new Set([...INTENSIFIERS, "real", "huge", "big", "such"]);

/** Where the cue matches inside one clause: the matched words, or undefined. */
export function matchIn(clause: Clause, cue: Cue): Word[] | undefined {
  if (cue.bySubject && (clause.subject !== "I" || (cue.past && clause.tense !== "past" && clause.tense !== "perfect"))) return undefined;
  const ws = clause.words;
  // "to be honest", "to be fair": a way of speaking, not a claim of honesty or fairness.
  const aside = (w: Word) => ["honest", "fair", "frank"].includes(w.normal) && ws[ws.indexOf(w) - 1]?.normal === "be" && ws[ws.indexOf(w) - 2]?.normal === "to";
  // A verb written in a tense as a cue ("led") is a deed: another form of it matches only as a
  // verb ("she leads the team"), not as the noun or adjective of that form ("the lead
  // coordinator"). The form as written ("led", "published") matches as it is.
  const inflected = cue.deed && !cue.bySubject && cue.length === 1 && cue[0]!.lemmas.size > 1;
  const sameDeed = (w: Word, c: CueWord) => w.normal === c.written || ((c.lemmas.has(w.lemma) || c.lemmas.has(w.normal)) && (!inflected || w.verb));
  // "He seemed to understand": what only seemed so was not found out.
  const seeming = (w: Word) => ws[ws.indexOf(w) - 1]?.normal === "to" && ["seem", "appear"].includes(ws[ws.indexOf(w) - 2]?.lemma ?? "");
  const fits = (w: Word, c: CueWord) => (sameDeed(w, c) || unknownPlural(w, c)) && !aside(w) && !seeming(w) && !(w.inPhrase && cue.length === 1);
  // "i reported" is a deed: the verb, not the noun ("I read that report"), not one only wished
  // for, nor one the speaker saw someone else do, nor one done to the speaker ("I was asked").
  // ("an allergy on file": a word straight after a preposition is a noun, whatever its tag.)
  const notTheSpeakers = (at: number) => !ws[at]!.verb || ws[at - 1]?.pos === "ADP" || wishedFor(ws, at) || perceived(ws, at) || doneToSubject(ws, at);
  outer: for (let start = 0; start < ws.length; start++) {
    if (!fits(ws[start]!, cue[0]!) || (cue.bySubject && notTheSpeakers(start))) continue;
    const hit = [ws[start]!];
    let at = start;
    for (let k = 1; k < cue.length; k++) {
      let found = -1;
      // Words that only add weight may come between ("was very unfair", "made a real difference").
      let reach = at + 1 + cue[k]!.gapBefore;
      for (let j = at + 1; j <= reach && j < ws.length; j++) {
        if (fits(ws[j]!, cue[k]!)) {
          found = j;
          break;
        }
        if (WEIGHT.has(ws[j]!.normal) && reach - at < 4) reach++;
      }
      if (found === -1) continue outer;
      hit.push(ws[found]!);
      at = found;
    }
    return hit;
  }
  return undefined;
}

/** The answer's words from the first to the last of a cue's match, as said: "let her know", "too detail-oriented". */
export function spanOf(reading: Reading, hit: Word[]): string {
  return joinWords(reading.words.slice(hit[0]!.index, hit[hit.length - 1]!.index + 1));
}

/** A cue that names a wish or plan ("hope to", "wanted to ask", "i was hoping"): matched in clauses that wish, which other cues pass over. */
export const namesWish = (cue: string) =>
  /\b(?:hop(?:e|ed|ing)|want(?:ed|ing)?|wish(?:ed|ing)?|plan(?:ned|ning)?|intend(?:ed|ing)?|aim(?:ed|ing)?|lik(?:e|ed)|lov(?:e|ed)|meant) to\b|\bhop(?:ed|ing)$/.test(cue.toLowerCase());
/** Such a cue in the past, which a wish given up says too ("I had hoped to ask about openings"). */
export const namesPastWish = (cue: string) => /\b(?:hoped|hoping|wanted|wished|planned|planning|intended|aimed|meant)\b/.test(cue.toLowerCase());
/** A cue that says only when, not what was done: "since then", "from now on", "these days". */
export const saysOnlyWhen = (cue: string) => /^(?:since then|ever since|from then on|from now on|going forward|these days|nowadays|after that|since)$/i.test(cue);
