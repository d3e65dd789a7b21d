// Whose deed a clause tells, and whether it tells one at all: what a point about the speaker's
// own deeds ("Raised it privately") needs before a cue in that clause can earn it.
import { ASKING_IF, WISH_VERBS } from "./clause-words.js";
import type { Clause, Word } from "./clauses.js";
import { mainVerb, REPORTING } from "./star.js";
import { TIME_WORD } from "./story-setting.js";

/** What a value statement rates its subject as: "X is vital", "the key is X", "what matters is X". */
const IMPORTANT = new Set(["vital", "key", "important", "essential", "crucial", "critical", "paramount", "everything", "fundamental"]);

/** A clause in the present that says what matters ("empathy is key"), rather than telling what happened. */
export function valueStatement(clause: Clause): boolean {
  if (clause.tense !== "present") return false;
  const ws = clause.words;
  return ws.some((w, i) => w.lemma === "be" && ws.slice(i + 1, i + 3).some((next) => IMPORTANT.has(next.normal))) || ws.some((w, i) => IMPORTANT.has(w.normal) && ws[i + 1]?.lemma === "be") || ws.some((w) => w.lemma === "matter" && w.verb);
}

/**
 * Someone else's deed in a clause with a third party as subject: the cue is the verb ("the nurse
 * raised it"), what they acted on ("the manager filed a report"), or the doer itself ("the social
 * worker spent an hour with her"). A cue in a clause about a state ("my job was intake", "the
 * claims were wrong") or about a thing that changed ("the system changed") still counts.
 */
export function thirdPartyDeed(clause: Clause, hit: Word[]): boolean {
  if (hit.some((w) => w.verb && !isState(w, clause))) return true;
  // "there was a review": an event with no doer named is not the speaker's deed either.
  if (clause.words.some((w, i) => w.normal === "there" && clause.words[i + 1]?.lemma === "be")) return true;
  const verb = mainVerb(clause);
  if (!verb || isState(verb, clause)) return false;
  const at = clause.words.indexOf(verb);
  if (doneBySomeone(clause, at)) return true;
  // "had" in "a nurse had used the word" makes a perfect of the deed, not a state.
  const state = clause.words.slice(0, at).findIndex((w) => w.verb && isState(w, clause) && !(w.lemma === "have" && w.pos === "AUX"));
  // A passive ("the training was run") or a duty or plan told as a state ("my job was calling the
  // family", "the plan was to page social work") may be the speaker's. Someone in a state doing
  // something ("her husband was in the hallway shouting at the nurse", "the nurse was paging
  // social work") is someone else's deed.
  if (state !== -1) {
    const subject = clause.words.slice(0, state).reverse().find((w) => ["NOUN", "PROPN", "PRON"].includes(w.pos));
    if (!/ing$/.test(verb.normal) || !subject || DUTY_NOUNS.has(subject.lemma)) return false;
  }
  const doer = clause.words.slice(0, at).reverse().find((w) => ["NOUN", "PROPN", "PRON"].includes(w.pos));
  // "it", "this", "the system": a thing that changes, not a person acting. "My senior", "her
  // attending": the possessive stands for someone ("senior" is often tagged as an adjective).
  // No doer before the verb ("...and called the family", "..., came in shouting at the nurses"):
  // the subject is someone else's, carried over from the clause before or opening the sentence.
  if (!doer) return true;
  // "..., who filed an incident report": the person named before, acting.
  if (doer.pos === "PRON" && !["he", "she", "they", "who"].includes(doer.normal) && !POSSESSIVES.has(doer.normal)) return false;
  return true;
}
/** Words after "by" that say when or how, not who: "by Friday", "by the end of the week", "by phone". */
const BY_WHEN = new Set([...TIME_WORD.split("|"), "then", "now", "noon", "midnight", "end", "lunch", "lunchtime", "hand", "phone", "email", "mistake", "accident", "far"]);

/**
 * A passive whose doer is named after "by": "the theatre team were taken through docking by the
 * company's rep", "the programme was run by our fellow". The deed is the doer's, not the
 * speaker's (unless "by me").
 */
