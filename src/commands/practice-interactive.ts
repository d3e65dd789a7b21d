// The interactive session: question, think time, the answer countdown, keep or retake, the
// self-rating, feedback and "next time", then the summary. Nothing is lost: each rated answer
// is in history.jsonl at once, and Ctrl-C, SIGTERM, SIGHUP or end of input at any step save
// the answers rated so far as a note and end with exit 130.
import { createHash, randomBytes } from "node:crypto";
import { join } from "node:path";
import { cacheDir } from "../io/paths.js";
import type { CommandContext } from "../context.js";
import type { Catalog } from "../content/catalog.js";
import type { Deck, PlaceKind, Question } from "../content/types.js";
import { InterruptedError } from "../io/errors.js";
import { libraryPaths, type LibraryPaths } from "../io/library.js";
import type { UnratedAnswer } from "../practice/practice-note.js";
import { renderFeedbackLines } from "../practice/feedback.js";
import { loadLanguage, startLoadingLanguage } from "../practice/language.js";
import type { HistoryEntry } from "../practice/history.js";
import type { Schedule } from "../practice/due.js";
import type { PracticeSettings } from "../practice/options.js";
import { skippedLine } from "../practice/plan-order.js";
import { describeUnfinished, hasWork, newSessionId, recoverSession, type Unfinished } from "../practice/recovery.js";
import { privacyWarnings } from "../practice/privacy.js";
import { PracticeRun } from "../practice/session.js";
import { removeTyping, TypingRecorder, typingFile } from "../practice/typing-record.js";
import { askAnswer } from "../ui/countdown-prompt.js";
import { isInterrupt, trapInterrupts } from "../ui/interrupt.js";
import { say } from "../ui/output.js";
import { askKeepOrRetake, askNextTime, askRating, askRecover, showFeedback, showTakeCheck } from "../ui/practice-screens.js";
import { showQuestion } from "../ui/question-header.js";
import { thinkTime } from "../ui/think-time.js";
import { deliverSession, historyWriter, showSessionSummary } from "./practice-output.js";
import { storyCoach, type StoryCoach } from "./practice-stories.js";

export interface InteractiveStart {
  /** Killed sessions found in history, to offer before the first question. */
  unfinished: Unfinished[];
  /** The first question is already on screen (shown while this module loaded). */
  firstShown: boolean;
  /** The deck's schedule as the session started: a skip says where the question stands on it. */
  schedule: Schedule;
}

export async function runInteractive(deck: Deck, questions: Question[], settings: PracticeSettings, ctx: CommandContext, start: InteractiveStart): Promise<void> {
  const paths = libraryPaths(ctx.settings.home.value);
  const record = historyWriter(settings, paths);
  // Ctrl-C, SIGINT, SIGTERM, SIGHUP, Ctrl-D and the end of stdin all stop the session here.
  const stop = trapInterrupts();
  const context = { signal: stop.signal };
  let run: PracticeRun | undefined;
  /** The answer or "next time" line being typed, kept if the session is stopped mid-way. */
  const typing: Typing = {};
  try {
    await offerRecovery(start.unfinished, paths, ctx, record, context);
    const id = newSessionId(ctx.now(), process.pid, randomBytes(3).toString("hex"));
    // Also on disk while typed, for a kill -9; --no-save writes nothing to the library.
    if (settings.save) typing.recorder = new TypingRecorder(typingFile(paths.home, id));
    run = new PracticeRun(
      {
        id,
        deck: { id: deck.id, title: deck.title },
        ...(settings.program ? { program: settings.program } : {}),
        questions,
        mode: settings.mode,
        takes: settings.takes,
        ...(settings.timeSeconds !== undefined ? { timeSeconds: settings.timeSeconds } : {}),
      },
      ctx.now,
    );
    record(run.startEntry());
    const stories = await storyCoach(ctx, settings.stories);
    // A question is asked once a session, so the schedule as it started still holds for a skip.
    const skip = (at: PracticeRun, typed: string, timedOut = false) => {
      const id = at.question.id;
      record(at.skip(typed, { timedOut }));
      say(skippedLine(start.schedule, id, ctx.now()));
    };
    await askEveryQuestion(run, { prepSeconds: settings.prepSeconds ?? deck.prepSeconds, interview: deck.interview ?? "residency" }, settings, record, skip, context, start.firstShown, typing, stories);
  } catch (error) {
    typing.recorder?.cancel();
    if (!isInterrupt(error) && !stop.signal.aborted) throw error;
    const stopped = saveInterrupted(run, settings, paths, record, typing);
    typing.recorder?.clear();
    throw stopped;
  } finally {
    stop.dispose();
  }
  const session = run.result();
  const delivered = deliverSession(session, settings, paths, { afterSave: (saved) => record(run.endEntry(saved ? { note: saved } : {})) });
  typing.recorder?.clear();
  showSessionSummary(session, delivered);
}

