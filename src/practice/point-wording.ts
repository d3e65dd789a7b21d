// What a point's or a question's own wording asks for: a deed of the candidate's ("Raised it
// privately"), a past deed, or a plan rather than a story ("What would you do?"), and where a
// point of two requirements divides. Read once per point text and kept.
import type { Language, Token } from "./language.js";
import type { Point } from "../content/types.js";

const deedPoints = new Map<string, boolean>();

/**
 * A point about the candidate's own deeds ("Raised it privately", "Steps you took", "Your
 * role"): someone else doing it does not count. Read from the point's first word (a past-tense
 * verb) or its second-person wording.
 */
export function asksWhatYouDid(point: Point, language: Language): boolean {
  let known = deedPoints.get(point.text);
  if (known === undefined) deedPoints.set(point.text, (known = readsAsDeed(point, language)));
  return known;
}

/** Verbs that say what the answer does ("Described what changed"), not what the speaker did. */
const TELLING = new Set(["describe", "state", "illustrate", "show", "name", "give", "mention", "set", "say", "cite", "link", "outline", "sum", "summarize"]);
const WH = new Set(["what", "why", "how", "where", "when", "who", "which", "whether"]);
/** Verbs that, before "what" or "how", say what the answer tells ("Reported what happened"); "Checked what else it had affected" is a deed. */
const SAYING = new Set(["explain", "report", "say", "tell", "suggest", "reflect", "know", "ask", "confirm", "mention", "admit"]);
/** "how you handled", "what you have done", "whom you helped": the wording asks for a past deed. */
const PAST_DEED_ASKED = /\b(?:how|what|why|whom?) you (?:actually |personally )?(?:have |had )?(?!wanted|hoped|planned)(?:\w+ed|did|done|took|taken|made|said|told|heard|brought|gave|given|went|gone|kept|got|found|chose|thought|felt|spoke|met|ran|led|saw|seen|wrote|written|dealt)\b/i;

function readsAsDeed(point: Point, language: Language): boolean {
  const tokens = language.parse(point.text).tokens;
  const [first, second] = tokens;
  // "Raised it privately" (past: a deed told), not "Describes the problem" or "Reported what
  // happened" (what the answer tells).
  // "Described how you handled it" asks for a deed all the same; "changed what you do" or "how
  // you work" (present) asks for a habit, which someone else may have shaped.
  const telling = first !== undefined && (TELLING.has(first.lemma) || (WH.has(second?.normal ?? "") && SAYING.has(first.lemma))) && !PAST_DEED_ASKED.test(point.text);
  if (!telling && pastVerb(first)) return true;
  // "Let the patient finish and acknowledged the frustration": a verb whose past looks like its
  // dictionary form ("let", "put", "set"), told as a deed by the past verb joined to it.
  if (!telling && first?.pos === "VERB" && tokens.some((token, i) => tokens[i - 1]?.normal === "and" && pastVerb(token))) return true;
  // "Immediate action, including telling your supervisor": the action a story's point asks for is
  // the speaker's; so is "How you prepared", "What you said" (a point that opens by asking it).
  if (/^(?:how|what|whom?) you\b/i.test(point.text) && PAST_DEED_ASKED.test(point.text)) return true;
  return /\byou (?:took|did|made|raised|asked|used|changed|carried|handled|led)\b|\byour (?:own|specific|role)\b|\bwhat you did\b|\bpersonally\b|^(?:immediate |prompt |first )?actions?\b/i.test(point.text);
}

/**
 * Whether a question asks for a plan rather than a story: "What would you do?", "How do you
 * ...?", "Walk us through how you handle it" (present tense), not "how you handled it"; or where
 * the speaker is heading.
 */
export function asksForPlan(questionText: string): boolean {
  return /\bwould you\b|\bwhat do you do\b|\bhow do you\b|\bhow you (?:handle|deal with|approach|manage|respond)\b/i.test(questionText) || asksWhereHeading(questionText);
}

/** A verb in the past: its form is not its dictionary form, nor a present "-s" ("Raised", not "Raises"). */
function pastVerb(token: Token | undefined): boolean {
  return token !== undefined && token.pos === "VERB" && token.normal !== token.lemma && !token.normal.endsWith("s");
}

/** The point opens with a past-tense verb: "Raised it privately", "Spoke to the person". */
const pastDeeds = new Map<string, boolean>();
export function pastDeed(point: Point, language: Language): boolean {
  let known = pastDeeds.get(point.text);
  if (known === undefined) pastDeeds.set(point.text, (known = pastVerb(language.parse(point.text).tokens[0])));
  return known;
}

/** Words that open the phrase before a noun rather than belong to it: "until identity". */
const LEADING = new Set(["until", "how", "the", "a", "an", "of", "that", "whether", "when", "where", "which", "with", "for", "to", "by", "in", "on", "at", "as", "if", "before", "after", "unless"]);

/**
 * A point's text cut at its last "and": "A plan for coping with it" and "who you would lean on";
 * none without one. Where the "and" joins the subjects of one verb ("until identity and
 * authorisation are confirmed"), the halves are those subjects: "identity", "authorisation".
 */
export function halvesOf(text: string): [string?, string?] {
  const at = text.lastIndexOf(" and ");
  if (at === -1) return [];
  const subjects = /^(?!(?:what|who|how|why|where|when|which)\b)(\S+) (?:are|is|were|was)\b/i.exec(text.slice(at + 5));
  if (subjects) {
    const [previous, last] = text.slice(0, at).split(" ").slice(-2);
    return [previous && !LEADING.has(previous.toLowerCase()) ? `${previous} ${last}` : last, subjects[1]];
  }
  const before = text.slice(0, at).replace(/,$/, "");
  // Lower-cased to follow "but not": "a plan for...", but "HIPAA" stays as it is.
  return [/^[A-Z][^A-Z\s]*(?:\s|$)/.test(before) ? before[0]!.toLowerCase() + before.slice(1) : before, text.slice(at + 5)];
}

/**
 * The point ends in a list of examples in brackets: "What you did yourself (notes,
 * presentations, patient contact)". Any one of them delivers it, so one the speaker says they
 * did not do ("I do not write notes") takes nothing from another they did ("I examined patients").
 */
export function listsExamples(text: string): boolean {
  return /\([^()]*(?:,| or )[^()]*\)\s*$/.test(text);
}

/**
 * Whether a question asks where the speaker is heading ("Where do you see yourself ten years from
 * now?", "your plan for the next event"): there, what they would like to do is the answer, not a wish.
 */
export function asksWhereHeading(questionText: string): boolean {
  return /\bwhere do you see\b|\b(?:years|months) from now\b|\bin (?:\w+|\d+) years\b|\byour plan for\b/i.test(questionText);
}

/** A point's words (or one half of them) ask what the speaker learned, which a lesson told answers: "Result and lesson learned", "what you learned about the US system". */
export function asksWhatYouLearned(text: string): boolean {
  return /\b(?:what|something) you (?:have )?(?:learned|learnt)\b|\blessons? learned\b|\bwhat you hoped to learn\b/i.test(text);
}

/** A point asks for an example given: "Gave an example where this prevented a problem", "Gave a concrete example". */
export function asksForExample(text: string): boolean {
  return /^gave (?:a (?:concrete |specific |recent )?|an )example\b/i.test(text);
}
