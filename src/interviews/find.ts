// Finding an interview by the program name typed on the command line. Other commands accept a
// name that matches no interview (it may simply not be recorded yet), so they get a hint back
// instead of an error; `interviews edit|cancel` turn a miss into exit 66.
import { DEFAULT_KIND, isPlaceKind, KINDS, type InterviewKind } from "../content/interview-kinds.js";
import { NotFoundError } from "../io/errors.js";
import { programSlug } from "../io/slug.js";
import { closest } from "../io/suggest.js";
import type { InterviewEntry } from "./interview-file.js";
import { interviewDay } from "./your-clock.js";

/** A miss has the closest recorded names (`near`, closest first) and the kind of the closest, if any. */
export type InterviewMatch = { found: InterviewEntry } | { found?: undefined; near: string[]; nearKind?: InterviewKind };

const fold = (text: string) => text.replace(/\s+/g, " ").trim().toLowerCase();

/** Two names of one program: the same ignoring case and spacing, or the same file slug. */
export const sameProgram = (a: string, b: string) => fold(a) === fold(b) || programSlug(a) === programSlug(b);

/** Whether `program` is one of `programs` (see sameProgram): the started, the withdrawn. */
export const amongPrograms = (programs: Iterable<string>, program: string) => [...programs].some((other) => sameProgram(other, program));

/** The interview for `program` (see sameProgram); a name equal but for case and spacing wins over a shared slug. */
export function findInterview(entries: readonly InterviewEntry[], program: string): InterviewEntry | undefined {
  return entries.find((entry) => fold(entry.interview.program) === fold(program)) ?? entries.find((entry) => sameProgram(entry.interview.program, program));
}

/** As findInterview, with the closest names when there is none. */
export function matchInterview(entries: readonly InterviewEntry[], program: string): InterviewMatch {
  const found = findInterview(entries, program);
  if (found) return { found };
  const near = closest(program, entries.map((entry) => entry.interview.program));
  const nearKind = near.length ? entries.find((entry) => entry.interview.program === near[0])?.interview.kind : undefined;
  return { near, ...(nearKind ? { nearKind } : {}) };
}

/**
 * The recorded interviews whose program `program` (a name with no record of its own) is likely
 * another spelling of: the words that differ are a typo of theirs ("Lakesde IM" for "Lakeside
 * IM", as closest finds them) or the initials of a run of them ("IM" for "Internal Medicine").
 * So is one with the same letters and digits in another punctuation ("Lakeside I.M.",
 * "lakeside-im"). A name that only shares words with a recorded one ("Lakeside Pediatrics",
 * "Lakeside") is another program.
 */
export function lookalikeInterviews(entries: readonly InterviewEntry[], program: string): InterviewEntry[] {
  const letters = (name: string) => fold(name).replace(/[^\p{L}\p{N}]/gu, "");
  return entries.filter((entry) => {
    if (letters(entry.interview.program) === letters(program)) return true;
    const [mine, theirs] = differingWords(program, entry.interview.program);
    if (!mine.length || !theirs.length) return false;
    return isInitialsOf(mine, theirs) || isInitialsOf(theirs, mine) || isTypoOf(mine, theirs);
  });
}

/** The words of `a` and of `b` that differ, once the words both start and end with are set aside. */
function differingWords(a: string, b: string): [string[], string[]] {
  const [x, y] = [fold(a).split(" "), fold(b).split(" ")];
  let start = 0;
  while (start < x.length && start < y.length && x[start] === y[start]) start++;
  let end = 0;
  while (end < x.length - start && end < y.length - start && x[x.length - 1 - end] === y[y.length - 1 - end]) end++;
  return [x.slice(start, x.length - end), y.slice(start, y.length - end)];
}

/** "im" for ["internal", "medicine"]: one word made of the first letters of two or more. */
const isInitialsOf = (short: string[], long: string[]) => short.length === 1 && long.length >= 2 && long.map((word) => word[0]).join("") === short[0];

/**
 * Word for word, each a typo of the other (see closest) or the same; a typo only in words of three
 * letters or more ("FM" for "IM" is another specialty). Words split or run together otherwise
 * ("Lake side") are a slip only if the letters are the same.
 */
