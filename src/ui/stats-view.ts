// `stats` for a person at the terminal (stderr): meters, a sparkline of the last sessions and
// colour where it helps to see at a glance what needs work. Every line fits the terminal's width:
// the meters get narrower, and text wraps between words under its label (hangingLines).
import { practiceDay } from "../io/dates.js";
import type { DeckStats, Share, Stats } from "../practice/stats.js";
import stringWidth from "fast-string-width";
import { paint } from "./color.js";
import { fitToWidth, hangingLines } from "./table.js";
import { meter, sparkline } from "./sparkline.js";

/** The widest a meter gets, in columns; narrower on a narrow terminal, never below MIN_BAR. */
const WIDTH = 20;
const MIN_BAR = 8;
const LABEL = 13;
/** What follows a meter on its line: " 3.1 / 5", " 100%", " 2.5 (12)". */
const AFTER_BAR = 9;
/** The least of a weak question's text shown beside its ratings: enough to tell which one it is. */
const MIN_QUESTION = 24;
/** A weak question longer than this is cut: where, depends on the room (see the Weakest list). */
const LONG_QUESTION = 60;

/** Red below 2.5, yellow below 3.5, green above: the anchors of the 1-5 scale. */
function ratingColour(value: number): (text: string) => string {
  return value < 2.5 ? paint.red : value < 3.5 ? paint.yellow : paint.green;
}

function shareColour(value: number): (text: string) => string {
  return value < 0.5 ? paint.red : value < 0.75 ? paint.yellow : paint.green;
}

/** The layout for a terminal `columns` wide: the width lines must fit and the meters' width. */
interface Layout {
  width: number;
  bar: number;
}

function layoutFor(columns: number): Layout {
  // One column short of the edge, as wrapForTerminal: a line that fills the last column makes
  // some terminals wrap before the newline.
  const width = (columns > 0 ? columns : 80) - 1;
  return { width, bar: Math.max(MIN_BAR, Math.min(WIDTH, width - label("").length - AFTER_BAR)) };
}

function bar(fraction: number, colour: (text: string) => string, layout: Layout): string {
  const { filled, empty } = meter(fraction, layout.bar);
  return colour(filled) + paint.dim(empty);
}

const label = (text: string) => `  ${text.padEnd(LABEL)}`;
const percent = (value: number) => `${Math.round(value * 100)}%`.padStart(4);

function shareLine(name: string, s: Share | null, detail: string, layout: Layout): string[] {
  if (!s) return [`${label(name)}${paint.dim("–")}`];
  return hangingLines(label(name), `${bar(s.share, shareColour(s.share), layout)} ${percent(s.share)} ${paint.dim(detail)}`, layout.width);
}

/** "due today", "overdue since 2026-11-20", "due 2026-11-27" (local days, starting at 4 am). */
function dueText(due: string, now: Date): string {
  const day = practiceDay(new Date(due));
  const today = practiceDay(now);
  return day < today ? `overdue since ${day}` : day === today ? "due today" : `due ${day}`;
}

/** The view for a terminal `columns` wide (default stderr's width, where it is shown). */
export function renderStatsView(stats: Stats, now: Date, columns = process.stderr.columns || 80): string {
  const layout = layoutFor(columns);
  const out: string[] = [];
  for (const deck of stats.decks) out.push(...deckView(deck, now, layout), "");
  const days = stats.streak === 1 ? "1 day" : `${stats.streak} days`;
  out.push(...hangingLines("", stats.streak > 0 ? paint.bold(`Streak: ${days} in a row`) : paint.dim("No practice today or yesterday: a short session keeps the habit."), layout.width));
  if (stats.since) out.push(...hangingLines("", paint.dim(`Practice since ${stats.since}; due, weakest and streaks count all practice.`), layout.width));
  return out.join("\n");
}

function deckView(deck: DeckStats, now: Date, layout: Layout): string[] {
  const { width } = layout;
  const out = hangingLines("", `${paint.bold(deck.title)} ${paint.dim(`(${deck.deck})`)}`, width);
  const sessions = deck.sessions === 1 ? "1 session" : `${deck.sessions} sessions`;
  out.push(...hangingLines("  ", `${sessions} · ${deck.practised} of ${deck.total} questions practised · ${deck.answers} answers · last ${deck.lastPractised ?? "–"}`, width));
  if (deck.average !== null) {
    const colour = ratingColour(deck.average);
    out.push(...hangingLines(label("Average"), `${bar((deck.average - 1) / 4, colour, layout)} ${colour(deck.average.toFixed(1))} / 5`, width));
  }
  if (deck.trend.length > 1) {
    const first = deck.trend[0]!;
    const last = deck.trend[deck.trend.length - 1]!;
    out.push(...hangingLines(label("Trend"), `${ratingColour(last)(sparkline(deck.trend))} ${paint.dim(`last ${deck.trend.length} sessions: ${first.toFixed(1)} → ${last.toFixed(1)}`)}`, width));
  }
  const w = deck.withinTime;
  out.push(...shareLine("Within time", w, w ? `${w.count} of ${w.of} answers` : "", layout));
  const star = deck.star;
  out.push(...shareLine("STAR parts", star, star ? `over ${star.answers} star answers` : "", layout));
  const cov = deck.coverage;
  out.push(...shareLine("Points", cov, cov ? `${cov.count} of ${cov.of} covered` : "", layout));
  const due = deck.dueToday ? paint.yellow.bold(`${deck.dueToday} due today`) : paint.green("nothing due today");
  out.push(...hangingLines(label("Due"), `${due} · ${deck.dueNextWeek} in the next 7 days · ${deck.newQuestions} new`, width));
  if (deck.categories.length > 1) {
    out.push(`  ${paint.bold("By category")}`);
    // Display columns: a category in Japanese or Korean takes two per character.
    const nameWidth = Math.min(22, Math.max(...deck.categories.map((c) => stringWidth(c.category))));
    for (const c of deck.categories) {
      const colour = ratingColour(c.average);
      const name = fitToWidth(c.category, nameWidth);
      out.push(...hangingLines(`    ${name} `, `${bar((c.average - 1) / 4, colour, layout)} ${colour(c.average.toFixed(1))} ${paint.dim(`(${c.answers})`)}`, width));
    }
  }
  if (deck.weakest.length) {
    out.push(`  ${paint.bold("Weakest")}`);
    deck.weakest.forEach((q, i) => {
      const head = `    ${i + 1}. `;
      const detail = paint.dim(`rated ${q.recentRatings.join(", ")} · ${dueText(q.due, now)}`);
      // The ratings and due day are what the list is for: a long question gives way to them, cut
      // to what they leave of the line (if that is enough to tell which question it is). A
      // shorter one is never cut; when it does not leave them room, they go whole on the next line.
      const beside = width - stringWidth(head) - stringWidth(detail) - 1;
      const room = beside >= MIN_QUESTION ? beside : LONG_QUESTION;
      const text = stringWidth(q.text) > LONG_QUESTION && stringWidth(q.text) > room ? fitToWidth(q.text, room) : q.text;
      if (stringWidth(text) <= beside) out.push(...hangingLines(head, `${text} ${detail}`, width));
      else out.push(...hangingLines(head, text, width), ...hangingLines(" ".repeat(stringWidth(head)), detail, width));
    });
  }
  return out;
}
