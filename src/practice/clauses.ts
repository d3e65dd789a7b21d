// Reads an answer into clauses with the grammar the feedback needs: who does what (first person
// or someone else), whether it is negated, wished for or hypothetical, and its tense. These are
// general rules of English, not lists fitted to answers: negation runs from "not"/"never"/"no" to
// the end of its clause; a clause without its own subject ("...and went straight to my senior")
// takes the subject of the clause before; past tense is read from the verb's inflection.
import { DETERMINERS, SUBJECT_PRONOUNS, fillerEnd, isPast, startsNewClause } from "./clause-boundaries.js";
import { ASKING_IF, EMBEDDED_QUESTION, FORESEEING, FREQUENCY, HABIT_ADVERBS, INVERTED, nearMiss, RECURRING, RELATIVE, SET_PHRASES, TAKEN_UP, UNASSERTED_AFTER, UNFULFILLED_WISH, WISH_VERBS } from "./clause-words.js";
import type { Clause, Person, Reading, Tense, Word } from "./clause-types.js";
import type { Language, Token } from "./language.js";
import { readAcrossClauses } from "./clause-neighbours.js";
import { readStoryTense } from "./story-tense.js";

export type { Clause, Person, Reading, Tense, Word } from "./clause-types.js";

const NEGATORS = new Set(["not", "never", "no", "nobody", "nothing", "none", "neither", "nor", "without", "hardly", "nowhere"]);
const FIRST = new Set(["i", "i'm", "i've", "i'd", "i'll", "me", "myself"]);
const WE = new Set(["we", "we're", "we've", "we'd", "us"]);
const MODALS = new Set(["would", "could", "should", "might", "may", "must"]);
/** Verbs that report what was said or promised: "I told him I'd call". */
const REPORTING = new Set(["tell", "promise", "say", "assure", "agree", "reassure", "explain", "decide", "offer"]);
/** Pronouns that name who does something: they start a clause's own subject. */
const PERSONS = new Set(["i", "we", "he", "she", "they"]);
/** Adverbs that open a clause ("maybe they...", "perhaps we..."). */
const CLAUSE_ADVERBS = new Set(["maybe", "perhaps", "probably", "possibly"]);

/** Words after which a word is a noun, whatever its tag. */
const NOUN_DETERMINERS = new Set(["my", "your", "our", "his", "her", "their", "the", "a", "an", "any"]);

