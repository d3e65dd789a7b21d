// Automatic feedback on a kept answer: length against the limit, which of the question's points
// it covered (by meaning, with the sentence that earned each), STAR parts, fillers, repeated
// words and a privacy warning. Synchronous once the language model is loaded (loadLanguage()):
// a session starts loading it behind the first question.
import type { Question } from "../content/types.js";
import { readClauses } from "./clauses.js";
import { countFillers } from "./fillers.js";
import { loadedLanguage, type Language } from "./language.js";
import { asksForPlan } from "./point-wording.js";
import { judgePoints, type PassedAs } from "./points.js";
import { privacyWarnings } from "./privacy.js";
import { findStar, STAR_PARTS, type StarPart } from "./star.js";
import { WE_ONLY_HINT } from "./star-hints.js";
import { isNumberWord, STOP_WORDS, wordsOf } from "./words.js";

export interface StarParts {
  situation: boolean;
  task: boolean;
  action: boolean;
  result: boolean;
}

export interface Feedback {
  words: number;
  /** Words at about 150 words per minute, rounded to 0.1 s. */
  speakingSeconds: number;
  limitSeconds: number;
  overLimit: boolean;
  /** Points covered, with the answer's words that matched a cue and the sentence that earned it. */
  covered: { point: string; matched: string[]; evidence?: string }[];
  /** Texts of the points not covered. */
  missed: string[];
  /** Points undone by what the answer said (a deck's `unless` cues), with those words; left out when none. */
  undone?: { point: string; said: string }[];
  /** Points of two requirements of which one was said: its words, and the point's words for the other; left out when none. */
  halfSaid?: { point: string; said: string; missing?: string }[];
  /** Points whose cue was said only as someone else's deed, what you would do or what "we" did: the words and how; left out when none. */
  passedOver?: { point: string; said: string; as: PassedAs }[];
  /** Only for format "star". */
  star?: StarParts;
  /** Present (true) when a behavioural question asks for a plan ("Walk us through how you handle it") and the answer gives one, not a story. */
  plan?: true;
  /** For each STAR part found, the sentence that shows it (format "star" only). */
  starEvidence?: Partial<Record<StarPart, string>>;
  /** The story's steps were told only with "we" (format "star" only). */
  weOnly?: boolean;
  /** Most frequent first. */
  fillers: { word: string; count: number }[];
  /** Content words said 3 times or more, top 3, most repeated first. */
  repeated: { word: string; count: number }[];
  /** Why the answer may identify a patient; empty when nothing looks like it. */
  privacy: string[];
}

export const WORDS_PER_MINUTE = 150;

/**
 * Why a point's words did not earn it, beside the point missed: a point about what you did is
 * earned by your own deed, told as done, which is what the interviewer listens for.
 */
const PASSED_AS: Record<PassedAs, string> = {
  "someone-else": "but as someone else's doing: say what you did",
  would: "but as what you would do: tell what you did",
  we: 'but as what "we" did: say your own part',
  "not-done": "so it was not done",
  habit: "but as what you always do: tell one time you did",
};

/**
 * Feedback on one typed answer. `limitSeconds`: the answer time of the question. Needs the
 * language model: call `await loadLanguage()` first (throws otherwise). About a millisecond of
 * work per answer once loaded.
 */
