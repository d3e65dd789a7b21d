// Where a user stands, per deck, from history.jsonl (pure: entries, decks and the clock in,
// numbers out; the stats command draws them). `since` narrows what was practised (sessions,
// averages, trend, timing, STAR, coverage); due questions, the weakest ones and the streak are
// about now, so they always come from the whole history. Answers to questions no longer in the
// deck are ignored (their lines stay in the file and count again if the question comes back).
import type { Deck, Question } from "../content/types.js";
import { addDays, isoDay } from "../notes/dates.js";
import type { AnswerEntry, HistoryEntry } from "./history.js";
import { answersInOrder, isDue, isDueWithin, schedulesFrom, type CardState, type QuestionSchedule, type Schedule, type TimedAnswer } from "./schedule.js";

/** How many sessions the trend shows, and how many weakest questions are listed. */
export const TREND_SESSIONS = 12;
export const WEAKEST = 5;

export interface Share {
  /** 0-1, rounded to 3 decimals. */
  share: number;
  count: number;
  of: number;
}

export interface WeakQuestion {
  id: string;
  text: string;
  category?: string;
  /** The last (up to) three ratings, oldest first, and their mean. */
  recentRatings: number[];
  recentAverage: number;
  retrievability: number;
  state: CardState;
  due: string;
}

export interface DeckStats {
  deck: string;
  title: string;
  sessions: number;
  answers: number;
  practised: number;
  total: number;
  /** Mean self-rating 1-5 (2 decimals), null without answers. */
  average: number | null;
  categories: { category: string; answers: number; average: number }[];
  /** Per-session mean ratings of the last sessions, oldest first. */
  trend: number[];
  withinTime: Share | null;
  /** Share of the four STAR parts found, over answers to star questions. */
  star: (Share & { answers: number }) | null;
  /** Points covered of points listed, over answers to questions that list points. */
  coverage: Share | null;
  dueToday: number;
  dueNextWeek: number;
  newQuestions: number;
  weakest: WeakQuestion[];
  /** Days practised in a row, ending today or yesterday. */
  streak: number;
  lastPractised: string | null;
}

export interface Stats {
  generated: string;
  since: string | null;
  /** Days practised in a row over all decks shown. */
  streak: number;
  decks: DeckStats[];
  /** Decks in the history that are not in the content any more (not shown). */
  unknownDecks: string[];
}

export interface StatsInput {
  entries: HistoryEntry[];
  /** Every deck in the catalog, or just the one asked for. */
  decks: Deck[];
  now: Date;
  since?: Date;
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
const share = (count: number, of: number): Share | null => (of > 0 ? { share: round(count / of, 3), count, of } : null);

/** Days in a row with practice, ending today, or yesterday when today has none yet. */
export function streak(days: Set<string>, now: Date): number {
  let day = days.has(isoDay(now)) ? now : addDays(now, -1);
  let count = 0;
  while (days.has(isoDay(day))) {
    count++;
    day = addDays(day, -1);
  }
  return count;
}

/** The local days (YYYY-MM-DD) with answers; answers in time order, so one date per day is built. */
function practiceDays(answers: TimedAnswer[]): Set<string> {
  const days = new Set<string>();
  let dayStart = Infinity;
  let dayEnd = -Infinity;
  for (const { time } of answers) {
    if (time >= dayStart && time < dayEnd) continue;
    const date = new Date(time);
    days.add(isoDay(date));
    dayStart = new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
    dayEnd = addDays(date, 1).getTime();
  }
  return days;
}

export function computeStats({ entries, decks, now, since }: StatsInput): Stats {
  const ordered = answersInOrder(entries);
  const schedules = schedulesFrom(ordered, now);
  const byDeck = new Map<string, TimedAnswer[]>();
  for (const answer of ordered) {
    let list = byDeck.get(answer.entry.deck);
    if (!list) byDeck.set(answer.entry.deck, (list = []));
    list.push(answer);
  }
  const known = new Set(decks.map((deck) => deck.id));
  const allDays = new Set<string>();
  const shown: DeckStats[] = [];
  for (const deck of decks) {
    const answers = byDeck.get(deck.id);
    if (!answers) continue;
    const stats = deckStats(deck, answers, schedules.get(deck.id) ?? new Map(), now, since, allDays);
    if (stats) shown.push(stats);
  }
  return {
    generated: now.toISOString(),
    since: since ? isoDay(since) : null,
    streak: streak(allDays, now),
    decks: shown,
    unknownDecks: [...byDeck.keys()].filter((id) => !known.has(id)).sort(),
  };
}

function deckStats(deck: Deck, all: TimedAnswer[], schedule: Schedule, now: Date, since: Date | undefined, allDays: Set<string>): DeckStats | undefined {
  const questions = new Map(deck.questions.map((q) => [q.id, q]));
  const current = all.filter((a) => questions.has(a.entry.question));
  if (current.length === 0) return undefined;
  const from = since?.getTime() ?? -Infinity;
  const answers = current.filter((a) => a.time >= from).map((a) => a.entry);

  const days = practiceDays(current);
  for (const day of days) allDays.add(day);

  const sessions = new Map<string, number[]>();
  const categories = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, rating: number) => {
    const list = map.get(key);
    if (list) list.push(rating);
    else map.set(key, [rating]);
  };
  for (const entry of answers) {
    add(sessions, entry.session, entry.rating);
    add(categories, questions.get(entry.question)?.category ?? "uncategorised", entry.rating);
  }

