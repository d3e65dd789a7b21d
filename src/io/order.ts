// Sort orders shared by every domain. Fixed-format text (ISO dates "2026-11-28", times "09:00",
// ids) sorts by its characters, which is also its chronological or natural order; names sort in
// a human order. localeCompare is avoided for both: its first call loads ICU's collation data,
// about 8 ms of every command that lists interviews, and its order follows the user's locale.

/** Code-unit order, for ISO dates and times ("2026-11-28" < "2026-12-01") and ids: -1, 0 or 1. */
export function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

let collator: Intl.Collator | undefined;

/**
 * Program, people and story names in a stable, human order ("Émile" next to "Emma", not after
 * "Zoe"), the same on every machine. One shared collator: localeCompare with a locale builds a new
 * one per call, which dominated sorting 2,000 programs. It is made on first use, since building
 * it loads ICU's collation data, which a command that sorts no names need not wait for.
 */
export function byName(a: string, b: string): number {
  collator ??= new Intl.Collator("en");
  return collator.compare(a, b);
}