function doneBySomeone(clause: Clause, at: number): boolean {
  const words = clause.words;
  if (words[at - 1]?.lemma !== "be" && words[at - 2]?.lemma !== "be") return false;
  const by = words.findIndex((w, i) => i > at && w.normal === "by");
  if (by === -1) return false;
  const doer = words.slice(by + 1, by + 4).find((w) => ["NOUN", "PROPN", "PRON"].includes(w.pos));
  return doer !== undefined && !["me", "myself", "us"].includes(doer.normal) && !BY_WHEN.has(doer.normal) && !words.slice(by + 1, words.indexOf(doer)).some((w) => BY_WHEN.has(w.normal));
}

/**
 * A "we" clause that says the speaker took part: "we went through the score together", "we all
 * did a two-day course", "we both stayed late". Without such a word, what a team did in a story
 * told only as "we" is not shown to be the speaker's own.
 */
export function speakerIncluded(clause: Clause): boolean {
  // ("We agreed to hold it for a month": an agreement is each side's, the speaker's included.)
  return clause.words.some((w, i) => w.normal === "together" || (w.verb && ["agree", "compromise"].includes(w.lemma)) || (["all", "both"].includes(w.normal) && WE_WORDS.has(clause.words[i - 1]?.normal ?? "")));
}
/**
 * The verb at `at` is what someone wanted, hoped, tried or thought of doing, not what they did:
 * "I wanted to find out whether they were hiring" is no "I found out", and "a group I was
 * thinking of joining" no "I joined". "I had to tell her" and "I went on to ask" still tell the deed.
 */
export function wishedFor(words: Word[], at: number): boolean {
  if (words[at - 1]?.normal === "to" && WISHES.has(words[at - 2]?.lemma ?? "")) return true;
  const weighed = words[at - 1]?.lemma === "consider" || (["of", "about"].includes(words[at - 1]?.normal ?? "") && words[at - 2]?.lemma === "think");
  return weighed && /ing$/.test(words[at]?.normal ?? "");
}
/**
 * The verb at `at` is done to its subject, not by it ("I was asked", "I'd been given the list",
 * "I got told off"), or is what the subject was asked to do ("I was asked to run the huddle"). A
 * passive "I" is the one acted on, so it tells no deed of the speaker's. A form of "be" or "get"
 * before the verb, adverbs between ("was then asked"), makes the passive; "was organising" (the
 * -ing form) is the speaker's deed going on.
 */
export function doneToSubject(words: Word[], at: number): boolean {
  // "I was asked to organise the handovers": what the speaker was asked or told to do is no deed
  // of theirs until they say they did it.
  if (words[at - 1]?.normal === "to" && words[at - 2]?.verb && doneToSubject(words, at - 2)) return true;
  if (/ing$/.test(words[at]?.normal ?? "")) return false;
  for (let i = at - 1; i >= Math.max(0, at - 3); i--) {
    const w = words[i]!;
    if (w.lemma === "be" || w.lemma === "get") return true;
    if (w.pos !== "ADV") return false;
  }
  return false;
}
/** Verbs of noticing, whose object may itself do something: "I noticed the band said cefazolin". */
const PERCEIVING = new Set(["notice", "see", "realize", "find", "hear", "spot", "read", "discover", "learn", "know", "feel", "listen", "watch", "observe"]);
/**
 * The verb at `at` is what the speaker noticed someone or something else do, not the speaker's
 * deed: in "I noticed the patient's allergy band said cefazolin" the band said it, not "I".
 * "I saw the patient and told the nurse" still tells the deed: the link word ends what was seen.
 */
export function perceived(words: readonly Word[], at: number): boolean {
  let doer = false;
  for (let i = at - 1; i >= 0; i--) {
    const w = words[i]!;
    // "the students and interns present": a link between the doers is no new clause.
    const betweenDoers = doer && w.pos === "CCONJ" && ["NOUN", "PROPN"].includes(words[i - 1]?.pos ?? "");
    if ((w.pos === "CCONJ" && !betweenDoers) || w.pos === "PUNCT") return false;
    if (w.verb && PERCEIVING.has(w.lemma)) return doer;
    if (w.pos === "NOUN" || w.pos === "PROPN" || (w.pos === "PRON" && !["i", "me", "myself", "my"].includes(w.normal))) doer = true;
    else if (w.verb) return false;
  }
  return false;
}
// Besides the wishes a clause is read by, an attempt or a liking ("tried to call") is not the deed either.
const WISHES = new Set([...WISH_VERBS, "try", "like", "love"]);
/**
 * The words from `at` on are what the speaker asked, wondered or hoped about, not what happened:
 * "I wanted to find out whether they would be hiring" tells no hiring, "I was hoping to hear if
 * they had an opening" no opening.
 */
