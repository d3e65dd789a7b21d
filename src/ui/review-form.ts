// The review form, on stderr. Each answer is copied into `answered` the moment it is given, so
// an interrupted form can be saved as a draft with everything typed so far.
import { dayProblem, daysBetween, parseDay } from "../io/dates.js";
import type { Criterion, Kind } from "../reviews/criteria.js";
import type { Person, Review } from "../reviews/review.js";
import { paint } from "./color.js";
import { say } from "./output.js";
import { splitEntries } from "./line-prompt.js";
import { ask } from "./prompts.js";

export interface ReviewFormOptions {
  base: Review;
  today: Date;
  criteriaOf: (kind: Kind) => readonly Criterion[];
  dealBreakersOf: (kind: Kind) => readonly string[];
  /** Called once the date is known: the command warns when impressions may have faded. */
  onDate?: (date: string) => void;
  signal: AbortSignal;
}

export async function reviewForm(options: ReviewFormOptions, answered: Partial<Review>): Promise<void> {
  const { base, today, signal } = options;
  const context = { signal };

  answered.date = await ask.text(
    {
      message: "Interview date (YYYY-MM-DD)",
      default: base.date,
      validate: (value) => {
        const problem = dayProblem(value);
        if (problem !== undefined) return `Type ${problem}, e.g. 2026-11-22`;
        return daysBetween(parseDay(value)!, today) < 0 ? "That is after today; review an interview once it has happened" : true;
      },
    },
    context,
  );
  answered.date = answered.date.trim();
  options.onDate?.(answered.date);

  const kind = await ask.select<Kind>(
    {
      message: "Kind of interview",
      choices: [
        { name: "Residency program", value: "residency" },
        { name: "Job (health group, hospital, practice)", value: "job" },
      ],
      default: base.kind,
    },
    context,
  );
  answered.kind = kind;
  answered.specialty = await ask.text({ message: kind === "job" ? "Role (e.g. hospitalist, patient coordinator)" : "Specialty (e.g. internal medicine)", default: base.specialty || undefined }, context);

  answered.people = await keepList("People you met (untick anyone to remove)", base.people, (p) => p.name, context);
  answered.people = await editPeople(answered.people, context, (people) => (answered.people = people));
  say(paint.dim("Who did you meet? One thing you talked about makes the thank-you note easy. Leave the name empty when done."));
  // Names pasted in several lines are several people, asked about one after the other.
  const names: string[] = [];
  for (;;) {
    if (names.length === 0) names.push(...splitEntries(await ask.text({ message: "Name (empty when done)" }, context)));
    const name = names.shift();
    if (!name) break;
    // In the list from the first keystroke on: an interrupted form still keeps who was met.
    const person: Person = { name, role: "", detail: "", thanked: null };
    answered.people = [...answered.people, person];
    person.role = await ask.text({ message: `${name}'s role` }, context);
    person.detail = await ask.text({ message: `One thing you talked about with ${name} (as you would say it to them: "your research on …")` }, context);
  }

  say(paint.dim("Score each criterion from 1 (poor) to 5 (excellent)."));
  const sameKind = kind === base.kind;
  answered.scores = {};
  for (const criterion of options.criteriaOf(kind)) {
    const score = await ask.number(
      { message: `${criterion.label} (1-5)`, min: 1, max: 5, step: 1, required: true, default: sameKind ? base.scores[criterion.id] : undefined },
      context,
    );
    if (score !== undefined) answered.scores = { ...answered.scores, [criterion.id]: score };
  }

  say(paint.dim("Deal-breakers: anything that would make you rather not match (or not work) there at all."));
  const offered = [...options.dealBreakersOf(kind), ...base.dealBreakers.filter((d) => !options.dealBreakersOf(kind).includes(d))];
  const chosen: string[] = [];
  for (const dealBreaker of offered) {
    if (await ask.confirm({ message: `Deal-breaker: ${dealBreaker}?`, default: base.dealBreakers.includes(dealBreaker) }, context)) chosen.push(dealBreaker);
  }
  answered.dealBreakers = chosen;
  await addLines("Another deal-breaker that applies (empty for none)", context, (line) => (answered.dealBreakers = [...answered.dealBreakers!, line]));

  answered.redFlags = await keepList("Red flags noted before (untick what no longer holds)", base.redFlags, (f) => f, context);
  await addLines("A red flag (empty when done)", context, (line) => (answered.redFlags = [...answered.redFlags!, line]));

  answered.gut = (await ask.number({ message: "Gut feeling: could this be home? (1-5)", min: 1, max: 5, step: 1, required: true, default: base.gut ?? undefined }, context)) ?? null;

  answered.stillUnknown = await keepList("Still unknown from before (untick what you found out)", base.stillUnknown, (u) => u, context);
  await addLines("Something still unknown, to ask about (empty when done)", context, (line) => (answered.stillUnknown = [...answered.stillUnknown!, line]));

  const more = await ask.text({ message: base.notes ? "Add to your notes (empty to keep them as they are)" : "Anything else to remember (empty to skip)" }, context);
  answered.notes = [base.notes, more.trim()].filter(Boolean).join("\n\n");
}

/** Earlier entries, all ticked: untick to drop. Skipped when there were none. */
async function keepList<T>(message: string, items: readonly T[], name: (item: T) => string, context: { signal: AbortSignal }): Promise<T[]> {
  if (items.length === 0) return [];
  return ask.checkbox<T>({ message, choices: items.map((item) => ({ name: name(item), value: item, checked: true })) }, context);
}

/** Asks for lines until an empty one; each is handed over at once, for the draft. */
async function addLines(message: string, context: { signal: AbortSignal }, add: (line: string) => void): Promise<void> {
  for (;;) {
    // Lines pasted at once are one entry each.
    const lines = splitEntries(await ask.text({ message }, context));
    if (lines.length === 0) return;
    lines.forEach(add);
  }
}

/**
 * A second run can correct who was met: pick a person, then change the name, role or topic (the
 * earlier answer is the default). Each change is handed over at once, for the draft.
 */
async function editPeople(start: Person[], context: { signal: AbortSignal }, update: (people: Person[]) => void): Promise<Person[]> {
  let people = start;
  while (people.length) {
    const index = await ask.select<number>(
      {
        message: "Edit someone's name, role or topic?",
        choices: [{ name: "No, go on", value: -1 }, ...people.map((p, i) => ({ name: `${p.name}${p.role ? `, ${p.role}` : ""}${p.detail ? `: ${p.detail}` : ""}`, value: i }))],
        default: -1,
      },
      context,
    );
    const person = people[index];
    if (!person) return people;
    const name = (await ask.text({ message: "Name", default: person.name }, context)).trim() || person.name;
    const role = await ask.text({ message: `${name}'s role`, default: person.role || undefined }, context);
    const detail = await ask.text({ message: `One thing you talked about with ${name} (as you would say it to them: "your research on …")`, default: person.detail || undefined }, context);
    people = people.map((p, i) => (i === index ? { ...p, name, role, detail } : p));
    update(people);
  }
  return people;
}