/** Splits the answer into clauses and marks negation, subject, tense and wishes. */
export function readClauses(text: string, language: Language): Reading {
  const parsed = language.parse(text);
  const words: Word[] = parsed.tokens.map((t, index) => ({ ...t, index, clause: 0, negated: false, verb: t.pos === "VERB" || t.pos === "AUX" }));
  words.forEach((w, i) => {
    const prev = words[i - 1];
    // A noun tag right after "I", "would", "to" or "'ll" is a verb the tagger misread ("I'd text Priya"), not the hedge "I kind of disagreed".
    const hedge = ["kind", "sort"].includes(w.normal) && words[i + 1]?.normal === "of";
    if (prev && (w.pos === "NOUN" || w.pos === "ADJ") && ["i", "would", "will", "'ll", "to", "we", "did", "can"].includes(prev.normal) && prev.pos !== "ADP" && !hedge) w.verb = true;
    // A participle after "have" that the tagger reads as an adjective is the verb: "had involved social work".
    if (prev && w.pos === "ADJ" && w.normal.endsWith("ed") && prev.pos === "AUX" && ["have", "has", "had", "'ve"].includes(prev.normal)) w.verb = true;
    // "Did" with an object is the deed itself, not an auxiliary: "I did a two-day course".
    if (w.pos === "AUX" && w.lemma === "do" && prev && words[i + 1]?.sentence === w.sentence && (["DET", "NUM", "NOUN", "PROPN"].includes(words[i + 1]!.pos) || ["it", "this", "that", "everything"].includes(words[i + 1]!.normal))) w.pos = "VERB";
    // ...and a verb tag right after "my" or "the" is a noun ("my attending", "any earlier visits").
    const determiner = prev && (NOUN_DETERMINERS.has(prev.normal) || (["ADJ", "ADV"].includes(prev.pos) && ["any", "some", "no"].includes(words[i - 2]?.normal ?? "")));
    if (determiner && w.verb && w.pos === "VERB") w.verb = false;
    // A verb the lemmatizer does not know with a prefix it knows: "rewrote" is re + wrote.
    const prefix = /^(re|un|over|under|mis|out|pre|co)(?=[a-z]{3})/.exec(w.normal)?.[0];
    if (w.verb && prefix && w.lemma === w.normal) {
      const rest = language.lemmaOf(w.normal.slice(prefix.length));
      // Its tense is then read as the known verb's: "rewrote" is past as "wrote" is.
      if (rest !== w.normal.slice(prefix.length)) Object.assign(w, { lemma: prefix + rest, pos: "VERB" });
    }
  });
  for (const phrase of SET_PHRASES) {
    words.forEach((w, i) => {
      if (phrase.every((part, k) => words[i + k]?.normal === part)) phrase.forEach((_, k) => (words[i + k]!.inPhrase = true));
    });
  }
  const clauses: Clause[] = [];
  let current: Word[] = [];
  const close = () => {
    if (current.length) clauses.push(makeClause(clauses.length, current, clauses));
    current = [];
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const after = fillerEnd(words, i);
    if (after > i) {
      if (words[i - 1]?.sentence !== w.sentence) close();
      for (let k = i; k < after; k++) words[k]!.clause = clauses.length;
      i = after - 1;
      continue;
    }
    const boundary = startsNewClause(words, i, current);
    // "...alone maybe they didn't": a sentence adverb just before the new subject belongs to it.
    const carried = boundary && w.pos !== "PUNCT" && current.length > 1 && CLAUSE_ADVERBS.has(current[current.length - 1]!.normal) ? current.pop() : undefined;
    if (boundary) close();
    if (carried) {
      carried.clause = clauses.length;
      current.push(carried);
    }
    if (w.pos === "PUNCT") continue;
    w.clause = clauses.length;
    current.push(w);
  }
  close();
  readStoryTense(clauses);
  for (const clause of clauses) {
    // "I haven't worked out how I'll cope": what a negated verb asks about ("how", "what",
    // "whether") is not claimed either.
    // Only right after the negated verb ("don't know what", "haven't worked out how"): in "not
    // doing it, no matter what they pay" the question is no object of the verb.
    const asked = clauses[clause.index - 1];
    const [beforeQuestion, question] = asked ? asked.words.slice(-2) : [];
    const askedBy = beforeQuestion && (beforeQuestion.verb ? beforeQuestion : ["out", "up"].includes(beforeQuestion.normal) ? asked!.words.at(-3) : undefined);
    let negating = asked !== undefined && asked.sentence === clause.sentence && askedBy?.verb === true && askedBy.negated && EMBEDDED_QUESTION.has(question?.normal ?? "");
    // The clause reported right after such a word, with or without "that", is as unclaimed.
    const reportedBy = asked?.sentence === clause.sentence ? asked.words.at(-1) : undefined;
    if (reportedBy?.negated && UNASSERTED_AFTER.has(reportedBy.lemma)) negating = true;
    // So is what a contrast sets aside in a clause of its own: "mixed feelings rather than that they missed it".
    if (reportedBy?.normal === "than" && asked!.words.some((w) => w.normal === "rather")) negating = true;
    // "Instead of lecturing him I asked": what is set aside ends where the clause's own subject comes.
    let setAsideFrom: number | undefined;
    clause.words.forEach((w, i) => {
      const next = clause.words[i + 1];
      if (setAsideFrom !== undefined && i > setAsideFrom + 2 && PERSONS.has(w.normal)) [negating, setAsideFrom] = [false, undefined];
      // What is set aside by a contrast is not claimed either: "I talked more than I listened",
      // "I emailed instead of calling", "rather than asking", "I'd rather handle it myself than pull a coworker off".
      const contrast = (w.normal === "than" && (clause.words.slice(0, i).some((x) => x.normal === "rather") || PERSONS.has(next?.normal ?? ""))) || (w.normal === "instead" && next?.normal === "of");
      if (contrast && w.normal === "instead") setAsideFrom = i;
      // The rule a refusal rests on is named, not denied ("not verification under HIPAA", "not allowed
      // per our policy"); what one did not hesitate to do was done ("I didn't hesitate to call").
      if (negating && !contrast && (["under", "per"].includes(w.normal) || (w.normal === "according" && next?.normal === "to") || w.lemma === "hesitate")) [negating, setAsideFrom] = [false, undefined];
      if (NEGATORS.has(w.normal) || contrast) negating = true;
      else if (negating || (w.pos === "AUX" && NEGATORS.has(next?.normal ?? "")) || nearMiss(clause.words[i - 1], w)) w.negated = true; // with the auxiliary it leans on ("did" in "didn't")
    });
  }
  readAcrossClauses(clauses);
  return { sentences: parsed.sentences, words, clauses };
}

