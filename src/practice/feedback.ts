// Automatic feedback on a kept answer: length against the limit, which of the
// question's points it covered, STAR parts, fillers, repeated words and a privacy warning.
// Pure and fast: it runs on every answer and in the note, and is tested as a plain function.
import { formatDuration } from "../content/duration.js";
import type { Question } from "../content/types.js";
import { privacyWarnings } from "./privacy.js";
import { matchKeyword, normaliseQuotes, STOP_WORDS, wordForms, wordsOf, type WordForms } from "./words.js";

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
  /** Points covered, with the answer's own words that matched their keywords ("realized" for realiz). */
  covered: { point: string; matched: string[] }[];
  /** Texts of the points not covered. */
  missed: string[];
  /** Only for format "star". */
  star?: StarParts;
  /** Most frequent first. */
  fillers: { word: string; count: number }[];
  /** Content words said 3 times or more, top 3, most repeated first. */
  repeated: { word: string; count: number }[];
  /** Why the answer may identify a patient; empty when nothing looks like it. */
  privacy: string[];
}

export const WORDS_PER_MINUTE = 150;

export function analyseAnswer(answer: string, question: Question, limitSeconds: number): Feedback {
  const words = wordsOf(answer);
  const speakingSeconds = Math.round((words.length * 600) / WORDS_PER_MINUTE) / 10;
  const { covered, missed } = coverage(words, question);
  return {
    words: words.length,
    speakingSeconds,
    limitSeconds,
    overLimit: speakingSeconds > limitSeconds,
    covered,
    missed,
    ...(question.format === "star" ? { star: starParts(answer) } : {}),
    fillers: fillers(answer, words),
    repeated: repeated(words),
    privacy: privacyWarnings(answer),
  };
}

// ---------------------------------------------------------------- coverage

function coverage(words: string[], question: Question): Pick<Feedback, "covered" | "missed"> {
  const answer = wordForms(words);
  const covered: Feedback["covered"] = [];
  const missed: string[] = [];
  for (const point of question.points) {
    const found = point.keywords.length ? point.keywords.map((k) => matchKeyword(answer, k)) : fallbackMatches(answer, point.text);
    const matched = [...new Set(found.filter((m): m is string => m !== undefined))];
    if (matched.length) covered.push({ point: point.text, matched });
    else missed.push(point.text);
  }
  return { covered, missed };
}

/**
 * A point written without keywords is judged by its own content words (loosely stemmed:
 * "experiences" -> "experienc"); one common word is not enough, so it needs two of them.
 */
function fallbackMatches(answer: WordForms, pointText: string): (string | undefined)[] {
  const stems = [...new Set(wordsOf(pointText).filter((w) => w.length >= 4 && !STOP_WORDS.has(w)))].map((w) => (w.length > 5 ? w.slice(0, -2) : w));
  const found = stems.map((stem) => matchKeyword(answer, stem));
  return found.filter(Boolean).length >= Math.min(2, stems.length) ? found : [];
}

// ---------------------------------------------------------------- STAR

