// Where a user stands, per deck, from history.jsonl (pure: entries, decks and the clock in,
// numbers out; the stats command draws them). `since` narrows what was practised (sessions,
// averages, trend, timing, STAR, coverage); due questions, the weakest ones and the streak are
// about now, so they always come from the whole history. Answers to questions no longer in the
// deck are ignored (their lines stay in the file and count again if the question comes back).
import type { Deck, Question } from "../content/types.js";
import { isoDay, practiceDay, practiceDayStart, shiftDay } from "../io/dates.js";
import { starCount, type AnswerRecord } from "./answer-record.js";
import { dueCounts } from "./due.js";
import { replayAnswers, schedulesOf, type CardState, type QuestionSchedule, type Replays, type Schedule } from "./schedule.js";
import { byName } from "../io/order.js";

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
  /** Answers in time order: `answerRecords(entries)`, or loadAnswers (history-load.ts). */
  answers: Iterable<AnswerRecord>;
  /** `answers` replayed already (loadAnswers may have them); else they are replayed here. */
  replays?: Replays;
  /** Every deck in the catalog, or just the one asked for. */
  decks: Deck[];
  now: Date;
  since?: Date;
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
const share = (count: number, of: number): Share | null => (of > 0 ? { share: round(count / of, 3), count, of } : null);

/** Days in a row with practice (practice days, starting at 4 am), ending today, or yesterday when today has none yet. */
export function streak(days: Set<string>, now: Date): number {
  const today = practiceDay(now);
  let day = days.has(today) ? today : shiftDay(today, -1);
  let count = 0;
  while (days.has(day)) {
    count++;
    day = shiftDay(day, -1);
  }
  return count;
}

export function computeStats({ answers, replays, decks, now, since }: StatsInput): Stats {
  const schedules = schedulesOf(replays ?? replayAnswers(answers), now);
  const from = since?.getTime() ?? -Infinity;
  const tallies = new Map(decks.map((deck) => [deck.id, new Tally(deck, from)]));
  const unknown = new Set<string>();
  // One pass over every answer, each to its deck's tally. Answers are in time order, so the
  // practice day is worked out once per day, not per answer: local dates are slow to build.
  let day = "";
  let dayStart = Infinity;
  let dayEnd = -Infinity;
  for (const answer of answers) {
    if (answer.time < dayStart || answer.time >= dayEnd) {
      const date = new Date(answer.time);
      day = practiceDay(date);
      dayStart = practiceDayStart(date, 0).getTime();
      dayEnd = practiceDayStart(date, 1).getTime();
    }
    const tally = tallies.get(answer.deck);
    if (tally) tally.take(answer, day);
    else unknown.add(answer.deck);
  }
  const allDays = new Set<string>();
  const shown: DeckStats[] = [];
  for (const deck of decks) {
    const tally = tallies.get(deck.id)!;
    if (tally.current === 0) continue;
    for (const day of tally.days) allDays.add(day);
    shown.push(deckStats(deck, tally, schedules.get(deck.id) ?? new Map(), now));
  }
  return {
    generated: now.toISOString(),
    since: since ? isoDay(since) : null,
    streak: streak(allDays, now),
    decks: shown,
    unknownDecks: [...unknown].sort(),
  };
}

interface Sums {
  sum: number;
  n: number;
}

/** Running sums over the answers of one deck, in time order: one pass, nothing kept per answer. */
class Tally {
  /** Each current question's category; answers to removed questions are not in it. */
  private readonly categoryOf: Map<string, string>;
  /** Answers to current questions, at any time, and the last one's time. */
  current = 0;
  last = -Infinity;
  /** Practice days (YYYY-MM-DD, starting at 4 am local) with practice. */
  readonly days = new Set<string>();
  // From `since` on:
  answers = 0;
  ratings = 0;
  readonly practised = new Set<string>();
  /** In order of each session's first answer. */
  readonly sessions = new Map<string, Sums>();
  readonly categories = new Map<string, Sums>();
  timed = 0;
  inTime = 0;
  starAnswers = 0;
  starParts = 0;
  covered = 0;
  points = 0;

  constructor(
    deck: Deck,
    private readonly from: number,
  ) {
    this.categoryOf = new Map(deck.questions.map((q) => [q.id, q.category ?? "uncategorised"]));
  }

  /** Counts `a`, an answer given on the practice day `day`. */
  take(a: AnswerRecord, day: string): void {
    const category = this.categoryOf.get(a.question);
    if (category === undefined) return;
    this.current++;
    this.last = a.time;
    this.days.add(day);
    if (a.time < this.from) return;
    this.answers++;
    this.ratings += a.rating;
    this.practised.add(a.question);
    bump(this.sessions, a.session, a.rating);
    bump(this.categories, category, a.rating);
    // NaN (not recorded) fails every comparison, so such answers are simply not counted here.
    if (a.limit > 0 && a.seconds >= 0) {
      this.timed++;
      if (a.seconds <= a.limit) this.inTime++;
    }
    if (a.star >= 0) {
      this.starAnswers++;
      this.starParts += starCount(a.star);
    }
    if (a.points > 0 && a.covered >= 0) {
      this.covered += Math.min(Math.max(0, a.covered), a.points);
      this.points += a.points;
    }
  }
}

function bump(map: Map<string, Sums>, key: string, rating: number): void {
  const sums = map.get(key);
  if (sums) {
    sums.sum += rating;
    sums.n++;
  } else map.set(key, { sum: rating, n: 1 });
}

function deckStats(deck: Deck, tally: Tally, schedule: Schedule, now: Date): DeckStats {
  const { today: dueToday, later: dueNextWeek, fresh: newQuestions } = dueCounts(deck.questions, schedule, now, 7);

  const average = (sums: Sums) => round(sums.sum / sums.n, 2);
  const star = share(tally.starParts, tally.starAnswers * 4);
  return {
    deck: deck.id,
    title: deck.title,
    sessions: tally.sessions.size,
    answers: tally.answers,
    practised: tally.practised.size,
    total: deck.questions.length,
    average: tally.answers ? round(tally.ratings / tally.answers, 2) : null,
    categories: [...tally.categories]
      .map(([category, sums]) => ({ category, answers: sums.n, average: average(sums) }))
      .sort((a, b) => a.average - b.average || byName(a.category, b.category)),
    trend: [...tally.sessions.values()].slice(-TREND_SESSIONS).map(average),
    withinTime: share(tally.inTime, tally.timed),
    star: star && { ...star, answers: tally.starAnswers },
    coverage: share(tally.covered, tally.points),
    dueToday,
    dueNextWeek,
    newQuestions,
    weakest: weakest(deck.questions, schedule),
    streak: streak(tally.days, now),
    lastPractised: practiceDay(new Date(tally.last)),
  };
}

/**
 * Lowest recent ratings first; then the least likely to be recalled; then deck order. A question
 * whose recent answers were all rated 5 is left out: by your own judgement it has nothing left to
 * work on, and listing it among the weakest would send you back to it instead of elsewhere.
 */
function weakest(questions: Question[], schedule: Schedule): WeakQuestion[] {
  const practised: { q: Question; s: QuestionSchedule; recent: number; i: number }[] = [];
  questions.forEach((q, i) => {
    const s = schedule.get(q.id);
    if (s && s.recentRatings.some((rating) => rating < 5)) practised.push({ q, s, recent: round(mean(s.recentRatings), 2), i });
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
