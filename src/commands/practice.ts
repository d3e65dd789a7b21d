// `interview-coach practice <deck>`: a timed session in the terminal, a session from a YAML
// file of answers (--answers), or the list of questions a session would ask (--plan).
// The interactive and file runners are separate chunks, so --plan never loads prompts or ora.
import { existsSync } from "node:fs";
import type { CommandContext } from "../context.js";
import { formatDuration } from "../io/duration.js";
import type { Deck, Question } from "../content/types.js";
import { UsageError } from "../io/errors.js";
import { deckFromArg } from "./content-arg.js";
import { table, cell } from "../io/markdown.js";
import { resolvePracticeOptions, type PracticeFlags, type PracticeSettings } from "../practice/options.js";
import { selectQuestions, type QuestionOrder } from "../practice/select.js";
import { cacheDir } from "../io/paths.js";
import type { Schedule } from "../practice/due.js";
import { effectiveOrder, planInfo, type PlanInfo } from "../practice/plan-order.js";
import { libraryPaths, refuseLibraryOutput } from "../io/library.js";
import { say, writeDocument, writeMarkdown } from "../ui/output.js";
import { appendToFile, checkAppendable } from "../io/files.js";
import { checkRecordName } from "../io/slug.js";
import { showQuestion } from "../ui/question-header.js";
import { requireTerminal } from "../ui/terminal.js";

export async function run(deckGiven: string | undefined, flags: PracticeFlags, ctx: CommandContext): Promise<void> {
  const settings = resolvePracticeOptions(flags, ctx.settings.config.practice);
  if (settings.output !== undefined && settings.output !== "-") {
    refuseLibraryOutput(settings.output, ctx.settings.home.value);
    checkAppendable(settings.output);
  }
  if (settings.program !== undefined) checkRecordName(settings.program, "--program");
  let deckArg = deckGiven;
  if (settings.program) ({ deck: deckArg, program: settings.program } = await (await import("./practice-program.js")).deckForProgram(deckGiven, settings.program, ctx, settings.save && !settings.plan));
  if (deckArg === undefined) throw new UsageError("practice needs a deck, e.g. interview-coach practice residency (or --program for a recorded interview)");
  // The deck first: a misspelt name is the thing to fix ("Did you mean…", exit 66), with or
  // without a terminal.
  const deck = await deckFromArg(deckArg, ctx);
  if (!settings.plan && !settings.answers) {
    requireTerminal("practice", "without one, pass --answers FILE (a YAML file of answers) or --plan (list the questions)");
  }
  if (settings.answers) return (await import("./practice-answers.js")).runFromAnswers(deck, settings.answers, settings, ctx);
  const now = ctx.now();
  const history = libraryPaths(ctx.settings.home.value).history;
  // No history yet: no schedule, and FSRS is not even loaded.
  const { schedule, hasHistory } = existsSync(history)
    ? (await import("../practice/history-load.js")).loadDeckSchedule(history, cacheDir(), deck, now, say)
    : { schedule: new Map() as Schedule, hasHistory: false };
  const order = effectiveOrder(settings.order, hasHistory);
  if (settings.plan) {
    // A shuffled plan is drawn with a seed it names, so that a session can ask the same questions.
    const planned = order === "shuffle" && settings.seed === undefined ? { ...settings, seed: String(1000 + Math.floor(Math.random() * 9000)) } : settings;
    return printPlan(deck, chooseQuestions(deck, planned, order, schedule, now), planned, order, schedule, now);
  }
  return startInteractive(deck, chooseQuestions(deck, settings, order, schedule, now), settings, ctx, schedule);
}

/**
 * The first question goes on screen at once, while the prompts and ora load: the user reads
 * it during the load instead of looking at an empty terminal. A session killed earlier must
 * be offered first, so then the question waits.
 */