/** Cue phrases for each STAR part, matched on lowercase text with straight apostrophes. */
const STAR_CUES: Record<keyof StarParts, RegExp[]> = {
  situation: [
    /\b(?:when|while) (?:i|we) (?:was|were)\b/,
    /\b(?:during|on) (?:my|our|a|the) (?:[\w-]+ ){0,2}(?:rotation|clerkship|shift|residency|internship|year|placement|elective|call)\b/,
    /\bduring my\b/,
    /\bat the time\b/,
    /\bin my (?:[\w-]+ ){0,2}(?:rotation|clerkship|year|job|role|position|residency|internship|placement)\b/,
    /\b(?:one|last|that) (?:day|night|week|month|year|summer|winter)\b/,
    /\b(?:a|few|two|three|several) (?:years?|months?) ago\b/,
    /\b(?:there was|we had) a (?:patient|situation|case|time|conflict|problem)\b/,
    /\bi was (?:working|rotating|on call|a [\w-]+ (?:student|resident|intern))\b/,
    /\bback (?:when|in)\b/,
    /\bsituation\b/,
  ],
  task: [
    /\bmy (?:role|job|task|goal|responsibility|aim|job was)\b/,
    /\bi was (?:responsible|in charge|asked to|tasked|expected to|supposed to)\b/,
    /\b(?:needed|had|wanted) to (?:make sure|ensure|find|figure|get|help|fix|resolve|deliver|tell|explain|convince)\b/,
    /\b(?:i|we) (?:needed|had) to\b/,
    /\bneeded to\b/,
    /\bthe (?:goal|task|challenge|problem) was\b/,
    /\bit was (?:up to me|my job)\b/,
  ],
  action: [
    /\b(?:so|then|first,?|next,?|finally,?) i\b(?!')/,
    /\bi (?:decided|organi[sz]ed|spoke|asked|called|set up|created|started|talked|reached out|took|made|suggested|proposed|explained|led|arranged|escalated|listened|met|went|began|reviewed|wrote|built|implemented|developed|coordinated|sat down|brought|sought|ran|chose|gathered|contacted|emailed|paged|offered|apologi[sz]ed|advocated|worked with|stayed|volunteered|designed|trained|taught|mentored|changed|introduced|documented|followed up)\b/,
  ],
  result: [
    /\bas a result\b/,
    /\bin the end\b/,
    /\b(?:which|this|that|it) (?:led|resulted)\b/,
    /\bled to\b/,
    /\bresult(?:ed|s)?\b/,
    /\boutcomes?\b/,
    /\b(?:reduced|improved|increased|decreased|lowered|raised|saved|cut|shortened|doubled|tripled)\b/,
    /(?<![\d.])\d+(?:\.\d+)?\s?(?:%|percent\b)/, // starts at a number's start: linear on long digit runs
    /\b(?:ultimately|eventually|afterwards|since then|from then on|turned out)\b/,
    /\bsuccessful(?:ly)?\b/,
    /\b(?:i|we) learned\b/,
    /\b(?:thanked (?:me|us)|was discharged|went home|recovered)\b/,
  ],
};

export function starParts(answer: string): StarParts {
  const text = normaliseQuotes(answer).toLowerCase().replace(/\s+/g, " ");
  const has = (part: keyof StarParts) => STAR_CUES[part].some((cue) => cue.test(text));
  return { situation: has("situation"), task: has("task"), action: has("action"), result: has("result") };
}

// ---------------------------------------------------------------- fillers and repetition

/** Fillers and hedges as word sequences; `match` returns how many words it used (0: no match). */
const FILLERS: { word: string; match: (w: string[], i: number) => number }[] = [
  { word: "um", match: (w, i) => (/^(?:u+m+|u+h+m+|e+r+m+)$/.test(w[i]!) ? 1 : 0) },
  { word: "uh", match: (w, i) => (/^u+h+$/.test(w[i]!) ? 1 : 0) },
  phrase("you know", ["do", "did", "don't", "didn't", "if", "would", "will", "what", "whether"]),
  phrase("basically"),
  phrase("actually"),
  phrase("literally"),
  phrase("I mean"),
  // "what kind of doctor" is a question about kinds, not a hedge.
  phrase("kind of", ["a", "what", "this", "that", "the", "any", "some", "every", "which", "same", "different", "one", "each", "other", "another", "all"]),
  phrase("sort of", ["a", "what", "this", "that", "the", "any", "some", "every", "which", "same", "different", "one", "each", "other", "another", "all"]),
  phrase("I guess"),
  phrase("maybe"),
];

/** A filler phrase, not counted right after one of `unlessAfter` ("do you know" is a question). */
function phrase(word: string, unlessAfter: string[] = []): (typeof FILLERS)[number] {
  const parts = word.toLowerCase().split(" ");
  const skip = new Set(unlessAfter);
  return {
    word,
    match: (w, i) => (parts.every((p, k) => w[i + k] === p) && !(i > 0 && skip.has(w[i - 1]!)) ? parts.length : 0),
  };
}

/**
 * "like" and "so" are fillers only when set off by commas: "So, I..." / ", like," / ", so,".
 * What comes before is checked by walking back over spaces from each hit, not by a regex
 * lookbehind, which would rescan long runs of blank lines (quadratic on odd input).
 */
const COMMA_WORD = /\b(like|so)\s*,/gi;

function commaFillers(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(COMMA_WORD)) {
    let i = m.index - 1;
    let newLine = false;
    for (; i >= 0 && /\s/.test(text[i]!); i--) newLine ||= text[i] === "\n";
    if (i < 0 || newLine || /[.!?,;:]/.test(text[i]!)) found.push(m[1]!.toLowerCase());
  }
  return found;
}

function fillers(answer: string, words: string[]): Feedback["fillers"] {
  const counts = new Map<string, number>();
  const bump = (word: string) => counts.set(word, (counts.get(word) ?? 0) + 1);
  for (let i = 0; i < words.length; ) {
    const hit = FILLERS.find((f) => f.match(words, i) > 0);
    if (hit) bump(hit.word);
    i += hit ? hit.match(words, i) : 1;
  }
  for (const word of commaFillers(normaliseQuotes(answer))) bump(word);
  const order = [...FILLERS.map((f) => f.word), "like", "so"];
  return [...counts]
    .map(([word, count]) => ({ word, count }))
    .sort((a, b) => b.count - a.count || order.indexOf(a.word) - order.indexOf(b.word));
}

function repeated(words: string[]): Feedback["repeated"] {
  const counts = new Map<string, number>();
  for (const word of words) {
    if (word.length < 3 || STOP_WORDS.has(word) || /^[\d'-]+$/.test(word)) continue;
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

const STAR_NAMES: [keyof StarParts, string][] = [
  ["situation", "Situation"],
  ["task", "Task"],
  ["action", "Action"],
  ["result", "Result"],
];

/**
 * Plain lines for the screen and the note. Lines starting with two spaces belong to the line
 * above (the note turns them into nested list items).
 */
export function renderFeedbackLines(feedback: Feedback): string[] {
  const lines: string[] = [];
  const spoken = formatDuration(feedback.speakingSeconds);
  const limit = formatDuration(feedback.limitSeconds);
  const against = feedback.overLimit ? `: over the ${limit} limit` : ` (limit ${limit})`;
  const wordCount = `${feedback.words} word${feedback.words === 1 ? "" : "s"}`;
  // An answer given aloud has no words, only the time it took (speakingSeconds).
  if (feedback.words > 0) lines.push(`Length: ${wordCount}, about ${spoken} spoken${against}`);
  else if (feedback.speakingSeconds > 0) lines.push(`Spoken for about ${spoken}${against}`);
  else lines.push("Length: no words");
  const total = feedback.covered.length + feedback.missed.length;
  if (total > 0) {
    lines.push(`Points covered: ${feedback.covered.length} of ${total}`);
    for (const c of feedback.covered) lines.push(`  ✓ ${c.point}: "${c.matched.join('", "')}"`);
    for (const m of feedback.missed) lines.push(`  ✗ ${m}`);
  }
  if (feedback.star) {
    const star = feedback.star;
    const parts = STAR_NAMES.map(([key, name]) => `${name} ${star[key] ? "✓" : "✗"}`).join(", ");
    const missing = STAR_NAMES.filter(([key]) => !star[key]).map(([, name]) => name);
    lines.push(`STAR: ${parts}${missing.length ? ` (missing: ${missing.join(", ")})` : ""}`);
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