export function askedOrHopedAt(words: readonly Word[], at: number): boolean {
  // "find out if": the verb before "out".
  const asksIf = (i: number) => ASKING_IF.has(words[i - 1]?.normal === "out" ? (words[i - 2]?.lemma ?? "") : (words[i - 1]?.lemma ?? ""));
  return words.slice(0, at).some((w, i) => w.normal === "whether" || (w.normal === "if" && asksIf(i)) || (WISHES.has(w.lemma) && words[i + 1]?.normal === "to"));
}
/** The verb a word belongs to: itself, or the nearest verb before it ("write" for "orders" in "write orders"). */
export function governingVerb(words: readonly Word[], at: number): number {
  return words[at]!.verb ? at : words.slice(0, at).findLastIndex((w) => w.verb);
}
/**
 * The cue's words are someone else's deed itself or its doer ("the nurse called", "the charge
 * nurse called the social worker"), not a detail after it ("he thanked us the next day"): only
 * then does the feedback say the point was said as someone else's doing.
 */
export function deedOrDoer(clause: Clause, hit: Word[]): boolean {
  const verb = mainVerb(clause);
  return hit.some((w) => w.verb) || (verb !== undefined && clause.words.indexOf(hit[0]!) < clause.words.indexOf(verb));
}
const WE_WORDS = new Set(["we", "we've", "we'd"]);
/** What a duty, a plan or a step is called when the speaker tells it as a state ("my job was to..."). */
const DUTY_NOUNS = new Set(["job", "role", "task", "duty", "responsibility", "plan", "goal", "aim", "priority", "idea", "step", "thing", "thought", "instinct", "focus", "part", "solution", "answer", "fix", "approach", "move", "option", "decision", "choice", "compromise", "proposal", "suggestion", "way"]);
const POSSESSIVES = new Set(["my", "our", "his", "her", "their", "your"]);
const STATES = new Set(["be", "have", "seem", "become", "get", "feel", "look", "remain", "stay"]);
/** A verb of state ("looked tired"), not "looked into it", "looked after him": those are deeds. */
function isState(word: Word, clause: Clause): boolean {
  if (!STATES.has(word.lemma)) return false;
  const next = clause.words[clause.words.indexOf(word) + 1];
  // "looked into it" and "stayed with him" are deeds ("stayed calm", "remained open" are states).
  return !(word.lemma === "look" && ["into", "at", "after", "over", "through", "thru", "up", "for"].includes(next?.normal ?? "")) && !(["stay", "remain"].includes(word.lemma) && ["with", "behind", "late", "on"].includes(next?.normal ?? ""));
}

/**
 * Whether a clause about someone else still tells the speaker's own deed, for the cue `hit` in it:
 * an offer the speaker made ("I told her she could call me directly"), whom the speaker spoke of
 * ("I said that the baby had only taken half her feeds", though not "I said the nurse had called
 * the chaplain"), or a wish the speaker honoured (see honouredBySpeaker).
 */
export function speakersOwn(clauses: readonly Clause[], clause: Clause, hit: Word[]): boolean {
  const spokenOf = toldBySpeaker(clauses, clause) && !hit.some((w) => w.verb) && deedOrDoer(clause, hit);
  return spokenOf || offeredBySpeaker(clauses, clause) || honouredBySpeaker(clause, clauses) || ensuredBySpeaker(clauses, clause) || letTheSpeaker(clause, hit);
}

/** "The attending let me present two patients", "she had me write the notes", "he allowed me to examine her": the speaker did it ("she asked me to look into it" is no deed done). */
function letTheSpeaker(clause: Clause, hit: Word[]): boolean {
  const at = clause.words.indexOf(hit[0]!);
  const me = clause.words[at - 1]?.normal === "to" ? at - 2 : at - 1;
  const letting = clause.words[me - 1];
  return clause.words[me]?.normal === "me" && letting !== undefined && !letting.negated && ["let", "have", "allow"].includes(letting.lemma);
}

