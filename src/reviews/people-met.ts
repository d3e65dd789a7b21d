// The "People met" section of a review note, read back: the program writes one line per person
// of the front matter ("- **Dr. Lee**: Program director; talked about …"), and a person may edit
// those lines in the note as in any Markdown file. A name corrected there is the person's name
// from then on; a line added there for someone the front matter does not list is named, since no
// thank-you note is tracked for them.
import { unescapeProse } from "../io/markdown.js";
import type { Person, RenamedPerson } from "./review.js";

/** The name on a person line as the program writes it ("- **Name**" then ":", a space or the end), unescaped; undefined for any other line. */
function nameOn(line: string): string | undefined {
  // The name as inline() writes it: escaped characters, or any but * and \.
  const name = /^- \*\*((?:\\.|[^*\\])+)\*\*(?::|\s|$)/.exec(line.trim())?.[1];
  const plain = name === undefined ? undefined : unescapeProse(name).trim();
  return plain || undefined;
}

/**
 * The front matter's people with the names corrected by hand under "People met", and which.
 * A person of the front matter whose name is on no line took the name of the one line between the
 * lines of the people before and after them that names nobody else; a gap of several people
 * missing takes as many such lines, in order. A case-only change ("dr. rivera" to "Dr. Rivera")
 * is a correction too.
 * Where it is not so clear (two lines for one missing person, a line moved elsewhere), nothing is
 * renamed and the lines stay lines (see unlistedPeople).
 */
export function peopleAsShown(lines: readonly string[] | undefined, people: readonly Person[]): { people: Person[]; renamed: RenamedPerson[] } {
  const shown = (lines ?? []).flatMap((line) => nameOn(line) ?? []);
  // Each line to the first person of that exact name not yet given a line.
  const lineOf: (number | undefined)[] = people.map(() => undefined);
  shown.forEach((name, at) => {
    const person = people.findIndex((p, i) => p.name === name && lineOf[i] === undefined);
    if (person !== -1) lineOf[person] = at;
  });
  const taken = new Set(lineOf);
  // A line naming, in any case, someone who has their own line is about them, not a new name.
  const placed = new Set(people.filter((_, i) => lineOf[i] !== undefined).map((p) => p.name.toLowerCase()));
  const renamed: RenamedPerson[] = [];
  const result = people.map((p) => ({ ...p }));
  for (let first = 0; first < people.length; first++) {
    if (lineOf[first] !== undefined) continue;
    let last = first;
    while (last + 1 < people.length && lineOf[last + 1] === undefined) last++;
    const from = first === 0 ? -1 : lineOf[first - 1]!;
    const to = last + 1 < people.length ? lineOf[last + 1]! : shown.length;
    const others = shown.map((name, at) => ({ name, at })).filter(({ name, at }) => at > from && at < to && !taken.has(at) && !placed.has(name.toLowerCase()));
    if (others.length === last - first + 1) {
      others.forEach(({ name }, k) => {
        renamed.push({ from: people[first + k]!.name, to: name });
        result[first + k]!.name = name;
      });
    }
    first = last;
  }
  return { people: result, renamed };
}

/**
 * Names on person lines under "People met" that are not people of the front matter (compared
 * without case: "dr. rivera" again under Dr. Rivera is the same person); the program's own lines are theirs.
 */
export function unlistedPeople(lines: readonly string[] | undefined, people: readonly Pick<Person, "name">[]): string[] {
  const known = new Set(people.map((p) => p.name.toLowerCase()));
  return (lines ?? []).flatMap((line) => {
    const name = nameOn(line);
    return name && !known.has(name.toLowerCase()) ? [name] : [];
  });
}
