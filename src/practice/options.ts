// `practice` flags and config.yaml's practice.* turned into one checked set of settings:
// flags > config > defaults. Every bad value is a one-line usage error that says what fits.
import { PRACTICE_RANGES } from "../config/ranges.js";
import type { ConfigFile } from "../config/schema.js";
import { parseDuration } from "../io/duration.js";
import { UsageError } from "../io/errors.js";
import type { QuestionOrder } from "./select.js";

export interface PracticeFlags {
  count?: string;
  category?: string[];
  excludeCategory?: string[];
  tag?: string[];
  order?: string;
  seed?: string;
  mode?: string;
  prep?: string;
  time?: string;
  hard?: boolean;
  takes?: string;
  program?: string;
  output?: string;
  save?: boolean;
  plan?: boolean;
  json?: boolean;
  answers?: string;
  /** false with --no-stories. */
  stories?: boolean;
}


export interface PracticeSettings {
  count: number;
  /** Questions of any of these categories (empty: all). */
  categories: string[];
  excludeCategories: string[];
  tags: string[];
  /** Undefined when neither a flag nor config chose: the command picks (shuffle, or due once there is history). */
  order?: QuestionOrder;
  seed?: string;
  mode: "typed" | "aloud";
  /** Think time in seconds; undefined means the deck's default. 0 means none. */
  prepSeconds?: number;
  /** One answer time for every question; undefined means each question's own. */
  timeSeconds?: number;
  hard: boolean;
  takes: number;
  program?: string;
  output?: string;
  save: boolean;
  plan: boolean;
  json: boolean;
  answers?: string;
  /** Show the stories that fit a STAR question and ask which one was told. */
  stories: boolean;
}

export const DEFAULT_COUNT = 5;
export const DEFAULT_TAKES = 2;

export function resolvePracticeOptions(flags: PracticeFlags, config: ConfigFile["practice"] = {}): PracticeSettings {
  if (flags.json && !flags.plan && !flags.answers) throw new UsageError("--json goes with --plan or --answers: `interview-coach practice DECK --answers FILE --json`");
  if (flags.json && flags.answers && flags.output !== undefined) throw new UsageError("--json prints the session on stdout; leave out --output (the note is still saved unless --no-save)");
  if (flags.plan && flags.answers) throw new UsageError("--plan and --answers do not go together: --plan only lists the questions");
  const program = flags.program?.trim();
  if (flags.program !== undefined && !program) throw new UsageError("--program needs a name, e.g. --program \"Lakeside IM\"");
  // A seed asks for a repeatable shuffle: without --order it shuffles even a deck with history.
  const order = flags.order ?? (flags.seed !== undefined ? "shuffle" : config.order);
  return {
    count: flags.count !== undefined ? wholeNumber(flags.count, "--count", 1) : (config.count ?? DEFAULT_COUNT),
    categories: flags.category ?? [],
    excludeCategories: flags.excludeCategory ?? [],
    tags: flags.tag ?? [],
    ...(order ? { order: order as QuestionOrder } : {}),
    ...(flags.seed !== undefined ? { seed: flags.seed } : {}),
    mode: (flags.mode as "typed" | "aloud" | undefined) ?? config.mode ?? "typed",
    ...optional("prepSeconds", flags.prep !== undefined ? prepDuration(flags.prep) : config.prep !== undefined ? prepDuration(String(config.prep), "practice.prep in config.yaml") : undefined),
    ...optional("timeSeconds", flags.time !== undefined ? answerDuration(flags.time) : config.time !== undefined ? parseDuration(config.time) : undefined),
    hard: flags.hard ?? config.hard ?? false,
    takes: flags.takes !== undefined ? wholeNumber(flags.takes, "--takes", PRACTICE_RANGES.takes.min, PRACTICE_RANGES.takes.max) : (config.takes ?? DEFAULT_TAKES),
    ...(program ? { program } : {}),
    ...(flags.output !== undefined ? { output: outputTarget(flags.output) } : {}),
    save: flags.save !== false,
    plan: flags.plan === true,
    json: flags.json === true,
    ...(flags.answers !== undefined ? { answers: flags.answers } : {}),
    // The flag can only turn the story bank off (commander sets true when --no-stories is absent).
    stories: flags.stories !== false && config.stories !== false,
  };
}

function optional<K extends string>(key: K, value: number | undefined): { [P in K]?: number } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: number };
}

function wholeNumber(text: string, flag: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const value = /^\s*\d+\s*$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `${min} or more` : `${min} to ${max}`;
    throw new UsageError(`${flag} must be a whole number, ${range}; got "${text}"`);
  }
  return value;
}

/** --prep 0 (or 0s) turns think time off. */
function prepDuration(text: string, what = "--prep"): number {
  if (/^\s*0+[ms]?\s*$/.test(text)) return 0;
  const seconds = parseDuration(text);
  if (seconds === undefined) throw new UsageError(`${what} must be a duration like 20s, 1m or 0 (no think time); got "${text}"`);
  return seconds;
}

function answerDuration(text: string): number {
  const seconds = parseDuration(text);
  if (seconds === undefined) throw new UsageError(`--time must be a duration above zero in minutes or seconds, like 90s, 2m or 1m30s; got "${text}"`);
  // A plain number is seconds, but no one answers in under ten: "--time 2" means two minutes.
  if (/^\s*\d+\s*$/.test(text) && seconds < 10) throw new UsageError(`--time ${text.trim()} would give ${seconds} second${seconds === 1 ? "" : "s"} to answer; give a unit: ${seconds}m for minutes, or ${seconds}s if you mean it`);
  return seconds;
}

function outputTarget(text: string): string {
  if (!text.trim()) throw new UsageError("--output needs a file name, or - for standard output");
  return text;
}
