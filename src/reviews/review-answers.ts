// `review --answers FILE`: the form's answers from YAML, checked with positions. Fields left out
// keep the earlier review's answers, as pressing Enter would in the form.
import type { ContentIssue } from "../io/errors.js";
import { positionAt, type YamlFile } from "../io/yaml-file.js";
import { sortIssues, validate } from "../io/validate.js";
import { daysBetween, parseDay } from "../io/dates.js";
import { didYouMean } from "../io/suggest.js";
import { type Criterion } from "./criteria.js";
import { INTERVIEW_KINDS, isPlaceKind, type InterviewKind } from "../content/interview-kinds.js";
import { normalisePerson, type Review } from "./review.js";
import { reviewAnswersSchema, type ReviewAnswers } from "./review-schema.js";

export type AnswersResult = { ok: true; review: Review; warnings: string[] } | { ok: false; issues: ContentIssue[] };

/** The keys the checks below read, as far as a file the schema refused gives them. */
type Checked = Pick<ReviewAnswers, "program" | "date" | "kind"> & { scores?: Record<string, unknown>; gut?: unknown };

/**
 * What the checks after the schema can still read of a file it refused, so that one run reports
 * every problem: a score or gut with a wrong value is there (the schema reports the value), not
 * missing; a kind or date the schema refused is left out (`dateRefused`: a date was given but refused).
 */
function readable(data: unknown, base: Review): { answers: Checked; dateRefused: boolean } {
  const raw = data as Record<string, unknown>;
  const scores = typeof raw.scores === "object" && raw.scores !== null && !Array.isArray(raw.scores) ? (raw.scores as Record<string, unknown>) : undefined;
  const date = typeof raw.date === "string" && parseDay(raw.date) ? raw.date : undefined;
  return {
    answers: {
      ...(typeof raw.program === "string" ? { program: raw.program } : {}),
      ...(date ? { date } : {}),
      kind: INTERVIEW_KINDS.find((k) => k === raw.kind) ?? base.kind,
      ...(scores ? { scores } : {}),
      ...(raw.gut !== undefined && raw.gut !== null ? { gut: raw.gut } : {}),
    },
    dateRefused: raw.date !== undefined && date === undefined,
  };
}

/** The keys of an answers file that only a ranked review has, given with something in them (an empty list is nothing). */
function unrankedKeys(data: unknown): string[] {
  const raw = data as Record<string, unknown>;
  const given = (value: unknown) => value !== undefined && value !== null && (typeof value !== "object" || Object.keys(value).length > 0);
  return ["scores", "gut", "dealBreakers"].filter((key) => given(raw[key]));
}

/** What a review may be dated, besides a day up to today, from the recorded interview's start. */
export interface ReviewDays {
  /** Why the interview of a day (YYYY-MM-DD) cannot be reviewed yet (it has not started), if so. */
  notYet?: (day: string) => string | undefined;
  /**
   * The recorded day (YYYY-MM-DD) of an interview in a zone ahead of the user's that is on the
   * user's today while that day is still tomorrow here (10:00 in Tokyo is 19:00 the evening before
   * in Chicago): the review may be dated that day, after today, once it has started (`notYet`).
   */
  aheadToday?: string | undefined;
}

/**
 * The review `base` with the answers of `yaml` applied, or every problem of the file at its
 * FILE:LINE:COL: what the schema refuses, and unknown criteria, missing scores and gut, a date
 * after `today` (other than `days.aheadToday`) or one `days.notYet` refuses, all in one run.
 */
