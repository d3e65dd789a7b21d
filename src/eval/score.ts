// Scores the automatic feedback against answers judged by hand (labelled sets such as
// tests/eval/feedback-dev.yaml). Pure: it takes the cases and what the analysis said about each,
// and returns the figures; reading files and printing live in src/eval/main.ts.

export const STAR_KEYS = ["situation", "task", "action", "result"] as const;
export type StarKey = (typeof STAR_KEYS)[number];

/** Filler words as the labels name them. */
export const FILLER_LABELS = ["um", "uh", "like", "so", "you know", "basically", "actually", "literally", "I mean", "kind of", "sort of", "I guess", "maybe"] as const;

/** One hand-judged answer. */
export interface LabelledCase {
  deck: string;
  question: string;
  answer: string;
  /** Every point of the question, in deck order, with the judge's verdict. */
  points: { text: string; covered: boolean }[];
  /** Only for star questions. */
  star?: Record<StarKey, boolean>;
  /** Uses per filler word; words with no use are left out. */
  fillers: Record<string, number>;
  why?: string;
}

/** What the analysis said about one answer, reduced to what the labels judge. */
export interface Judged {
  /** Texts of the points the analysis counted as covered, with the sentence that earned each. */
  covered: Map<string, string | undefined>;
  star?: Record<StarKey, boolean>;
  fillers: Record<string, number>;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export interface CaseReport {
  deck: string;
  question: string;
  /** Point mistakes + STAR mistakes + filler uses counted wrong. */
  errors: number;
  wrong: string[];
}

export interface EvalReport {
  cases: number;
  points: Prf;
  star: Record<StarKey, Prf> & { answers: number; allFourRight: number };
  fillers: { answers: number; allRight: number; exactMatchRate: number; meanAbsoluteError: number };
  /** Cases with mistakes, most mistakes first. */
  worst: CaseReport[];
}

class Tally {
  tp = 0;
  fp = 0;
  fn = 0;
  add(said: boolean, truth: boolean): void {
    if (said && truth) this.tp++;
    else if (said) this.fp++;
    else if (truth) this.fn++;
  }
  prf(): Prf {
    // Nothing to find and nothing claimed counts as perfect, not as 0.
    const precision = this.tp + this.fp ? this.tp / (this.tp + this.fp) : 1;
    const recall = this.tp + this.fn ? this.tp / (this.tp + this.fn) : 1;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { precision, recall, f1, truePositives: this.tp, falsePositives: this.fp, falseNegatives: this.fn };
  }
}

/** Filler labels compared case-insensitively ("i mean" = "I mean"). */
function fillerCounts(counts: Record<string, number>): Map<string, number> {
  const map = new Map<string, number>();
  for (const [word, count] of Object.entries(counts)) if (count > 0) map.set(word.toLowerCase(), (map.get(word.toLowerCase()) ?? 0) + count);
  return map;
}

/**
 * Figures for a labelled set. Points: precision, recall and F1 over all (answer, point) pairs.
 * STAR: the same per part, over star questions only, and how many answers got all four right.
 * Fillers: the share of answers whose every filler count is right, and the mean over answers of
 * the summed absolute count differences.
 */
export function scoreCases(cases: readonly LabelledCase[], judged: readonly Judged[], worstCount = 8): EvalReport {
  const points = new Tally();
  const star = Object.fromEntries(STAR_KEYS.map((k) => [k, new Tally()])) as Record<StarKey, Tally>;
  let starAnswers = 0;
  let allFour = 0;
  let fillersRight = 0;
  let fillerError = 0;
  const reports: CaseReport[] = [];

  cases.forEach((c, i) => {
    const j = judged[i]!;
    const wrong: string[] = [];
    let errors = 0;
    for (const point of c.points) {
      const said = j.covered.has(point.text);
      points.add(said, point.covered);
      if (said && !point.covered) wrong.push(`ticked "${point.text}" on "${j.covered.get(point.text) ?? "?"}"`);
      if (!said && point.covered) wrong.push(`missed "${point.text}"`);
      if (said !== point.covered) errors++;
    }
    if (c.star) {
      starAnswers++;
      let right = 0;
      for (const key of STAR_KEYS) {
        const said = j.star?.[key] ?? false;
        star[key].add(said, c.star[key]);
        if (said === c.star[key]) right++;
        else {
          errors++;
          wrong.push(`STAR ${key}: said ${said ? "present" : "missing"}, judged ${c.star[key] ? "present" : "missing"}`);
        }
      }
      if (right === 4) allFour++;
    }
    const truth = fillerCounts(c.fillers);
    const said = fillerCounts(j.fillers);
    let diff = 0;
    for (const word of new Set([...truth.keys(), ...said.keys()])) {
      const d = Math.abs((truth.get(word) ?? 0) - (said.get(word) ?? 0));
      if (d) wrong.push(`filler "${word}": counted ${said.get(word) ?? 0}, judged ${truth.get(word) ?? 0}`);
      diff += d;
    }
    if (diff === 0) fillersRight++;
    fillerError += diff;
    errors += diff;
    if (errors) reports.push({ deck: c.deck, question: c.question, errors, wrong });
  });

  const n = cases.length;
  return {
    cases: n,
    points: points.prf(),
    star: { ...(Object.fromEntries(STAR_KEYS.map((k) => [k, star[k].prf()])) as Record<StarKey, Prf>), answers: starAnswers, allFourRight: allFour },
    fillers: { answers: n, allRight: fillersRight, exactMatchRate: n ? fillersRight / n : 1, meanAbsoluteError: n ? fillerError / n : 0 },
    worst: reports.sort((a, b) => b.errors - a.errors).slice(0, worstCount),
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const prfLine = (p: Prf) => `precision ${pct(p.precision)}, recall ${pct(p.recall)}, F1 ${pct(p.f1)}`;

/** The report as Markdown, for `npm run eval`. */
export function renderEvalReport(set: string, report: EvalReport): string {
  const lines = [`# Feedback measured on ${set} (${report.cases} answers)`, "", `- Points: ${prfLine(report.points)}`];
  for (const key of STAR_KEYS) lines.push(`- STAR ${key}: ${prfLine(report.star[key])}`);
  lines.push(`- STAR answers with all four parts right: ${report.star.allFourRight} of ${report.star.answers}`);
  lines.push(`- Fillers: all counts right in ${report.fillers.allRight} of ${report.fillers.answers} answers (${pct(report.fillers.exactMatchRate)}), mean absolute error ${report.fillers.meanAbsoluteError.toFixed(2)} uses per answer`);
  if (report.worst.length) {
    lines.push("", "## Worst cases", "");
    for (const w of report.worst) {
      lines.push(`- ${w.deck}/${w.question} (${w.errors} mistake${w.errors === 1 ? "" : "s"})`);
      for (const line of w.wrong) lines.push(`  - ${line}`);
    }
  }
  return `${lines.join("\n")}\n`;
}