  let dueToday = 0;
  let dueNextWeek = 0;
  let newQuestions = 0;
  for (const q of deck.questions) {
    const s = schedule.get(q.id);
    if (!s) newQuestions++;
    else if (isDue(s, now)) dueToday++;
    else if (isDueWithin(s, now, 7)) dueNextWeek++;
  }

  const last = current[current.length - 1]!;
  return {
    deck: deck.id,
    title: deck.title,
    sessions: sessions.size,
    answers: answers.length,
    practised: new Set(answers.map((a) => a.question)).size,
    total: deck.questions.length,
    average: answers.length ? round(mean(answers.map((a) => a.rating)), 2) : null,
    categories: [...categories]
      .map(([category, ratings]) => ({ category, answers: ratings.length, average: round(mean(ratings), 2) }))
      .sort((a, b) => a.average - b.average || a.category.localeCompare(b.category)),
    // Sessions are in order of their first answer, as the answers are in time order.
    trend: [...sessions.values()].slice(-TREND_SESSIONS).map((ratings) => round(mean(ratings), 2)),
    withinTime: timing(answers),
    star: starParts(answers),
    coverage: coverage(answers),
    dueToday,
    dueNextWeek,
    newQuestions,
    weakest: weakest(deck.questions, schedule),
    streak: streak(days, now),
    lastPractised: isoDay(new Date(last.time)),
  };
}

function timing(answers: AnswerEntry[]): Share | null {
  const timed = answers.filter((a) => typeof a.seconds === "number" && typeof a.limit === "number" && a.limit > 0);
  return share(timed.filter((a) => a.seconds <= a.limit).length, timed.length);
}

function starParts(answers: AnswerEntry[]): (Share & { answers: number }) | null {
  const star = answers.filter((a) => a.star && typeof a.star === "object");
  const found = star.reduce((sum, a) => sum + [a.star!.situation, a.star!.task, a.star!.action, a.star!.result].filter(Boolean).length, 0);
  const result = share(found, star.length * 4);
  return result && { ...result, answers: star.length };
}

function coverage(answers: AnswerEntry[]): Share | null {
  let covered = 0;
  let points = 0;
  for (const a of answers) {
    if (typeof a.points !== "number" || a.points <= 0 || typeof a.covered !== "number") continue;
    covered += Math.min(a.covered, a.points);
    points += a.points;
  }
  return share(covered, points);
}

/** Lowest recent ratings first; then the least likely to be recalled; then deck order. */
function weakest(questions: Question[], schedule: Schedule): WeakQuestion[] {
  const practised: { q: Question; s: QuestionSchedule; recent: number; i: number }[] = [];
  questions.forEach((q, i) => {
    const s = schedule.get(q.id);
    if (s && s.recentRatings.length) practised.push({ q, s, recent: round(mean(s.recentRatings), 2), i });
  });
  practised.sort((a, b) => a.recent - b.recent || a.s.retrievability - b.s.retrievability || a.i - b.i);
  return practised.slice(0, WEAKEST).map(({ q, s, recent }) => ({
    id: q.id,
    text: q.text,
    ...(q.category ? { category: q.category } : {}),
    recentRatings: s.recentRatings,
    recentAverage: recent,
    retrievability: round(s.retrievability, 3),
    state: s.state,
    due: s.due.toISOString(),
  }));
}
