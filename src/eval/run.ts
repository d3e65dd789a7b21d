// The eval command: reads the sets, analyses every answer in-process, scores, prints.
import { CoachError, UsageError } from "../errors.js";
import { packagePath } from "../package-root.js";
import { analyseAnswer } from "../practice/feedback.js";
import { loadLanguage } from "../practice/language.js";
import type { Deck } from "../content/types.js";
import { judgedFrom, questionOf, readLabelledSet } from "./labelled-set.js";
import { renderEvalReport, scoreCases, type EvalReport } from "./score.js";

/** Analyses and scores one labelled set file. */
export async function evaluateSet(path: string): Promise<EvalReport> {
  const cases = readLabelledSet(path);
  await loadLanguage();
  const decks = new Map<string, Deck>();
  const judged = cases.map((c) => {
    const question = questionOf(c, decks);
    return judgedFrom(analyseAnswer(c.answer, question, question.answerSeconds));
  });
  return scoreCases(cases, judged);
}

export async function main(argv: string[]): Promise<void> {
  try {
    const json = argv.includes("--json");
    const unknown = argv.find((a) => a.startsWith("-") && a !== "--json");
    if (unknown) throw new UsageError(`eval: unknown option ${unknown}; usage: npm run eval [-- SET.yaml ...] [--json]`);
    const sets = argv.filter((a) => !a.startsWith("-"));
    if (sets.length === 0) sets.push(packagePath("tests", "eval", "feedback-dev.yaml"));
    const reports: { set: string; report: EvalReport }[] = [];
    for (const set of sets) reports.push({ set, report: await evaluateSet(set) });
    process.stdout.write(json ? `${JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2)}\n` : reports.map((r) => renderEvalReport(r.set, r.report)).join("\n"));
  } catch (error) {
    if (!(error instanceof CoachError)) throw error;
    process.stderr.write(`eval: ${error.message}\n`);
    process.exitCode = error.exitCode;
  }
}
