// Finding a review by program name and a person in it, as typed on the command line.
// Unknown names are exit 66 with the closest names, so a typo costs one glance.
import { NotFoundError } from "../errors.js";
import { programSlug } from "../notes/slug.js";
import { didYouMean } from "../suggest.js";
import type { Person } from "./review.js";
import type { ReviewFile } from "./score.js";

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export function findReview<T extends ReviewFile>(files: readonly T[], program: string): T {
  const exact = files.find((f) => same(f.review.program, program)) ?? files.find((f) => programSlug(f.review.program) === programSlug(program));
  if (exact) return exact;
  const names = files.map((f) => f.review.program);
  const hint = didYouMean(program, names) || `${names.length ? "" : " There are no reviews yet."} Write one with: interview-coach review "${program}"`;
  throw new NotFoundError(`no review for '${program}'.${hint}`);
}

/** By name, ignoring case; else the one person whose name contains what was typed ("Rivera"). */
export function findPerson(people: readonly Person[], name: string, program: string): { person: Person; index: number } {
  let index = people.findIndex((p) => same(p.name, name));
  if (index === -1) {
    const needle = name.trim().toLowerCase();
    const partial = people.flatMap((p, i) => (needle && p.name.toLowerCase().includes(needle) ? [i] : []));
    if (partial.length === 1) index = partial[0]!;
  }
  if (index !== -1) return { person: people[index]!, index };
  const names = people.map((p) => p.name);
  const hint = didYouMean(name, names) || (names.length ? ` People met there: ${names.map((n) => `'${n}'`).join(", ")}.` : " The review lists no one.");
  throw new NotFoundError(`no one named '${name}' in the review of '${program}'.${hint}`);
}
