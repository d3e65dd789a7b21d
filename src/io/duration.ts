// Durations in content and flags: "45s", "2m", "1m30s", or a plain number of seconds.

/** Pattern used by the schema (and so by editors through the JSON Schema). The look-ahead for a
 * non-zero digit refuses "0", "0s" and "0m0s": a zero answer time is a mistake, not "no limit".
 * Up to 6 digits a part: 400 nines read as Infinity and showed as "InfinitymNaNs". */
export const DURATION_PATTERN = "^(?=.*[1-9])(?:\\d{1,6}|(?=\\d)(?:\\d{1,6}m)?(?:\\d{1,6}s)?)$";
const durationRegex = new RegExp(DURATION_PATTERN);

/** Seconds for a duration, or undefined when it is not one (or is not above zero). */
export function parseDuration(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) && value > 0 ? value : undefined;
  if (typeof value !== "string") return undefined;
  const text = value.trim();
  if (!durationRegex.test(text)) return undefined;
  if (/^\d+$/.test(text)) return Number(text) || undefined;
  const minutes = Number(/(\d+)m/.exec(text)?.[1] ?? 0);
  const seconds = Number(/(\d+)s/.exec(text)?.[1] ?? 0);
  const total = minutes * 60 + seconds;
  return total > 0 ? total : undefined;
}

/** 102 -> "1m42s", 90 -> "1m30s", 45 -> "45s", 120 -> "2m". Fractions are rounded to whole seconds. */
export function formatDuration(totalSeconds: number): string {
  const whole = Math.round(Math.max(0, totalSeconds));
  const minutes = Math.floor(whole / 60);
  const seconds = whole % 60;
  if (minutes === 0) return `${seconds}s`;
  return seconds === 0 ? `${minutes}m` : `${minutes}m${seconds}s`;
}

/** Relative due offsets in checklists: "-2d", "0d", "+3d", "-1w". Returns days. At most 3 digits:
 * a longer offset is a typo, and 400 digits made the due date "0NaN-NaN-NaN". */
export const DUE_PATTERN = "^[+-]?\\d{1,3}[dw]$";
export function parseDueOffset(value: string): number | undefined {
  const match = /^([+-]?)(\d{1,3})([dw])$/.exec(value.trim());
  if (!match) return undefined;
  const amount = Number(match[2]) * (match[3] === "w" ? 7 : 1);
  return match[1] === "-" ? -amount : amount;
}
