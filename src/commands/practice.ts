// `interview-coach practice <deck>`: a timed session in the terminal, a session from a YAML
// file of answers (--answers), or the list of questions a session would ask (--plan).
// The interactive and file runners are separate chunks, so --plan never loads prompts or ora.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { CommandContext } from "../context.js";
import { displayPath } from "../content/catalog.js";
import { formatDuration } from "../content/duration.js";
import { findDeck } from "../content/find.js";
import type { Deck, Question } from "../content/types.js";
import { ContentError, NotFoundError } from "../errors.js";
import { table, cell } from "../notes/markdown.js";
import { resolvePracticeOptions, type PracticeFlags, type PracticeSettings } from "../practice/options.js";
import { selectQuestions } from "../practice/select.js";
import { writeDocument } from "../ui/output.js";
import { requireTerminal } from "../ui/prompts.js";

export async function run(deckArg: string, flags: PracticeFlags, ctx: CommandContext): Promise<void> {
  const settings = resolvePracticeOptions(flags, ctx.settings.config.practice);
  if (!settings.plan && !settings.answers) {
    requireTerminal("practice", "without one, pass --answers FILE (a YAML file of answers) or --plan (list the questions)");
  }
  const deck = await loadDeck(deckArg, ctx);
  if (settings.answers) return (await import("./practice-answers.js")).runFromAnswers(deck, settings.answers, settings, ctx);
  const questions = chooseQuestions(deck, settings);
  if (settings.plan) return printPlan(deck, questions, settings);
  return (await import("./practice-interactive.js")).runInteractive(deck, questions, settings, ctx);
}

/** A deck id from the catalog, or a path to a deck file (ends in .yaml or .yml). */
async function loadDeck(arg: string, ctx: CommandContext): Promise<Deck> {
  if (!/\.ya?ml$/i.test(arg)) return findDeck(await ctx.catalog(), arg);
  const path = resolve(arg);
  if (!existsSync(path)) throw new NotFoundError(`no deck file at ${arg}`);
  const { loadContentFile } = await import("../content/load.js");
  const result = loadContentFile(path, displayPath(path));
  if (!result.ok) throw new ContentError(result.issues);
  if (result.content.kind !== "deck") {
    throw new ContentError([{ file: displayPath(path), line: 1, col: 1, message: "is a checklist, not a deck; practise with a file that has 'questions'" }]);
  }
  return result.content;
}

function chooseQuestions(deck: Deck, settings: PracticeSettings): Question[] {
  // "due" needs the history-based schedule; until it is wired in here, it orders like shuffle.
  const order = settings.order === "deck" ? "deck" : "shuffle";
  return selectQuestions(deck, {
    count: settings.count,
    ...(settings.category ? { category: settings.category } : {}),
    ...(settings.tags.length ? { tags: settings.tags } : {}),
    order,
    ...(settings.seed !== undefined ? { seed: settings.seed } : {}),
  });
}

function printPlan(deck: Deck, questions: Question[], settings: PracticeSettings): void {
  const prep = settings.prepSeconds ?? deck.prepSeconds;
  const rows = questions.map((q, i) => ({
    number: i + 1,
    id: q.id,
    text: q.text,
    ...(q.category ? { category: q.category } : {}),
    format: q.format,
    answerSeconds: settings.timeSeconds ?? q.answerSeconds,
  }));
  if (settings.json) {
    writeDocument(JSON.stringify({ deck: deck.id, title: deck.title, prepSeconds: prep, mode: settings.mode, hard: settings.hard, questions: rows }, null, 2));
    return;
  }
  const header = `# Plan: ${deck.title}\n\n${rows.length} question${rows.length === 1 ? "" : "s"}, ${prep ? `${formatDuration(prep)} think time each` : "no think time"}, ${settings.mode} answers${settings.hard ? ", hard time limit" : ""}.\n`;
  const body = table(
    ["#", "id", "question", "category", "format", "answer time"],
    rows.map((r) => [String(r.number), cell(r.id), cell(r.text), cell(r.category ?? ""), r.format, formatDuration(r.answerSeconds)]),
  );
  writeDocument(`${header}\n${body}\n`);
}
