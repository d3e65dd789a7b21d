import { describe, expect, it } from "vitest";
import { buildProgram } from "../../src/cli.js";
import { complete, type CompletionSource } from "../../src/completion/complete.js";

const source: CompletionSource = {
  decks: async () => ["residency", "second-interview", "networking"],
  checklists: async () => ["second-interview", "after-interview"],
  programs: async () => ["Lakeside IM", "Hillcrest Health", "Riverside Peds"],
  reviewable: async () => ["Lakeside IM", "Riverside Peds"],
  reviewed: async () => ["Lakeside IM"],
  stories: async () => ["Night shift handover", "Angry daughter"],
  files: (prefix) => ["my-deck.yaml", "my-content/"].filter((f) => f.startsWith(prefix)),
};

/** Completes the last word of `line` ("" when it ends with a space). */
async function candidates(line: string): Promise<string[]> {
  const words = line.split(" ");
  return complete(buildProgram(), words, words.length - 1, source);
}

describe("shell completion candidates", () => {
  it.each([
    ["interview-coach pr", ["practice"]],
    ["interview-coach c", ["checklist", "calendar", "config", "completion"]],
    ["interview-coach practice re", ["residency"]],
    ["interview-coach practice residency --or", ["--order"]],
    ["interview-coach practice residency --order ", ["due", "shuffle", "deck"]],
    ["interview-coach practice residency --program L", ["Lakeside IM"]],
    ["interview-coach checklist ", ["second-interview", "after-interview"]],
    ["interview-coach show sec", ["second-interview"]],
    ["interview-coach review ", ["Lakeside IM", "Riverside Peds"]],
    ['interview-coach review "Riv', ["Riverside Peds"]],
    ["interview-coach review 'Lake", ["Lakeside IM"]],
    ["interview-coach followups ", ["Lakeside IM"]],
    ["interview-coach list ", ["decks", "checklists"]],
    ["interview-coach completion ", ["bash", "zsh", "fish"]],
    ["interview-coach rank --format ", ["md", "csv", "json"]],
    ["interview-coach validate my", ["my-deck.yaml", "my-content/"]],
    ["interview-coach --home my-c", ["my-content/"]],
    ["interview-coach --content my-content/ practice n", ["networking"]],
    ["interview-coach interviews ", ["add", "edit", "cancel", "remove"]],
    ["interview-coach interviews e", ["edit"]],
    ["interview-coach interviews edit L", ["Lakeside IM"]],
    ["interview-coach interviews cancel ", ["Lakeside IM", "Hillcrest Health", "Riverside Peds"]],
    ["interview-coach interviews remove H", ["Hillcrest Health"]],
    ["interview-coach interviews edit Lakeside --k", ["--kind"]],
    ["interview-coach interviews edit Lakeside --kind ", ["residency", "job", "networking"]],
    ["interview-coach stories ", ["add", "show", "check"]],
    ["interview-coach stories --format ", ["table", "md", "json"]],
    ["interview-coach stories show N", ["Night shift handover"]],
    ["interview-coach stories check re", ["residency"]],
    ["interview-coach stories add ", []],
  ])("%s", async (line, expected) => {
    expect(await candidates(line)).toEqual(expected);
  });

  it("offers nothing past a command's last argument", async () => {
    expect(await candidates("interview-coach practice residency ")).toEqual([]);
    expect(await candidates('interview-coach interviews edit "Lakeside IM" ')).toEqual([]);
  });

  it("never offers the hidden __complete command", async () => {
    expect(await candidates("interview-coach _")).toEqual([]);
    expect(await candidates("interview-coach ")).not.toContain("__complete");
  });
});
