// The `stats` screen view's "Weakest" list: each weak question on one line with its ratings and
// due day when the terminal has room, the question cut to what is left.
import { join } from "node:path";
import { stripVTControlCharacters } from "node:util";
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { loadContentFile } from "../../src/content/load.js";
import type { Deck } from "../../src/content/types.js";
import { answerRecords } from "../../src/practice/answer-record.js";
import { computeStats } from "../../src/practice/stats.js";
import { renderStatsView } from "../../src/ui/stats-view.js";
import { FIXTURES } from "../helpers/cli.js";
import { readHistoryFile } from "../helpers/history-file.js";

const DIR = join(FIXTURES, "history");
const loaded = loadContentFile(join(DIR, "content", "decks", "stats-demo.yaml"), "stats-demo.yaml");
if (!loaded.ok || loaded.content.kind !== "deck") throw new Error("fixture deck does not load");
const LONG = "Tell me about a conflict in a team, what you did about it and what you would do the same way again.";
// The weakest question of the fixture history, given a long text.
const deck: Deck = { ...loaded.content, questions: loaded.content.questions.map((q) => (q.id === "q-conflict" ? { ...q, text: LONG } : q)) };
const stats = computeStats({ answers: answerRecords(readHistoryFile(join(DIR, "basic.jsonl")).entries), decks: [deck], now: new Date("2026-11-22T12:00:00Z") });
const view = (columns: number) => stripVTControlCharacters(renderStatsView(stats, new Date("2026-11-22T12:00:00Z"), columns)).split("\n");

describe("the Weakest list of the stats view", () => {
  it("cuts a long question to the room its ratings and due day leave, so the item is one line", () => {
    const lines = view(92);
    const item = lines.findIndex((line) => line.startsWith("    1. "));
    expect(lines[item]).toMatch(/^ {4}1\. Tell me about a conflict in a team, what.*… rated 1, 2, 3 · due 2026-11-26$/);
    expect(stringWidth(lines[item]!)).toBe(91);
    expect(lines[item + 1]).toMatch(/^ {4}2\. /);
  });

  it("shows the whole question when the terminal is wide enough", () => {
    expect(view(160)).toContain(`    1. ${LONG} rated 1, 2, 3 · due 2026-11-26`);
  });

  it("never cuts a shorter question: when its ratings and due day do not fit beside it, they go whole on the next line", () => {
    const lines = view(40);
    const item = lines.findIndex((line) => line.startsWith("    3. "));
    expect(lines.slice(item, item + 2)).toEqual(["    3. Why our program?", "       rated 4 · due 2026-11-27"]);
  });

  it("wraps an item between words on a narrow terminal, where too little of the question would fit beside", () => {
    const lines = view(40);
    const item = lines.findIndex((line) => line.startsWith("    1. "));
    expect(lines.slice(item, item + 3)).toEqual(["    1. Tell me about a conflict in a", "       team, what you did about it a…", "       rated 1, 2, 3 · due 2026-11-26"]);
  });
});
