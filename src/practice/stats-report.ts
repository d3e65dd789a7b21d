// `stats` as a Markdown document (stdout when it is not a terminal): the same numbers as the
// terminal view, in tables a note app renders and a person can keep beside their notes.
import type { DeckStats, Share, Stats } from "./stats.js";
import { cell, inline, longDate, table } from "../io/markdown.js";
import { parseDay, practiceDay } from "../io/dates.js";

const percent = (value: number) => `${Math.round(value * 100)}%`;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const rating = (value: number | null) => (value === null ? "–" : `${value.toFixed(1)} / 5`);
const shareText = (s: Share | null, of: (s: Share) => string) => (s ? `${percent(s.share)} (${of(s)})` : "–");

export function renderStatsMarkdown(stats: Stats, now: Date): string {
  const since = stats.since ? parseDay(stats.since) : undefined;
  const lines = [`# Practice stats, ${longDate(parseDay(practiceDay(now))!)}`, ""];
  if (since) lines.push(`Practice since ${longDate(since)}; due questions, weakest questions and streaks count all practice.`, "");
  lines.push(`Days practised in a row: ${stats.streak}.`, "");
  for (const deck of stats.decks) lines.push(...deckSection(deck), "");
  return `${lines.join("\n").trimEnd()}\n`;
}

function deckSection(deck: DeckStats): string[] {
  const trend = deck.trend.length ? `${deck.trend.map((v) => v.toFixed(1)).join(" → ")} (last ${plural(deck.trend.length, "session")})` : "–";
  const star = deck.star ? `${percent(deck.star.share)} of the four parts (${plural(deck.star.answers, "answer")} to star questions)` : "–";
  const rows = [
    ["Sessions", String(deck.sessions)],
    ["Questions practised", `${deck.practised} of ${deck.total}`],
    ["Answers", String(deck.answers)],
    ["Average rating", rating(deck.average)],
    ["Trend", trend],
    ["Within time", shareText(deck.withinTime, (s) => `${s.count} of ${s.of} answers`)],
    ["STAR parts", star],
    ["Points covered", shareText(deck.coverage, (s) => `${s.count} of ${s.of} points`)],
    ["Due", `${deck.dueToday} today, ${deck.dueNextWeek} more in the next 7 days, ${deck.newQuestions} never practised`],
    ["Days in a row", String(deck.streak)],
    ["Last practised", deck.lastPractised ?? "–"],
  ];
  const out = [`## ${inline(deck.title)} (\`${deck.deck}\`)`, "", table(["measure", "value"], rows), ""];
  if (deck.categories.length) {
    out.push("### By category", "", table(["category", "answers", "average"], deck.categories.map((c) => [cell(c.category), String(c.answers), c.average.toFixed(1)])), "");
  }
  if (deck.weakest.length) {
    const weakRows = deck.weakest.map((w, i) => [
      String(i + 1),
      `${cell(w.text)} (\`${w.id}\`)`,
      w.recentRatings.join(", "),
      practiceDay(new Date(w.due)),
    ]);
    out.push("### Weakest questions", "", table(["#", "question", "recent ratings", "due"], weakRows), "");
  }
  return out;
}
