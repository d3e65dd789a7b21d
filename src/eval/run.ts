// The eval command: reads the sets, analyses every answer in-process, scores, prints.
import { CoachError, UsageError } from "../io/errors.js";
import { packagePath } from "../io/package-root.js";
import { analyseAnswer } from "../practice/feedback.js";
import { loadLanguage } from "../practice/language.js";
import type { Deck } from "../content/types.js";
import { judgedFrom, questionOf, readLabelledSet } from "./labelled-set.js";
import { renderEvalReport, scoreCases, type EvalReport } from "./score.js";

/** Analyses and scores one labelled set file; `worstCount`: how many cases with mistakes to list (Infinity: all). */
export async function evaluateSet(path: string, worstCount?: number): Promise<EvalReport> {
  const cases = readLabelledSet(path);
  await loadLanguage();
  const decks = new Map<string, Deck>();
  const judged = cases.map((c) => {
    const question = questionOf(c, decks);
    return judgedFrom(analyseAnswer(c.answer, question, question.answerSeconds));
  });
  return scoreCases(cases, judged, worstCount);
}

/**
 * How long the language model takes to load, and one answer's analysis once it is loaded
 * (milliseconds; median and slowest over the set's answers, each analysed 5 times).
 */
export async function timeAnalysis(path: string): Promise<{ loadMs: number; medianMs: number; maxMs: number; answers: number }> {
  const cases = readLabelledSet(path);
  const started = performance.now();
  await loadLanguage();
  const loadMs = performance.now() - started;
  const decks = new Map<string, Deck>();
  const times: number[] = [];
  for (const c of cases) {
    const question = questionOf(c, decks);
    const runs: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      analyseAnswer(c.answer, question, question.answerSeconds);
      runs.push(performance.now() - t);
    }
    times.push(runs.sort((a, b) => a - b)[2]!);
  }
  times.sort((a, b) => a - b);
  return { loadMs, medianMs: times[Math.floor(times.length / 2)] ?? 0, maxMs: times[times.length - 1] ?? 0, answers: times.length };
}

const USAGE = "usage: npm run eval [-- SET.yaml ...] [--json] [--all] [--timing]";
const OPTIONS = ["--json", "--all", "--timing"];

export async function main(argv: string[]): Promise<void> {
  try {
    const json = argv.includes("--json");
    const unknown = argv.find((a) => a.startsWith("-") && !OPTIONS.includes(a));
    if (unknown) throw new UsageError(`eval: unknown option ${unknown}; ${USAGE}`);
    const sets = argv.filter((a) => !a.startsWith("-"));
    if (sets.length === 0) sets.push(packagePath("tests", "eval", "feedback-dev.yaml"));
    if (argv.includes("--timing")) {
      const timing = await timeAnalysis(sets[0]!);
      const text = `language model loaded in ${timing.loadMs.toFixed(0)} ms; one answer analysed in ${timing.medianMs.toFixed(1)} ms (median), ${timing.maxMs.toFixed(1)} ms (slowest) over ${timing.answers} answers`;
      process.stdout.write(json ? `${JSON.stringify(timing)}\n` : `${text}\n`);
      return;
    }
    const reports: { set: string; report: EvalReport }[] = [];
    // --all lists every case with a mistake, for reading a whole set's misses; by default the worst eight.
    for (const set of sets) reports.push({ set, report: await evaluateSet(set, argv.includes("--all") ? Infinity : undefined) });
    process.stdout.write(json ? `${JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2)}\n` : reports.map((r) => renderEvalReport(r.set, r.report)).join("\n"));
  } catch (error) {
    if (!(error instanceof CoachError)) throw error;
    process.stderr.write(`eval: ${error.message}\n`);
    process.exitCode = error.exitCode;
  }
}
