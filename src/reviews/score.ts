// Weighted scores and the rank-order list: pure functions over reviews and criteria.
// Scores are compared as the whole numbers people see, so two programs that both show 72 are
// a tie rather than "2nd" and "3rd" on a difference nobody could defend.
import { byName } from "../io/order.js";
import type { Criterion } from "./criteria.js";
import type { PlaceKind } from "../content/interview-kinds.js";
import type { Review } from "./review.js";

export interface ReviewFile {
  review: Review;
  /** Where it lives, as shown to the user (relative to the library). */
  file: string;
}

/**
 * 0-100: the weighted mean of (score - 1) / 4, so all 1s is 0 and all 5s is 100. A criterion
 * the review has no score for (added to the config later) is left out rather than counted as 0.
 */
export function weightedScore(scores: Readonly<Record<string, number>>, criteria: readonly Criterion[]): number | undefined {
  let sum = 0;
  let total = 0;
  for (const { id, weight } of criteria) {
    const score = scores[id];
    if (score === undefined || weight <= 0) continue;
    sum += weight * (score - 1);
    total += weight * 4;
  }
  return total > 0 ? (100 * sum) / total : undefined;
}

/** Standard competition ranks (1, 2, 2, 4), highest value first; equal values share a rank. */
export function competitionRanks(values: readonly number[]): number[] {
  // Rounded scores (0-100) and gut ratings (1-5) are small whole numbers: counting how many
  // are higher is linear, and rank ranges need this 13 times over thousands of programs.
  if (values.every((v) => Number.isInteger(v) && v >= 0 && v <= 1000)) {
    const counts = new Array<number>(1002).fill(0);
    for (const v of values) counts[v]!++;
    const higher = new Array<number>(1002).fill(0);
    for (let v = 1000; v >= 0; v--) higher[v] = higher[v + 1]! + counts[v + 1]!;
    return values.map((v) => higher[v]! + 1);
  }
  const order = values.map((_, i) => i).sort((a, b) => values[b]! - values[a]!);
  const ranks = new Array<number>(values.length);
  order.forEach((index, position) => {
    const previous = order[position - 1];
    ranks[index] = previous !== undefined && values[previous] === values[index] ? ranks[previous]! : position + 1;
  });
  return ranks;
}

/** How many share each rank: the size of its tie. */
function tieSizes(ranks: readonly number[]): Map<number, number> {
  const sizes = new Map<number, number>();
  for (const rank of ranks) sizes.set(rank, (sizes.get(rank) ?? 0) + 1);
  return sizes;
}

export interface Ranked {
  program: string;
  file: string;
  /** Rounded, as shown; ties are decided on this. */
  score: number;
  rank: number;
  tied: boolean;
  gut: number;
  gutRank: number;
  gutTied: boolean;
  /** Best and worst rank when any one weight moves by ±1. */
  range: [number, number];
  /** Score rank and gut rank are 3 or more places apart. */
  lookAgain: boolean;
  /** Criteria of the current config this review has no score for. */
  unscored: string[];
}

export interface Excluded {
  program: string;
  file: string;
  score: number | undefined;
  gut: number;
  dealBreakers: string[];
}

export interface RankList {
  kind: PlaceKind;
  criteria: Criterion[];
  ranked: Ranked[];
  dealBreakers: Excluded[];
  /** Reviews with no score on any weighted criterion: nothing to rank them by. */
  unscorable: ReviewFile[];
}

export const LOOK_AGAIN_PLACES = 3;

