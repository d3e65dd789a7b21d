// The review form, on stderr. Each answer is copied into `answered` the moment it is given, and
// what is on screen at the open prompt when the form is stopped (typed text, changed ticks), so
// an interrupted form can be saved as a draft with everything entered so far.
import { dayProblem, daysBetween, parseDay } from "../io/dates.js";
import { DEAL_BREAKER_MEANS, type Criterion } from "../reviews/criteria.js";
import { INTERVIEW_KINDS, isPlaceKind, KINDS, type InterviewKind, type PlaceKind } from "../content/interview-kinds.js";
import { capitalised } from "../io/prose.js";
import { MEANS_NONE, type Person, type Review } from "../reviews/review.js";
import { paint } from "./color.js";
import { say } from "./output.js";
import { warning, wrapForTerminal } from "./wrap.js";
import { splitEntries, type LineConfig } from "./line-prompt.js";
import { ask } from "./prompts.js";

export interface ReviewFormOptions {
  base: Review;
  today: Date;
  criteriaOf: (kind: InterviewKind) => readonly Criterion[];
  dealBreakersOf: (kind: InterviewKind) => readonly string[];
  /** Why an interview dated this day (YYYY-MM-DD) cannot be reviewed yet (it has not started), if so. */
  notYet?: (day: string) => string | undefined;
  /** A day after today the review may be dated all the same (see ReviewDays.aheadToday). */
  aheadToday?: string | undefined;
  /** Called once the date is known: the command warns when impressions may have faded. */
  onDate?: (date: string) => void;
  /** `base` holds an edit of a finished review that was stopped part-way and kept aside. */
  goingOnWithEdit?: boolean;
  signal: AbortSignal;
}

/**
 * Fills `answered` as the form goes. Stopped (Ctrl-C, a signal, a closed terminal), the form
 * also puts into `answered` the text typed at the open prompt without Enter, or the ticks of the
 * open keep-or-drop list, as that field's answer, then rethrows: no typed character is lost.
 */
export async function reviewForm(options: ReviewFormOptions, answered: Partial<Review>): Promise<void> {
  const open: OpenField = {};
  try {
    await fill(options, answered, open);
  } catch (error) {
    open.keep?.();
    throw error;
  }
}

/** How to keep what is on screen at the open prompt (typed text, changed ticks), once there is some. */
interface OpenField {
  keep?: () => void;
}

type Context = { signal: AbortSignal };

/** A text prompt whose typed text `keep` puts in the review if the form is stopped there. */
async function typed(config: Omit<LineConfig, "onText" | "theme">, context: Context, open: OpenField, keep: (text: string) => void): Promise<string> {
  const value = await ask.text({ ...config, onText: (text) => (open.keep = text.trim() ? () => keep(text) : undefined) }, context);
  open.keep = undefined;
  return value;
}