export function analyseAnswer(answer: string, question: Question, limitSeconds: number): Feedback {
  const words = wordsOf(answer);
  const speakingSeconds = Math.round((words.length * 600) / WORDS_PER_MINUTE) / 10;
  const language = loadedLanguage();
  const reading = readClauses(answer, language);
  const star = findStar(reading, answer, { plans: question.format !== "star" || asksForPlan(question.text) });
  const privacy = privacyWarnings(answer);
  const verdicts = judgePoints(question.points, reading, language, {
    identifies: privacy.length > 0,
    format: question.format,
    question: question.text,
    story: star.situation !== undefined || (star.action !== undefined && star.result !== undefined),
    asksForPlan: asksForPlan(question.text),
    star: { ...(star.situation ? { situation: star.situation } : {}), ...(star.action ? { action: star.action } : {}), ...(star.result ? { result: star.result } : {}) },
    weOnly: question.format === "star" && star.weOnly,
  });
  const starEvidence = Object.fromEntries(STAR_PARTS.filter((p) => star[p]).map((p) => [p, star[p]!]));
  return {
    words: words.length,
    speakingSeconds,
    limitSeconds,
    overLimit: speakingSeconds > limitSeconds,
    covered: verdicts.filter((v) => v.covered).map((v) => ({ point: v.text, matched: v.matched ? [v.matched] : [], ...(v.evidence ? { evidence: v.evidence } : {}) })),
    missed: verdicts.filter((v) => !v.covered).map((v) => v.text),
    ...(verdicts.some((v) => v.undoneBy) ? { undone: verdicts.flatMap((v) => (v.undoneBy ? [{ point: v.text, said: v.undoneBy }] : [])) } : {}),
    ...(verdicts.some((v) => v.halfSaid) ? { halfSaid: verdicts.flatMap((v) => (v.halfSaid ? [{ point: v.text, ...v.halfSaid }] : [])) } : {}),
    ...(verdicts.some((v) => v.passedOver) ? { passedOver: verdicts.flatMap((v) => (v.passedOver ? [{ point: v.text, ...v.passedOver }] : [])) } : {}),
    ...(question.format === "star"
      ? {
          star: { situation: !!star.situation, task: !!star.task, action: !!star.action, result: !!star.result },
          starEvidence,
          weOnly: star.weOnly,
          // A plan asked for and given: its steps are the answer, and a thin one needs more of them, not a story.
          ...(asksForPlan(question.text) && !star.situation ? { plan: true as const } : {}),
        }
      : {}),
    fillers: countFillers(reading.words),
    repeated: repeated(words, question.text, language),
    privacy,
  };
}

// ---------------------------------------------------------------- fillers and repetition

/**
 * The question's own words are left out, in any form ("patients" for "a patient"): an answer
 * about a mistake with a patient names the patient again and again, and that is its subject,
 * not a verbal tic.
 */