export function rankReviews(kind: PlaceKind, files: readonly ReviewFile[], criteria: readonly Criterion[]): RankList {
  const dealBreakers: Excluded[] = [];
  const unscorable: ReviewFile[] = [];
  const candidates: { entry: ReviewFile; exact: number }[] = [];
  for (const entry of files) {
    const exact = weightedScore(entry.review.scores, criteria);
    if (entry.review.dealBreakers.length > 0) {
      dealBreakers.push({
        program: entry.review.program,
        file: entry.file,
        score: exact === undefined ? undefined : Math.round(exact),
        gut: entry.review.gut ?? 0,
        dealBreakers: entry.review.dealBreakers,
      });
    } else if (exact === undefined) unscorable.push(entry);
    else candidates.push({ entry, exact });
  }

  const scores = candidates.map((c) => Math.round(c.exact));
  const ranks = competitionRanks(scores);
  const guts = candidates.map((c) => c.entry.review.gut ?? 0);
  const gutRanks = competitionRanks(guts);
  const ranges = rankRanges(candidates.map((c) => c.entry.review.scores), criteria, ranks);
  const rankTies = tieSizes(ranks);
  const gutTies = tieSizes(gutRanks);

  const ranked: Ranked[] = candidates.map(({ entry }, i) => {
    const [rank, gutRank] = [ranks[i]!, gutRanks[i]!];
    const rankSpan: [number, number] = [rank, rank + rankTies.get(rank)! - 1];
    const gutSpan: [number, number] = [gutRank, gutRank + gutTies.get(gutRank)! - 1];
    return {
      program: entry.review.program,
      file: entry.file,
      score: scores[i]!,
      rank,
      tied: rankTies.get(rank)! > 1,
      gut: guts[i]!,
      gutRank,
      gutTied: gutTies.get(gutRank)! > 1,
      range: ranges[i]!,
      lookAgain: spanDistance(rankSpan, gutSpan) >= LOOK_AGAIN_PLACES,
      unscored: criteria.filter((c) => entry.review.scores[c.id] === undefined).map((c) => c.id),
    };
  });
  // Names compared through precomputed keys: a collator call per comparison was the slowest
  // part of sorting thousands of programs, most of them tied on rank and gut.
  const keys = new Map(ranked.map((r) => [r, nameKey(r.program)]));
  ranked.sort((a, b) => a.rank - b.rank || b.gut - a.gut || compareKeys(keys.get(a)!, keys.get(b)!) || byName(a.program, b.program));
  dealBreakers.sort((a, b) => byName(a.program, b.program));
  return { kind, criteria: [...criteria], ranked, dealBreakers, unscorable };
}

/** Case and accents aside, as a person would alphabetise. */
function nameKey(name: string): string {
  return name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
}

const compareKeys = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Places between two rank spans: a program tied for 2nd-4th by score and 5th by gut is one
 * place off, not three. Ties are real ambiguity, so the closest reading is the fair one.
 */
export function spanDistance(a: readonly [number, number], b: readonly [number, number]): number {
  return Math.max(0, a[0] - b[1], b[0] - a[1]);
}

/**
 * For each program, the lowest and highest rank over every one-weight change of ±1. Each change
 * adjusts the weighted sums by one term instead of rescoring: 12 changes over 2,000 programs.
 */
export function rankRanges(scoreSets: readonly Readonly<Record<string, number>>[], criteria: readonly Criterion[], base: readonly number[]): [number, number][] {
  const ranges = base.map((rank): [number, number] => [rank, rank]);
  const points = scoreSets.map((scores) => criteria.map(({ id }) => (scores[id] === undefined ? undefined : scores[id]! - 1)));
  const sums = points.map((p) => p.reduce<number>((sum, x, i) => (x === undefined ? sum : sum + criteria[i]!.weight * x), 0));
  const totals = points.map((p) => p.reduce<number>((sum, x, i) => (x === undefined || criteria[i]!.weight <= 0 ? sum : sum + criteria[i]!.weight * 4), 0));
  criteria.forEach((criterion, index) => {
    changes: for (const delta of [-1, 1]) {
      const weight = criterion.weight + delta;
      if (weight < 0) continue;
      // Moving from or to 0 turns the criterion off or on: its term appears or goes entirely.
      const was = Math.max(criterion.weight, 0);
      const scores: number[] = [];
      for (let i = 0; i < points.length; i++) {
        const x = points[i]![index];
        const sum = x === undefined ? sums[i]! : sums[i]! + (weight - was) * x;
        const total = x === undefined ? totals[i]! : totals[i]! + (weight - was) * 4;
        // A change that leaves some program with nothing to score by says nothing about stability.
        if (total <= 0) continue changes;
        scores.push(Math.round((100 * sum) / total));
      }
      competitionRanks(scores).forEach((rank, i) => {
        const range = ranges[i]!;
        if (rank < range[0]) range[0] = rank;
        if (rank > range[1]) range[1] = rank;
      });
    }
  });
  return ranges;
}
