// The tense of a story's events, where their verbs alone mislead: verbs whose past looks like
// their present ("we split the patients"), and a story told in the present tense.
import type { Clause } from "./clause-types.js";
import { FREQUENCY, HABIT_ADVERBS, HABIT_PHRASE, NOW_WORDS, RECURRING, RELATIVE, TAKEN_UP, WISH_VERBS } from "./clause-words.js";
import { BACK_HOME, BARE_SETTING, NAMED_CASE, NAMED_SETTING, NUMBER_WORD, SETTING, TIME_WORD } from "./story-setting.js";

const SAME_IN_PAST = new Set(["split", "put", "cut", "set", "let", "hit", "read", "quit", "shut", "spread", "cost", "hurt", "bet", "cast", "upset", "broadcast"]);
/**
 * Past time said outright: "two years ago", "last spring" (not "over the last year", which runs
 * up to now), "in 2019", "after graduation". A clause so dated is past whatever the tense of its
 * verb ("after graduation in 2019 I work as a GP in a rural clinic").
 */
const PAST_TIME = new RegExp(`\\b(?:(?:${NUMBER_WORD}) (?:days?|weeks?|months?|years?) ago|(?<!\\bthe )last (?:${TIME_WORD})|(?:in|during) (?:19|20)\\d\\d|one (?:time|day|night|morning|afternoon|evening|weekend|shift)|after (?:graduation|graduating|medical school|med school|(?:my )?(?:internship|residency|mbbs|degree)))\\b`);
/** A period of training, over by the time of the interview: "on my surgery rotation", "during my internship", "when I start my externship". */
const TRAINING = /\b(?:on|in|at|during|start|started|begin|began)\s+(?:my|our|a|an|the|his|her|their)\s+(?:[\w'-]+\s+){0,3}(?:rotation|internship|clerkship|placement|posting|externship|observership|elective|sub-?internship|sub-?i|acting internship|block)s?\b/;
/**
 * A time that is over: "that night", "early one morning", "in June". Not "the next day" or "the
 * following week", which habits name too ("I check the next day's schedule every afternoon").
 */
const DATED = [new RegExp(`\\b(?:that|early one|late one) (?:${TIME_WORD})\\b`), /\b(?:in|during|last|early|late) (?:january|february|march|april|june|july|august|september|october|november|december)\b/];
/**
 * How a story told in the present for effect opens: "Picture this:", "So it's 3 a.m.", "so I've
 * got this patient", "So I'm at the state PA conference" (and "it's my sub-I on medicine": see
 * NAMED_SETTING).
 */
const TOLD_NOW = new RegExp(
  String.raw`^(?:so |okay so |ok so )?(?:picture this|it (?:'s|is) (?:\d{1,2}(?::\d\d)? ?(?:a\.? ?m|p\.? ?m|in the)\b)|i (?:(?:'ve|have) got|have) this (?:patient|man|woman|lady|guy|kid|child|baby|family)|i(?: ?'m| am) at (?:the|a|an|this|my|our) (?:[\w'-]+ ){0,4}(?:${SETTING}|mixer|reception|lunch|fair|summit|gala)\b)`,
);
/** Someone or something a story is about: "a farmer", "one night", "I have patient", "there is old farmer". */
const ONE_CASE = /\b(?:(?:a|an|one|this|there (?:is|was)(?: a| an| one)?) (?:\w+ )?(?:patient|man|woman|lady|boy|girl|child|baby|farmer|mother|father|son|daughter|family|case|student|nurse|colleague|classmate)|one (?:day|night|time|morning|shift)|i (?:have|had|see|saw) (?:a |one |this )?patient)\b/;
/** Verbs of the speaker's view: "I think", "I feel". */
const OPINION = new Set(["think", "believe", "feel", "guess", "suppose", "reckon"]);

const said = (c: Clause) => c.words.map((w) => w.normal).join(" ");

/**
 * Sets the tense of the story's events in `clauses`, in place:
 * - In a story told mostly in the past, or between two sentences told in the past, a verb whose
 *   past looks like its present ("I put in a request") is past. Read so, "I set up a huddle each
 *   morning" tells what was done each morning of the story: the frequency alone no longer makes
 *   it a habit.
 * - A story told in the present tense, as speakers of English as a second language often tell
 *   one ("On surgery rotation the senior resident want to discharge a patient... After rounds I
 *   ask him to talk alone") and others do for effect, is read as past from the setting that
 *   opens it. A clause set in a time that is over is past on its own. Otherwise events in the
 *   present must follow the setting in at least two sentences, so that a story told in the past
 *   keeps a remark in the present ("I think the key is empathy"), which is no event either.
 *   Never what holds now ("now we are friends", "I still do"), a habit of today, the speaker's
 *   own wish, a plan or a condition.
 */
export function readStoryTense(clauses: Clause[]): void {
  const tensed = clauses.filter((c) => c.tense !== "none");
  const toldInPast = tensed.filter((c) => c.tense === "past").length * 2 >= tensed.length;
  if (toldInPast) {
    // "I'd read the pilot data, so I asked our IT lead": "'d" before such a verb, with the
    // sentence going on in the past, is "had", not "would".
    for (const c of clauses) {
      const d = c.words.findIndex((w) => w.text === "'d");
      const goesOnPast = clauses.some((o) => o.sentence === c.sentence && o.index > c.index && o.tense === "past");
      if (c.tense === "would" && d !== -1 && SAME_IN_PAST.has(c.words[d + 1]?.normal ?? "") && goesOnPast) Object.assign(c, { tense: "past", unreal: false, hypothetical: false });
    }
  }
  // Such a verb is past in a story told mostly in the past, and between two sentences told in the
  // past in any story ("...the wait was often a day. I set out to cut that wait. I did a course"),
  // though remarks in the present elsewhere outnumber its past clauses.
  const pastSentences = new Set(clauses.filter((c) => c.tense === "past").map((c) => c.sentence));
  const amidPast = (c: Clause) => pastSentences.has(c.sentence - 1) && pastSentences.has(c.sentence + 1);
  for (const c of clauses) {
    if (c.tense !== "present" || !(toldInPast || amidPast(c)) || !c.words.some((w) => w.verb && SAME_IN_PAST.has(w.normal))) continue;
    c.tense = "past";
    if (c.habitual && FREQUENCY.test(said(c)) && !c.words.some((w) => HABIT_ADVERBS.has(w.normal)) && !RECURRING.test(said(c))) c.habitual = false;
  }
  // A sentence framed as a habit is one throughout: "In general when things pile up I triage: I
  // write everything down, I sort it by what's urgent", each step of it told in the present. An
  // adverb ("I usually ask") frames only its own clause.
  const habitSentences = new Set(clauses.filter((c) => HABIT_PHRASE.test(said(c))).map((c) => c.sentence));
  const changeSentences = new Set(clauses.filter((c) => TAKEN_UP.test(said(c))).map((c) => c.sentence));
  for (const c of clauses) if (c.tense === "present" && habitSentences.has(c.sentence) && !changeSentences.has(c.sentence)) c.habitual = true;
  // "The senior resident want to discharge him", told in the present, is what he wanted then;
  // the speaker's own "I want to" may be a wish of today, and stays one.
  const othersWish = (c: Clause) => c.subject !== "I" && !c.conditional && c.words.some((w, i) => WISH_VERBS.has(w.lemma) && c.words[i + 1]?.normal === "to");
  // What holds now, and what goes on from it without a subject of its own ("I still do the same:
  // speak privately, bring the data").
  const now = (c: Clause | undefined): boolean => c !== undefined && (c.words.some((w) => NOW_WORDS.has(w.normal)) || (c.words[0]!.verb && clauses[c.index - 1]?.sentence === c.sentence && now(clauses[c.index - 1])));
  // "I think the key is empathy": the speaker's view now, about the story, with what it reports.
  const view = (c: Clause | undefined) => c !== undefined && c.subject === "I" && c.words.some((w) => w.verb && OPINION.has(w.lemma));
  const remark = (c: Clause) => view(c) || (clauses[c.index - 1]?.sentence === c.sentence && view(clauses[c.index - 1]));
  // A habit taken up after the story ("since then, I always check", read as no habit) holds now,
  // and so does the rest of its sentence ("..., and I ask the nurse to confirm").
  const changed = new Set(clauses.filter((c) => c.tense === "present" && !c.habitual && c.words.some((w) => HABIT_ADVERBS.has(w.normal))).map((c) => c.sentence));
  const happening = (c: Clause) => !remark(c) && c.tense === "present" && c.subject !== "none" && (!c.unreal || othersWish(c)) && !c.conditional && !c.hypothetical && !c.lapsed && !now(c) && !changed.has(c.sentence);
  // ("sort them by who is sickest": a clause that asks or describes tells no event.)
  const event = (c: Clause) => happening(c) && !c.habitual && !RELATIVE.has(c.words[0]!.normal) && !["what", "how"].includes(c.words[0]!.normal);
  const setThen = (c: Clause) => [BARE_SETTING, TRAINING, PAST_TIME, ...DATED].some((a) => a.test(said(c)));
  // A story told in the present from where an international graduate worked before is read as
  // past too, once its events go on over two sentences ("Back home I have a patient... I ask him...");
  // its opening sentence brings in someone or something that happened, which a comparison of then
  // and now ("Back home the doctor decides everything. Here...") does not.
  // ("In my country I work as consultant. One lady complains...": the case may open the next sentence.)
  const sentenceOf = (c: Clause) => clauses.filter((other) => other.sentence === c.sentence || other.sentence === c.sentence + 1).map(said).join(" ");
  const opens = (c: Clause) => setThen(c) || TOLD_NOW.test(said(c)) || NAMED_CASE.test(said(c)) || NAMED_SETTING.test(said(c).replace(/^(?:so|okay so|ok so) /, "")) || (BACK_HOME.test(said(c)) && ONE_CASE.test(sentenceOf(c)));
  // A clause set in a time that is over is past on its own, and so is a habit of that time told
  // with how often alone ("in internship I manage fifteen patients per day").
  const habitThen = (c: Clause) => c.habitual && !c.words.some((w) => HABIT_ADVERBS.has(w.normal)) && !RECURRING.test(said(c)) && !habitSentences.has(c.sentence);
  const opening = clauses.find((c) => !c.habitual && !c.conditional && !c.hypothetical && c.tense !== "would" && c.tense !== "future" && opens(c));
  // Counted as told, the setting's own clause too ("In internship we have a cardiac arrest").
  const events = opening ? clauses.filter((c) => c.index >= opening.index && event(c)) : [];
  const toldInPresent = new Set(events.map((c) => c.sentence)).size >= 2;
  for (const c of clauses) if (happening(c) && (!c.habitual || habitThen(c)) && setThen(c)) Object.assign(c, { tense: "past", unreal: false });
  if (toldInPast) for (const c of clauses) if (event(c) && endingDropped(c, clauses)) c.tense = "past";
  if (toldInPresent) for (const c of events) Object.assign(c, { tense: "past", unreal: false });
  // The setting's own words, read as a verb by the tagger ("Back home in my clinic"), are past with it.
  if (toldInPresent && opening?.tense === "present" && opening.subject === "none") opening.tense = "past";
}

/**
 * An event of a story told in the past whose verb lost its ending, as speakers of English as a
 * second language often say it: "the patient get ROSC and go to ICU", "finally he complete the
 * form". A singular subject with the bare verb is no present ("he completes"), so the clause is
 * past, and so is a bare verb going on from it in the same sentence ("and go to ICU"). A plural
 * subject ("they merge the charts") reads as a present just as well, and is left so.
 */
function endingDropped(c: Clause, clauses: readonly Clause[]): boolean {
  if (!clauses.some((other) => other.index < c.index && other.tense === "past")) return false;
  const at = c.words.findIndex((w) => w.verb);
  const verb = c.words[at];
  if (!verb || verb.pos !== "VERB" || verb.normal !== verb.lemma) return false;
  const subject = c.words.slice(0, at).reverse().find((w) => w.pos !== "ADV" && w.pos !== "CCONJ");
  if (!subject) {
    const before = clauses[c.index - 1];
    return before !== undefined && before.sentence === c.sentence && before.tense === "past" && endingDropped(before, clauses);
  }
  return ["he", "she", "it"].includes(subject.normal) || subject.pos === "PROPN" || (subject.pos === "NOUN" && !/[^s]s$/.test(subject.normal));
}