async function askEveryQuestion(
  run: PracticeRun,
  { prepSeconds, interview }: { prepSeconds: number; interview: PlaceKind },
  settings: PracticeSettings,
  record: (entry: HistoryEntry) => void,
  skip: (run: PracticeRun, typed: string, timedOut?: boolean) => void,
  context: { signal: AbortSignal },
  firstShown: boolean,
  typing: Typing,
  stories?: StoryCoach,
) {
  // What only this run holds goes on disk with every change: the answer being typed, the
  // "next time" lines, and the takes set aside for a retake, not rated yet.
  const keepOnDisk = (now = false) => typing.recorder?.update({ answer: typing.answer, nextTimes: typing.nextTimes, setAside: run.takesNotRated() }, { now });
  while (run.phase !== "done") {
    const question = run.question;
    const take = run.takesUsed + 1;
    if (!(firstShown && run.index === 0 && take === 1)) showQuestion({ number: run.index + 1, total: run.total, question, limitSeconds: run.limitSeconds, take });
    // The language model behind the feedback loads while the candidate thinks and answers. An
    // answer said aloud has no words to analyse: its feedback is the time alone, so the model
    // (about 300 ms of CPU, and a stall of the countdown while it loads) is not loaded at all.
    const analysed = settings.mode === "typed";
    if (analysed) startLoadingLanguage();
    if (take === 1) stories?.hint(question);
    // A retake goes straight to the answer: the thinking was done the first time.
    const thought = prepSeconds > 0 && take === 1 ? await thinkTime({ seconds: prepSeconds, signal: context.signal }) : "done";
    if (thought === "skip-question") {
      skip(run, "");
      continue;
    }
    const onText = (text: string) => {
      typing.answer = { questionId: question.id, text: question.text, answer: text };
      keepOnDisk();
    };
    // Kept until rated: stopped at keep-or-retake or at the rating, the take is not lost either.
    const initial = typeof thought === "object" ? { initial: thought.typed } : {};
    const answer = await askAnswer({ message: "Answer", limitSeconds: run.limitSeconds, hard: settings.hard, mode: settings.mode, onText, ...initial }, context);
    if (answer.skipped) {
      if (answer.timedOut) say("Time is up and nothing was typed: the question is skipped, not rated.");
      skip(run, answer.text, answer.timedOut);
      // What was typed is in history with the skip: the record of it being typed is done.
      typing.answer = undefined;
      keepOnDisk(true);
      continue;
    }
    // The take is analysed once kept; the model has been loading since the question showed.
    if (analysed) await loadLanguage();
    if (answer.timedOut) say("Time is up: the answer was stopped at the limit.");
    // Stopped from here on, the answer is said to be finished (then kept), not being typed.
    if (typing.answer) typing.answer = { ...typing.answer, stage: "finished" };
    if (run.recordTake(answer) === "choosing") {
      if (analysed) showTakeCheck(run.checkTake());
      if ((await askKeepOrRetake(settings.takes - run.takesUsed, context)) === "retake") {
        run.retake();
        // The take set aside is the run's to keep now (saved unrated if the retake goes no
        // further), on disk too, so that a kill -9 during the retake cannot lose it; what is
        // being typed starts again.
        typing.answer = undefined;
        keepOnDisk(true);
        continue;
      }
      run.keep();
    }
    if (typing.answer) typing.answer = { ...typing.answer, stage: "kept" };
    const story = await stories?.pick(question, context);
    const entry = run.rate(await askRating(context, question.format, interview));
    record(story ? { ...entry, story } : entry);
    typing.answer = undefined;
    keepOnDisk(true);
    const feedback = run.answers[run.answers.length - 1]!.feedback;
    showFeedback({
      lines: renderFeedbackLines(feedback, question.format),
      tips: question.tips,
      followups: question.followups,
      ...(settings.mode === "aloud" ? { checkPoints: question.points.map((p) => p.text) } : {}),
    });
    run.close(
      await askNextTime(context, (text) => {
        typing.nextTime = text;
        typing.nextTimes = { ...typing.nextTimes, [question.id]: text };
        keepOnDisk();
      }),
    );
    typing.nextTime = undefined;
  }
}

interface Typing {
  answer?: UnratedAnswer;
  nextTime?: string;
  /** Every "next time" line of this session so far, by question id, for the record. */
  nextTimes?: Record<string, string>;
  /** Keeps the answer and the lines on disk while typed (see TypingRecorder); none with --no-save. */
  recorder?: TypingRecorder;
}

/** The answer not rated when the session stopped, by how far it got (see UnratedAnswer): alone, and after rated ones. */
const UNRATED = {
  typing: ["the answer being typed (not rated)", "the one being typed (not rated)"],
  finished: ["the finished answer (not yet kept or rated)", "the one finished (not yet kept or rated)"],
  kept: ["the kept answer (not yet rated)", "the one kept (not yet rated)"],
  retaken: ["the take set aside for a retake (not rated)", "the take set aside for a retake (not rated)"],
} as const;