/** "I made sure he understood the risks", "I checked that she knew the plan": what the speaker saw to is their deed. */
function ensuredBySpeaker(clauses: readonly Clause[], clause: Clause): boolean {
  const before = clauses[clause.index - 1];
  if (!before || before.sentence !== clause.sentence || before.subject !== "I" || before.hypothetical || before.words.some((w) => w.negated)) return false;
  const end = before.words.map((w) => w.normal).filter((w) => w !== "that").slice(-2).join(" ");
  return /\b(?:made sure|make sure|ensured|ensure|checked|confirmed)$/.test(end);
}

/** How a clause of what was told begins ("I explained that...", "tell the patient exactly when..."). */
const CONTENT_OPENERS = new Set(["that", "when", "what", "how", "why", "whether", "exactly"]);

/**
 * Whether `clause` is what the speaker told (or would tell) someone: "I'd tell the patient
 * exactly when they'll hear back", "I explained that the bleeding was not stopping", or an offer
 * (see offeredBySpeaker).
 */
export function toldBySpeaker(clauses: readonly Clause[], clause: Clause): boolean {
  return (CONTENT_OPENERS.has(clause.words[0]?.normal ?? "") || offerForm(clause)) && afterTelling(clauses, clause);
}

/** An offer the speaker told someone, without "that": "I told her she could come back any time", "...he can call me directly". */
export function offeredBySpeaker(clauses: readonly Clause[], clause: Clause): boolean {
  return offerForm(clause) && afterTelling(clauses, clause);
}

function offerForm(clause: Clause): boolean {
  const [first, second] = clause.words;
  return ["he", "she", "they", "you"].includes(first?.normal ?? "") && ["could", "can", "may"].includes(second?.normal ?? "");
}

/** The clause comes right after the speaker's verb of telling in its sentence; asides without a verb ("like") may come between. */
function afterTelling(clauses: readonly Clause[], clause: Clause): boolean {
  for (let i = clause.index - 1; i >= 0; i--) {
    const before = clauses[i]!;
    if (before.sentence !== clause.sentence) return false;
    if (!before.words.some((w) => w.verb)) continue;
    return before.subject === "I" && before.words.some((w) => w.verb && REPORTING.has(w.lemma));
  }
  return false;
}

/** Verbs by which someone lets the speaker do something: "she'd signed a form allowing us to talk to him". */
const PERMITTING = new Set(["allow", "let", "permit", "authorize"]);

/**
 * Someone else's permission to the speaker, or request that the speaker not do something ("she'd
 * signed a form allowing us to talk to him", "she had asked me not to discuss it"), followed by the
 * speaker's own deed in the same sentence or the next ("so I stuck to the blood pressure", "I
 * checked that before I said a word"): that deed honours it, so a point about honouring the
 * patient's wishes is the speaker's. A request to do something ("she asked me to call") is not:
 * the speaker must say they did it.
 */
export function honouredBySpeaker(clause: Clause, clauses: readonly Clause[]): boolean {
  const ws = clause.words;
  const toSpeaker = (i: number) => ws.slice(i + 1, i + 3).some((w) => ["me", "us"].includes(w.normal));
  const asked = ws.some((w, i) => (PERMITTING.has(w.lemma) && toSpeaker(i)) || (w.lemma === "ask" && toSpeaker(i) && ws.slice(i + 2, i + 6).some((next) => next.normal === "not")));
  if (!asked) return false;
  return clauses.some((c) => c.index > clause.index && c.sentence <= clause.sentence + 1 && c.subject === "I" && c.tense === "past" && !c.hypothetical && !c.lapsed);
}

/** Doers that are no one: "nothing like that has happened", "no one complained", "none of them called". */
const NO_ONE = new Set(["nothing", "nobody", "none", "noone"]);

/**
 * Whether the clause's doer, named after word `from` and before its first verb, is no one:
 * "since then nothing like that has happened", "since then no patient has been booked wrong".
 * Such a clause tells that something did not happen, not a deed.
 */
export function noOneDoes(words: readonly Word[], from: number): boolean {
  for (let i = from; i < words.length && !words[i]!.verb && words[i]!.pos !== "AUX"; i++) {
    if (NO_ONE.has(words[i]!.normal) || (words[i]!.normal === "no" && ["NOUN", "PRON", "PROPN", "ADJ"].includes(words[i + 1]?.pos ?? ""))) return true;
  }
  return false;
}
