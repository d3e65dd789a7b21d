// Finding a review by program name and a person in it, as typed on the command line.
// Unknown names are exit 66 with the closest names, so a typo costs one glance.
import { NotFoundError } from "../io/errors.js";
import { foldName, sameName } from "../io/slug.js";
import { closest, didYouMean } from "../io/suggest.js";
import { nameParts, salutation } from "./thank-you-letter.js";
import type { Person } from "./review.js";
import type { ReviewFile } from "./score.js";

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The review whose own program folds like `program` (case, accents, spaces; see foldName).
 * File names are not compared: two programs whose slugs met once shared a file. `unreadable`
 * is how many review files could not be read: then "no reviews yet" would not be true.
 * `recorded`: the programs of the recorded interviews, so that a typo of one not reviewed yet is
 * pointed to its own review rather than to a review under the typo. NotFoundError (exit 66).
 */
export function findReview<T extends ReviewFile>(files: readonly T[], program: string, unreadable = 0, recorded: readonly string[] = []): T {
  const exact = files.find((f) => same(f.review.program, program)) ?? files.find((f) => sameName(f.review.program, program));
  if (exact) return exact;
  const names = files.map((f) => f.review.program);
  const maybeUnreadable = unreadable ? ` ${unreadable} review file${unreadable === 1 ? "" : "s"} could not be read (see above); it may be one of them.` : "";
  // The program typed is itself a recorded interview: "did you mean" would offer the very name
  // typed (or a reviewed program near it); what is missing is the review.
  const interview = recorded.find((name) => sameName(name, program));
  if (interview) throw new NotFoundError(`no review for '${program}' yet: its interview is recorded, but not reviewed.${maybeUnreadable} Write one with: interview-coach review "${interview}"`);
  const none = maybeUnreadable || " There are no reviews yet.";
  const unreviewed = closest(program, recorded.filter((name) => !names.some((n) => sameName(n, name))));
  const writeOne = unreviewed.length
    ? `${didYouMean(program, unreviewed)} It has no review yet: interview-coach review "${unreviewed[0]}"`
    : `${names.length ? "" : none} Write one with: interview-coach review "${program}"`;
  throw new NotFoundError(`no review for '${program}'.${didYouMean(program, names) || writeOne}`);
}

/**
 * How a person is named when others at the program share their name: "Dr. Lee, Surgery" (with
 * the role) when the roles tell them apart, else "Dr. Lee #2" (the second Dr. Lee in the review).
 * A unique name is just the name.
 */
export function personLabel(people: readonly Person[], index: number): string {
  const person = people[index]!;
  const namesakes = people.flatMap((p, i) => (same(p.name, person.name) ? [i] : []));
  if (namesakes.length === 1) return person.name;
  const roleUnique = person.role && namesakes.filter((i) => same(people[i]!.role, person.role)).length === 1;
  return roleUnique ? `${person.name}, ${person.role}` : `${person.name} #${namesakes.indexOf(index) + 1}`;
}

/** A name with its accents, dots and commas gone and its spaces single, to match names as typed. */
const bare = (text: string) => foldName(text).replace(/[.,]/g, "").replace(/\s+/g, " ").trim();

/**
 * By name, ignoring case; else the one person whose name contains what was typed ("Rivera"), or
 * whom the thank-you draft addresses so ("Dr. Okafor" for "James Okafor, MD").
 * Two people of one name are told apart as personLabel shows them ("Dr. Lee, Surgery",
 * "Dr. Lee #2"); the bare name of two people is a NotFoundError (exit 66) listing both labels.
 */
export function findPerson(people: readonly Person[], name: string, program: string): { person: Person; index: number } {
  const labels = people.map((_, i) => personLabel(people, i));
  let index = labels.findIndex((label) => same(label, name));
  if (index === -1) {
    const namesakes = people.flatMap((p, i) => (same(p.name, name) ? [i] : []));
    if (namesakes.length > 1) {
      throw new NotFoundError(`${namesakes.length} people named '${people[namesakes[0]!]!.name}' in the review of '${program}': say which, ${namesakes.map((i) => `'${labels[i]}'`).join(" or ")}.`);
    }
    index = namesakes[0] ?? -1;
  }
  if (index === -1) {
    // Typed without its dots or accents: "Dr Priya Raman" for "Dr. Priya Raman", "Tomas" for "Tomás".
    const loose = people.flatMap((p, i) => (bare(p.name) === bare(name) ? [i] : []));
    if (loose.length === 1) index = loose[0]!;
  }
  if (index === -1) {
    const needle = name.trim().toLowerCase();
    const partial = people.flatMap((p, i) => (needle && p.name.toLowerCase().includes(needle) ? [i] : []));
    if (partial.length === 1) index = partial[0]!;
  }
  if (index === -1) {
    // As the thank-you draft addresses them: "Dr. Okafor" for "James Okafor, MD". What was typed is
    // read the same way, so that a title with or without its full stop ("Dr Okafor") is one title.
    const addressedAs = (text: string) => bare(salutation(text).replace(/^Dear |,$/g, ""));
    const addressed = people.flatMap((p, i) => (addressedAs(p.name) === addressedAs(name) ? [i] : []));
    if (addressed.length === 1) index = addressed[0]!;
  }
  if (index === -1) {
    // With a title or degrees the review does not give, or without those it gives: "Dr. Priya
    // Raman" for "Priya Raman, MD".
    const core = (text: string) => bare(nameParts(text).words.join(" "));
    const titled = people.flatMap((p, i) => (core(p.name) !== "" && core(p.name) === core(name) ? [i] : []));
    if (titled.length === 1) index = titled[0]!;
  }
  if (index !== -1) return { person: people[index]!, index };
  const names = people.map((p) => p.name);
  const hint = didYouMean(name, names) || (names.length ? ` People met there: ${names.map((n) => `'${n}'`).join(", ")}.` : " The review lists no one.");
  throw new NotFoundError(`no one named '${name}' in the review of '${program}'.${hint}`);
}