/** What the unrated answers saved are, in words (see UNRATED): `alone` when no answer was rated. */
function unratedWords(unrated: readonly UnratedAnswer[], alone: boolean): string {
  return [...new Set(unrated.map((u) => UNRATED[u.stage ?? "typing"][alone ? 0 : 1]))].join(" and ");
}

/**
 * Saves what was rated, and what was being typed (an answer, unrated; a "next time" line), closes
 * the session in history and returns the exit-130 error.
 */
function saveInterrupted(run: PracticeRun | undefined, settings: PracticeSettings, paths: LibraryPaths, record: (entry: HistoryEntry) => void, typing: Typing): InterruptedError {
  if (!run) return new InterruptedError("Interrupted before the first question; nothing to save.");
  if (typing.nextTime?.trim() && run.phase === "closing") run.close(typing.nextTime);
  const rated = run.result({ interrupted: true });
  const session = typing.answer?.answer.trim() ? { ...rated, unrated: [...(rated.unrated ?? []), typing.answer] } : rated;
  const count = session.answers.length;
  // An unrated answer gets no feedback, and so no privacy check, before it is saved: said here.
  const identifiers = [...new Set((session.unrated ?? []).flatMap((u) => privacyWarnings(u.answer)))];
  const privacy = identifiers.length ? `. What you typed ${identifiers.join("; ")}: edit it out of the note` : "";
  if (count === 0 && session.unrated) {
    const delivered = deliverSession(session, settings, paths, { afterSave: (saved) => record(run.endEntry({ ...(saved ? { note: saved } : {}), interrupted: true })) });
    const answer = unratedWords(session.unrated, true);
    return new InterruptedError(delivered.where.length ? `Interrupted: ${answer} saved to ${delivered.where.join(" and ")}${privacy}` : `Interrupted: ${answer} not saved (--no-save)`);
  }
  // Words typed before Esc skipped a question are kept in the note, as at the end of a session.
  const typedSkips = session.skipped?.some((s) => s.answer?.trim()) ?? false;
  if (count === 0 && !typedSkips) {
    record(run.endEntry({ interrupted: true }));
    return new InterruptedError("Interrupted before any answer was rated; nothing to save.");
  }
  const delivered = deliverSession(session, settings, paths, { afterSave: (saved) => record(run.endEntry({ ...(saved ? { note: saved } : {}), interrupted: true })) });
  const answers =
    count === 0 ? "what was typed before skipping" : `${count} answer${count === 1 ? "" : "s"}${session.unrated ? ` and ${unratedWords(session.unrated, false)}` : ""}`;
  return new InterruptedError(
    delivered.where.length ? `Interrupted: ${answers} saved to ${delivered.where.join(" and ")}${privacy}` : `Interrupted: ${answers} not saved (--no-save)`,
  );
}

/** After a kill -9, the history holds a session without its end: offer to save it as a note. */
async function offerRecovery(unfinished: Unfinished[], paths: LibraryPaths, ctx: CommandContext, record: (entry: HistoryEntry) => void, context: { signal: AbortSignal }) {
  if (unfinished.length === 0) return;
  const catalog = await ctx.catalog({ quiet: true });
  const [{ tryFileLock }, { unfinishedSessions }] = await Promise.all([import("../io/locked-update.js"), import("./practice-unfinished.js")]);
  for (const item of unfinished) {
    // Two runs started together after a kill -9 both see the session: the one that claims it
    // recovers it, the other leaves it alone. Claimed, it is checked again: the other run may
    // have finished it just before.
    const id = item.start.session;
    const release = await tryFileLock(join(paths.home, `.recover-${createHash("sha256").update(id).digest("hex").slice(0, 16)}`));
    if (!release) {
      say(`An unfinished session (${describeUnfinished(item)}) is being recovered in another terminal; left to it.`);
      continue;
    }
    try {
      if (!unfinishedSessions(paths, cacheDir()).some((open) => open.start.session === id)) continue;
      await recoverOne(item, catalog, paths, ctx, record, context);
    } finally {
      await release();
    }
  }
}

async function recoverOne(item: Unfinished, catalog: Catalog, paths: LibraryPaths, ctx: CommandContext, record: (entry: HistoryEntry) => void, context: { signal: AbortSignal }) {
  const close = (note?: string) => {
    record({ type: "end", session: item.start.session, ...(note ? { note } : {}), interrupted: true, at: ctx.now().toISOString() });
    removeTyping(typingFile(paths.home, item.start.session));
  };
  // A session killed before its first rating, with nothing typed, has nothing to save; just close it.
  if (!hasWork(item)) return close();
  if (!(await askRecover(describeUnfinished(item), context))) {
    close();
    say("Left out; it will not be offered again.");
    return;
  }
  await loadLanguage();
  const session = recoverSession(item, catalog.decks.get(item.start.deck));
  const { saved } = deliverSession(session, { save: true }, paths, { libraryOnly: true });
  close(saved);
  say(`Saved the unfinished session to ${saved}`);
}
