// Which questions a session asks, and in what order: filter by category and tags, then order
// (deck order, or a shuffle that a seed makes repeatable), then take `count`.
import type { Deck, Question } from "../content/types.js";
import { UsageError } from "../io/errors.js";
import { orderByDue, type Schedule } from "./due.js";
import { didYouMean } from "../io/suggest.js";
import { byName } from "../io/order.js";
import { capitalised } from "../io/prose.js";

/** "due": from the spaced-repetition schedule, due and weak questions first (due.ts). */
/** The order a session asks its questions in: the deck's, shuffled, or due ones first (see due.ts). */
export type QuestionOrder = "deck" | "shuffle" | "due";

export interface SelectOptions {
  count: number;
  /** A question must be in ONE of these categories (none: any category). */
  categories?: string[];
  /** A question in one of these categories is left out. */
  excludeCategories?: string[];
  /** A question must have ALL of these tags. */
  tags?: string[];
  order: QuestionOrder;
  /** Makes "shuffle" repeatable; without it every run is different. */
  seed?: string;
  /** For "due": the deck's schedule (loadDeckSchedule in history-load.ts) and the clock. */
  schedule?: Schedule;
  now?: Date;
}

export function selectQuestions(deck: Deck, options: SelectOptions): Question[] {
  if (!Number.isInteger(options.count) || options.count < 1) {
    throw new UsageError(`--count must be a whole number of questions, 1 or more; got ${String(options.count)}`);
  }
  const matching = filterQuestions(deck, options);
  return orderQuestions(matching, options).slice(0, options.count);
}

function filterQuestions(deck: Deck, options: SelectOptions): Question[] {
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  const clean = (names: string[] | undefined) => (names ?? []).map((n) => n.trim()).filter(Boolean);
  const categories = clean(options.categories);
  const excluded = clean(options.excludeCategories);
  const tags = clean(options.tags);
  const inAny = (category: string | undefined, names: string[]) => category !== undefined && names.some((name) => same(category, name));
  const matching = deck.questions.filter(
    (q) => (categories.length === 0 || inAny(q.category, categories)) && !inAny(q.category, excluded) && tags.every((tag) => q.tags.some((t) => same(t, tag))),
  );
  // A misspelt category to leave out would leave nothing out, silently: it is an error too.
  const unknown = excluded.some((name) => !deck.questions.some((q) => inAny(q.category, [name])));
  if (matching.length > 0 && !unknown) return matching;
  throw new UsageError(nothingMatches(deck, categories, excluded, tags));
}

/** Says which filter left nothing, with the categories and tags the deck does have. */
function nothingMatches(deck: Deck, wantedCategories: string[], excluded: string[], tags: string[]): string {
  const categories = unique(deck.questions.flatMap((q) => (q.category ? [q.category] : [])));
  const allTags = unique(deck.questions.flatMap((q) => q.tags));
  const listed = (what: string, names: string[]) => (names.length ? `${what} in this deck: ${names.join(", ")}` : `this deck has no ${what}`);
  const known = (name: string) => categories.some((c) => c.toLowerCase() === name.toLowerCase());
  const unknownCategory = [...wantedCategories, ...excluded].find((name) => !known(name));
  const unknownTags = tags.filter((tag) => !allTags.some((t) => t.toLowerCase() === tag.toLowerCase()));

  if (unknownCategory !== undefined) {
    return `no questions in deck '${deck.id}' have category '${unknownCategory}'.${didYouMean(unknownCategory, categories)} ${capitalised(listed("categories", categories))}.`;
  }
  if (unknownTags.length > 0) {
    const first = unknownTags[0]!;
    const what = unknownTags.length === 1 ? `tag '${first}'` : `tags ${unknownTags.map((t) => `'${t}'`).join(", ")}`;
    return `no questions in deck '${deck.id}' have ${what}.${didYouMean(first, allTags)} ${capitalised(listed("tags", allTags))}.`;
  }
  // Each filter exists on its own; together they leave nothing.
  const category = wantedCategories.map((c) => `'${c}'`).join(" or ");
  const wanted = [
    category ? `category ${category}` : "",
    excluded.length ? `a category other than ${excluded.map((c) => `'${c}'`).join(", ")}` : "",
    tags.length ? `all of the tags ${tags.map((t) => `'${t}'`).join(", ")}` : "",
  ]
    .filter(Boolean)
    .join(" and ");
  const inCategory = wantedCategories.length ? deck.questions.filter((q) => wantedCategories.some((c) => q.category?.toLowerCase() === c.toLowerCase())) : deck.questions;
  const tagsThere = unique(inCategory.flatMap((q) => q.tags));
  const hint = !category
    ? capitalised(listed(tags.length ? "tags" : "categories", tags.length ? allTags : categories))
    : tagsThere.length
      ? `Tags in category ${category}: ${tagsThere.join(", ")}`
      : `Questions in category ${category} have no tags`;
  return `no questions in deck '${deck.id}' have ${wanted}. ${hint}.`;
}

function orderQuestions(questions: Question[], options: SelectOptions): Question[] {
  switch (options.order) {
    case "deck":
      return [...questions];
    case "shuffle":
      return shuffle(questions, options.seed === undefined ? Math.random : seededRandom(options.seed));
    case "due":
      return orderByDue(questions, options.schedule ?? new Map(), options.now ?? new Date());
  }
}

/** Fisher-Yates with the given source of numbers in [0, 1). */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * A repeatable source of numbers in [0, 1) from any string: cyrb128 hashes the seed into
 * 128 bits, sfc32 turns them into a sequence. Small, fast and good enough for shuffling;
 * the same seed gives the same order on every machine and Node version.
 */
export function seededRandom(seed: string): () => number {
  let [a, b, c, d] = cyrb128(seed);
  return () => {
    const t = (a + b + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

function cyrb128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

function unique(items: string[]): string[] {
  return [...new Set(items)].sort(byName);
}
