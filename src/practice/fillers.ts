// Fillers and hedges, judged by use rather than by spelling, so that they are found in an
// unpunctuated transcript and not in ordinary grammar: "like" as a verb, preposition or "such as"
// is not a filler; "so that", "or so" and "so I went back" (a consequence) are not; "you know the
// answer" and "I mean to" are not; "a kind of" names a kind. Punctuation helps when there is
// some ("I, like, couldn't"), but the rules read the neighbouring words first.
import { UH, UM, isPast } from "./clause-boundaries.js";
import { INTENSIFIERS } from "./clause-words.js";
import type { Word } from "./clauses.js";

/** Filler names in report order (the labels of the evaluation sets use the same names). */
export const FILLER_WORDS = ["um", "uh", "like", "so", "you know", "basically", "actually", "literally", "I mean", "kind of", "sort of", "I guess", "maybe"] as const;

/** Words that carry no content at the start of a turn ("Okay so, um"). */
export const OPENERS = new Set(["okay", "ok", "yeah", "well", "right", "um", "uh", "umm", "erm", "er", "and", "alright", "oh", "sure", "aye"]);
const SUBJECTS = new Set(["i", "i'm", "i've", "i'd", "we", "he", "she", "they", "it", "you", "there", "that"]);
const DETERMINERS = new Set(["a", "an", "the", "this", "that", "these", "those", "what", "which", "any", "some", "every", "each", "one", "another", "other", "same", "different", "no", "all", "my", "your", "our", "their", "his", "her"]);
/** "the kind of", "a sort of": a noun, whatever follows. */
const ARTICLES = new Set(["a", "an", "the", "what", "which", "same", "every", "each", "another"]);
/** "like" after these is a verb or a comparison: "I like", "would like", "felt like", "things like", "come across like". */
const LIKE_NOT_AFTER = new Set(["i", "you", "we", "they", "would", "'d", "don't", "not", "really", "also", "feel", "felt", "feels", "look", "looks", "looked", "sound", "sounds", "sounded", "seem", "seems", "seemed", "something", "anything", "nothing", "things", "stuff", "much", "more", "just", "people", "situations", "cases", "exactly", "nobody", "someone", "somebody", "across"]);

/**
 * Verbs that need an object: a "like" between one and the object ("try like a diet", "had like a
 * long talk") is no comparison, since these verbs cannot stand alone; it is a filler.
 */
const WANTS_OBJECT = new Set(["try", "tried", "trying", "want", "wanted", "need", "needed", "have", "has", "had", "get", "got", "give", "gave", "take", "took", "keep", "keeps", "kept"]);

/**
 * What "literally" overstates when it is a filler ("the phones were literally nonstop", "it
 * literally drove me up the wall"); before a plain fact ("the referral literally said
 * appendicitis", "literally a folding table") it means what it says.
 */
const HYPERBOLE = /\b(?:non-?stop|dying|died|dead|die|exploded?|everyone|everybody|nobody|no one|always|never|forever|millions?|hundreds?|thousands?|worst|best|killing|killed|up the wall|insane|crazy|impossible|on fire|nightmare|nothing|every|everything|screaming|zero|blew|blown|shaking|froze|frozen|begging|drowning|running around|war zone|zoo|circus|madhouse|chaos|over the moon|on cloud nine|through the roof|beside (?:him|her|my|them)sel(?:f|ves)|jumping|bouncing|floored|in heaven)\b/;

/** The next `count` words after position `i` in the same sentence, lowercase, as one text. */
function following(words: Word[], i: number, count: number): string {
  return words.slice(i + 1, i + 1 + count).filter((w) => w.sentence === words[i]!.sentence).map((w) => w.text.toLowerCase()).join(" ");
}

