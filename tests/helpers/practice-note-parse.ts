// Test oracle: reads a practice note back (the front matter and, from the body, each answer's
// text and "next time" line) so tests can check that rendering keeps exactly what was typed.
// The program itself never reads practice notes.
import type { ContentIssue } from "../../src/io/errors.js";
import { positionAt } from "../../src/io/yaml-file.js";
import { parseNote, type ParsedNote } from "../../src/io/front-matter.js";
import { ANSWERED_ALOUD, FENCE_OPEN, NEXT_TIME, NO_ANSWER, QUESTION_HEADING, readFenced, unescapeLine } from "../../src/practice/practice-note-format.js";

export interface ParsedPracticeAnswer {
  id: string;
  rating: number;
  seconds: number;
  takes: number;
  /** The answer time limit in seconds, when the note has it. */
  limit?: number;
  /** The answer as typed ("" when there was none or it was given aloud). */
  answer: string;
  nextTime?: string;
}

export interface ParsedPracticeNote {
  deck: string;
  program?: string;
  /** As written in the front matter: 2026-11-22T14:05:00-05:00. */
  date: string;
  duration?: string;
  questions: number;
  planned?: number;
  average?: number;
  interrupted: boolean;
  answers: ParsedPracticeAnswer[];
}

type Result = { ok: true; session: ParsedPracticeNote } | { ok: false; issues: ContentIssue[] };

const ISO_LOCAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

export function parsePracticeNote(text: string, file: string): Result {
  const parsed = parseNote(text, file);
  if (!parsed.ok) return parsed;
  const note = parsed.note;
  const issues: ContentIssue[] = [];
  const at = (path: PropertyKey[], message: string) => {
    const { line, col } = positionAt(note.yaml, path);
    issues.push({ file, line: line + note.lineOffset, col, message });
  };
  const data = note.data;

  if (data.type !== "practice") at(["type"], `not a practice note: 'type' is ${JSON.stringify(data.type ?? null)}, expected practice`);
  const deck = expectText(data, "deck", at);
  const program = data.program === undefined ? undefined : expectText(data, "program", at);
  const date = expectText(data, "date", at);
  if (date !== undefined && (!ISO_LOCAL.test(date) || Number.isNaN(Date.parse(date)))) at(["date"], `'date' must be a date and time like 2026-11-22T14:05:00-05:00, got ${JSON.stringify(date)}`);
  const questions = expectNumber(data, ["questions"], at, { integer: true, min: 0 });
  const planned = data.planned === undefined ? undefined : expectNumber(data, ["planned"], at, { integer: true, min: 0 });
  const average = data.average === undefined ? undefined : expectNumber(data, ["average"], at, { min: 1, max: 5 });
  if (data.interrupted !== undefined && typeof data.interrupted !== "boolean") at(["interrupted"], "'interrupted' must be true or false");
  const duration = typeof data.duration === "string" ? data.duration : undefined;

  const front = frontAnswers(data.answers, at);
  const body = bodyAnswers(text, note, file);
  issues.push(...body.issues);
  if (front && body.issues.length === 0 && front.length !== body.answers.length) {
    at(["answers"], `'answers' lists ${front.length} answer${front.length === 1 ? "" : "s"}, but the note has ${body.answers.length} question section${body.answers.length === 1 ? "" : "s"}`);
  }
  if (questions !== undefined && front && questions !== front.length) at(["questions"], `'questions' is ${questions}, but 'answers' lists ${front.length}`);
  if (issues.length > 0 || !front || deck === undefined || date === undefined || questions === undefined) {
    return { ok: false, issues: issues.sort((a, b) => a.line - b.line || a.col - b.col) };
  }
  return {
    ok: true,
    session: {
      deck,
      ...(program !== undefined ? { program } : {}),
      date,
      ...(duration !== undefined ? { duration } : {}),
      questions,
      ...(planned !== undefined ? { planned } : {}),
      ...(average !== undefined ? { average } : {}),
      interrupted: data.interrupted === true,
      answers: front.map((entry, i) => ({ ...entry, ...body.answers[i]! })),
    },
  };
}

type At = (path: PropertyKey[], message: string) => void;

function expectText(data: Record<string, unknown>, key: string, at: At): string | undefined {
  const value = data[key];
  if (typeof value === "string" && value.length > 0) return value;
  at([key], value === undefined ? `missing '${key}'` : `'${key}' must be text`);
  return undefined;
}

