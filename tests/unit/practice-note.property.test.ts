// Whatever a user types (answers, "next time" lines, program names) must not break a note:
// the rendered note parses back to the same data. Line endings are the one
// documented change: CR LF and lone CR become LF (see src/practice/practice-note-format.ts).
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { renderPracticeNote, type PracticeAnswer, type PracticeSession } from "../../src/practice/practice-note.js";
import { parsePracticeNote } from "../helpers/practice-note-parse.js";
import { analyseAnswer } from "../../src/practice/feedback.js";
import { loadLanguage } from "../../src/practice/language.js";
import { question as questionOf } from "../helpers/content.js";

// Feedback reads answers with the language model, which loads once per test file.
beforeAll(async () => {
  await loadLanguage();
}, 30_000);

/** Pieces that have broken Markdown notes elsewhere, mixed with arbitrary text. */
const HOSTILE = [
  "---", "...", "#", "## 2. Fake question (1m of 2m)", "# Practice: x", "```", "````text", "~~~", "```text", "`",
  "\n", "\r\n", "\r", "\n\n", " ", "  ", "\t", "\\", "\\`", "*", "_", "|", "<", ">", "<details>", "</div>",
  "<!--", "-->", "&amp;", "[x](y)", "- ", "1. ", "> ", "Next time I will: ", "Next time I will:", "_No answer._",
  "_Answered aloud; no text._", "Self-rating: 5/5", "program: x", "type: practice", "\u2028", "\u00a0", "\uFEFF",
  "\0", "😀", "👩🏽‍⚕️", "é", "e\u0301", "x".repeat(3000), "`".repeat(12),
];

const userText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 80 }),
  fc.string({ unit: "grapheme", maxLength: 80 }),
  fc.array(fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 6 })), { maxLength: 25 }).map((parts) => parts.join("")),
);

const question = questionOf("q", {
  text: "Tell me about a time you disagreed with a senior.",
  category: "behavioural",
  format: "star",
  answerSeconds: 120,
  points: [{ text: "What you did", keywords: ["spoke", "asked"] }],
  tips: ["Name the disagreement, not the person"],
  followups: ["What would you do differently?"],
});

const lf = (text: string) => text.replace(/\r\n?/g, "\n");

const answerArb = fc.record({
  answer: userText,
  nextTime: fc.option(userText, { nil: undefined }),
  questionText: userText,
  rating: fc.integer({ min: 1, max: 5 }),
  tenths: fc.integer({ min: 0, max: 36_000 }),
  takes: fc.integer({ min: 1, max: 5 }),
  mode: fc.constantFrom<"typed" | "aloud">("typed", "aloud"),
});

type GeneratedAnswer = typeof answerArb extends fc.Arbitrary<infer T> ? T : never;

function build(answers: GeneratedAnswer[], program: string | undefined, deckTitle: string): PracticeSession {
  return {
    deck: "residency",
    deckTitle,
    ...(program !== undefined ? { program } : {}),
    startedAt: new Date(2026, 10, 22, 14, 5),
    endedAt: new Date(2026, 10, 22, 14, 19, 20),
    planned: answers.length + 1,
    answers: answers.map((a, i): PracticeAnswer => {
      const q = { ...question, id: `q-${i}`, text: a.questionText || "Q" };
      return {
        questionId: q.id,
        text: q.text,
        category: a.questionText,
        format: q.format,
        answer: a.answer,
        mode: a.mode,
        seconds: a.tenths / 10,
        limitSeconds: q.answerSeconds,
        takes: a.takes,
        rating: a.rating,
        ...(a.nextTime !== undefined ? { nextTime: a.nextTime } : {}),
        feedback: analyseAnswer(a.answer, q, q.answerSeconds),
        tips: [a.questionText],
        followups: [a.answer.slice(0, 40)],
      };
    }),
  };
}

describe("practice notes round-trip whatever the user typed", () => {
  it("answers, next-time lines and program names parse back exactly (LF line endings)", () => {
    fc.assert(
      fc.property(fc.array(answerArb, { maxLength: 4 }), fc.option(userText, { nil: undefined }), userText, (answers, program, deckTitle) => {
        const session = build(answers, program, deckTitle);
        const result = parsePracticeNote(renderPracticeNote(session), "note.md");
        if (!result.ok) throw new Error(result.issues.map((i) => `${i.line}:${i.col} ${i.message}`).join("\n"));
        const parsed = result.session;
        expect(parsed.deck).toBe("residency");
        // An empty program is no program.
        expect(parsed.program).toBe(program ? lf(program) : undefined);
        expect(parsed.answers).toHaveLength(answers.length);
        parsed.answers.forEach((got, i) => {
          const want = answers[i]!;
          expect(got.id).toBe(`q-${i}`);
          expect(got.answer).toBe(lf(want.answer));
          // An empty next-time line is no next-time line.
          expect(got.nextTime).toBe(want.nextTime ? lf(want.nextTime) : undefined);
          expect(got).toMatchObject({ rating: want.rating, seconds: want.tenths / 10, takes: want.takes });
        });
      }),
      { numRuns: 300 },
    );
  });

  it("the note's structure survives: one front matter, one heading per question, one summary", () => {
    fc.assert(
      fc.property(fc.array(answerArb, { minLength: 1, maxLength: 3 }), userText, (answers, program) => {
        const note = renderPracticeNote(build(answers, program, "Deck"));
        const lines = note.split("\n");
        // Outside fenced blocks, exactly the structural lines we wrote.
        const outside: string[] = [];
        for (let i = 0, fence: string | undefined; i < lines.length; i++) {
          const line = lines[i]!;
          if (fence) {
            if (line === fence) fence = undefined;
            continue;
          }
          const open = /^(`{3,})text$/.exec(line);
          if (open) fence = open[1];
          else outside.push(line);
        }
        expect(outside.filter((l) => l === "---")).toHaveLength(2);
        expect(outside.filter((l) => l.startsWith("# "))).toHaveLength(1);
        expect(outside.filter((l) => /^## \d+\. /.test(l))).toHaveLength(answers.length);
        expect(outside.filter((l) => l === "## Summary")).toHaveLength(1);
        expect(outside.filter((l) => /^\| \d+\. /.test(l))).toHaveLength(answers.length);
      }),
      { numRuns: 200 },
    );
  });
});