/** Degree words that a filler "like" or "actually" is put in front of. */
/** "like I said", "like we agreed", "like I always do": "like" meaning "as", not a filler. */
const LIKE_AS = new Set(["said", "say", "mentioned", "did", "do", "does", "told", "was", "were", "discussed", "agreed", "planned", "expected", "thought", "asked", "wanted", "described", "suggested", "promised", "always", "usually", "normally", "would", "'d", "had", "have", "'ve"]);
/** States one can only seem to be in: after "like she", "as if" ("like she understood", "like he cared"). */
const AS_IF_STATES = new Set(["understand", "know", "care", "mean", "belong", "own", "matter"]);
/** What an approximation counts: "like one hour", "like one or two patients". */
const UNITS = new Set(["second", "minute", "hour", "day", "week", "month", "year", "time", "patient", "person", "people", "shift", "call", "visit", "percent"]);
const BE = new Set(["am", "'m", "is", "'s", "are", "'re", "was", "were"]);
/** "like we're supposed to": what one is required or taught to do. */
const AS_REQUIRED = new Set(["supposed", "meant", "required", "expected", "told", "trained", "taught", "asked", "allowed"]);
/** Verbs that come before their subject: when "so" echoes what was said ("so am I", "so did we"), or in a question ("is it the nights?"). */
const AUXILIARIES = new Set(["am", "is", "are", "was", "were", "do", "does", "did", "have", "has", "had", "can", "could", "will", "would"]);
/** What a rule or record does when "like" means "as" it does: "like the binder says". */
const SOURCE_SAYS = new Set(["says", "said", "tells", "told", "shows", "showed", "recommends", "recommended", "requires", "required"]);
/** Who does something: "we like tried it", "like I said". */
const PEOPLE = new Set(["i", "we", "he", "she", "they", "you"]);
/** Link words and fillers after which "I mean" restarts the sentence. */
const RESTART_AFTER = new Set(["and", "but", "so", "or", "um", "uh", "like", "yeah", "well"]);

/**
 * "maybe" naming one of several real possibilities ("maybe a sprain, maybe a fracture", "maybe
 * they were busy or maybe ...") is meant; a lone "maybe" hedges. Alternatives need words between
 * them, so a stutter ("maybe maybe") is still a filler.
 */
function possibilityAt(words: Word[], i: number): boolean {
  const sentence = words[i]!.sentence;
  for (let j = i - 12; j <= i + 12; j++) {
    const other = words[j];
    if (!other || j === i || other.sentence !== sentence || other.text.toLowerCase() !== "maybe") continue;
    const between = words.slice(Math.min(i, j) + 1, Math.max(i, j)).filter((w) => !isPunct(w) && !["or", "maybe"].includes(w.text.toLowerCase()) && !UM.test(w.text.toLowerCase()) && !UH.test(w.text.toLowerCase()));
    if (between.length >= 2) return true;
  }
  return false;
}

const isPunct = (w: Word | undefined) => w !== undefined && w.pos === "PUNCT";
const isComma = (w: Word | undefined) => w !== undefined && w.pos === "PUNCT" && /[,;—–-]/.test(w.text.toLowerCase());
const atStart = (words: Word[], i: number) => i === 0 || words[i - 1]!.sentence !== words[i]!.sentence || isPunct(words[i - 1]) && /[.!?]/.test(words[i - 1]!.text.toLowerCase());
const atEnd = (words: Word[], i: number) => i === words.length - 1 || words[i + 1]!.sentence !== words[i]!.sentence || (isPunct(words[i + 1]) && /[.!?]/.test(words[i + 1]!.text.toLowerCase()));

/** Whether the word before `i` (skipping fillers and openers) starts the turn or a sentence. */
function opensTurn(words: Word[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && (OPENERS.has(words[j]!.text.toLowerCase()) || isComma(words[j])) && words[j]!.sentence === words[i]!.sentence) j--;
  return j < 0 || words[j]!.sentence !== words[i]!.sentence || (isPunct(words[j]) && /[.!?]/.test(words[j]!.text.toLowerCase()));
}

