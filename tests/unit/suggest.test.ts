// "Did you mean": near misses get a hint, unrelated words get none.
import { describe, expect, it } from "vitest";
import { closest, didYouMean, editDistance } from "../../src/io/suggest.js";

const QUESTION_KEYS = ["id", "text", "category", "tags", "format", "answer", "points", "tips", "followups"];
const IDS = ["networking", "patient-coordinator", "residency", "second-interview", "after-interview", "residency-interview-day"];

describe("editDistance", () => {
  it.each([
    ["", "", 0],
    ["abc", "", 3],
    ["", "abc", 3],
    ["answer", "answer", 0],
    ["anwser", "answer", 1],
    ["tgas", "tags", 1],
    ["ab", "ba", 1],
    ["abc", "ca", 3],
    ["kitten", "sitting", 3],
    ["txt", "text", 1],
  ])("%j to %j is %i", (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });
});

describe("didYouMean", () => {
  it.each([
    ["anwser", QUESTION_KEYS, " Did you mean 'answer'?"],
    ["txt", QUESTION_KEYS, " Did you mean 'text'?"],
    ["tip", QUESTION_KEYS, " Did you mean 'tips'?"],
    ["Format", QUESTION_KEYS, " Did you mean 'format'?"],
    ["follow-ups", QUESTION_KEYS, " Did you mean 'followups'?"],
    ["residncy", IDS, " Did you mean 'residency'?"],
    ["second", IDS, " Did you mean 'second-interview'?"],
    ["difficulty", QUESTION_KEYS, ""],
    ["tgas", QUESTION_KEYS, " Did you mean 'tags'?"],
    ["ids", QUESTION_KEYS, " Did you mean 'id'?"],
    ["a", QUESTION_KEYS, ""],
    ["nope", IDS, ""],
    ["anything", [], ""],
  ])("%j among the candidates gives %j", (input, candidates, hint) => {
    expect(didYouMean(input, candidates)).toBe(hint);
  });

  it("never offers the very name typed", () => {
    expect(didYouMean("Riverside Peds", ["Riverside Peds"])).toBe("");
    expect(closest("Riverside Peds", ["Riverside Peds", "Riverside Ped"])).toEqual(["Riverside Ped"]);
  });

  it("offers a longer name whose first words were mistyped, after a slip in the whole name", () => {
    expect(closest("Lakesde", ["Lakeside IM", "Riverside IM"])).toEqual(["Lakeside IM"]);
    expect(closest("Mercy Nroth", ["Mercy North Hospital", "Mercy South"])).toEqual(["Mercy North Hospital", "Mercy South"]);
    expect(closest("Lakesid IM", ["Lakesde", "Lakeside IM"])).toEqual(["Lakeside IM"]);
    expect(closest("Bay", ["Lakeside IM"])).toEqual([]);
  });

  it("offers at most three, closest first, each once", () => {
    expect(closest("interview", ["interviews", "interview-day", "interviewer", "interviews", "review"])).toEqual(["interview-day", "interviewer", "interviews"]);
  });
});