function repeated(words: string[], questionText: string, language: Language): Feedback["repeated"] {
  const topic = new Set(wordsOf(questionText).map((word) => language.lemmaOf(word)));
  const counts = new Map<string, number>();
  for (const word of words) {
    if (word.length < 3 || STOP_WORDS.has(word) || isNumberWord(word) || topic.has(language.lemmaOf(word))) continue;
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  // Map keeps first-appearance order, so ties stay in the order the user said them.
  return [...counts]
    .filter(([, count]) => count >= 3)
    .map(([word, count]) => ({ word, count }))
    .sort((a, b) => b.count - a.count)
    .slice(0, 3);
}

// ---------------------------------------------------------------- text

/** "1:35" for 95 seconds: how a coach with a stopwatch says it. */
export function clock(seconds: number): string {
  const whole = Math.round(Math.max(0, seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, "0")}`;
}

/** "2-minute slot", "90-second slot", "2:30 slot": the answer time as a coach names it. */
function slot(seconds: number): string {
  if (seconds % 60 === 0) return `${seconds / 60}-minute slot`;
  return seconds < 120 ? `${seconds}-second slot` : `${clock(seconds)} slot`;
}

/** Below this share of its slot a behavioural or open answer is too thin to judge. */
const FAR_UNDER = 0.35;

/**
 * The time, as a coach would say it: "1:35 of 1:30, 5 s over"; "about 20 s of a 2-minute slot:
 * add a specific example" when far under; otherwise "about 1:10 of 1:30". Questions the
 * candidate asks (format "ask") are meant to be short, so they are never called too short.
 * `estimate`: the time is the typed words' at a speaking pace, not the time the answer took, and
 * says so ("when said aloud") beside the time on the clock the question's heading shows.
 */
function timing(feedback: Feedback, format: Question["format"] | undefined, estimate: boolean): string {
  const spoken = Math.round(feedback.speakingSeconds);
  const limit = feedback.limitSeconds;
  const aloud = estimate ? " when said aloud" : "";
  if (feedback.overLimit) return `${clock(spoken)} of ${clock(limit)}${aloud}, ${Math.max(1, spoken - limit)} s over`;
  if (format !== "ask" && limit > 0 && spoken < limit * FAR_UNDER) {
    // A story that is there but thin needs depth, not another example; so does an answer that
    // already makes some of the question's points (it may well hold its example).
    const advice = feedback.star?.situation
      ? `there is room to say more${storyGaps(feedback.star)}`
      : feedback.plan
        ? "there is room to say more about the steps you would take and how it would end"
        : format === "star"
        ? "add a specific example with what you did and how it turned out"
        : feedback.covered.length > 0
          ? "there is room to say more"
          : "add a specific example";
    return `about ${spoken < 60 ? `${spoken} s` : clock(spoken)} of a ${slot(limit)}${aloud}: ${advice}`;
  }
  return `about ${clock(spoken)} of ${clock(limit)}${aloud}`;
}

/** " about what you did and how it turned out", for the parts of a story not found yet; "" when both are there. */
function storyGaps(star: StarParts): string {
  const gaps = [...(star.action ? [] : ["what you did"]), ...(star.result ? [] : ["how it turned out"])];
  return gaps.length ? ` about ${gaps.join(" and ")}` : "";
}

const STAR_NAMES: [keyof StarParts, string][] = [
  ["situation", "Situation"],
  ["task", "Task"],
  ["action", "Action"],
  ["result", "Result"],
];

/** The STAR parts a behavioural answer lacks, by name ("Task", "Result"); none for other answers. */
export function missingStarParts(feedback: Pick<Feedback, "star">): string[] {
  const star = feedback.star;
  return star ? STAR_NAMES.filter(([key]) => !star[key]).map(([, name]) => name) : [];
}

/**
 * Plain lines for the screen and the note. Lines starting with two spaces belong to the line
 * above (the note turns them into nested list items).
 */
export function renderFeedbackLines(feedback: Feedback, format?: Question["format"]): string[] {
  const lines: string[] = [];
  const wordCount = `${feedback.words} word${feedback.words === 1 ? "" : "s"}`;
  // An answer given aloud has no words, only the time it took (speakingSeconds).
  if (feedback.words > 0) lines.push(`Length: ${wordCount}, ${timing(feedback, format, true)}`);
  else if (feedback.speakingSeconds > 0) lines.push(`Spoken for ${timing(feedback, format, false)}`);
  else lines.push("Length: no words");
  const total = feedback.covered.length + feedback.missed.length;
  if (total > 0) {
    lines.push(`Points covered: ${feedback.covered.length} of ${total}`);
    for (const c of feedback.covered) lines.push(`  ✓ ${c.point}: "${c.evidence ?? c.matched.join('", "')}"`);
    const undone = new Map(feedback.undone?.map((u) => [u.point, u.said]));
    const half = new Map(feedback.halfSaid?.map((h) => [h.point, h]));
    const passed = new Map(feedback.passedOver?.map((p) => [p.point, p]));
    const why = (m: string) => {
      const h = half.get(m);
      const p = passed.get(m);
      if (undone.has(m)) return ` ("${undone.get(m)}" does not count for it)`;
      if (p) return ` (said "${p.said}", ${PASSED_AS[p.as]})`;
      return h ? ` (said "${h.said}", ${h.missing ? `but not ${h.missing}` : "but not the rest of it"})` : "";
    };
    for (const m of feedback.missed) lines.push(`  ✗ ${m}${why(m)}`);
  }
  if (feedback.star) {
    const star = feedback.star;
    const parts = STAR_NAMES.map(([key, name]) => `${name} ${star[key] ? "✓" : "✗"}`).join(", ");
    const missing = missingStarParts(feedback);
    lines.push(`STAR: ${parts}${missing.length ? ` (missing: ${missing.join(", ")})` : ""}`);
    if (feedback.weOnly) lines.push(`  ${WE_ONLY_HINT}`);
  }
  const counted = (list: { word: string; count: number }[]) => list.map((f) => `${f.word} ×${f.count}`).join(", ");
  if (feedback.words > 0) lines.push(`Fillers: ${feedback.fillers.length ? counted(feedback.fillers) : "none"}`);
  if (feedback.repeated.length) lines.push(`Most repeated: ${counted(feedback.repeated)}`);
  if (feedback.privacy.length) {
    lines.push("Privacy: this answer may identify a patient, and notes are stored unencrypted:");
    for (const p of feedback.privacy) lines.push(`  - ${p}`);
  }
  return lines;
}