/** How many words from `i` form a filler, and which one (undefined: not a filler). */
function fillerAt(words: Word[], i: number): { word: (typeof FILLER_WORDS)[number]; length: number } | undefined {
  const w = words[i]!;
  // The words as said, lowercased: the tagger's normal form would turn "yeah" into "yes".
  const n = w.text.toLowerCase();
  const next = words[i + 1];
  const prev = words[i - 1];
  const next2 = words[i + 2];
  if (UM.test(n)) return { word: "um", length: 1 };
  // "ER" in capitals is the emergency room, and so is "the er" or "to er" in a transcript.
  const emergencyRoom = n === "er" && ["the", "our", "an", "that", "this", "to", "in", "from"].includes(prev?.text.toLowerCase() ?? "");
  if (UH.test(n) && w.text !== w.text.toUpperCase() && !emergencyRoom) return { word: "uh", length: 1 };
  if (n === "basically") return { word: "basically", length: 1 };
  if (n === "literally") return HYPERBOLE.test(following(words, i, 5)) ? { word: "literally", length: 1 } : undefined;
  if (n === "maybe") {
    // "Maybe you'll want to see me work a session first": a suggestion, not a hedge.
    if (["you", "we"].includes(next?.text.toLowerCase() ?? "") && /^(?:'ll|will|could|can|should|might|want)$/.test(next2?.text.toLowerCase() ?? "")) return undefined;
    // "Maybe she was right", "I thought maybe they had weighed it up": a clause that opens with
    // "maybe" and its own subject and verb puts a possibility; "maybe ten minutes" or "I'd maybe
    // like to" hedges.
    // ("maybe they just weren't interested": an adverb may come between.)
    const verbAfterSubject = next2?.verb === true || (next2?.pos === "ADV" && words[i + 3]?.verb === true);
    if (SUBJECTS.has(next?.text.toLowerCase() ?? "") && verbAfterSubject) return undefined;
    // So does one whose clause starts after a phrase of time: "maybe in three weeks he is
    // back in the emergency department", "maybe at some point we'd end up out there".
    if (["in", "at", "by", "after", "next", "one", "some"].includes(next?.text.toLowerCase() ?? "")) {
      const subject = words.slice(i + 2, i + 7).findIndex((x) => x.verb || SUBJECTS.has(x.text.toLowerCase()));
      const found = subject === -1 ? undefined : words[i + 2 + subject];
      const when = words.slice(i + 1, i + 2 + subject).some((x) => /^(?:days?|weeks?|months?|years?|point|time|while)$/.test(x.text.toLowerCase()));
      if (found && when && !found.verb && found.sentence === w.sentence && words[i + 3 + subject]?.verb === true) return undefined;
    }
    // "tomorrow, or maybe Friday", "a lactate and maybe a CT", "something structured, maybe a
    // weekly case session", "a hospitalist who teaches, maybe with a role in quality": another
    // option offered, or an example of one, not a hedge.
    const offered = prev?.text.toLowerCase() === "or" || ((prev?.text.toLowerCase() === "and" || isComma(prev)) && ["a", "an", "the", "some", "with", "as"].includes(next?.text.toLowerCase() ?? ""));
    // "maybe grab a coffee next week": a suggestion (a verb in its plain form, with no subject, no
    // modal and no "to" just before: "my plan is to, like, maybe talk to people" hedges).
    const lead = words.slice(Math.max(0, i - 6), i).filter((x) => x.sentence === w.sentence && !isPunct(x)).slice(-3).map((x) => x.text.toLowerCase());
    const suggested = next?.pos === "VERB" && next.text.toLowerCase() === next.lemma && !lead.some((x) => SUBJECTS.has(x) || ["'d", "would", "will", "could", "can", "might", "should", "to"].includes(x));
    return offered || suggested || possibilityAt(words, i) ? undefined : { word: "maybe", length: 1 };
  }
  if (n === "kinda" || n === "sorta") return DETERMINERS.has(prev?.text.toLowerCase() ?? "") && next && ["NOUN", "PROPN"].includes(next.pos) ? undefined : { word: n === "kinda" ? "kind of" : "sort of", length: 1 };
  if ((n === "kind" || n === "sort") && next?.text.toLowerCase() === "of") {
    // "that kind of thing" names a kind; "all kind of blur together" and "that kind of helped"
    // hedge a verb. After an article the words name a kind whatever follows: "the kind of
    // underserved care" ("underserved" reads as a verb).
    const before = prev?.text.toLowerCase() ?? "";
    // ("a certain kind of patient", "the same sort of thing": an adjective after the article names it too.)
    const described = prev?.pos === "ADJ" && ARTICLES.has(words[i - 2]?.text.toLowerCase() ?? "");
    const namesAKind = ARTICLES.has(before) || described || (DETERMINERS.has(before) && (!next2 || ["NOUN", "PROPN", "DET", "NUM", "PRON", "ADJ"].includes(next2.pos)) && !next2?.verb);
    return namesAKind ? undefined : { word: n === "kind" ? "kind of" : "sort of", length: 2 };
  }
  if (n === "i" && next?.text.toLowerCase() === "guess") return { word: "I guess", length: 2 };
  if (n === "i" && next?.text.toLowerCase() === "mean") {
    // A restating aside ("I mean, he had every right"), not "I mean to" or "by X I mean fourteen hours".
    if (prev && ["what", "by", "if"].includes(prev.text.toLowerCase())) return undefined;
    const after = words[i + 2];
    // "...five days later I mean the lesson was": a new subject with its verb after it restarts the
    // sentence. A verb after a preposition is no subject's ("I mean the part about protecting it"
    // names what was meant).
    const newClause = after !== undefined && DETERMINERS.has(after.text.toLowerCase()) && words.slice(i + 3, i + 6).some((w, k) => w.verb && w.sentence === after.sentence && words[i + 2 + k]?.pos !== "ADP");
    // "I mean that." vouches for what was said: it is meant.
    const vouching = after?.text.toLowerCase() === "that" && (!words[i + 3] || isPunct(words[i + 3]!));
    const aside = !vouching && (!after || isPunct(after) || SUBJECTS.has(after.text.toLowerCase()) || newClause || atEnd(words, i + 1));
    // A restart after a link word ("and I mean what stuck with me"), unless it means "intend" or "mean it".
    // So does one that opens a sentence with anything but what is meant ("I mean looking back,
    // that was wrong"; not "I mean the part about...").
    const opening = atStart(words, i) && after !== undefined && !isPunct(after) && !DETERMINERS.has(after.text.toLowerCase());
    const restart = ((prev && RESTART_AFTER.has(prev.text.toLowerCase())) || opening) && after && !["to", "it", "that", "this", "every", "business", "well"].includes(after.text.toLowerCase());
    return aside || restart ? { word: "I mean", length: 2 } : undefined;
  }
  if (n === "you" && next?.text.toLowerCase() === "know") {
    if (prev && ["do", "did", "don't", "if", "would", "will", "as", "what", "whether", "'d", "not", "might"].includes(prev.text.toLowerCase())) return undefined;
    const after = words[i + 2];
    // "they were you know just waiting": after an auxiliary "you" cannot be a subject, so it is an
    // aside; so is one followed by "and" or "but" ("ringing nonstop you know and I"): it has no object.
    const afterAuxiliary = prev !== undefined && (prev.pos === "AUX" || ["was", "were", "is", "are", "am", "been", "be"].includes(prev.text.toLowerCase())) && !["do", "did", "does", "would", "will", "could", "can", "should", "might", "'d"].includes(prev.text.toLowerCase());
    // "she went to rehab you know after a week": "know" takes no "after" or "in"; "know about" and
    // "know of" are the verb.
    const beforePreposition = after !== undefined && after.pos === "ADP" && !["about", "of"].includes(after.text.toLowerCase());
    // "instead of you know lecturing her", "I'll just you know send something": "know" takes no verb after it.
    // ("which you know was kind of frustrating": after "which" or "who", before its verb.)
    const relative = prev !== undefined && ["which", "who"].includes(prev.text.toLowerCase()) && after !== undefined && (after.verb || after.pos === "AUX");
    const beforeVerb = relative || (after !== undefined && (after.pos === "VERB" || (after.text.toLowerCase().endsWith("ing") && !/(?:thing|morning|evening)$/i.test(after.text))));
    const aside = !after || isPunct(after) || isComma(prev) || afterAuxiliary || beforePreposition || beforeVerb || SUBJECTS.has(after.text.toLowerCase()) || atEnd(words, i + 1) || ["um", "uh", "like", "so", "even", "just", "really", "and", "but", "then"].includes(after.text.toLowerCase());
    // "you know the field better than I do", "..., you know how it is": the verb, with its object.
    return aside && !(after && ["the", "that", "how", "what", "who", "where", "when", "why", "whether", "a", "an", "him", "her", "them", "me", "us", "my", "your", "his", "their", "our"].includes(after.text.toLowerCase())) ? { word: "you know", length: 2 } : undefined;
  }
  if (n === "actually") {
    // Empty emphasis after "I" ("I've actually met..."), or set off on its own; otherwise it
    // contrasts with what was expected ("people actually read those") and is meant.
    const afterI = prev && ["i", "i've", "i'm", "i'd", "'ve", "'m"].includes(prev.text.toLowerCase()) || (prev?.text.toLowerCase() === "have" || prev?.text.toLowerCase() === "am") && ["i"].includes(words[i - 2]?.text.toLowerCase() ?? "");
    const setOff = ((isComma(prev) || atStart(words, i)) && isComma(next)) || (isComma(prev) && ["basically", "um", "uh", "like", "so"].includes(words[i - 2]?.text.toLowerCase() ?? ""));
    // "she got actually really angry": in front of another intensifier it only adds weight.
    // ("it was actually quite easy" still contrasts with what was expected, so only the empty
    // doublings count.)
    const beforeIntensifier = next !== undefined && ["really", "totally", "literally", "super"].includes(next.text.toLowerCase());
    // "...whereas the procedures I actually get excited about": set against what came before, it is meant.
    const contrasted = words.slice(Math.max(0, i - 8), i).some((w) => w.sentence === words[i]!.sentence && ["but", "whereas", "though", "although", "however", "yet"].includes(w.text.toLowerCase()));
    // So is one set against what comes next, in its own clause or the one after ("I actually like
    // the long interviews, I don't find them boring", "what I actually enjoy isn't the drama,
    // though"), or against what seemed so ("see where I actually stood").
    const contrastAfter = words.slice(i + 1).some((w) => w.sentence === words[i]!.sentence && w.clause <= words[i]!.clause + 1 && (["though", "but", "whereas", "instead", "not", "n't", "never"].includes(w.text.toLowerCase()) || w.text.toLowerCase().endsWith("n't")));
    const asked = ["what", "where", "how", "who", "which", "whether"].includes(words[i - 2]?.text.toLowerCase() ?? "");
    return (afterI && !contrasted && !contrastAfter && !asked) || setOff || beforeIntensifier ? { word: "actually", length: 1 } : undefined;
  }
  if (n === "like") {
    // "something like fifteen practices": an approximation, as "like fifteen" is.
    if (prev?.text.toLowerCase() === "something" && next && (next.pos === "NUM" || /^\d/.test(next.text))) return { word: "like", length: 1 };
    // "I would like, ask her about it": cut off from its verb, "like" hesitates.
    if (["would", "'d"].includes(prev?.text.toLowerCase() ?? "") && isComma(next) && words[i + 2]?.pos === "VERB") return { word: "like", length: 1 };
    // "we like tried it": before a verb in the past, after its subject, "like" cannot be the verb.
    // ("there was this resident who like kept giving me...": so after "who" or "which".)
    if (prev && (PEOPLE.has(prev.text.toLowerCase()) || ["who", "which"].includes(prev.text.toLowerCase())) && next && isPast(next)) return { word: "like", length: 1 };
    if (prev && LIKE_NOT_AFTER.has(prev.text.toLowerCase())) return undefined;
    if (next && PEOPLE.has(next.text.toLowerCase()) && LIKE_AS.has(words[i + 2]?.text.toLowerCase() ?? "")) return undefined;
    // "like we're supposed to", "like I was taught": as the rules say, not a filler.
    if (next && SUBJECTS.has(next.text.toLowerCase()) && BE.has(words[i + 2]?.text.toLowerCase() ?? "") && AS_REQUIRED.has(words[i + 3]?.text.toLowerCase() ?? "")) return undefined;
    // "like the downtime binder says", "like our policy said": "as" a source has it, not a filler.
    const source = next && ["the", "our", "my", "your", "their", "his", "her"].includes(next.text.toLowerCase()) ? words.slice(i + 2, i + 5).findIndex((w) => SOURCE_SAYS.has(w.text.toLowerCase())) : -1;
    if (source > 0 && words.slice(i + 2, i + 2 + source).every((w) => w.pos === "NOUN" || w.pos === "ADJ" || w.pos === "PROPN")) return undefined;
    if (isComma(prev) && isComma(next)) return { word: "like", length: 1 };
    // "it worked out, like nobody got lost", "an article, like maybe every few months".
    // ("..., like someone due for a wound check" gives an example: no verb follows the pronoun.)
    const pronoun = ["nobody", "everybody", "everyone", "somebody", "someone"].includes(next?.text.toLowerCase() ?? "");
    if (isComma(prev) && (["maybe", "even", "just", "really", "no"].includes(next?.text.toLowerCase() ?? "") || (pronoun && words[i + 2]?.verb === true))) return { word: "like", length: 1 };
    // "kind of like a fork in the road": the hedge is "kind of"; "like" makes the comparison.
    if (prev?.text.toLowerCase() === "of" && ["kind", "sort"].includes(words[i - 2]?.text.toLowerCase() ?? "")) return undefined;
    // "like fifteen", "like 10 minutes": an approximation. "moves like one body" compares.
    const oneThing = next?.text.toLowerCase() === "one" && words.slice(i + 2, i + 4).some((x) => x.pos === "NOUN" && !UNITS.has(x.lemma));
    if (next && !oneThing && (next.pos === "NUM" || /^\d/.test(next.text.toLowerCase()))) return { word: "like", length: 1 };
    // "wasn't taking it at night, like at all": before "at all", it only stresses.
    if (following(words, i, 2) === "at all") return { word: "like", length: 1 };
    // "Stretched thin how, like is it the nights": before a question, a filler; so unpunctuated,
    // when the question's subject follows ("how call is divided like is it a rotation").
    const questionSubject = ["it", "they", "you", "there", "he", "she", "we"].includes(words[i + 2]?.text.toLowerCase() ?? "");
    if ((isComma(prev) || questionSubject) && next && AUXILIARIES.has(next.text.toLowerCase())) return { word: "like", length: 1 };
    // "I asked her like what have you been told": before the question asked, a filler.
    if (prev && ["asked", "ask", "asking"].includes((words[i - 2]?.text ?? "").toLowerCase()) && ["what", "how", "why", "where", "when", "who", "if", "whether"].includes(next?.text.toLowerCase() ?? "")) return { word: "like", length: 1 };
    // "I keep a like a spreadsheet", "she kept like taking them": between an article and its
    // repeat, or a verb and its "-ing", "like" is no preposition ("I feel like going" wants to).
    if (prev && next && ((prev.pos === "DET" && prev.text.toLowerCase() === next.text.toLowerCase()) || (prev.verb && prev.lemma !== "feel" && next.pos === "VERB" && next.text.toLowerCase().endsWith("ing")))) return { word: "like", length: 1 };
    // "a mix-up like that is stressful", "on a day like this.": after a noun it compares with what
    // was just told (after "was" it quotes instead, "I was like, that's it"; after "and" it links).
    const pointsBack = next && ["that", "this", "those", "these"].includes(next.text.toLowerCase()) && (!words[i + 2] || isPunct(words[i + 2]!) || words[i + 2]!.verb);
    if (pointsBack && prev && !["CCONJ", "SCONJ", "AUX", "PUNCT", "PRON"].includes(prev.pos)) return undefined;
    // After a preposition ("with like a fracture") or before an intensifier ("dead like totally
    // dead") it cannot be the preposition "like": it is a filler.
    if (prev && prev.pos === "ADP" && prev.text.toLowerCase() !== "like" && next && !isPunct(next)) return { word: "like", length: 1 };
    if (next && INTENSIFIERS.has(next.text.toLowerCase())) return { word: "like", length: 1 };
    if (prev && WANTS_OBJECT.has(prev.text.toLowerCase()) && next && (["a", "an", "the", "some"].includes(next.text.toLowerCase()) || ["NOUN", "ADJ"].includes(next.pos))) return { word: "like", length: 1 };
    // Before a new subject and its verb ("nobody else like I just assumed"), but not "like I said".
    // ("we all trusted", "I just assumed": a quantifier or adverb may come between.)
    // ("nodding like she understood", "like he knew what to do": "as if", a way of seeming.)
    const next2w = ["all", "both"].includes(words[i + 2]?.text.toLowerCase() ?? "") ? words[i + 3] : words[i + 2];
    if (next2w === words[i + 2] && AS_IF_STATES.has(next2w?.lemma ?? "")) return undefined;
    if (next && ["i", "we", "he", "she", "they"].includes(next.text.toLowerCase()) && next2w && (next2w.verb || next2w.pos === "ADV") && !LIKE_AS.has(next2w.text.toLowerCase())) return { word: "like", length: 1 };
    if (!prev || atStart(words, i) || ["and", "but", "so", "or", "um", "uh", "because", "when", "while", "where"].includes(prev.text.toLowerCase())) return { word: "like", length: 1 };
    // "that's what it was like for her", "what the night shift is like": how something is.
    if ((BE.has(prev.text.toLowerCase()) || ["be", "been", "feel", "look", "sound"].includes(prev.lemma)) && words.slice(Math.max(0, i - 6), i).some((x) => x.sentence === w.sentence && x.text.toLowerCase() === "what")) return undefined;
    // "it was like chaos" hedges; "it is like your intern year" compares.
    if (["was", "were", "is", "are"].includes(prev.text.toLowerCase()) && next && !["a", "an", "the", "my", "your", "our", "his", "her", "their", "this", "that"].includes(next.text.toLowerCase())) return { word: "like", length: 1 };
    return undefined;
  }
  if (n === "so") {
    // "So am I", "so did we": "so" stands for what was said, before its verb and subject.
    // ("So do you work here?" opens a question instead.)
    const echo = AUXILIARIES.has(next?.text.toLowerCase() ?? "") && PEOPLE.has(words[i + 2]?.text.toLowerCase() ?? "");
    if (echo && (!words[i + 3] || isPunct(words[i + 3]))) return undefined;
    // The first word of a turn after its openers ("Yeah, um, so that year the exam...") links
    // nothing, and "so yeah" winds up: empty whatever follows.
    const firstWord = words.slice(0, i).every((x) => OPENERS.has(x.text.toLowerCase()) || isPunct(x));
    if ((firstWord && !["much", "many", "far", "long"].includes(next?.text.toLowerCase() ?? "")) || next?.text.toLowerCase() === "yeah") return { word: "so", length: 1 };
    if (next && ["that", "much", "many", "far", "long", "good", "bad", "well", "glad", "sure", "proud", "busy", "hard", "little", "few"].includes(next.text.toLowerCase())) return undefined;
    if (prev && ["or", "think", "say", "said", "hope", "do", "did", "not", "and"].includes(prev.text.toLowerCase()) && !opensTurn(words, i)) return undefined;
    if (atEnd(words, i)) return { word: "so", length: 1 };
    // A turn-opening "so" ("So, um", "Okay so", "so on my rotation"): empty.
    // (At the turn's very start, or before "yeah", it was taken above.)
    if (opensTurn(words, i) && (isComma(next) || (next !== undefined && OPENERS.has(next.text.toLowerCase())))) return { word: "so", length: 1 };
    if (prev && OPENERS.has(prev.text.toLowerCase()) && prev.text.toLowerCase() !== "and") return { word: "so", length: 1 };
    // Set off on both sides ("We waited, so, I asked"): a restart, not a link. Set off only by a
    // filler after it ("it sat in the old chart, so, like, the doctor hadn't seen it"), it links.
    const fillerAfter = words[i + 2] !== undefined && fillerAt(words, i + 2) !== undefined && isComma(words[i + 3]);
    if (isComma(prev) && isComma(next) && !fillerAfter) return { word: "so", length: 1 };
    return undefined;
  }
  return undefined;
}

/** Filler uses in an answer, most frequent first (ties in FILLER_WORDS order). */
export function countFillers(words: Word[]): { word: string; count: number }[] {
  const counts = new Map<string, number>();
  for (let i = 0; i < words.length; ) {
    const hit = fillerAt(words, i);
    if (hit) counts.set(hit.word, (counts.get(hit.word) ?? 0) + 1);
    i += hit?.length ?? 1;
  }
  return [...counts]
    .map(([word, count]) => ({ word, count }))
    .sort((a, b) => b.count - a.count || FILLER_WORDS.indexOf(a.word as never) - FILLER_WORDS.indexOf(b.word as never));
}