function expectNumber(data: unknown, path: PropertyKey[], at: At, rule: { integer?: boolean; min?: number; max?: number }): number | undefined {
  const value = path.reduce<unknown>((node, key) => (node && typeof node === "object" ? (node as Record<PropertyKey, unknown>)[key] : undefined), data);
  const name = `'${String(path.at(-1))}'`;
  if (value === undefined) {
    at(path.slice(0, -1), `missing ${name}`);
    return undefined;
  }
  const ok =
    typeof value === "number" &&
    Number.isFinite(value) &&
    (!rule.integer || Number.isInteger(value)) &&
    (rule.min === undefined || value >= rule.min) &&
    (rule.max === undefined || value <= rule.max);
  if (ok) return value;
  const range = rule.max !== undefined ? ` from ${rule.min} to ${rule.max}` : rule.min !== undefined ? ` of ${rule.min} or more` : "";
  at(path, `${name} must be ${rule.integer ? "a whole number" : "a number"}${range}, got ${JSON.stringify(value)}`);
  return undefined;
}

type FrontAnswer = Pick<ParsedPracticeAnswer, "id" | "rating" | "seconds" | "takes" | "limit">;

function frontAnswers(list: unknown, at: At): FrontAnswer[] | undefined {
  if (!Array.isArray(list)) {
    at(list === undefined ? [] : ["answers"], list === undefined ? "missing 'answers'" : "'answers' must be a list");
    return undefined;
  }
  let ok = true;
  const entries = list.map((entry, i): FrontAnswer => {
    const path = ["answers", i];
    if (!entry || typeof entry !== "object" || Array.isArray(entry)) {
      ok = false;
      at(path, `'answers' entry ${i + 1} must be a mapping with id, rating, seconds and takes`);
      return { id: "", rating: 0, seconds: 0, takes: 0 };
    }
    const e = entry as Record<string, unknown>;
    if (typeof e.id !== "string" || !e.id) {
      ok = false;
      at([...path, "id"], `'answers' entry ${i + 1} needs an 'id'`);
    }
    const inList: At = (p, m) => at(["answers", ...p], m);
    const rating = expectNumber(list, [i, "rating"], inList, { integer: true, min: 1, max: 5 });
    const seconds = expectNumber(list, [i, "seconds"], inList, { min: 0 });
    const takes = expectNumber(list, [i, "takes"], inList, { integer: true, min: 1 });
    const limit = e.limit === undefined ? undefined : expectNumber(list, [i, "limit"], inList, { min: 0 });
    if (rating === undefined || seconds === undefined || takes === undefined || (e.limit !== undefined && limit === undefined)) ok = false;
    return { id: String(e.id), rating: rating ?? 0, seconds: seconds ?? 0, takes: takes ?? 0, ...(limit !== undefined ? { limit } : {}) };
  });
  return ok ? entries : undefined;
}

/** Answer texts and "next time" lines from the question sections, in order. */
function bodyAnswers(text: string, note: ParsedNote, file: string): { answers: Pick<ParsedPracticeAnswer, "answer" | "nextTime">[]; issues: ContentIssue[] } {
  const lines = note.body.split("\n");
  // The body's first line number in the file: what parseNote cut off is the front matter.
  const clean = text.replace(/^\uFEFF/, "").replace(/\r\n/g, "\n");
  const firstLine = clean.slice(0, clean.length - note.body.length).split("\n").length;
  const answers: { answer?: string; nextTime?: string; line: number }[] = [];
  const issues: ContentIssue[] = [];
  const issue = (index: number, message: string) => issues.push({ file, line: firstLine + index, col: 1, message });
  let current: (typeof answers)[number] | undefined;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heading = QUESTION_HEADING.exec(line);
    if (heading) {
      if (Number(heading[1]) !== answers.length + 1) issue(i, `question ${heading[1]} where question ${answers.length + 1} was expected`);
      current = { line: i };
      answers.push(current);
    } else if (line.startsWith("# ") || line.startsWith("## ")) {
      current = undefined;
    } else if (!current) {
      continue;
    } else if (current.answer === undefined && FENCE_OPEN.test(line)) {
      const block = readFenced(lines, i);
      if (!block) return { answers: [], issues: [...issues, { file, line: firstLine + i, col: 1, message: "this answer block is never closed; the note looks cut off" }] };
      current.answer = block.text;
      i = block.next - 1;
    } else if (current.answer === undefined && (line === NO_ANSWER || line === ANSWERED_ALOUD)) {
      current.answer = "";
    } else if (line.startsWith(`${NEXT_TIME} `)) {
      current.nextTime = unescapeLine(line.slice(NEXT_TIME.length + 1));
    } else if (line === NEXT_TIME) {
      let j = i + 1;
      while (lines[j] === "") j++;
      const block = readFenced(lines, j);
      if (!block) return { answers: [], issues: [...issues, { file, line: firstLine + i, col: 1, message: `'${NEXT_TIME}' must be followed by a closed text block` }] };
      current.nextTime = block.text;
      i = block.next - 1;
    }
  }
  for (const a of answers) if (a.answer === undefined) issue(a.line, "this question has no answer block");
  return {
    answers: answers.map((a) => ({ answer: a.answer ?? "", ...(a.nextTime !== undefined ? { nextTime: a.nextTime } : {}) })),
    issues,
  };
}