/** "has come", "have just put": a participle that looks like its present ("come", "put", "run"). */
function participleAfter(words: Word[], at: number): boolean {
  for (let i = at + 1; i < words.length && i <= at + 3; i++) {
    const w = words[i]!;
    if (w.pos === "VERB") return true;
    if (w.pos !== "ADV" && w.pos !== "PART") return false;
  }
  return false;
}

function makeClause(index: number, words: Word[], clauses: Clause[]): Clause {
  const before = [...clauses].reverse().find((c) => c.tense !== "none");
  const firstVerb = words.findIndex((w) => w.verb);
  // The subject is the nearest noun or pronoun before the first verb ("At a dinner I was seated"), or in a question the one after its auxiliary ("do residents have regular meetings?").
  const afterSubject = words.findIndex((w, i) => i > 0 && !["PRON", "NOUN", "PROPN", "DET", "ADJ", "NUM", "ADV"].includes(w.pos));
  const asked = firstVerb === 0 && INVERTED.has(words[0]!.normal) && ["PRON", "NOUN", "PROPN", "DET"].includes(words[1]?.pos ?? "") && words[afterSubject]?.verb === true;
  const head = firstVerb === -1 ? [] : asked ? words.slice(1, afterSubject).reverse() : words.slice(0, firstVerb).reverse();
  let subject: Person = "none";
  for (const w of head) {
    // "I kind of say his name out loud": the hedge, tagged a noun, is no subject.
    if (["kind", "sort"].includes(w.normal) && words[words.indexOf(w) + 1]?.normal === "of") continue;
    if (FIRST.has(w.normal) && w.normal !== "me" && w.normal !== "myself") subject = "I";
    else if (WE.has(w.normal) && w.normal !== "us") subject = "we";
    else if (w.pos === "PRON" || w.pos === "PROPN" || w.pos === "NOUN" || SUBJECT_PRONOUNS.has(w.normal)) subject = "other";
    else continue;
    break;
  }
  // "The daughter of one of my patients, an elderly man, came in shouting": commas around an
  // apposition cut the subject off; the noun phrase that opens the sentence is the subject.
  const opening = clauses.filter((c) => c.sentence === words[0]!.sentence);
  if (subject === "none" && firstVerb === 0 && opening.length > 0 && opening.every((c) => c.tense === "none")) subject = personOf(opening[0]!.words) ?? subject;
  // "The nurse navigator, the scheduler and I all worked on it": "I" last in a list of people is one of a "we".
  if (subject === "I" && words[0]!.normal === "and" && opening.length > 0 && opening.every((c) => c.tense === "none" && personOf(c.words) !== undefined)) subject = "we";
  // "Booked her into Thursday's clinic. Spotted it the next day": a sentence that opens with a past verb, its clause's only one (a participle
  // that describes, "a colour coded schedule", aside), is the speaker's note of what they did, whoever the sentence before was about.
  const opensSentence = !clauses.some((c) => c.sentence === words[0]!.sentence);
  const describing = (w: Word, i: number) => i > 0 && w.normal.endsWith("ed") && ["NOUN", "ADJ", "DET"].includes(words[i - 1]!.pos);
  const diaryNote = firstVerb === 0 && opensSentence && words[0]!.pos === "VERB" && isPast(words[0]!) && words.filter((w, i) => w.verb && !describing(w, i)).length === 1;
  if (subject === "none" && diaryNote) subject = "I";
  // "...and went to my senior": no subject of its own, so the last one carries over; past a relative or
  // "that" clause, the one it sits in ("I checked it, which was 3.1, and told my senior", "..., including that...").
  const inner = (c: Clause) => RELATIVE.has(c.words[0]!.normal) || c.words[0]!.normal === "that";
  const relative = before && inner(before) ? before : undefined;
  const outer = relative && [...clauses].reverse().find((c) => c.index < relative.index && c.sentence === relative.sentence && c.tense !== "none" && !inner(c));
  if (subject === "none" && firstVerb !== -1 && before) subject = (outer ?? before).subject;
  const verbs = words.filter((w) => w.verb);
  const normals = words.map((w) => w.normal);
  let tense: Tense = "none";
  // "We had a toddler with a rash nobody could explain": a modal after a subject of its own is
  // the verb of a clause inside this one; the clause's own past verb sets its tense.
  const modalAt = words.findIndex((w) => w.verb && MODALS.has(w.normal));
  const innerModal = modalAt > 0 && verbs[0] !== words[modalAt] && isPast(verbs[0]!) && words.slice(words.indexOf(verbs[0]!) + 1, modalAt).some((w) => w.pos === "PRON" && SUBJECT_PRONOUNS.has(w.normal));
  if (verbs.some((v) => v.normal === "will" || v.normal === "'ll")) tense = "future";
  else if (!innerModal && verbs.some((v) => MODALS.has(v.normal))) {
    // "I'd watched him": 'd before a past participle is "had", not "would".
    const d = words.findIndex((w) => w.normal === "would");
    const next = words[d + 1];
    tense = next && next.verb && isPast(next) && words[d]!.text.startsWith("'") ? "past" : "would";
  } else if (verbs.some((v) => ["have", "has", "'ve"].includes(v.normal)) && (verbs.some((v) => isPast(v) && !["had"].includes(v.normal)) || words.some((w, i) => ["have", "has", "'ve"].includes(w.normal) && participleAfter(words, i)))) tense = "perfect";
  // "I usually check back to make sure it worked": a habit in the present stays present, whatever the clause it reaches into says.
  else if (verbs.some(isPast) && !words.some((w, i) => HABIT_ADVERBS.has(w.normal) && words[i + 1]?.pos === "VERB" && words[i + 1] === verbs[0] && !isPast(verbs[0]!))) tense = "past";
  else if (verbs.length) tense = "present";
  // "I'd talk to her and listen": a clause with no subject of its own and a bare verb goes on in the modality of the clause it continues.
  const ownSubject = head.some((w) => SUBJECT_PRONOUNS.has(w.normal) || ["PRON", "PROPN", "NOUN"].includes(w.pos));
  const bareGoesOn = !ownSubject && verbs[0] !== undefined && verbs[0].normal === verbs[0].lemma && before?.sentence === words[0]!.sentence;
  if (bareGoesOn && before?.tense === "would" && tense !== "would") tense = "would";
  // "I always stay calm and let them vent": so does a habit ("let" is read as past otherwise).
  const habitGoesOn = bareGoesOn && before?.habitual === true && before.tense === "present";
  if (habitGoesOn) tense = "present";
  // "I expect I'll do better": foreseen, like a wish, not told.
  const foreseen = tense === "future" && before?.sentence === words[0]!.sentence && before.words.at(-1)?.verb === true && FORESEEING.has(before.words.at(-1)!.lemma);
  const unreal =
    foreseen ||
    // "I'd like to do one and maybe get involved in research": a wish goes on as the "would" does.
    (bareGoesOn && before?.unreal === true && !before.conditional && tense === "would") ||
    // "I'd planned to" is a real past intention; "I hope to", "I'd like to" are not deeds.
    (tense !== "past" && tense !== "perfect" && words.some((w, i) => WISH_VERBS.has(w.lemma) && words[i + 1]?.normal === "to")) ||
    words.some((w, i) => (w.lemma === "like" || w.lemma === "love") && ["would", "'d"].includes(words[words[i - 1]?.pos === "ADV" ? i - 2 : i - 1]?.normal ?? "")) ||
    // "I'm looking at a certificate course", "I'm thinking about a fellowship": weighed now, not done ("I'm not thinking about the
    // wards" weighs nothing); "I'm planning to do a research year", "I'm going to ask", "I'm planning a sub-internship": not yet.
    (tense === "present" && /\b(?:am|'m|are|'re|is|'s) (?:(?!not\b|never\b)\w+ )?(?:looking (?:at|into) (?:a|an|some|whether|how|ways?|options?|getting|doing|taking)|thinking (?:about|of)|considering|(?:planning|going) to (?!(?:the|a|an|my|our|his|her|their|your|this|that|be)\b)\w+)\b/.test(normals.join(" "))) || /\b(?:am|'m|are|'re) (?:\w+ )?planning (?:a|an|my|our|some|another)\b/.test(normals.join(" "));
  // "if" after a verb of finding out ("to see if anything else was there", "asked her if we
  // could step out") asks whether: no condition.
  const tail = clauses[clauses.length - 1]?.words ?? [];
  const lastBefore = ["him", "her", "them", "me", "us", "you"].includes(tail.at(-1)?.normal ?? "") ? tail.at(-2) : tail.at(-1);
  // "If a colleague and I disagreed" is split at "and I": the condition's verb is in this clause.
  const lastClause = clauses[clauses.length - 1];
  const conditionGoesOn = lastClause?.conditional === true && lastClause.sentence === words[0]!.sentence && !lastClause.words.some((w) => w.verb);
  const conditional = conditionGoesOn || (normals[0] === "if" && !(lastBefore?.verb && ASKING_IF.has(lastBefore.lemma))) || normals[0] === "unless";
  // "I told him that I'd find out": a promise reported in a past story, not a hypothetical.
  const reported = clauses.slice(-2).some((c) => c.sentence === words[0]!.sentence && c.tense === "past" && c.words.some((w) => w.verb && REPORTING.has(w.lemma)));
  // "I'm hoping my next evaluation will show it", "I hope that helped": hoped for, not seen.
  const hoped = tense !== "past" && tense !== "perfect" && words.some((w, i) => w.verb && (w.lemma === "hope" || w.lemma === "wish") && words[i + 1]?.normal !== "to");
  const hypothetical = conditional || hoped || (!reported && tense === "would" && (words.some((w) => w.normal === "would" || w.normal === "might") || (!ownSubject && before?.hypothetical === true)));
  // "I should have told my resident": a deed not done, said with hindsight.
  const notDone = words.some((w, i) => ["should", "ought"].includes(w.normal) && ["have", "'ve"].includes(words[i + (words[i + 1]?.normal === "to" ? 2 : 1)]?.normal ?? ""));
  // What one told oneself ("I told myself I should get certified one day") is said to no one.
  const toldOneself = lastClause !== undefined && lastClause.sentence === words[0]!.sentence && lastClause.lapsed && lastClause.words.some((w) => w.normal === "myself");
  // "I'd hoped to do an elective", "I had planned to ask": a hope or plan told in the past perfect did not come true ("I had always wanted to" often did).
  const hadBefore = (i: number) => words[i - 1]?.normal === "had" || words[i - 1]?.text.toLowerCase() === "'d";
  const hopedInVain = words.some((w, i) => UNFULFILLED_WISH.has(w.lemma) && isPast(w) && hadBefore(i) && words[i + 1]?.normal === "to");
  // "I was going to recruit volunteers (but another student did)": meant, not done.
  const meantTo = words.some((w, i) => w.normal === "going" && words[i + 1]?.normal === "to" && words[i + 2]?.verb && ["was", "were"].includes(words[i - 1]?.normal ?? ""));
  const lapsed = notDone || toldOneself || hopedInVain || meantTo || words.some((w, i) => w.normal === "used" && words[i + 1]?.normal === "to") || words.some((w, i) => w.verb && ["tell", "say", "promise"].includes(w.lemma) && words[i + 1]?.normal === "myself");
  // "I always explain", "I would always explain": a general claim, not an event. A habit taken up
  // after the story ("since then I always check") is what changed, told as such.
  // ("Since then, I always check": the comma makes the words that say so a clause of their own.)
  // After a story, "after this, I always check" or "now I check every time" is a change as
  // well; without one, "after that I always ask" is the next step of a routine.
  const sentenceSoFar = [...opening.flatMap((c) => c.words), ...words].map((w) => w.normal).join(" ");
  const afterStory = /\bafter (?:this|that)\b|(?:^|\bso |, )now (?:i|we)\b/.test(sentenceSoFar) && words.some((w) => ["always", "never", "now"].includes(w.normal)) && clauses.some((c) => c.tense === "past" && c.sentence < words[0]!.sentence);
  const takenUp = TAKEN_UP.test(sentenceSoFar) || afterStory;
  const recurring = RECURRING.test(normals.join(" "));
  // "The wards were always full", "I usually checked": how things went then, no occasion ("never"
  // denies; "I told him the door was always open" reports a promise).
  const pastHabit = tense === "past" && words.some((w, i) => HABIT_ADVERBS.has(w.normal) && w.normal !== "never" && [words[i - 1], words[i + 1]].some((v) => v?.verb && v.normal !== v.lemma) && !words.slice(0, i).some((v) => v.verb && REPORTING.has(v.lemma)));
  const habitual = !takenUp && (habitGoesOn || recurring || pastHabit || (tense === "present" && (words.some((w) => HABIT_ADVERBS.has(w.normal)) || FREQUENCY.test(normals.join(" ")))) || (tense === "would" && words.some((w) => HABIT_ADVERBS.has(w.normal) && w.normal !== "never")));
  // "I keep meaning to block Friday mornings, like properly blocked time": an example or gloss of
  // the clause just before says it again, as wished, lapsed, supposed or habitual as that clause.
  const gloss = !ownSubject && before !== undefined && before.index === clauses.length - 1 && before.sentence === words[0]!.sentence && GLOSS.test(normals.slice(0, 2).join(" ")) ? before : undefined;
  if (gloss) return { ...gloss, index, words, text: joinWords(words) };
  return { index, sentence: words[0]!.sentence, words, subject: firstVerb === -1 ? "none" : subject, tense, unreal: unreal || conditional, conditional, hypothetical, lapsed, habitual, text: joinWords(words) };
}

/** How an example or a gloss of what was just said begins: "like", "such as", "e.g.", "say". */
const GLOSS = /^(?:like|such as|e\.?g|i\.?e|namely|for example|for instance)\b/;

/** Nouns of a time phrase ("The next morning, ..."): it opens a sentence without being its subject. */
const TIME_NOUNS = new Set(["morning", "afternoon", "evening", "night", "day", "week", "weekend", "month", "year", "time", "shift"]);

/** Who a noun phrase without a verb names, when it could be a subject ("The charge nurse", "My colleague and I"). */
function personOf(phrase: Word[]): Person | undefined {
  if (!DETERMINERS.has(phrase[0]?.normal ?? "")) return undefined;
  if (phrase.some((w) => FIRST.has(w.normal) && w.normal !== "me" && w.normal !== "myself")) return "we";
  const head = phrase.find((w) => w.pos === "NOUN" || w.pos === "PROPN");
  return head && !TIME_NOUNS.has(head.lemma) ? "other" : undefined;
}

/**
 * A verbless clause that only names what the sentence goes on to speak of ("About the letter, I
 * haven't asked anyone", "As for research, ..."): what the point needs is said, or not, after it.
 */
export function topicOnly(clause: Clause, clauses: readonly Clause[]): boolean {
  const lead = clause.words.slice(0, 2).map((w) => w.normal).join(" ");
  return !clause.words.some((w) => w.verb) && /^(?:about|regarding|concerning|re|as for|as to|as far as)\b/.test(lead) && clauses[clause.index + 1]?.sentence === clause.sentence;
}

/** The sentence of a clause as the candidate wrote it, shortened around the clause when long. */
export function evidenceOf(reading: Reading, clause: Clause): string {
  const sentence = reading.sentences[clause.sentence] ?? clause.text;
  if (sentence.split(/\s+/).length <= 40) return sentence.trim();
  // An unpunctuated transcript is one long "sentence": quote the clause with a little context,
  // cut from the sentence as written (its commas, hyphens and apostrophes kept).
  const inSentence = reading.clauses.filter((c) => c.sentence === clause.sentence);
  const around = inSentence.filter((c) => Math.abs(c.index - clause.index) <= 1);
  const words = inSentence.flatMap((c) => c.words);
  const spans = spansIn(sentence, words);
  const [first, last] = [words.indexOf(around[0]!.words[0]!), words.indexOf(around.at(-1)!.words.at(-1)!)];
  return spans ? `…${sentence.slice(spans[first]![0], spans[last]![1])}…` : `…${around.map((c) => c.text).join(" ")}…`;
}

/** Where each of `words` starts and ends in `text`, found in order from its start; undefined if one is not there. */
function spansIn(text: string, words: readonly Word[]): [number, number][] | undefined {
  const spans: [number, number][] = [];
  let at = 0;
  for (const word of words) {
    const start = text.indexOf(word.text, at);
    if (start === -1) return undefined;
    at = start + word.text.length;
    spans.push([start, at]);
  }
  return spans;
}

/** Words back into text: no space before "n't", "'d", "'s" ("can't", "I'd") or a comma. */
export function joinWords(words: readonly Token[]): string {
  // "didn't", "I'm" and "detail-oriented" are typed without spaces around their inner tokens.
  const attached = (w: Token | undefined) => w !== undefined && /^(?:n't|'\w+|-|[,;:.!?])$/i.test(w.text);
  return words.map((w, i) => (i === 0 || attached(w) || words[i - 1]!.text === "-" ? w.text : ` ${w.text}`)).join("");
}
