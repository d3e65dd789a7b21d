// Which of a question's points an answer covers, by meaning: each point's cues (the `keywords`
// of the deck: single words or phrases in the words candidates use) are matched on lemmas,
// whole words only, so "organised" matches "organize", "took" matches "take", and "career" does
// not match "care". A cue does not count where it is negated ("I haven't done any research"),
// wished for ("I'd like to"), done by someone else when the point asks what you did, or, in a
// behavioural question answered without any story, stated as a generic habit.
import { evidenceOf, topicOnly, type Clause, type Reading, type Word } from "./clauses.js";
import type { Language } from "./language.js";
import { asksAlsoForLesson, asksForLesson, inLesson, lessonOrRepeatTold, lessonTold } from "./lessons.js";
import { compileCue, matchIn, namesPastWish, namesWish, saysOnlyWhen, spanOf } from "./cue-match.js";
import { deniedDeed, undoingWords } from "./point-undoing.js";
import { asksInWords, FINDING_OUT, opensQuestion } from "./asking.js";
import { askedOrHopedAt, deedOrDoer, governingVerb, noOneDoes, perceived, speakerIncluded, speakersOwn, thirdPartyDeed, toldBySpeaker, valueStatement } from "./deeds.js";
import { asksForExample, asksWhatYouDid, asksWhatYouLearned, asksWhereHeading, halvesOf, listsExamples, pastDeed } from "./point-wording.js";
import { toldWithNoNews } from "./star-outcomes.js";
import type { Point, QuestionFormat } from "../content/types.js";

export interface PointVerdict {
  text: string;
  covered: boolean;
  /** The sentence that earned the point (only when covered). */
  evidence?: string;
  /** The answer's words that matched the cue. */
  matched?: string;
  /** The answer's words that undid the point (one of its `unless` cues); only when not covered. */
  undoneBy?: string;
  /**
   * A point of two requirements (with `also` cues) of which one was said: the answer's words for
   * it, and the point's words for the other, after or before its last "and" (left out when the
   * point's text has none). Only when not covered.
   */
  halfSaid?: { said: string; missing?: string };
  /**
   * A cue said where it does not count for a point about the speaker's own deeds: the answer's
   * words, and how they were told (someone else did it, the speaker only would, or "we" did).
   * Only when not covered and nothing else explains it.
   */
  passedOver?: { said: string; as: PassedAs };
}

/** How a cue was told when it did not count: someone else's deed, what the speaker would do, what "we" did, or a deed the speaker says they did not do. */
export type PassedAs = "someone-else" | "would" | "we" | "not-done" | "habit";

/** A verdict on a point's own words that a STAR part or a lesson told may still overrule. */
type ByWords = PointVerdict & { provisional?: boolean };

/** A point that asks for the patient to stay unidentifiable. */
const ANONYMOUS = /\b(?:no|without|free of) identifying\b|\banonymous(?:ly)?\b|\bde-?identified\b|\bunidentifiable\b/i;

export interface PointContext {
  format: QuestionFormat;
  /** The answer tells a specific story (it has a Situation). */
  story: boolean;
  /** The question asks what you would do or how you handle something ("Walk us through how you handle it"). */
  asksForPlan?: boolean;
  /** The question's text; an answer that shares none of its content words is read as off topic. */
  question?: string;
  /** The answer names or dates a patient (a privacy warning was raised). */
  identifies?: boolean;
  /** The STAR parts found, for points that ask for one of them in other words. */
  star?: Partial<Record<"situation" | "action" | "result", string>>;
  /** A story whose steps are all told as "we": none of them shows what the speaker did. */
  weOnly?: boolean;
}

/**
 * Points of a behavioural question that name a STAR part ("Sets the scene", "A concrete result",
 * "Evidence the change worked") are covered by that part, whatever words the story used. A point
 * asking for a number ("measurable") needs one in the result.
 */
const STAR_POINT: [RegExp, "situation" | "action" | "result"][] = [
  // "Actions you took to ...", "Practical steps you took": the speaker's own steps, in any verbs.
  [/^(?:(?:the |practical |concrete |specific )?(?:actions?|steps?) you (?:took|taken))\b/i, "action"],
  [/\b(?:results?|outcomes?|what happened(?: next)?|how it (?:was resolved|ended|turned out)|change worked|became effective)\b/i, "result"],
  [/\b(?:sets? the scene|situation|setting|specific period|moment of pressure|context)\b/i, "situation"],
];
const NUMBER = /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twice|half|halved|doubled|percent)\b/i;