async function fill(options: ReviewFormOptions, answered: Partial<Review>, open: OpenField): Promise<void> {
  const { base, today, signal } = options;
  const context = { signal };
  const badDate = (value: string): string | undefined => {
    const problem = dayProblem(value);
    if (problem !== undefined) return `Type ${problem}, e.g. 2026-11-22`;
    if (daysBetween(parseDay(value)!, today) < 0 && value.trim() !== options.aheadToday) return "That is after today; review an interview once it has happened";
    const early = options.notYet?.(value.trim());
    return early && `${early[0]!.toUpperCase()}${early.slice(1)}; review it once it has happened`;
  };
  const text = (config: Omit<LineConfig, "onText" | "theme">, keep: (text: string) => void) => typed(config, context, open, keep);

  answered.date = await text(
    { message: `${capitalised(KINDS[base.kind].noun)} date (YYYY-MM-DD)`, default: base.date, validate: (value) => badDate(value) ?? true },
    // Only a whole, real date: half a date is not one to save.
    (value) => {
      if (!badDate(value)) answered.date = value.trim();
    },
  );
  answered.date = answered.date.trim();
  options.onDate?.(answered.date);

  const kind = await ask.select<InterviewKind>(
    {
      // Worded for what is reviewed, as the date question is: an event is not an interview (the choices offer both).
      message: isPlaceKind(base.kind) ? "Kind of interview" : "Kind of event or interview",
      choices: INTERVIEW_KINDS.map((value) => ({ name: KINDS[value].choice, value })),
      default: base.kind,
    },
    context,
  );
  answered.kind = kind;
  const { label, example } = KINDS[kind].specialty;
  answered.specialty = await text(
    { message: `${capitalised(label)} (e.g. ${example})`, default: base.specialty || undefined },
    (value) => (answered.specialty = value),
  );

  answered.people = await keepList("People you met (untick anyone to remove)", base.people, (p) => p.name, context, open, (people) => (answered.people = people));
  // A draft (or a kept edit) stopped just after a name was typed has that person with no role or
  // topic: asked now, as the form would have asked next. (A finished review may leave both empty.)
  if (base.draft || options.goingOnWithEdit) {
    answered.people = answered.people.map((p) => (p.role || p.detail ? p : { ...p }));
    for (const person of answered.people.filter((p) => !p.role && !p.detail)) await askAbout(person, text);
  }
  answered.people = await editPeople(answered.people, text, (people) => (answered.people = people), context);
  say(paint.dim(wrapForTerminal(`Who did you meet? One thing you talked about makes the ${KINDS[kind].note} easy. Leave the name empty when done.`)));
  // Names pasted in several lines are several people, asked about one after the other.
  const names: string[] = [];
  for (;;) {
    const meet = (name: string): Person => {
      const person: Person = { name, role: "", detail: "", thanked: null };
      answered.people = [...answered.people!, person];
      return person;
    };
    if (names.length === 0) names.push(...splitEntries(await text({ message: "Name (empty when done)" }, (value) => splitEntries(value).forEach(meet))));
    const name = names.shift();
    if (!name) break;
    // In the list from the first keystroke on: an interrupted form still keeps who was met.
    await askAbout(meet(name), text);
  }

  // A networking event is no place to choose: no scores, deal-breakers or gut to ask (see PLACE_KINDS).
  const ranked = isPlaceKind(kind);
  if (ranked) await scoreAndDealBreakers(options, kind, answered, text, context, open);
  answered.redFlags = await keepList("Red flags noted before (untick what no longer holds)", base.redFlags, (f) => f, context, open, (flags) => (answered.redFlags = flags));
  await addLines("A red flag (empty when done)", text, (line) => (answered.redFlags = [...answered.redFlags!, line]));

  if (ranked) answered.gut = await rating("Gut feeling: could this be home? (1-5)", base.gut ?? undefined, text, (value) => (answered.gut = value));

  answered.stillUnknown = await keepList("Still unknown from before (untick what you found out)", base.stillUnknown, (u) => u, context, open, (unknown) => (answered.stillUnknown = unknown));
  await addLines("Something still unknown, to ask about (empty when done)", text, (line) => (answered.stillUnknown = [...answered.stillUnknown!, line]));

  const withNotes = (more: string) => (answered.notes = [base.notes, more.trim()].filter(Boolean).join("\n\n"));
  withNotes(await text({ message: base.notes ? "Add to your notes (empty to keep them as they are)" : "Anything else to remember (empty to skip)" }, withNotes));
}

/** The scores of `kind`'s criteria and its deal-breakers, each handed over as it is given (see reviewForm). */
async function scoreAndDealBreakers(options: ReviewFormOptions, kind: PlaceKind, answered: Partial<Review>, text: TextPrompt, context: Context, open: OpenField): Promise<void> {
  const { base } = options;
  say(paint.dim(wrapForTerminal("Score each criterion from 1 (poor) to 5 (excellent).")));
  const sameKind = kind === base.kind;
  answered.scores = {};
  for (const criterion of options.criteriaOf(kind)) {
    const keep = (value: number) => (answered.scores = { ...answered.scores, [criterion.id]: value });
    keep(await rating(`${criterion.label} (1-5)`, sameKind ? base.scores[criterion.id] : undefined, text, keep));
  }

  say(paint.dim(wrapForTerminal(`Deal-breakers: anything that would make you ${DEAL_BREAKER_MEANS[kind]} at all.`)));
  const offered = [...options.dealBreakersOf(kind), ...base.dealBreakers.filter((d) => !options.dealBreakersOf(kind).includes(d))];
  // Each answer is in the review as soon as it is given, and a "y" or "n" typed without Enter
  // too; a question not reached yet keeps the earlier answer. Stopped at the third question,
  // the form keeps what the first two said.
  const said = new Map<string, boolean>();
  const current = () => offered.filter((d) => said.get(d) ?? base.dealBreakers.includes(d));
  for (const dealBreaker of offered) {
    const decide = (yes: boolean) => {
      said.set(dealBreaker, yes);
      answered.dealBreakers = current();
    };
    const onChange = (yes: boolean | undefined) => (open.keep = yes === undefined ? undefined : () => decide(yes));
    decide(await ask.confirm({ message: `Deal-breaker: ${dealBreaker}?`, default: base.dealBreakers.includes(dealBreaker), onChange }, context));
    open.keep = undefined;
  }
  answered.dealBreakers = current();
  await addLines("Another deal-breaker that applies (empty for none)", text, (line) => (answered.dealBreakers = [...answered.dealBreakers!, line]));
}

