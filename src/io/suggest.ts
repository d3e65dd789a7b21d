// "Did you mean" for unknown keys, ids and program names.
import { byName } from "./order.js";

/**
 * Edit distance counting a swap of two neighbours as one edit ("anwser" -> "answer"), the
 * most common typo. Inputs are short ids and keys, so plain O(n*m) rows are fine.
 */
export function editDistance(a: string, b: string): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, before[j - 2]! + 1);
      current.push(best);
    }
    [before, previous] = [previous, current];
  }
  return previous[b.length]!;
}

/** About one slip per three letters, and at least one: "tip" is not a typo of "id". */
const slipsAllowed = (a: string, b: string) => Math.max(1, Math.floor(Math.max(a.length, b.length) / 3));

/** Candidates close enough to be a typo of `input`, closest first. */
export function closest(input: string, candidates: Iterable<string>, limit = 3): string[] {
  const needle = input.toLowerCase();
  // The very name typed is no suggestion: it was looked up already and missed for another reason.
  return [...new Set(candidates)]
    .filter((candidate) => candidate !== input)
    .map((candidate) => {
      const lower = candidate.toLowerCase();
      // "second" for "second-interview": a part of the name is as good as a one-letter slip,
      // but only for parts of three letters or more ("a" is inside almost everything).
      const [shorter, longer] = needle.length <= lower.length ? [needle, lower] : [lower, needle];
      const distance = shorter.length >= 3 && longer.includes(shorter) ? 1 : editDistance(needle, lower);
      if (distance <= slipsAllowed(needle, lower)) return { candidate, distance };
      // "Lakesde" for "Lakeside IM": a slip in the first words of a longer name, a step further off than the slip alone.
      const opening = lower.split(" ").slice(0, needle.split(" ").length).join(" ");
      if (needle.length < 3 || opening === lower) return { candidate, distance: Infinity };
      const inOpening = editDistance(needle, opening);
      return { candidate, distance: inOpening <= slipsAllowed(needle, opening) ? inOpening + 1 : Infinity };
    })
    .filter(({ distance }) => distance !== Infinity)
    .sort((a, b) => a.distance - b.distance || byName(a.candidate, b.candidate))
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}

/** " Did you mean 'x'?" or "", ready to append to a message. */
export function didYouMean(input: string, candidates: Iterable<string>): string {
  const near = closest(input, candidates);
  if (near.length === 0) return "";
  return ` Did you mean ${near.map((n) => `'${n}'`).join(" or ")}?`;
}
