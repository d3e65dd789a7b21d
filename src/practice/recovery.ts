// Sessions that were killed (kill -9, power cut) leave a "start" line in history.jsonl without
// its "end" line. Their rated answers are all in the history, so the note they never wrote can
// be rebuilt: feedback is recomputed from the deck's questions as they are now.
import type { Deck, Question } from "../content/types.js";
import type { PracticeSession, UnratedAnswer } from "./practice-note.js";
import type { TypingRecord } from "./typing-record.js";
import type { AnswerEntry, HistoryEntry, SessionStartEntry, SkipEntry } from "./history.js";
import { buildAnswer, feedbackFor } from "./answer.js";
import { longDate } from "../io/markdown.js";

export interface Unfinished {
  start: SessionStartEntry;
  answers: AnswerEntry[];
  /** Questions skipped on purpose (none in histories written before skipping existed). */
  skipped?: SkipEntry[];
  /** What was being typed when the process was killed (see typing-record.ts), if anything. */
  typing?: TypingRecord;
}

/** The answer that was being typed, when there is text in it. */
function typedAnswer(unfinished: Unfinished): UnratedAnswer | undefined {
  const answer = unfinished.typing?.answer;
  return answer?.answer.trim() ? answer : undefined;
}

/** Takes that were set aside for a retake and not rated when the process was killed. */
function setAside(unfinished: Unfinished): UnratedAnswer[] {
  return (unfinished.typing?.setAside ?? []).filter((take) => take.answer.trim());
}

/** Whether a killed session left anything to save: a rated answer, a take set aside, or one being typed. */
export function hasWork(unfinished: Unfinished): boolean {
  const typedSkip = (unfinished.skipped ?? []).some((s) => s.answer);
  return unfinished.answers.length > 0 || typedAnswer(unfinished) !== undefined || setAside(unfinished).length > 0 || typedSkip;
}

/**
 * A session id: time, process id and a random part. The pid lets the next run tell a
 * session that was killed from one still running in another terminal.
 */
export function newSessionId(at: Date, pid: number, random: string): string {
  return `${at.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z")}-${pid}-${random}`;
}

export function sessionPid(id: string): number | undefined {
  const match = /-(\d+)-[a-z0-9]+$/.exec(id);
  return match ? Number(match[1]) : undefined;
}

/**
 * Sessions started but never ended, oldest first, leaving out those whose process is still
 * alive (`isRunning`). Sessions with no rated answer are returned too: the caller closes them.
 */
export function findUnfinished(entries: readonly HistoryEntry[], isRunning: (session: string) => boolean): Unfinished[] {
  const open = new Map<string, Unfinished>();
  for (const entry of entries) {
    if (entry.type === "start") open.set(entry.session, { start: entry, answers: [], skipped: [] });
    else if (entry.type === "answer") open.get(entry.session)?.answers.push(entry);
    else if (entry.type === "skip") open.get(entry.session)?.skipped?.push(entry);
    else if (entry.type === "end") open.delete(entry.session);
  }
  return [...open.values()].filter((u) => !isRunning(u.start.session));
}

/** The note-ready session from what history kept. `deck` is undefined when it no longer exists. */
export function recoverSession(unfinished: Unfinished, deck: Deck | undefined): PracticeSession {
  const { start, answers, skipped = [] } = unfinished;
  const typed = typedAnswer(unfinished);
  const unrated = [...setAside(unfinished), ...(typed ? [typed] : [])];
  const nextTimes = unfinished.typing?.nextTimes ?? {};
  // A question answered twice (should not happen, but history is hand-editable): the last counts.
  const latest = new Map(answers.map((a) => [a.question, a]));
  const last = answers[answers.length - 1];
  return {
    deck: start.deck,
    deckTitle: deck?.title ?? start.deckTitle,
    ...(start.program ? { program: start.program } : {}),
    startedAt: new Date(start.at),
    endedAt: new Date(last?.at ?? start.at),
    planned: start.plan.length,
    interrupted: true,
    ...(unrated.length ? { unrated } : {}),
    answers: [...latest.values()].map((entry) => {
      const nextTime = entry.nextTime ?? nextTimes[entry.question]?.trim();
      const question = deck?.questions.find((q) => q.id === entry.question) ?? placeholderQuestion(entry);
      return buildAnswer({
        question,
        take: { text: entry.answer, seconds: entry.seconds },
        takes: entry.takes,
        rating: entry.rating,
        mode: entry.mode,
        limitSeconds: entry.limit,
        feedback: feedbackFor({ text: entry.answer, seconds: entry.seconds }, question, entry.limit, entry.mode),
        ...(nextTime ? { nextTime } : {}),
        ...(entry.earlier ? { earlierTakes: entry.earlier } : {}),
      });
    }),
    ...(skipped.length
      ? {
          skipped: skipped.map((s) => ({
            questionId: s.question,
            text: deck?.questions.find((q) => q.id === s.question)?.text ?? s.question,
            ...(s.category ? { category: s.category } : {}),
            ...(s.answer ? { answer: s.answer } : {}),
            ...(s.timedOut ? { timedOut: true as const } : {}),
          })),
        }
      : {}),
  };
}

/**
 * One line for the recovery offer: "residency, 22 Nov 2026 14:05: 2 of 5 answered", then what
 * was not rated (", and one being typed (not rated)", ", 2 takes set aside for a retake and one
 * being typed (not rated)").
 */
export function describeUnfinished(unfinished: Unfinished): string {
  const { start, answers } = unfinished;
  const at = new Date(start.at);
  const when = `${longDate(at)} ${at.toTimeString().slice(0, 5)}`;
  const program = start.program ? ` for ${start.program}` : "";
  const retaken = setAside(unfinished).length;
  const unrated = [
    ...(retaken ? [`${retaken === 1 ? "one take" : `${retaken} takes`} set aside for a retake`] : []),
    ...(typedAnswer(unfinished) ? ["one being typed"] : []),
  ];
  const rest = unrated.length === 0 ? "" : `${unrated.length === 1 ? ", and" : ","} ${unrated.join(" and ")} (not rated)`;
  return `${start.deckTitle}${program}, ${when}: ${answers.length} of ${start.plan.length} answered${rest}`;
}

/** A question that was removed from its deck: enough to show the answer and its id. */
function placeholderQuestion(entry: AnswerEntry): Question {
  return {
    id: entry.question,
    text: entry.question,
    ...(entry.category ? { category: entry.category } : {}),
    tags: [],
    format: (entry.format as Question["format"] | undefined) ?? "open",
    answerSeconds: entry.limit,
    points: [],
    tips: [],
    followups: [],
  };
}
