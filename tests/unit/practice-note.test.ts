import { beforeAll, describe, expect, it } from "vitest";
import type { Question } from "../../src/content/types.js";
import { analyseAnswer } from "../../src/practice/feedback.js";
import { averageLine, renderPracticeNote, sessionFileBase, summaryRows, type PracticeAnswer, type PracticeSession } from "../../src/practice/practice-note.js";
import { parsePracticeNote } from "../helpers/practice-note-parse.js";
import { loadLanguage } from "../../src/practice/language.js";
import { question } from "../helpers/content.js";

// Feedback reads answers with the language model, which loads once per test file.
beforeAll(async () => {
  await loadLanguage();
}, 30_000);

beforeAll(() => {
  // Dates in notes are local time with an offset; pin the zone so the expected text is fixed.
  process.env.TZ = "America/New_York";
});

const specialty = question("why-this-specialty", {
  text: "Why have you chosen this specialty?",
  category: "motivation",
  tags: ["core"],
  points: [
    { text: "A concrete moment", keywords: ["moment", "rotation"] },
    { text: "The hard parts", keywords: ["challeng"] },
  ],
  tips: ["Keep it to one story"],
  followups: ["What else did you consider?"],
});

const conflict = question("conflict", { text: "Tell me about a conflict.", format: "star", answerSeconds: 120 });

function answerTo(question: Question, answer: string, extra: Partial<PracticeAnswer> = {}): PracticeAnswer {
  return {
    questionId: question.id,
    text: question.text,
    ...(question.category ? { category: question.category } : {}),
    format: question.format,
    answer,
    mode: "typed",
    seconds: 101.7,
    limitSeconds: question.answerSeconds,
    takes: 2,
    rating: 4,
    feedback: analyseAnswer(answer, question, question.answerSeconds),
    tips: question.tips,
    followups: question.followups,
    ...extra,
  };
}

function session(extra: Partial<PracticeSession> = {}): PracticeSession {
  return {
    deck: "residency",
    deckTitle: "Residency program interviews",
    program: "Lakeside IM",
    startedAt: new Date("2026-11-22T14:05:00-05:00"),
    endedAt: new Date("2026-11-22T14:19:20-05:00"),
    planned: 5,
    answers: [
      answerTo(specialty, "One moment on my rotation.\n## 2. Not a heading\n```\n---", { nextTime: "Lead with *the* result #1" }),
      answerTo(conflict, "So, I decided to call her.", { seconds: 45, takes: 1, rating: 3 }),
    ],
    ...extra,
  };
}