export function applyAnswers(
  base: Review,
  yaml: YamlFile,
  criteriaOf: (kind: InterviewKind) => readonly Criterion[],
  today: Date,
  { notYet = () => undefined, aheadToday }: ReviewDays = {},
): AnswersResult {
  if (yaml.data === null || yaml.data === undefined) yaml = { ...yaml, data: {} };
  const checked = validate(reviewAnswersSchema, yaml);
  // A file that is not a mapping at all has nothing more to check.
  if (!checked.ok && (typeof yaml.data !== "object" || Array.isArray(yaml.data))) return checked;
  const { answers, dateRefused } = checked.ok ? { answers: checked.value as Checked, dateRefused: false } : readable(yaml.data, base);
  const issues: ContentIssue[] = checked.ok ? [] : [...checked.issues];
  const at = (path: PropertyKey[], message: string, key = false) => issues.push({ file: yaml.file, ...positionAt(yaml, path, { key }), message });
  const warnings: string[] = [];

  if (answers.program !== undefined && answers.program.trim().toLowerCase() !== base.program.toLowerCase()) {
    warnings.push(`${yaml.file}: this file says program '${answers.program}'; the review is saved for '${base.program}', as given on the command line`);
  }
  // Today, but before the recorded start: the review would say "reviewed" hours before it happened.
  const early = dateRefused ? undefined : notYet(answers.date ?? base.date);
  const afterToday = (day: string) => daysBetween(parseDay(day)!, today) < 0 && day !== aheadToday;
  if (answers.date !== undefined && afterToday(answers.date)) at(["date"], `'date' ${answers.date} is after today; review an interview once it has happened`);
  // Without 'date' the review takes the recorded interview's day, which may be still to come.
  else if (answers.date === undefined && !dateRefused && afterToday(base.date)) {
    at([], `the review would be dated ${base.date}, the day recorded for the interview, which is after today; review an interview once it has happened, or give its real 'date' here`);
  } else if (early !== undefined) {
    at(answers.date === undefined ? [] : ["date"], `${early}; review it once it has happened`);
  }

  const kind = answers.kind ?? base.kind;
  // A networking event is not ranked: a score, gut or deal-breaker given for one would be lost.
  const scored = isPlaceKind(kind);
  if (!scored) for (const key of unrankedKeys(yaml.data)) at([key], `a networking event is not scored or ranked: leave out '${key}' (its review keeps the people met, red flags, what is still unknown and notes)`, true);
  const criteria = criteriaOf(kind);
  const ids = criteria.map((c) => c.id);
  const scores: Record<string, unknown> = {};
  for (const id of ids) if (base.scores[id] !== undefined && base.kind === kind) scores[id] = base.scores[id]!;
  for (const [id, score] of Object.entries(scored ? (answers.scores ?? {}) : {})) {
    if (ids.includes(id)) scores[id] = score;
    else at(["scores", id], `unknown criterion '${id}' for a ${kind} review.${didYouMean(id, ids) || ` Criteria: ${ids.join(", ")}.`}`, true);
  }
  const missing = ids.filter((id) => scores[id] === undefined);
  if (missing.length) {
    const list = missing.map((id) => `${id} (${criteria.find((c) => c.id === id)!.label})`).join(", ");
    at(answers.scores ? ["scores"] : [], `missing score${missing.length === 1 ? "" : "s"} (1-5) for ${list}`);
  }
  const gut = scored ? (answers.gut ?? base.gut) : null;
  if (scored && gut === null) at([], "missing 'gut': your gut feeling from 1 to 5, could this be home?");
  if (!checked.ok || issues.length) return { ok: false, issues: sortIssues(issues) };
  const valid = checked.value;

  // People listed are added, or updated by name, keeping the date their thank-you note was recorded
  // unless the file gives `thanked`. Those not listed stay, as in the form: a file that names only
  // the person met last would otherwise drop the others and their sent notes.
  // Two people may share a name (two Dr. Lees): each listed one takes the next earlier one of it.
  const people = valid.people && [...base.people];
  const taken = new Set<number>();
  for (const p of valid.people ?? []) {
    const at = base.people.findIndex((o, i) => !taken.has(i) && o.name.toLowerCase() === p.name.trim().toLowerCase());
    const person = normalisePerson({ ...p, thanked: p.thanked !== undefined ? p.thanked : (base.people[at]?.thanked ?? null) });
    if (at === -1) people!.push(person);
    else {
      taken.add(at);
      people![at] = person;
    }
  }
  return {
    ok: true,
    warnings,
    review: {
      ...base,
      date: valid.date ?? base.date,
      kind,
      specialty: valid.specialty ?? base.specialty,
      scores: scores as Record<string, number>,
      gut: gut as number,
      dealBreakers: valid.dealBreakers ?? base.dealBreakers,
      people: people ?? base.people,
      redFlags: valid.redFlags ?? base.redFlags,
      stillUnknown: valid.stillUnknown ?? base.stillUnknown,
      // Notes are added to, as the form adds to them: prose the user wrote (by hand too) is never
      // replaced by a file that names one more thing to remember.
      notes: [base.notes, valid.notes?.trim() ?? ""].filter(Boolean).join("\n\n"),
    },
  };
}