async function startInteractive(deck: Deck, questions: Question[], settings: PracticeSettings, ctx: CommandContext, schedule: Schedule): Promise<void> {
  const loading = import("./practice-interactive.js");
  const paths = libraryPaths(ctx.settings.home.value);
  // No history yet (a first session): nothing to recover, and nothing more to load for it.
  const recovery = settings.save && existsSync(paths.history) ? await import("./practice-unfinished.js") : undefined;
  const unfinished = recovery?.unfinishedSessions(paths, cacheDir()) ?? [];
  const firstShown = !recovery || !unfinished.some(recovery.hasWork);
  const first = questions[0]!;
  if (firstShown) showQuestion({ number: 1, total: questions.length, question: first, limitSeconds: settings.timeSeconds ?? first.answerSeconds, take: 1 });
  return (await loading).runInteractive(deck, questions, settings, ctx, { unfinished, firstShown, schedule });
}

function chooseQuestions(deck: Deck, settings: PracticeSettings, order: QuestionOrder, schedule: Schedule, now: Date): Question[] {
  return selectQuestions(deck, {
    count: settings.count,
    categories: settings.categories,
    excludeCategories: settings.excludeCategories,
    ...(settings.tags.length ? { tags: settings.tags } : {}),
    order,
    ...(settings.seed !== undefined ? { seed: settings.seed } : {}),
    schedule,
    now,
  });
}

const ORDER_NOTE: Record<QuestionOrder, string> = {
  due: "due ones first (most overdue first), then new ones, then the ones most likely forgotten",
  shuffle: "shuffled",
  deck: "in deck order",
};

async function printPlan(deck: Deck, questions: Question[], settings: PracticeSettings, order: QuestionOrder, schedule: Schedule, now: Date): Promise<void> {
  const prep = settings.prepSeconds ?? deck.prepSeconds;
  const rows = questions.map((q, i) => ({
    number: i + 1,
    id: q.id,
    text: q.text,
    ...(q.category ? { category: q.category } : {}),
    format: q.format,
    answerSeconds: settings.timeSeconds ?? q.answerSeconds,
    ...planInfo(schedule, q.id, now),
  }));
  const text = settings.json ? `${JSON.stringify({ deck: deck.id, title: deck.title, order, ...(order === "shuffle" ? { seed: settings.seed } : {}), prepSeconds: prep, mode: settings.mode, hard: settings.hard, questions: rows }, null, 2)}\n` : planMarkdown(deck, rows, settings, order, prep);
  // --output FILE takes the plan as it takes a session's notes: appended.
  if (settings.output !== undefined && settings.output !== "-") {
    appendToFile(settings.output, text);
    say(`Appended the plan to ${settings.output}.`);
  } else if (settings.json) writeDocument(text.trimEnd());
  else await writeMarkdown(text);
}

/** A planned question as --plan lists it (and --json gives it). */
type PlanRow = PlanInfo & { number: number; id: string; text: string; category?: string; format: string; answerSeconds: number };

function planMarkdown(deck: Deck, rows: PlanRow[], settings: PracticeSettings, order: QuestionOrder, prep: number): string {
  const orderNote = order === "shuffle" ? `shuffled with seed ${settings.seed} (\`--seed ${settings.seed}\` asks them in this order)` : ORDER_NOTE[order];
  const header = `# Plan: ${deck.title}\n\n${rows.length} question${rows.length === 1 ? "" : "s"}, ${orderNote}; ${prep ? `${formatDuration(prep)} think time each` : "no think time"}, ${settings.mode} answers${settings.hard ? ", hard time limit" : ""}.\n`;
  const body = table(
    ["#", "id", "question", "category", "format", "answer time", "state", "due", "last rating"],
    rows.map((r) => [String(r.number), cell(r.id), cell(r.text), cell(r.category ?? ""), r.format, formatDuration(r.answerSeconds), r.state, r.dueLabel, r.lastRating === null ? "" : String(r.lastRating)]),
  );
  return `${header}\n${body}\n`;
}