describe("renderPracticeNote", () => {
  it("writes front matter, each question, the summary and the average", () => {
    expect(renderPracticeNote(session()).split("\n")).toEqual([
      "---",
      "type: practice",
      "deck: residency",
      "program: Lakeside IM",
      "date: 2026-11-22T14:05:00-05:00",
      "duration: 14m20s",
      "questions: 2",
      "planned: 5",
      "average: 3.5",
      "answers:",
      "  - id: why-this-specialty",
      "    rating: 4",
      "    seconds: 101.7",
      "    takes: 2",
      "    limit: 90",
      "  - id: conflict",
      "    rating: 3",
      "    seconds: 45",
      "    takes: 1",
      "    limit: 120",
      "---",
      "# Practice: Residency program interviews, 22 Nov 2026, for Lakeside IM",
      "",
      "## 1. Why have you chosen this specialty? (1m42s of 1m30s)",
      "",
      "*motivation · open · typed*",
      "",
      "````text",
      "One moment on my rotation.",
      "## 2. Not a heading",
      "```",
      "---",
      "````",
      "",
      "Self-rating: 4/5 · Takes: 2",
      "",
      "Feedback:",
      "",
      "- Length: 9 words, about 4 s of a 90-second slot when said aloud: there is room to say more",
      "- Points covered: 1 of 2",
      '  - ✓ A concrete moment: "One moment on my rotation."',
      "  - ✗ The hard parts",
      "- Fillers: none",
      "",
      "Tips:",
      "",
      "- Keep it to one story",
      "",
      "Follow-ups to prepare:",
      "",
      "- What else did you consider?",
      "",
      "Next time I will: Lead with \\*the\\* result \\#1",
      "",
      "## 2. Tell me about a conflict. (45s of 2m)",
      "",
      "*STAR · typed*",
      "",
      "```text",
      "So, I decided to call her.",
      "```",
      "",
      "Self-rating: 3/5 · Takes: 1",
      "",
      "Feedback:",
      "",
      "- Length: 6 words, about 2 s of a 2-minute slot when said aloud: add a specific example with what you did and how it turned out",
      "- STAR: Situation ✗, Task ✗, Action ✓, Result ✗ (missing: Situation, Task, Result)",
      "- Fillers: so ×1",
      "",
      "## Summary",
      "",
      "| Question | Time | Takes | Rating | Points |",
      "| --- | --- | --- | --- | --- |",
      "| 1. Why have you chosen this specialty? | 1m42s of 1m30s | 2 | 4/5 | 1/2 |",
      "| 2. Tell me about a conflict. | 45s of 2m | 1 | 3/5 | – |",
      "",
      "Average self-rating: 3.5 of 5 over 2 questions.",
      "",
    ]);
  });

  it("gives the average to one decimal, 'of 5', as the screen summary does: a single 4 is 4.0, and 3 and 4 average 3.5", () => {
    const one = renderPracticeNote(session({ answers: [answerTo(conflict, "x")] }));
    expect(one).toContain("\nAverage self-rating: 4.0 of 5 over 1 question.\n");
    expect(averageLine(session({ answers: [answerTo(conflict, "x")] }), (figure) => `*${figure}*`)).toBe("Average self-rating: *4.0* of 5 over 1 question.");
    expect(averageLine(session({ answers: [answerTo(conflict, "x", { rating: 3 }), answerTo(conflict, "y")] }))).toBe("Average self-rating: 3.5 of 5 over 2 questions.");
    expect(averageLine(session({ answers: [] }))).toBeUndefined();
  });

  it("marks an interrupted session, and leaves out what is not there", () => {
    const text = renderPracticeNote(session({ program: undefined, interrupted: true, answers: [] }));
    expect(text).toContain("\nquestions: 0\nplanned: 5\ninterrupted: true\nanswers: []\n---\n");
    expect(text).not.toContain("program:");
    expect(text).not.toContain("average:");
    expect(text.split("---\n")[2]).toBe(
      "# Practice: Residency program interviews, 22 Nov 2026\n\n*Interrupted after 0 of 5 questions.*\n\n## Summary\n\nNo questions answered.\n",
    );
  });

  it("writes an empty answer and an answer given aloud as a marker, not an empty block", () => {
    const typed = renderPracticeNote(session({ answers: [answerTo(conflict, "")] }));
    expect(typed).toContain("*STAR · typed*\n\n_No answer._\n\nSelf-rating");
    const aloud = renderPracticeNote(session({ answers: [answerTo(conflict, "", { mode: "aloud" })] }));
    expect(aloud).toContain("*STAR · aloud*\n\n_Answered aloud; no text._\n\nSelf-rating");
  });

  it("puts a multi-line or padded next-time text in a block", () => {
    const text = renderPracticeNote(session({ answers: [answerTo(conflict, "x", { nextTime: " pause first\nthen answer" })] }));
    expect(text).toContain("Next time I will:\n\n```text\n pause first\nthen answer\n```\n");
  });

  it("escapes user text in the heading and in feedback taken from the answer", () => {
    const text = renderPracticeNote(session({ program: "<b>Lakeside</b> #1\n---", answers: [answerTo(conflict, "patient John_Smith said")] }));
    expect(text).toContain("# Practice: Residency program interviews, 22 Nov 2026, for \\<b\\>Lakeside\\</b\\> \\#1 ---\n");
    // YAML writes it as an indented block, so its "---" cannot end the front matter.
    expect(text).toContain("program: |-\n  <b>Lakeside</b> #1\n  ---\ndate:");
  });
});

