// An interview as a record of the season: when and where it is, what kind, and where it stands.
// Dates are calendar days (YYYY-MM-DD) compared as strings, times are wall-clock HH:MM in the
// interview's own time zone (IANA name), so nothing here depends on the machine's zone.
import { checkDay, daysFrom } from "../io/dates.js";
import { INTERVIEW_KINDS, isPlaceKind, KINDS, type InterviewFormat, type InterviewKind } from "../content/interview-kinds.js";

/** What a user can set; `withdrawn` is the one state stored, the others follow from the dates. */
export interface Interview {
  program: string;
  /** The interview day, YYYY-MM-DD, in the interview's time zone. */
  date: string;
  /** Start, HH:MM (24-hour) wall-clock time in `tz`; absent for a day without a set time. */
  time?: string;
  /** IANA time zone, e.g. America/Chicago. */
  tz: string;
  kind: InterviewKind;
  /** Specialty (residency), role (job) or the role networked towards (networking); "" when not given. */
  specialty: string;
  format?: InterviewFormat;
  /** An address or a meeting link. */
  where?: string;
  /** YYYY-MM-DD the invitation was declined or the interview cancelled. */
  withdrawn?: string;
  /** Front-matter keys added by hand (tags for note apps), kept on rewrite. */
  extra: Record<string, unknown>;
  /** The note's body (the user's own notes), kept verbatim on rewrite. */
  body: string;
}

export type InterviewStatus = "scheduled" | "started" | "done" | "reviewed" | "withdrawn";

/**
 * Where an interview stands on `today` (YYYY-MM-DD, local): withdrawn once cancelled; scheduled
 * while its day is still to come; started from its start until the user's day ends, its review
 * due once it is over; then reviewed once a review of it exists, else done.
 * `date` is best the interview's day on the user's clock (see startHere). `started`: its start has
 * come on the user's today (see `startedBy`), which an interview with no time recorded never has;
 * on the user's clock a started interview is always today's, so for a `date` given as recorded,
 * in a zone ahead, it is what makes it today's.
 */
export function statusOf(interview: Pick<Interview, "date" | "withdrawn">, today: string, reviewed: boolean, started = false): InterviewStatus {
  if (interview.withdrawn) return "withdrawn";
  // A review of an interview still to come is one dated by mistake (the review says so when it is
  // saved): the interview stays on the agenda, with its preparation, until its day.
  if (interview.date > today && !started) return "scheduled";
  if (reviewed) return "reviewed";
  if (interview.date < today) return "done";
  return started ? "started" : "scheduled";
}

/** What the next step of an interview depends on besides its record (see nextStep). */
export interface StepFacts {
  /** The day (YYYY-MM-DD) of a saved draft of its review, to be finished. */
  draft?: string | undefined;
  /** People in its review not yet thanked; the thank-you notes are done at 0. */
  toThank?: number;
  /** Its day on the user's clock when another than the recorded one (see startHere): days count from it. */
  day?: string;
  /** Its review names a deal-breaker: rank lists it apart, with the question whether to rank it at all. */
  dealBreaker?: boolean;
}

/**
 * The next thing to do for an interview, in a few words, for listings. A draft for an interview
 * scheduled or started (dated otherwise than the record, or saved on the day) is named before the
 * preparation or the wait for its end; a reviewed interview whose people are all thanked has only
 * the ranking left, and a networking event, which is not ranked, nothing.
 */
export function nextStep(interview: Interview, status: InterviewStatus, today: string, { draft, toThank, day = interview.date, dealBreaker = false }: StepFacts = {}): string {
  switch (status) {
    case "withdrawn":
      return "nothing: withdrawn";
    case "reviewed": {
      const rank = !isPlaceKind(interview.kind) ? undefined : dealBreaker ? "decide on its deal-breaker (rank lists it apart)" : "rank";
      if (toThank === 0) return rank ?? "nothing left to do";
      return `${KINDS[interview.kind].note}s${rank ? `, then ${rank}` : ""}`;
    }
    case "done": {
      const days = daysFrom(day, today);
      return `${draft ? "finish the draft review" : "write the review"} (${days} day${days === 1 ? "" : "s"} ago)`;
    }
    case "scheduled":
    case "started": {
      const days = daysFrom(today, day);
      if (draft !== undefined && draft !== interview.date && draft !== day) return `finish the draft review (dated ${draft}; the record says ${interview.date})`;
      if (draft !== undefined) return "finish the draft review (today)";
      if (status === "started") return `write the review once it is over (it started at ${interview.time} ${interview.tz})`;
      if (days === 0) return "today: good luck";
      return `prepare: checklist, practice (in ${days} day${days === 1 ? "" : "s"})`;
    }
  }
}

/** A coordinator's job interview is not a physician's second interview: it has a deck and checklist of its own. */
const COORDINATOR = { deck: "patient-coordinator", checklist: "patient-coordinator" };

