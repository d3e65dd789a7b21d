// `practice --answers FILE`: a session without prompts, from a YAML mapping of question id to
// an answer, either the text or { answer, rating, seconds, takes, next }. Every problem in the
// file is reported at once, each as FILE:LINE:COL, and nothing runs until the file is right.
// Loads yaml and zod: import it only when --answers is given.
import { isMap, isPair, isScalar, type Node, type Pair } from "yaml";
// zod/mini rather than zod: about 30 KB to load instead of 450 KB (see io/validate.ts).
import * as z from "zod/mini";
import { PRACTICE_RANGES } from "../config/ranges.js";
import { sortIssues, validate, kindOf } from "../io/validate.js";
import { readFlagYamlFile } from "../io/flag-file.js";
import { positionAt, type YamlFile } from "../io/yaml-file.js";
import type { Deck } from "../content/types.js";
import { ContentError, type ContentIssue } from "../io/errors.js";
import { closest, didYouMean } from "../io/suggest.js";

export interface AnswerFromFile {
  questionId: string;
  answer: string;
  /** Self-rating 1-5; the session asks for none, so a missing one is the command's choice. */
  rating?: number;
  seconds?: number;
  takes?: number;
  nextTime?: string;
}

// 'answer' is checked by hand: validate() reads a key named 'answer' as a duration (content files).
const entrySchema = z.strictObject({
  answer: z.optional(z.unknown()),
  rating: z.optional(z.literal([1, 2, 3, 4, 5])),
  seconds: z.optional(z.number().check(z.positive(), z.maximum(PRACTICE_RANGES.seconds.max))),
  takes: z.optional(z.number().check(z.positive(), z.maximum(PRACTICE_RANGES.takes.max))),
  next: z.optional(z.string()),
});

export function readAnswersFile(path: string, deck: Deck): AnswerFromFile[] {
  const yaml = readFlagYamlFile("--answers", path);
  const example = `${deck.questions[0]?.id ?? "question-id"}: My answer`;
  const fail = (message: string): never => {
    throw new ContentError([{ file: yaml.file, ...positionAt(yaml, []), message }]);
  };
  const root = yaml.doc.contents;
  if (yaml.data === null || yaml.data === undefined) fail(`the answers file is empty; write one line per question, like '${example}'`);
  if (!isMap(root)) fail(`expected a mapping of question id to answer, like '${example}'; got ${kindOf(yaml.data)}`);
  const pairs = (root as { items: unknown[] }).items.filter(isPair) as Pair<Node, Node | null>[];
  if (pairs.length === 0) fail(`the answers file has no answers; write one line per question, like '${example}'`);

  const ids = new Set(deck.questions.map((q) => q.id));
  const issues: ContentIssue[] = [];
  const at = (offset: number | undefined, message: string) => issues.push({ file: yaml.file, ...yaml.lineCounter.linePos(offset ?? 0), message });
  const answers: AnswerFromFile[] = [];
  const mappings: Record<string, unknown> = {};

  for (const pair of pairs) {
    const id = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    const value = (yaml.data as Record<string, unknown>)[id];
    const valueStart = pair.value?.range?.[0];
    if (!ids.has(id)) {
      const hint = didYouMean(id, ids);
      at(pair.key?.range?.[0], `unknown question '${id}' in deck '${deck.id}'.${hint || ` See the ids with \`interview-coach show ${deck.id}\`.`}`);
      continue;
    }
    if (typeof value === "string") {
      const answer = value.trimEnd();
      if (!answer.trim()) at(valueStart, `the answer to '${id}' is empty`);
      else answers.push({ questionId: id, answer });
      continue;
    }
    if (value === null || value === undefined) {
      at(pair.key?.range?.[0], `'${id}' has no answer; write it after the colon, like '${id}: My answer'`);
      continue;
    }
    if (typeof value !== "object" || Array.isArray(value)) {
      at(valueStart, `'${id}' must be the answer as text, or a mapping with 'answer' (and 'rating', 'seconds', 'takes', 'next'); got ${kindOf(value)}`);
      continue;
    }
    const entry = value as Record<string, unknown>;
    mappings[id] = entry;
    const answerIssue = checkAnswer(entry, id);
    if (answerIssue) at(answerIssue.key === "answer" ? keyOffset(pair.value, "answer", "value") : valueStart, answerIssue.message);
    if (typeof entry.takes === "number" && entry.takes > 0 && !Number.isInteger(entry.takes)) {
      at(keyOffset(pair.value, "takes", "value"), `'takes' must be a whole number, got ${entry.takes}`);
    }
    answers.push(fromEntry(id, entry));
  }

  // rating, seconds, takes, next and unknown keys ("did you mean") through the shared validator.
  const shape = Object.fromEntries(Object.keys(mappings).map((id) => [id, entrySchema]));
  const checked = validate(z.strictObject(shape), { ...yaml, data: mappings } satisfies YamlFile);
  if (!checked.ok) issues.push(...checked.issues);
  if (issues.length > 0) throw new ContentError(sortIssues(dedupe(issues)));
  return answers;
}

function checkAnswer(entry: Record<string, unknown>, id: string): { key?: "answer"; message: string } | undefined {
  const answer = entry.answer;
  if (answer === undefined) {
    // `anwser: ...` is already reported as an unknown key with "did you mean 'answer'".
    const typo = Object.keys(entry).some((key) => closest(key, ["answer"]).length > 0);
    return typo ? undefined : { message: `missing 'answer' in '${id}'` };
  }
  if (typeof answer !== "string") return { key: "answer", message: `'answer' must be text, got ${kindOf(answer)}` };
  if (!answer.trim()) return { key: "answer", message: `the answer to '${id}' is empty` };
  return undefined;
}

function fromEntry(id: string, entry: Record<string, unknown>): AnswerFromFile {
  const next = typeof entry.next === "string" ? entry.next.trimEnd() : "";
  return {
    questionId: id,
    // A YAML block (`|`) ends with a newline nobody meant as part of the answer.
    answer: typeof entry.answer === "string" ? entry.answer.trimEnd() : "",
    ...(typeof entry.rating === "number" ? { rating: entry.rating } : {}),
    ...(typeof entry.seconds === "number" ? { seconds: entry.seconds } : {}),
    ...(typeof entry.takes === "number" ? { takes: entry.takes } : {}),
    ...(next.trim() ? { nextTime: next } : {}),
  };
}

/** Offset of the key or value of `name` inside a mapping node. */
function keyOffset(map: Node | null, name: string, part: "key" | "value"): number | undefined {
  if (!isMap(map)) return map?.range?.[0];
  const pair = map.items.find((p) => isScalar(p.key) && String(p.key.value) === name);
  const node = (part === "key" ? pair?.key : pair?.value) as Node | null | undefined;
  return node?.range?.[0] ?? (pair?.key as Node | undefined)?.range?.[0] ?? map.range?.[0];
}


function dedupe(issues: ContentIssue[]): ContentIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.line}:${i.col}:${i.message}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