describe("summaryRows and sessionFileBase", () => {
  it("gives question, time of limit, takes, rating and points as plain text", () => {
    expect(summaryRows(session())).toEqual([
      ["1. Why have you chosen this specialty?", "1m42s of 1m30s", "2", "4/5", "1/2"],
      ["2. Tell me about a conflict.", "45s of 2m", "1", "3/5", "–"],
    ]);
  });

  it.each<[string | undefined, string]>([
    [undefined, "2026-11-22-1405-residency"],
    ["Lakeside IM", "2026-11-22-1405-residency-lakeside-im"],
    ["../../etc/passwd", "2026-11-22-1405-residency-etc-passwd"],
    ["Clínica São José", "2026-11-22-1405-residency-clinica-sao-jose"],
    ["!!!", "2026-11-22-1405-residency"],
  ])("program %j -> %s", (program, base) => {
    expect(sessionFileBase(session({ program }))).toBe(base);
  });
});

describe("parsePracticeNote", () => {
  it("reads back the front matter and each answer and next-time line", () => {
    const result = parsePracticeNote(renderPracticeNote(session()), "note.md");
    expect(result).toEqual({
      ok: true,
      session: {
        deck: "residency",
        program: "Lakeside IM",
        date: "2026-11-22T14:05:00-05:00",
        duration: "14m20s",
        questions: 2,
        planned: 5,
        average: 3.5,
        interrupted: false,
        answers: [
          { id: "why-this-specialty", rating: 4, seconds: 101.7, takes: 2, limit: 90, answer: "One moment on my rotation.\n## 2. Not a heading\n```\n---", nextTime: "Lead with *the* result #1" },
          { id: "conflict", rating: 3, seconds: 45, takes: 1, limit: 120, answer: "So, I decided to call her." },
        ],
      },
    });
  });

  it("turns CR LF and lone CR in answers into LF", () => {
    const result = parsePracticeNote(renderPracticeNote(session({ answers: [answerTo(conflict, "a\r\nb\rc", { nextTime: "x\ry" })] })), "n.md");
    expect(result.ok && result.session.answers[0]).toMatchObject({ answer: "a\nb\nc", nextTime: "x\ny" });
  });

  it.each<[string, (text: string) => string, string]>([
    ["not a practice note", (t) => t.replace("type: practice", "type: review"), "note.md:2:7: not a practice note: 'type' is \"review\", expected practice"],
    ["a rating out of range", (t) => t.replace("    rating: 4", "    rating: 9"), "note.md:12:13: 'rating' must be a whole number from 1 to 5, got 9"],
    ["a missing deck", (t) => t.replace("deck: residency\n", ""), "note.md:2:1: missing 'deck'"],
    ["a bad date", (t) => t.replace("date: 2026-11-22T14:05:00-05:00", "date: yesterday"), "note.md:5:7: 'date' must be a date and time like 2026-11-22T14:05:00-05:00, got \"yesterday\""],
    ["a section too few", (t) => t.replace(/## 2\. Tell[\s\S]*?(?=## Summary)/, ""), "note.md:11:3: 'answers' lists 2 answers, but the note has 1 question section"],
    ["a cut-off answer block", (t) => t.slice(0, t.indexOf("## 2. Not a heading")), "note.md:28:1: this answer block is never closed; the note looks cut off"],
    ["no front matter", (t) => t.replace(/^---\n/, ""), "note.md:1:1: no front matter: a note starts with a --- line, YAML, and another --- line"],
  ])("reports %s with its position", (_name, edit, message) => {
    const result = parsePracticeNote(edit(renderPracticeNote(session())), "note.md");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => `${i.file}:${i.line}:${i.col}: ${i.message}`)).toEqual([message]);
  });
});
