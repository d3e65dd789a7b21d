import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ContentError, UsageError } from "../../src/io/errors.js";
import { readAnswersFile } from "../../src/practice/answers-file.js";
import { deck as deckOf, question } from "../helpers/content.js";

const deck = deckOf(["tell-me-about-yourself", "why-this-specialty", "career-goals"].map((id) => question(id)));
const fixture = (name: string) => `tests/fixtures/answers/${name}`;

function problems(name: string): string[] {
  try {
    readAnswersFile(fixture(name), deck);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).exitCode).toBe(65);
    return (error as Error).message.split("\n");
  }
  throw new Error(`expected ${name} to be refused`);
}

describe("readAnswersFile", () => {
  it("reads text and mapping answers in file order, exactly as written", () => {
    expect(readAnswersFile(fixture("good.yaml"), deck)).toEqual([
      {
        questionId: "why-this-specialty",
        // The block's final newline is dropped; everything else is kept.
        answer: "On my medicine rotation I met a patient who changed my mind.\n## Not a heading, --- not front matter, ``` not a fence.",
      },
      { questionId: "career-goals", answer: "A fellowship in cardiology, then teaching.", rating: 4, seconds: 95.5, takes: 2, nextTime: "Lead with the result." },
      { questionId: "tell-me-about-yourself", answer: "I grew up in Lagos." },
    ]);
  });

  it.each<[string, string[]]>([
    [
      "unknown-ids.yaml",
      [
        "tests/fixtures/answers/unknown-ids.yaml:1:1: unknown question 'why-this-specialy' in deck 'residency'. Did you mean 'why-this-specialty'?",
        "tests/fixtures/answers/unknown-ids.yaml:3:1: unknown question 'totally-unknown' in deck 'residency'. See the ids with `interview-coach show residency`.",
      ],
    ],
    [
      "bad-values.yaml",
      [
        "tests/fixtures/answers/bad-values.yaml:3:11: 'rating' must be one of 1, 2, 3, 4, 5; got 6",
        "tests/fixtures/answers/bad-values.yaml:4:12: 'seconds' must be more than 0, got 0",
        "tests/fixtures/answers/bad-values.yaml:5:10: 'takes' must be a whole number, got 1.5",
        "tests/fixtures/answers/bad-values.yaml:7:3: unknown key 'anwser'. Did you mean 'answer'?",
        "tests/fixtures/answers/bad-values.yaml:8:25: 'tell-me-about-yourself' must be the answer as text, or a mapping with 'answer' (and 'rating', 'seconds', 'takes', 'next'); got the number 42",
      ],
    ],
    [
      "empty-answers.yaml",
      [
        "tests/fixtures/answers/empty-answers.yaml:1:21: the answer to 'why-this-specialty' is empty",
        "tests/fixtures/answers/empty-answers.yaml:2:1: 'career-goals' has no answer; write it after the colon, like 'career-goals: My answer'",
        "tests/fixtures/answers/empty-answers.yaml:4:11: the answer to 'tell-me-about-yourself' is empty",
        "tests/fixtures/answers/empty-answers.yaml:5:9: 'next' must be text, got the number 3",
      ],
    ],
    ["no-answer.yaml", ["tests/fixtures/answers/no-answer.yaml:2:3: missing 'answer' in 'career-goals'"]],
    ["list.yaml", ["tests/fixtures/answers/list.yaml:1:1: expected a mapping of question id to answer, like 'tell-me-about-yourself: My answer'; got a list"]],
    ["empty.yaml", ["tests/fixtures/answers/empty.yaml:1:1: the answers file is empty; write one line per question, like 'tell-me-about-yourself: My answer'"]],
    ["duplicate.yaml", ["tests/fixtures/answers/duplicate.yaml:3:1: key 'career-goals' appears twice in the same mapping; keep one"]],
  ])("refuses %s with every problem at its position (exit 65)", (name, expected) => {
    expect(problems(name)).toEqual(expected);
  });

  it("reports YAML syntax errors at their position", () => {
    expect(problems("syntax.yaml")).toHaveLength(1);
    expect(problems("syntax.yaml")[0]).toMatch(/^tests\/fixtures\/answers\/syntax\.yaml:1:21: /);
  });

  it("a missing file or a folder is a usage problem (exit 64) naming the path", () => {
    expect(() => readAnswersFile("no/such/answers.yaml", deck)).toThrow(new UsageError("--answers: no file at no/such/answers.yaml"));
    const dir = mkdtempSync(join(tmpdir(), "ic-answers-"));
    try {
      expect(() => readAnswersFile(dir, deck)).toThrow(new UsageError(`--answers: ${dir} is a folder, not a file`));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
