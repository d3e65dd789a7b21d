// The kinds of appointment in a season, in a file of its own (no zod): interview records, decks
// and reviews all name one, and each reads what it needs from the one table below without
// loading the content schema.
import { listOf } from "../io/prose.js";

/** A residency program's interview (the Match), a job's, or a networking event. */
export const INTERVIEW_KINDS = ["residency", "job", "networking"] as const;
export type InterviewKind = (typeof INTERVIEW_KINDS)[number];

/** The kind `interviews add` records when --kind is not given. */
export const DEFAULT_KIND: InterviewKind = "residency";

/**
 * The kinds that are interviews for a place, a program or an employer: their reviews are scored
 * and ranked, and a deck's `interview` names one to word the scale of the questions a candidate
 * asks. A networking event is no place to choose, so nothing about it is scored or ranked.
 */
export const PLACE_KINDS = ["residency", "job"] as const satisfies readonly InterviewKind[];
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** Whether `kind` is an interview for a place (see PLACE_KINDS). */
export function isPlaceKind(kind: InterviewKind): kind is PlaceKind {
  return (PLACE_KINDS as readonly string[]).includes(kind);
}

/** What the season says of one kind, and what it prepares with. */
export interface KindFacts {
  /** What it is, for `--kind` help. */
  about: string;
  /** The review form's choice for it. */
  choice: string;
  /** Its name in listings ("residency", "networking event"). */
  shown: string;
  /** One of them in a sentence: "interview" or "networking event"; titles capitalise it. */
  noun: string;
  /** What `--specialty` holds for it, and an example. */
  specialty: { label: string; example: string };
  /** The note sent to each person met there ("thank-you note"); several are `${note}s`. */
  note: string;
  /** What the user may write into its record's note, said in the note a new record starts with. */
  noteHint: string;
  /** The built-in deck and checklist that prepare for it. */
  deck: string;
  checklist: string;
}

/**
 * The one table of kinds. A job whose role names a coordinator has a deck and checklist of its
 * own (see interviews/interview.ts); everything else about a kind is here.
 */
export const KINDS: Readonly<Record<InterviewKind, KindFacts>> = {
  residency: {
    about: "a residency program's interview",
    choice: "Residency program",
    shown: "residency",
    noun: "interview",
    specialty: { label: "specialty", example: "internal medicine" },
    note: "thank-you note",
    noteHint: "the program, people, questions to ask",
    deck: "residency",
    checklist: "residency-interview-day",
  },
  job: {
    about: "a job interview (health group, hospital, practice)",
    choice: "Job (health group, hospital, practice)",
    shown: "job",
    noun: "interview",
    specialty: { label: "role", example: "hospitalist, patient coordinator" },
    note: "thank-you note",
    noteHint: "the program, people, questions to ask",
    deck: "second-interview",
    checklist: "second-interview",
  },
  networking: {
    about: "a networking event, such as a mixer or a conference reception (not scored or ranked)",
    choice: "Networking event (not scored or ranked)",
    shown: "networking event",
    noun: "networking event",
    specialty: { label: "role you network towards", example: "physician executive" },
    // Notes after an event follow up a conversation: thanking someone for an interview would not fit.
    note: "follow-up note",
    noteHint: "who you hope to meet, what to ask them",
    deck: "networking",
    checklist: "networking-event",
  },
};

/** "residency interview", "job interview", "networking event": one of a kind, named in a sentence. */
export function kindPhrase(kind: InterviewKind): string {
  return isPlaceKind(kind) ? `${kind} interview` : KINDS[kind].noun;
}

/** Last words of an event's name that make it a noun phrase of its own: "the Boston Mixer". */
const EVENT_NOUNS = new Set(["mixer", "reception", "dinner", "lunch", "luncheon", "breakfast", "conference", "meeting", "meetup", "summit", "fair", "gala", "social", "symposium", "forum", "event", "night", "party", "workshop", "congress", "convention", "expo", "retreat", "roundtable"]);

/**
 * "the interview with Lakeside IM", "the Boston Physician Leaders Mixer", "the networking event
 * HIMSS": one recorded appointment named in a sentence. A program is interviewed with; an event
 * is not. An event's name that ends in what it is ("Mixer", "Reception") takes "the" as any such
 * noun does; any other ("HIMSS") may or may not want one, so it follows the kind's noun, which
 * needs none, rather than read "at the networking event Hospital Networking Mixer".
 */
export function theNamed(kind: InterviewKind, name: string): string {
  if (isPlaceKind(kind)) return `the ${KINDS[kind].noun} with ${name}`;
  if (/^the\s/i.test(name)) return name;
  const last = name.trim().split(/\s+/).at(-1)!.toLowerCase().replace(/[^a-z]/g, "");
  return EVENT_NOUNS.has(last) ? `the ${name}` : `the ${KINDS[kind].noun} ${name}`;
}

/** "at Lakeside IM", "at the Boston Physician Leaders Mixer": where people were met (see theNamed). */
export function atNamed(kind: InterviewKind, name: string): string {
  return isPlaceKind(kind) ? `at ${name}` : `at ${theNamed(kind, name)}`;
}

/**
 * The plural nouns of `kinds`, each once, in table order: "interviews", "networking events", or
 * "interviews and networking events" for a list that holds both. `fallback` when there is none.
 */
export function pluralNouns(kinds: Iterable<InterviewKind>, fallback = "interviews"): string {
  const given = new Set(kinds);
  const nouns = [...new Set(INTERVIEW_KINDS.filter((k) => given.has(k)).map((k) => `${KINDS[k].noun}s`))];
  return nouns.length ? nouns.join(" and ") : fallback;
}

/**
 * The notes after `kinds`, each once: "thank-you notes", "follow-up notes", or "thank-you and
 * follow-up notes" for a list that holds both. `fallback` when there is none.
 */
export function notesNoun(kinds: Iterable<InterviewKind>, fallback = "thank-you notes"): string {
  const given = new Set(kinds);
  const notes = [...new Set(INTERVIEW_KINDS.filter((k) => given.has(k)).map((k) => KINDS[k].note.replace(/ note$/, "")))];
  return notes.length ? `${notes.join(" and ")} notes` : fallback;
}

/**
 * The noun of the kind whose built-in checklist `checklist` is: what a checklist note calls its
 * day when no interview is recorded for the program. "interview" for any other checklist.
 */
export function nounForChecklist(checklist: string): string {
  return INTERVIEW_KINDS.map((k) => KINDS[k]).find((facts) => facts.checklist === checklist)?.noun ?? "interview";
}

/** `--kind` help: "residency: a residency program's interview; job: …; networking: …". */
export function kindsHelp(): string {
  return INTERVIEW_KINDS.map((kind) => `${kind}: ${KINDS[kind].about}`).join("; ");
}

/** `--specialty` help: "specialty (residency), role (job) or role you network towards (networking)". */
export function specialtyHelp(): string {
  const each = INTERVIEW_KINDS.map((kind) => `${KINDS[kind].specialty.label} (${kind})`);
  return listOf(each, "or");
}

/** How an interview takes place; a checklist section may be for some of them only (a video set-up). */
export const INTERVIEW_FORMATS = ["virtual", "in-person", "phone"] as const;
export type InterviewFormat = (typeof INTERVIEW_FORMATS)[number];