function isTypoOf(mine: string[], theirs: string[]): boolean {
  if (mine.length !== theirs.length) return mine.join("") === theirs.join("");
  const slip = (a: string, b: string) => a === b || (Math.min(a.length, b.length) >= 3 && closest(a, [b]).length > 0);
  return mine.every((word, i) => slip(word, theirs[i]!));
}

/**
 * The day checklist items for `program` fall due from (YYYY-MM-DD): the day of the interview
 * recorded for it, on the user's clock (`yourTimes`, see interviewDay), else `saved`, the date the
 * checklist note keeps (given with --date, for a program with no record). The record comes
 * first, because `interviews edit --date` changes only the record: a checklist started before a
 * reschedule follows the interview to its new day.
 */
export function checklistDay(entries: readonly InterviewEntry[], program: string, saved: string | undefined, yourTimes?: ReadonlyMap<string, string>): string | undefined {
  const recorded = findInterview(entries, program)?.interview;
  return recorded ? interviewDay(recorded, yourTimes) : saved;
}

/**
 * How to record `program`: the one `interviews add` every command suggests for a name with no
 * record. `kind`, when known (the command's deck or checklist is that kind's, or the closest
 * recorded name is one), is given unless it is the default: followed without it, the way on
 * for a networking event would record a residency interview.
 */
export function recordCommand(program: string, kind?: InterviewKind): string {
  return `interview-coach interviews add "${program}" --date YYYY-MM-DD${kind && kind !== DEFAULT_KIND ? ` --kind ${kind}` : ""}`;
}

/**
 * One line for a name with no interview, for commands that go on without one: "did you mean"
 * for a near miss, else how to record it. `fallback` says what the command does instead; `kind`
 * is what the name most likely is (see recordCommand), which also names it: "No networking event recorded".
 */
export function unmatchedHint(program: string, near: readonly string[], fallback: string, kind?: InterviewKind): string {
  const none = `No ${KINDS[kind ?? DEFAULT_KIND].noun} recorded for '${program}'`;
  if (near.length) return `${none} (did you mean ${near.map((n) => `'${n}'`).join(" or ")}?); ${fallback}.`;
  return `${none}; ${fallback}. To record it: ${recordCommand(program, kind)}`;
}

/**
 * Exit 66 for a name that is a near miss of recorded ones (`near`, closest first), from a command
 * that would save something under it (a checklist note, a practice session): saved under a typo,
 * it would stand forever beside the real program's. `notDone`: what did not happen ("no checklist
 * was started"); `rerun(name)`: the same command with the recorded name; `kind`: what the name most
 * likely is (see recordCommand).
 */
export function nearMissError(program: string, near: readonly string[], notDone: string, rerun: (name: string) => string, kind?: InterviewKind): NotFoundError {
  const names = near.map((name) => `'${name}'`).join(" or ");
  // Each name as this command takes it (review's argument, checklist's --program): not every command has --program.
  const exact = near.map(rerun).join(" or ");
  // `kind`: what the name most likely is (see recordCommand); an event is another event, not another program.
  const likely = kind ?? DEFAULT_KIND;
  const { noun } = KINDS[likely];
  const another = isPlaceKind(likely) ? "program" : noun;
  return new NotFoundError(`no ${noun} recorded for '${program}' (did you mean ${names}?), so ${notDone}. Use the recorded name: ${exact}; or, for another ${another}, record it first: ${recordCommand(program, kind)}`);
}

/** The interview for `program`, or exit 66 naming the closest ones. */
export function requireInterview(entries: readonly InterviewEntry[], program: string): InterviewEntry {
  const match = matchInterview(entries, program);
  if (match.found) return match.found;
  const hint = match.near.length
    ? ` Did you mean ${match.near.map((n) => `'${n}'`).join(" or ")}?`
    : entries.length
      ? ` Interviews: ${entries.map((e) => `'${e.interview.program}'`).join(", ")}.`
      : ` Add it with: ${recordCommand(program)}`;
  throw new NotFoundError(`no interview recorded for '${program}'.${hint}`);
}
