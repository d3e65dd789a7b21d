// `stats` for a person at the terminal (stderr): meters, a sparkline of the last sessions and
// colour where it helps to see at a glance what needs work.
import { practiceDay } from "../io/dates.js";
import type { DeckStats, Share, Stats } from "../practice/stats.js";
import stringWidth from "string-width";
import { paint } from "./color.js";
import { fitToWidth } from "./table.js";
import { meter, sparkline } from "./sparkline.js";

const WIDTH = 20;
const LABEL = 13;

/** Red below 2.5, yellow below 3.5, green above: the anchors of the 1-5 scale. */
function ratingColour(value: number): (text: string) => string {
  return value < 2.5 ? paint.red : value < 3.5 ? paint.yellow : paint.green;
}

function shareColour(value: number): (text: string) => string {
  return value < 0.5 ? paint.red : value < 0.75 ? paint.yellow : paint.green;
}

function bar(fraction: number, colour: (text: string) => string): string {
  const { filled, empty } = meter(fraction, WIDTH);
  return colour(filled) + paint.dim(empty);
}

const label = (text: string) => `  ${text.padEnd(LABEL)}`;
const percent = (value: number) => `${Math.round(value * 100)}%`.padStart(4);

function shareLine(name: string, s: Share | null, detail: string): string {
  if (!s) return `${label(name)}${paint.dim("–")}`;
  return `${label(name)}${bar(s.share, shareColour(s.share))} ${percent(s.share)} ${paint.dim(detail)}`;
}

/** "due today", "overdue since 2026-11-20", "due 2026-11-27" (local days, starting at 4 am). */
function dueText(due: string, now: Date): string {
  const day = practiceDay(new Date(due));
  const today = practiceDay(now);
  return day < today ? `overdue since ${day}` : day === today ? "due today" : `due ${day}`;
}

export function renderStatsView(stats: Stats, now: Date): string {
  const out: string[] = [];
  for (const deck of stats.decks) out.push(...deckView(deck, now), "");
  const days = stats.streak === 1 ? "1 day" : `${stats.streak} days`;
  out.push(stats.streak > 0 ? paint.bold(`Streak: ${days} in a row`) : paint.dim("No practice today or yesterday: a short session keeps the habit."));
  if (stats.since) out.push(paint.dim(`Practice since ${stats.since}; due, weakest and streaks count all practice.`));
  return out.join("\n");
}

function deckView(deck: DeckStats, now: Date): string[] {
  const out = [`${paint.bold(deck.title)} ${paint.dim(`(${deck.deck})`)}`];
  const sessions = deck.sessions === 1 ? "1 session" : `${deck.sessions} sessions`;
  out.push(`  ${sessions} · ${deck.practised} of ${deck.total} questions practised · ${deck.answers} answers · last ${deck.lastPractised ?? "–"}`);
  if (deck.average !== null) {
    const colour = ratingColour(deck.average);
    out.push(`${label("Average")}${bar((deck.average - 1) / 4, colour)} ${colour(deck.average.toFixed(1))} / 5`);
  }
  if (deck.trend.length > 1) {
    const first = deck.trend[0]!;
    const last = deck.trend[deck.trend.length - 1]!;
    out.push(`${label("Trend")}${ratingColour(last)(sparkline(deck.trend))} ${paint.dim(`last ${deck.trend.length} sessions: ${first.toFixed(1)} → ${last.toFixed(1)}`)}`);
  }
  const w = deck.withinTime;
  out.push(shareLine("Within time", w, w ? `${w.count} of ${w.of} answers` : ""));
  const star = deck.star;
  out.push(shareLine("STAR parts", star, star ? `over ${star.answers} star answers` : ""));
  const cov = deck.coverage;
  out.push(shareLine("Points", cov, cov ? `${cov.count} of ${cov.of} covered` : ""));
  const due = deck.dueToday ? paint.yellow.bold(`${deck.dueToday} due today`) : paint.green("nothing due today");
  out.push(`${label("Due")}${due} · ${deck.dueNextWeek} in the next 7 days · ${deck.newQuestions} new`);
  if (deck.categories.length > 1) {
    out.push(`  ${paint.bold("By category")}`);
    // Display columns: a category in Japanese or Korean takes two per character.
    const width = Math.min(22, Math.max(...deck.categories.map((c) => stringWidth(c.category))));
    for (const c of deck.categories) {
      const colour = ratingColour(c.average);
      const name = fitToWidth(c.category, width);
      out.push(`    ${name} ${bar((c.average - 1) / 4, colour)} ${colour(c.average.toFixed(1))} ${paint.dim(`(${c.answers})`)}`);
    }
  }
  if (deck.weakest.length) {
    out.push(`  ${paint.bold("Weakest")}`);
    deck.weakest.forEach((q, i) => {
      const text = stringWidth(q.text) > 60 ? fitToWidth(q.text, 60) : q.text;
      out.push(`    ${i + 1}. ${text} ${paint.dim(`rated ${q.recentRatings.join(", ")} · ${dueText(q.due, now)}`)}`);
    });
  }
  return out;
}
