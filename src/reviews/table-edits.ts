// A review note holds each score twice: in the front matter, which rank reads, and in the body's
// "Scores" table, which a person reads and may well edit. The table is rewritten from the front
// matter on every save, so a score changed only in the table would count for nothing and then be
// lost without a word. These say where the two disagree, for rank to warn and a rewrite to keep.
import { isoDay } from "../io/dates.js";
import { inline } from "../io/markdown.js";
import { FORMER_LABELS, type Criterion } from "./criteria.js";
import type { Review } from "./review.js";

/** One score the table shows differently from the front matter. */
export interface TableEdit {
  /** The criterion's label ("Faculty and mentorship"), or "Gut feeling". */
  label: string;
  /** The criterion's id (its key under `scores:`), or null for the gut line (`gut:`). */
  criterion: string | null;
  /** 1-5 as the table shows it. */
  table: number;
  /** 1-5 as the front matter has it. */
  front: number;
}

/**
 * Each score of `review` whose row in its table (see Review.shown) shows another value, matched
 * by the criterion's label in `criteria` or one the defaults had before; then the gut line.
 * Rows of criteria the front matter does not score are the user's own and not compared.
 */
export function tableEdits(review: Pick<Review, "scores" | "gut" | "shown">, criteria: readonly Criterion[]): TableEdit[] {
  const shown = review.shown;
  if (!shown) return [];
  const edits: TableEdit[] = [];
  for (const [id, front] of Object.entries(review.scores)) {
    const label = criteria.find((c) => c.id === id)?.label ?? id;
    const labels = [label, ...(FORMER_LABELS[id] ?? [])].map(inline);
    const row = shown.rows.find(([written]) => labels.includes(written));
    if (row && row[1] !== front) edits.push({ label, criterion: id, table: row[1], front });
  }
  if (shown.gut !== undefined && review.gut !== null && shown.gut !== review.gut) edits.push({ label: "Gut feeling", criterion: null, table: shown.gut, front: review.gut });
  return edits;
}

/** The edits whose score `review` (the one about to be saved) does not give as the table does. */
export function unsettled(edits: readonly TableEdit[], review: Pick<Review, "scores" | "gut">): TableEdit[] {
  return edits.filter((e) => (e.criterion === null ? review.gut : review.scores[e.criterion]) !== e.table);
}

/** "Faculty and mentorship 5/5 against faculty: 3 in the front matter; ..." */
export function describeTableEdits(edits: readonly TableEdit[]): string {
  return edits.map((e) => `${e.label} ${e.table}/5 against ${e.criterion ?? "gut"}: ${e.front} in the front matter`).join("; ");
}

/**
 * The dated line a rewrite adds under "Changes" for the table scores it replaces, so that what
 * the table showed stays in the note. `today` is the local day.
 */
export function tableEditsChange(edits: readonly TableEdit[], today: Date): string {
  return `${isoDay(today)}: the Scores table showed ${describeTableEdits(edits)}; the table was rewritten from the front matter`;
}
