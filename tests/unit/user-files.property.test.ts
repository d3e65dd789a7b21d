// Every other file a user writes or edits by hand (config.yaml, practice and review answers
// files, rank weights, review and checklist notes), filled with arbitrary YAML-shaped data or
// damaged text: each reader returns its result or positioned one-line issues (ContentError,
// exit 65), or a usage error (64); never any other exception, which would be exit 1.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import YAML from "yaml";
import { afterAll, describe, expect, it } from "vitest";
import { readProgressNote } from "../../src/checklists/progress-note.js";
import { parseReviewNote } from "../../src/reviews/review-note.js";
import { loadConfigFile } from "../../src/config/settings.js";
import { readYamlFile } from "../../src/io/yaml-file.js";
import { CoachError, ContentError, formatIssue, type ContentIssue } from "../../src/io/errors.js";
import { readAnswersFile } from "../../src/practice/answers-file.js";
import { allCriteria } from "../../src/reviews/criteria.js";
import type { InterviewKind } from "../../src/content/interview-kinds.js";
import { applyAnswers } from "../../src/reviews/review-answers.js";
import { blankReview } from "../../src/reviews/review-edit.js";
import { parseWeights } from "../../src/reviews/weights.js";
import { deck as deckOf, question } from "../helpers/content.js";

const dir = mkdtempSync(join(tmpdir(), "ic-user-files-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

/** Keys each kind of file knows, near misses of them, and keys that are trouble anywhere. */
const KEYS = [
  "home", "content", "color", "practice", "count", "mode", "order", "takes", "prep", "time", "hard", "review", "criteria", "residency", "job",
  "id", "label", "weight", "answer", "rating", "seconds", "next", "program", "date", "kind", "specialty", "scores", "gut", "dealBreakers", "people",
  "name", "role", "detail", "thanked", "redFlags", "stillUnknown", "notes", "changes", "draft", "type", "checklist", "done", "at", "text",
  "training", "culture", "faculty", "location", "tell-me-about-yourself", "why-this-specialty", "colour", "scroes", "__proto__", "constructor", "",
];
const scalar = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom("", "never", "typed", "deck", "0", "90s", "2026-11-20", "2026-02-30", "2026-11-30T09:15:00-05:00", "residency", "job", "null", "~"),
  fc.integer({ min: -3, max: 12 }),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);
const value: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof({ maxDepth: 3 }, scalar, fc.array(tie("value"), { maxLength: 3 }), fc.dictionary(fc.constantFrom(...KEYS), tie("value"), { maxKeys: 4 })),
})).value;
const document = fc.oneof(fc.dictionary(fc.constantFrom(...KEYS), value, { maxKeys: 6 }), value);
/** The data as YAML, sometimes cut or with a stray character: what a hand edit leaves. */
const yamlText = fc.tuple(document, fc.nat(), fc.constantFrom("", "", "", ":", "[", "\t", "'", "-", "\n  ", "&a ", "*a")).map(([data, at, stray]) => {
  const text = YAML.stringify(data);
  const cut = at % (text.length + 1);
  return stray ? text.slice(0, cut) + stray + text.slice(cut) : text;
});

function expectIssues(issues: ContentIssue[]): void {
  expect(issues.length).toBeGreaterThan(0);
  for (const issue of issues) {
    expect(issue.line).toBeGreaterThanOrEqual(1);
    expect(issue.col).toBeGreaterThanOrEqual(1);
    expect(issue.message.trim()).not.toBe("");
    expect(formatIssue(issue)).not.toMatch(/[\n\r\u2028\u2029]/);
  }
}

/** Runs a reader: a result, or one of our errors with well-formed issues; anything else fails. */
async function survives(read: () => unknown): Promise<void> {
  try {
    await read();
  } catch (error) {
    if (error instanceof ContentError) return expectIssues(error.issues);
    if (error instanceof CoachError && error.exitCode === 64) return;
    throw error;
  }
}

const deck = deckOf(["tell-me-about-yourself", "why-this-specialty"].map((id) => question(id)));
const criteria = allCriteria();

describe("hand-written files never crash their readers (property)", () => {
  it("config.yaml", async () => {
    await fc.assert(
      fc.asyncProperty(yamlText, async (text) => {
        await survives(() => loadConfigFile(file("config.yaml", text)));
      }),
      { numRuns: 250 },
    );
  });

  it("practice --answers", async () => {
    await fc.assert(
      fc.asyncProperty(yamlText, async (text) => {
        await survives(() => readAnswersFile(file("answers.yaml", text), deck));
      }),
      { numRuns: 250 },
    );
  });

  it("review --answers", async () => {
    await fc.assert(
      fc.asyncProperty(yamlText, fc.constantFrom<InterviewKind>("residency", "job"), async (text, kind) => {
        const read = readYamlFile(file("review-answers.yaml", text));
        if (!read.ok) return expectIssues(read.issues);
        const result = applyAnswers({ ...blankReview("Lakeside IM", new Date(2026, 10, 21)), kind }, read.value, (k) => criteria[k], new Date(2026, 10, 21));
        if (!result.ok) expectIssues(result.issues);
      }),
      { numRuns: 250 },
    );
  });

  it("rank --weights", () => {
    fc.assert(
      fc.property(yamlText, (text) => {
        const read = readYamlFile(file("weights.yaml", text));
        if (!read.ok) return expectIssues(read.issues);
        const result = parseWeights(read.value, criteria);
        if (!result.ok) expectIssues(result.issues);
      }),
      { numRuns: 250 },
    );
  });

  const note = fc.tuple(yamlText, fc.constantFrom("", "# Review: x\n\n## Notes\n\nText.\n", "## Red flags\n\n- a\n"), fc.constantFrom("---\n", "", "\uFEFF---\n", "---\r\n")).map(
    ([front, body, open]) => `${open}${front}---\n${body}`,
  );

  it("review notes (what rank and followups read)", () => {
    fc.assert(
      fc.property(note, (text) => {
        const result = parseReviewNote(text, "reviews/x.md");
        if (!result.ok) expectIssues(result.issues);
      }),
      { numRuns: 400 },
    );
  });

  it("checklist progress notes", async () => {
    await fc.assert(
      fc.asyncProperty(note, fc.constantFrom(undefined, "visit-day"), async (text, expected) => {
        await survives(() => readProgressNote(file("visit-day--x.md", text), "visit-day--x.md", expected));
      }),
      { numRuns: 400 },
    );
  });
});