/**
 * A score from 1 to 5 (Enter takes `earlier`); a digit typed without Enter is the score kept if
 * the form is stopped there, and anything else typed is named as not kept.
 */
async function rating(message: string, earlier: number | undefined, text: TextPrompt, keep: (value: number) => void): Promise<number> {
  const valid = (value: string) => /^[1-5]$/.test(value.trim());
  const answer = await text(
    { message, ...(earlier !== undefined ? { default: String(earlier) } : {}), validate: (value) => valid(value) || "Type a whole number from 1 to 5" },
    // What cannot be a score is not saved, but said: the form would have refused it at Enter.
    (value) => (valid(value) ? keep(Number(value.trim())) : warning(`"${value.trim()}", typed at "${message}", is not a score from 1 to 5, so it is not kept.`)),
  );
  return Number(answer.trim());
}

/** A text prompt of the form (see typed). */
type TextPrompt = (config: Omit<LineConfig, "onText" | "theme">, keep: (text: string) => void) => Promise<string>;

/**
 * Earlier entries, all ticked: untick to drop. Skipped when there were none. Like typed text,
 * the ticks on screen are what `keep` puts in the review if the form is stopped at this list.
 */
async function keepList<T>(message: string, items: readonly T[], name: (item: T) => string, context: Context, open: OpenField, keep: (kept: T[]) => void): Promise<T[]> {
  if (items.length === 0) return [];
  const kept = await ask.ticks<T>({ message, choices: items.map((item) => ({ name: name(item), value: item, checked: true })), onChange: (ticked) => (open.keep = () => keep(ticked)) }, context);
  open.keep = undefined;
  return kept;
}

/** Asks for lines until an empty one; each is handed over at once (a half-typed one if stopped), for the draft. */
async function addLines(message: string, text: TextPrompt, add: (line: string) => void): Promise<void> {
  // "n" or "none" typed after the y/N questions ends the list, as Enter does: never an entry.
  const entries = (value: string) => splitEntries(value).filter((line) => !MEANS_NONE.test(line));
  for (;;) {
    // Lines pasted at once are one entry each.
    const typed = await text({ message }, (value) => entries(value).forEach(add));
    const lines = entries(typed);
    if (lines.length === 0) return;
    lines.forEach(add);
  }
}

/** Asks the role of someone met and one thing talked about, each kept in `person` as it is typed (an interrupted form keeps it). */
async function askAbout(person: Person, text: TextPrompt): Promise<void> {
  person.role = await text({ message: `${person.name}'s role` }, (value) => (person.role = value));
  person.detail = await text({ message: `One thing you talked about with ${person.name} (as you would say it to them: "your research on …")` }, (value) => (person.detail = value));
}

/**
 * A second run can correct who was met: pick a person, then change the name, role or topic (the
 * earlier answer is the default). Each answer is handed over as soon as it is given (typed text,
 * if the form is stopped at it), for the draft.
 */
async function editPeople(start: Person[], text: TextPrompt, update: (people: Person[]) => void, context: Context): Promise<Person[]> {
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
    const edit = (change: Partial<Person>) => update(people.map((p, i) => (i === index ? { ...p, ...change } : p)));
    const name = (await text({ message: "Name", default: person.name }, (value) => edit({ name: value.trim() }))).trim() || person.name;
    // Now, not with the person's last answer: stopped at the next prompt with nothing typed, the form keeps it.
    edit({ name });
    const role = await text({ message: `${name}'s role`, default: person.role || undefined }, (value) => edit({ name, role: value }));
    edit({ name, role });
    const detail = await text(
      { message: `One thing you talked about with ${name} (as you would say it to them: "your research on …")`, default: person.detail || undefined },
      (value) => edit({ name, role, detail: value }),
    );
    people = people.map((p, i) => (i === index ? { ...p, name, role, detail } : p));
    update(people);
  }
  return people;
}
