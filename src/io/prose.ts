// Wording that every command's sentences share, with nothing of any domain in it.

/** "Interview", "Networking event": the first letter made upper case, for titles and sentence starts. */
export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * "a", "a and b", "a, b and c" ("or" for a choice), with no comma before the last, as the rest of
 * the wording. Written out rather than Intl.ListFormat, whose first use costs about 20 ms: a tenth
 * of a command's start, and `--help` lists choices this way.
 */
export function listOf(items: readonly string[], conjunction: "and" | "or" = "and"): string {
  return items.length < 2 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} ${conjunction} ${items.at(-1)}`;
}
