// What every command receives: effective settings, the content catalog on demand, and the clock.
// Commands take their time from `now()` so that tests can fix it.
import { loadCatalog, type Catalog } from "./content/catalog.js";
import { competencyIds } from "./content/competencies.js";
import { resolveSettings, type GlobalOptions, type Settings } from "./config/settings.js";
import { packagePath } from "./io/package-root.js";
import { settleColor } from "./ui/color-choice.js";
import { say } from "./ui/output.js";
import { formatIssue, UsageError } from "./io/errors.js";
import { dayProblem, parseDay, practiceDay } from "./io/dates.js";

export interface CommandContext {
  globals: GlobalOptions;
  settings: Settings;
  /** The merged content of every layer; broken files are warned about on stderr once. */
  catalog(options?: { quiet?: boolean }): Promise<Catalog>;
  now(): Date;
  /**
   * The day it is for the user, as YYYY-MM-DD: the local day of now(), or the one before until
   * 4 am (practiceDay). Every command that says "today", dates a record or counts days from today
   * uses this one day, so that at 01:00 `today`, `followups` and `stats` agree.
   */
  today(): string;
  /** today() as a Date at local midnight, for date arithmetic and formatting. */
  todayDate(): Date;
}

export async function createContext(globals: GlobalOptions): Promise<CommandContext> {
  const settings = await resolveSettings(globals, packagePath("content"));
  settleColor(settings.color.value);
  let cached: Promise<Catalog> | undefined;
  const now = fixedOrRealClock(process.env.INTERVIEW_COACH_NOW);
  return {
    globals,
    settings,
    catalog({ quiet = false } = {}) {
      cached ??= loadCatalog(settings.contentLayers, competencyIds(settings.config.competencies)).then((catalog) => {
        if (!quiet) for (const issue of catalog.issues) say(`warning: skipped ${formatIssue(issue)}`);
        return catalog;
      });
      return cached;
    },
    now,
    today: () => practiceDay(now()),
    // Never undefined: the clock's day is checked above (fixedOrRealClock) and a real clock's
    // day is always a real one.
    todayDate: () => parseDay(practiceDay(now()))!,
  };
}

/**
 * The clock: real time, or the time INTERVIEW_COACH_NOW fixes (an ISO date-time, local unless
 * it ends in Z or an offset). A value that is no date-time is a usage error (exit 64), said in
 * words, before any command runs, rather than "Invalid time value" from deep inside one.
 */
function fixedOrRealClock(fixed: string | undefined): () => Date {
  if (!fixed) return () => new Date();
  const at = new Date(fixed);
  if (Number.isNaN(at.getTime())) {
    throw new UsageError(`INTERVIEW_COACH_NOW is '${fixed}', which is not a date and time; use the form 2026-11-22T14:05:00, or unset it to use the real clock`);
  }
  // Every day computed from the clock (today, due dates, streaks) must be one the files accept.
  const problem = dayProblem(practiceDay(at));
  if (problem !== undefined) throw new UsageError(`INTERVIEW_COACH_NOW is '${fixed}'; its day must be ${problem}`);
  return () => new Date(at);
}