/** What a point asks for, without its examples after a dash or in brackets: "Checked what else it had affected - claims, results, appointments" asks for no result. */
const askedPart = (point: Point) => point.text.split(/ [-–—] | \(/)[0]!;
/** The point asks how things turned out ("Result - a decision or an introduction", "What happened next"). */
const asksForOutcome = (point: Point) => STAR_POINT.some(([pattern, part]) => part === "result" && pattern.test(askedPart(point)));
/** The point asks for the setting ("Situation with a clear team and a goal"): a lesson drawn from the story is no setting. */
const asksForSituation = (point: Point) => STAR_POINT.some(([pattern, part]) => part === "situation" && pattern.test(askedPart(point)));

function byStarPart(point: Point, context: PointContext): PointVerdict | undefined {
  if (context.format !== "star" || !context.star) return undefined;
  const asked = askedPart(point);
  for (const [pattern, part] of STAR_POINT) {
    const evidence = context.star[part];
    if (!pattern.test(asked) || !evidence) continue;
    // "A measurable result" needs a number; "a measurable or visible result" does not.
    if (/\b(?:measurable|number)\b/i.test(point.text) && !/\bor (?:visible|observable)\b/i.test(point.text) && !NUMBER.test(evidence)) continue;
    return { text: point.text, covered: true, evidence };
  }
  return undefined;
}

/** A verdict for every point, in deck order. */
export function judgePoints(points: readonly Point[], reading: Reading, language: Language, context: PointContext): PointVerdict[] {
  const processAnswer = !context.story && reading.clauses.some((c) => c.tense === "would" && c.subject === "I" && !c.unreal);
  // A behavioural question answered with no story and no steps: generic claims earn nothing.
  const generic = context.format === "star" && !context.story;
  // A condition ("if there isn't, I'd explain...") is part of a process answer: it counts here. A
  // habit ("I always smile") answers a question about how you work, not one asking for a story.
  // What the speaker would tell someone ("I'd tell the patient when they'll hear back") is part of
  // the plan too, whatever its tense. Said with no news of how it went ("I lost track of her") earns nothing.
  const planned = (c: Clause) => processAnswer && (c.tense === "would" || toldBySpeaker(reading.clauses, c));
  const told = reading.clauses.filter((c) => !c.lapsed && !(generic && !planned(c)) && !(c.habitual && context.format === "star") && !topicOnly(c, reading.clauses) && !toldWithNoNews(reading.clauses, c));
  // Asked what you would do, "I'd want to ask them how often" is a step of the plan, not a wish
  // ("I'd like to be more regular" still is one); asked where you are heading, a wish is the answer.
  const asking = (c: Clause) => context.asksForPlan && c.subject === "I" && c.tense === "would" && c.words.some((w, i) => w.normal === "to" && FINDING_OUT.has(c.words[i + 1]?.lemma ?? ""));
  const heading = context.question !== undefined && asksWhereHeading(context.question);
  const usable = told.filter((c) => !c.unreal || c.conditional || asking(c) || (heading && c.subject === "I"));
  // A point that asks for a question is met only by one ("what skills are you short of?", "how is
  // call shared", "I'd love to hear how call works"), never by news ("I really like a challenge").
  const asked = (c: Clause) => reading.sentences[c.sentence]?.includes("?") || reading.clauses.some((b) => b.sentence === c.sentence && b.index <= c.index && (asksInWords(b) || opensQuestion(b)));
  // A point that asks for a plan ("A plan for coping with it") is met by one: "I plan to debrief with my senior".
  const plansSo = (c: Clause) => c.subject === "I" && c.words.some((w, i) => ["plan", "intend"].includes(w.lemma) && c.words[i + 1]?.normal === "to");
  const forPoint = (point: Point) => (/^asks\b/i.test(point.text) ? { told: told.filter(asked), usable: usable.filter(asked) } : /\bplan\b/i.test(askedPart(point)) ? { told, usable: told.filter((c) => usable.includes(c) || plansSo(c)) } : { told, usable });
  const byWords: (ByWords | undefined)[] = points.map((point) => judgeByWords(point, reading, language, context, forPoint(point)));
  // A STAR part or a lesson stands for a point only in an answer that is about the question: one
  // that earns some point in its own words or shares a content word with the question. An
  // off-topic story ("my favourite rotation was dermatology") has a situation, but not the one
  // the question asks about.
  const onTopic = byWords.some((verdict) => verdict?.covered) || sharesTopic(context.question, reading, language);
  const lessonSaid = lessonOrRepeatTold(usable, reading);
  return points.map((point, i) => {
    const { provisional, ...verdict } = byWords[i] ?? { text: point.text, covered: false, provisional: true };
    const lesson = provisional && onTopic && context.format === "star" && asksForLesson(point.text) ? lessonTold(usable, reading) : undefined;
    const judged = provisional ? ((onTopic ? byStarPart(point, context) : undefined) ?? (lesson ? { text: point.text, covered: true, ...lesson } : verdict)) : verdict;
    // "A concrete result and what you learned" needs both: the result alone is half the point.
    // (A point with `also` cues already asks for its second half in its own words.)
    if (!judged.covered || point.also || lessonSaid || !asksAlsoForLesson(point.text)) return judged;
    const [, missing] = halvesOf(point.text);
    return { text: point.text, covered: false, halfSaid: { said: judged.evidence ?? judged.matched ?? "", ...(missing ? { missing } : {}) } };
  });
}

/** Endings that make a noun of a verb or adjective: lead-ership, manage-ment, communicat-ion. */
const DERIVED = /^(?:ership|ship|ment|ing|ion|ation|ance|ence|ity|ness)$/;
/** Words of a question that say how to answer, not what about ("Tell me about a time..."). */
const ASKING = new Set(["tell", "describe", "give", "walk", "share", "time", "example", "way", "thing", "do", "be", "have", "make", "get", "go", "happen", "say"]);

/** Whether the answer uses a content word (noun, verb, adjective) of the question; true when the question is not known. */
function sharesTopic(question: string | undefined, reading: Reading, language: Language): boolean {
  if (question === undefined) return true;
  const topic = language.parse(question).tokens.filter((t) => ["NOUN", "PROPN", "VERB", "ADJ"].includes(t.pos) && !ASKING.has(t.lemma)).map((t) => t.lemma);
  // A word of the same family counts: "led" (lead) for "leadership", "managed" for "management".
  const sameFamily = (lemma: string) => topic.some((t) => t === lemma || (lemma.length >= 4 && t.startsWith(lemma) && DERIVED.test(t.slice(lemma.length))));
  return reading.clauses.some((clause) => clause.words.some((w) => sameFamily(w.lemma)));
}

/** What judging a point's cues needs besides the cues: the answer, and which of its clauses are told. */
interface Judging {
  point: Point;
  reading: Reading;
  language: Language;
  context: PointContext;
  told: Clause[];
  usable: Clause[];
  /** The point asks what the speaker did ("Raised it privately"). */
  mine: boolean;
}

/** A point judged on the answer's words (its cues, or its own words): a verdict, or undefined when nothing matched. */
function judgeByWords(point: Point, reading: Reading, language: Language, context: PointContext, { told, usable }: { told: Clause[]; usable: Clause[] }): ByWords | undefined {
  // "...with no identifying details": a named or dated patient contradicts it, whatever else matched.
  if (context.identifies && ANONYMOUS.test(point.text)) return { text: point.text, covered: false };
  const undoneBy = undoingWords(point, reading, language);
  if (undoneBy) return { text: point.text, covered: false, undoneBy };
  const judging: Judging = { point, reading, language, context, told, usable, mine: asksWhatYouDid(point, language) };
  // "I didn't file a safety report", "I didn't tell my supervisor": a deed of the point the
  // speaker says they did not do (and never says they did) is not made up for by a passing
  // mention elsewhere ("while reviewing her chart"), nor by a deed for someone else ("I called her").
  const denied = judging.mine ? deniedDeed([...point.keywords, ...(point.also ?? [])], reading, language) : undefined;
  // A point of two halves asks for what the speaker would do in one of them at most: "The
  // outcome and what you would repeat" is not earned by an outcome only imagined.
  const [before, after] = halvesOf(point.text);
  const { earning, passed } = earningClauses(point.keywords, judging, point.also ? before : undefined);
  if (denied && !(listsExamples(point.text) && earning.size > 0)) return { text: point.text, covered: false, passedOver: { said: denied, as: "not-done" } };
  // A point that joins two requirements ("How you prepared and who you involved") has the
  // second one's cues in `also`: without one of them, the first half earns nothing, and no STAR
  // part or lesson stands in for the whole point either.
  const second = point.also ? earningClauses(point.also, judging, after).earning : undefined;
  // One half said: its words (the first cue matched), and the point's words for the other.
  const half = (found: Map<Clause, Word[][]>, missing?: string) => {
    const words = [...found.values()][0]?.[0];
    return words ? { halfSaid: { said: spanOf(reading, words), ...(missing ? { missing } : {}) } } : {};
  };
  if (second?.size === 0) return { text: point.text, covered: false, ...half(earning, after) };
  if (point.keywords.length === 0) return byOwnWords(point, usable, reading, language);
  // Only the second said: a STAR part or a lesson may still stand for the first.
  // Nothing of the first half counts: said only where it cannot ("the nurse documented it"), that
  // is the reason to give, even when the second half was said.
  if (earning.size === 0 && passed) return { text: point.text, covered: false, provisional: true, passedOver: { said: spanOf(reading, passed.hit), as: passed.as } };
  // "I always tell my supervisor": said as a habit, which tells no story, and the reason to give.
  const habits = earning.size === 0 && context.format === "star" ? reading.clauses.filter((c) => c.habitual && !c.lapsed) : [];
  const habit = habits.length > 0 ? [...earningClauses(point.keywords, { ...judging, told: habits, usable: habits }).earning.values()][0]?.[0] : undefined;
  if (habit) return { text: point.text, covered: false, provisional: true, passedOver: { said: spanOf(reading, habit), as: "habit" } };
  if (earning.size === 0) return second?.size ? { text: point.text, covered: false, provisional: true, ...half(second, before) } : undefined;
  for (const [clause, hits] of second ?? []) earning.set(clause, [...(earning.get(clause) ?? []), ...hits]);
  // Of every clause that earns the point, the one saying the most cue words is quoted (the first
  // of those in the answer), as the sentence that best shows the point. Counted per sentence:
  // "I'd keep the manager informed and note every change" says three cues over two clauses,
  // and is the better quote than a clause that names one of them; and a cue of several words
  // ("keep the focus on the patient") says more than a word ("patient") met in passing.
  const bySentence = new Map<number, { clause: Clause; hits: Word[][] }>();
  for (const [clause, hits] of earning) {
    const sentence = bySentence.get(clause.sentence);
    if (!sentence) bySentence.set(clause.sentence, { clause, hits });
    else bySentence.set(clause.sentence, { clause: sentence.clause.index < clause.index ? sentence.clause : clause, hits: [...sentence.hits, ...hits] });
  }
  let best: { clause: Clause; hits: Word[][] } | undefined;
  const said = (hits: Word[][]) => hits.reduce((words, hit) => words + hit.length, 0);
  for (const entry of bySentence.values()) if (!best || said(entry.hits) > said(best.hits) || (said(entry.hits) === said(best.hits) && entry.clause.index < best.clause.index)) best = entry;
  return best && { text: point.text, covered: true, evidence: evidenceOf(reading, best.clause), matched: spanOf(reading, best.hits[0]!) };
}

/**
 * Every clause that earns the point by one of `cues`, with the words of each cue it says; and the
 * first cue said where it could not count for the speaker's own deed, and why (for the feedback).
 * `asked`: the words of the point these cues stand for (one half of it), when not the whole.
 */
function earningClauses(cues: readonly string[], { point, reading, language, context, told, usable, mine }: Judging, asked = point.text): { earning: Map<Clause, Word[][]>; passed?: { hit: Word[]; as: PassedAs } } {
  const earning = new Map<Clause, Word[][]>();
  let passed: { hit: Word[]; as: PassedAs } | undefined;
  const passOver = (hit: Word[], as: PassedAs) => void (passed ??= { hit, as });
  const outcome = context.format !== "ask" && asksForOutcome(point);
  const example = asksForExample(point.text);
  for (const cue of cues) {
    const words = compileCue(cue, language);
    if (words.length === 0) continue;
    // A cue that is itself a wish ("i want to become", "hope to") is what a wish says.
    const wish = namesWish(cue);
    for (const clause of wish && namesPastWish(cue) ? reading.clauses.filter((c) => c.lapsed || told.includes(c)) : wish ? told : usable) {
      const hit = matchIn(clause, words);
      if (!hit || (!words.negative && hit.some((w) => w.negated))) continue;
      // Someone else's deed does not count for a point about yours ("the nurse raised it"), nor
      // does the lesson drawn afterwards ("I learned that a written list keeps me calm").
      if (mine && clause.subject === "other" && thirdPartyDeed(clause, hit) && !speakersOwn(reading.clauses, clause, hit)) {
        if (deedOrDoer(clause, hit)) passOver(hit, "someone-else");
        continue;
      }
      const at = clause.words.indexOf(hit[0]!);
      // "I watched the residents examine patients": what the speaker saw others do, or do to something, is theirs.
      if (mine && perceived(clause.words, governingVerb(clause.words, at))) {
        passOver(hit, "someone-else");
        continue;
      }
      // In a story told only as "we", what the team did is not shown to be the speaker's: the
      // feedback asks what they did, and a point about their own deed waits for that.
      if (mine && context.weOnly && clause.subject === "we" && !speakerIncluded(clause)) {
        passOver(hit, "we");
        continue;
      }
      // A cue that only says when ("since then") earns nothing in a clause where no one does anything.
      if (saysOnlyWhen(cue) && noOneDoes(clause.words, at + hit.length)) continue;
      // How it turned out is not what the speaker set out to learn ("I wanted to find out whether they were hiring").
      if (outcome && askedOrHopedAt(clause.words, at)) continue;
      // The lesson drawn afterwards ("it showed me how good teams work") is neither a deed of the
      // speaker's nor the story's setting, nor how others came to learn ("helped others learn").
      // ("What you learned about the US system" asks for it.)
      if ((mine || asksForSituation(point) || outcome) && inLesson(reading, clause) && !asksWhatYouLearned(asked)) continue;
      // An example is something that happened: a general truth in the present ("good
      // communication prevents errors", "medicine changes so fast") gives none. (A deed of the
      // speaker's may read as present and be past: "and we set that up together".)
      if (example && clause.tense === "present" && clause.subject !== "I" && clause.subject !== "we") continue;
      // A value stated is not a deed, nor part of a story: "I think the key is empathy".
      if ((mine || context.format === "star") && valueStatement(clause)) continue;
      // A point told as a past deed ("Spoke to them privately") is not earned by what you
      // would do ("if it happened, I'd talk to them"), and in a behavioural question that asks
      // for a story nothing is, unless the question asks for a plan or the point for what you would do.
      // In a story question answered without one, "it could change their year" is as hypothetical.
      const hypothetical = clause.hypothetical || (context.format === "star" && !context.story && clause.tense === "would");
      if (!context.asksForPlan && hypothetical && ((mine && pastDeed(point, language)) || context.format === "star") && !/\bwould\b|\bnext time\b/i.test(asked)) {
        passOver(hit, "would");
        continue;
      }
      earning.set(clause, [...(earning.get(clause) ?? []), hit]);
    }
  }
  return { earning, ...(passed ? { passed } : {}) };
}

/**
 * A point written without cues is judged by its own content words (lemmas of words of four
 * letters or more): one common word is not enough, so it needs two of them.
 */
function byOwnWords(point: Point, clauses: Clause[], reading: Reading, language: Language): PointVerdict {
  const own = [...new Set(language.parse(point.text).tokens.filter((t) => t.normal.length >= 4 && ["NOUN", "VERB", "ADJ", "PROPN"].includes(t.pos)).map((t) => t.lemma))];
  const hits = new Map<string, { word: Word; clause: Clause }>();
  for (const clause of clauses) for (const w of clause.words) if (!w.negated && own.includes(w.lemma) && !hits.has(w.lemma)) hits.set(w.lemma, { word: w, clause });
  if (own.length === 0 || hits.size < Math.min(2, own.length)) return { text: point.text, covered: false };
  const first = [...hits.values()][0]!;
  return { text: point.text, covered: true, evidence: evidenceOf(reading, first.clause), matched: [...hits.values()].map((h) => h.word.text).join(", ") };
}