/** Whether a role is a coordinator's ("patient coordinator", "Scheduling Coordinator"): a job's role, never a residency's specialty. */
export function coordinatorRole(specialty: string): boolean {
  return /coordinator/i.test(specialty);
}

/** The built-in deck and checklist that prepare for an interview: its kind's (see KINDS), or a coordinator's. */
function preparationFor(interview: Pick<Interview, "kind" | "specialty">): { deck: string; checklist: string } {
  return interview.kind === "job" && coordinatorRole(interview.specialty) ? COORDINATOR : KINDS[interview.kind];
}

/**
 * The built-in deck that fits an interview: residency programs get `residency`; a job whose role
 * names a coordinator gets `patient-coordinator`; any other job is a physician's second interview
 * with a health group; a networking event gets `networking`.
 */
export function suggestedDeck(interview: Pick<Interview, "kind" | "specialty">): string {
  return preparationFor(interview).deck;
}

/** The built-in checklist that fits, by the same rule as the deck. */
export function suggestedChecklist(interview: Pick<Interview, "kind" | "specialty">): string {
  return preparationFor(interview).checklist;
}

/**
 * The kind whose built-in deck or checklist `name` is ("networking-event": networking), a
 * coordinator's being a job's; undefined for any other (after-interview, a deck of the user's).
 */
export function kindPreparedBy(name: string): InterviewKind | undefined {
  if (name === COORDINATOR.deck || name === COORDINATOR.checklist) return "job";
  return INTERVIEW_KINDS.find((kind) => KINDS[kind].deck === name || KINDS[kind].checklist === name);
}

/** "residency: internal medicine", "job", "networking event: physician executive": an interview's kind as listings show it. */
export function kindLabel(interview: Pick<Interview, "kind" | "specialty">): string {
  return `${KINDS[interview.kind].shown}${interview.specialty ? `: ${interview.specialty}` : ""}`;
}

/** "2026-12-04 09:00 America/Chicago", or the day alone when no time is set. */
export function whenLabel(interview: Pick<Interview, "date" | "time" | "tz">): string {
  return interview.time ? `${interview.date} ${interview.time} ${interview.tz}` : interview.date;
}

/** The time zone this machine runs in, for interviews added without --tz. */
export function localZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}

/**
 * `zone` as the time-zone database lists it, in any case ("america/chicago" -> "America/Chicago"),
 * or undefined for a name it does not list. Looking it up costs about 2 ms, where the first
 * formatter given a zone loads the zone data, about 20 ms of a command that lists interviews.
 * The list leaves out UTC (what a machine set to no zone records), so that is known by name.
 */
function listedZone(zone: string): string | undefined {
  const lower = zone.toLowerCase();
  if (lower === "utc") return "UTC";
  return Intl.supportedValuesOf("timeZone").find((known) => known.toLowerCase() === lower);
}

/**
 * Whether the platform's time-zone database knows `zone`: listed (listedZone), or accepted by a
 * formatter (Intl throws RangeError if not), which also knows aliases such as US/Eastern.
 */
export function isKnownZone(zone: string): boolean {
  if (listedZone(zone)) return true;
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return zone.trim() !== "";
  } catch {
    return false;
  }
}

/**
 * A known zone as the time-zone database spells it when only the case differs: "utc" -> "UTC",
 * "america/chicago" -> "America/Chicago", so that notes and listings show the usual name. Any
 * other name (an alias such as US/Eastern) is kept as typed.
 */
export function zoneSpelling(zone: string): string {
  return listedZone(zone) ?? zone;
}

/** A wall-clock time HH:MM (24-hour), or undefined. "9:30" is read as 09:30. */
export function checkTime(text: string): string | undefined {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const [hours, minutes] = [Number(match[1]), Number(match[2])];
  return hours < 24 && minutes < 60 ? `${String(hours).padStart(2, "0")}:${match[2]}` : undefined;
}

/**
 * The same day in the season around `today`, when `date` is more than half a year before it or
 * more than a year after it (both YYYY-MM-DD): an interview recorded that far from today is more
 * often a year typed wrong ("2025-12-05" or "2027-12-05" for "2026-12-05"). That day is this
 * year's, or next year's once this year's is over half a year past. Undefined otherwise, and when
 * that day does not exist (29 February).
 */
export function yearTypedWrong(date: string, today: string): string | undefined {
  const ago = daysFrom(date, today);
  if (ago <= 183 && ago >= -366) return undefined;
  const year = Number(today.slice(0, 4));
  const thisYear = checkDay(`${year}${date.slice(4)}`);
  if (thisYear === undefined) return undefined;
  return daysFrom(thisYear, today) <= 183 ? thisYear : checkDay(`${year + 1}${date.slice(4)}`);
}
