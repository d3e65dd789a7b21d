// `practice DECK --answers FILE`: a session with no terminal. The file's questions are asked in
// file order and go through the same session steps as typed answers, so feedback, the note and
// history are exactly those of an interactive session (one take each).
import { cacheDir } from "../io/paths.js";
import { randomBytes } from "node:crypto";
import type { CommandContext } from "../context.js";
import type { Deck, Question } from "../content/types.js";
import { libraryPaths } from "../io/library.js";
import { readAnswersFile } from "../practice/answers-file.js";
import { analyseAnswer } from "../practice/feedback.js";
import { loadLanguage } from "../practice/language.js";
import type { PracticeSettings } from "../practice/options.js";
import { describeUnfinished, newSessionId } from "../practice/recovery.js";
import { limitFor } from "../practice/answer.js";
import { PracticeRun } from "../practice/session.js";
import { sessionJson } from "../practice/feedback-json.js";
import { writeDocument } from "../ui/output.js";
import { deliverSession, historyWriter, showSessionSummary } from "./practice-output.js";
import { unfinishedSessions } from "./practice-unfinished.js";
import { note } from "../ui/wrap.js";

/** A rating the file left out: the middle of the scale, "a specific example", said on stderr. */
export const DEFAULT_RATING = 3;

export async function runFromAnswers(deck: Deck, file: string, settings: PracticeSettings, ctx: CommandContext): Promise<void> {
  const entries = readAnswersFile(file, deck);
  await loadLanguage();
  const paths = libraryPaths(ctx.settings.home.value);
  if (settings.save) {
    for (const unfinished of unfinishedSessions(paths, cacheDir())) {
      if (unfinished.answers.length === 0) continue;
      note(`an unfinished session is in your history (${describeUnfinished(unfinished)}); run \`interview-coach practice\` in a terminal to save it as a note.`);
    }
  }

  const byId = new Map(deck.questions.map((q) => [q.id, q]));
  const questions = entries.map((entry) => byId.get(entry.questionId) as Question);
  const started = ctx.now();
  const run = new PracticeRun(
    {
      id: newSessionId(started, process.pid, randomBytes(3).toString("hex")),
      deck: { id: deck.id, title: deck.title },
      ...(settings.program ? { program: settings.program } : {}),
      questions,
      mode: "typed",
      takes: 1,
      ...(settings.timeSeconds !== undefined ? { timeSeconds: settings.timeSeconds } : {}),
    },
    ctx.now,
  );
  const record = historyWriter(settings, paths);
  record(run.startEntry());

  const unrated: string[] = [];
  for (const entry of entries) {
    const question = run.question;
    const limit = limitFor(question, settings.timeSeconds);
    // No time in the file: the time it would take to say, at the speaking pace feedback assumes.
    const seconds = entry.seconds ?? analyseAnswer(entry.answer, question, limit).speakingSeconds;
    run.recordFinalTake({ text: entry.answer, seconds }, entry.takes);
    if (entry.rating === undefined) unrated.push(entry.questionId);
    record(run.rate(entry.rating ?? DEFAULT_RATING));
    run.close(entry.nextTime);
  }
  if (unrated.length) {
    // With --no-save nothing is recorded: the rating only goes into the notes printed.
    note(`no rating for ${unrated.join(", ")}; ${settings.save ? "recorded" : "rated"} as ${DEFAULT_RATING} (a specific example). Add \`rating: 1-5\` to each answer in ${file} to rate them yourself.`);
  }

  const session = run.result();
  // --json: the note goes to the library only, and stdout carries the JSON document.
  const delivered = deliverSession(session, settings, paths, { libraryOnly: settings.json, afterSave: (saved) => record(run.endEntry(saved ? { note: saved } : {})) });
  if (settings.json) writeDocument(JSON.stringify(sessionJson(session, byId), null, 2));
  showSessionSummary(session, delivered, { json: settings.json });
}
