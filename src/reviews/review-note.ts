// reviews/<slug>.md: YAML front matter with what rank and followups read (scores, gut,
// deal-breakers, people), and a Markdown body a person reads (see review-body.ts).
import type { ContentIssue } from "../io/errors.js";
import { validate } from "../io/validate.js";
import { positionAt } from "../io/yaml-file.js";
import type { Criterion } from "./criteria.js";
import { isPlaceKind, type InterviewKind } from "../content/interview-kinds.js";
import type { Review } from "./review.js";
import { reviewFrontMatterSchema } from "./review-schema.js";
import { parseNote, renderNote, shiftIssues } from "../io/front-matter.js";
import { PROGRAM_SECTIONS, readBody, renderBody } from "./review-body.js";
import { codeLines } from "./review.js";
import { editDistance } from "../io/suggest.js";
import { recordFile } from "../io/record-file.js";
import { legacyProgramSlug } from "../io/slug.js";

/**
 * The review note of `program` in `reviewsDir` (see recordFile): reviews/<slug>.md whose own
 * `program` folds like this one, also under the name earlier versions gave it; else a free file.
 * Built from a slug only, so no program name leads outside the folder.
 */
export function reviewFile(reviewsDir: string, program: string): string {
  return recordFile({ dir: reviewsDir, name: program, legacy: [legacyProgramSlug(program)] });
}

export function renderReviewNote(review: Review, criteria: readonly Criterion[]): string {
  const front: Record<string, unknown> = {
    type: "review",
    program: review.program,
    date: review.date,
    kind: review.kind,
    ...(review.specialty ? { specialty: review.specialty } : {}),
    ...(review.draft ? { draft: true } : {}),
    // A networking event is not scored: its note has no empty fields for rank to puzzle over.
    ...(isPlaceKind(review.kind) ? { scores: review.scores, gut: review.gut, dealBreakers: review.dealBreakers } : {}),
    people: review.people.map((p) => ({ name: p.name, role: p.role, detail: p.detail, thanked: p.thanked })),
    ...(review.writtenAfterDays !== undefined ? { writtenAfterDays: review.writtenAfterDays } : {}),
    ...(review.changes.length ? { changes: review.changes } : {}),
    ...review.extra,
  };
  return renderNote(front, renderBody(review, criteria));
}

/**
 * Why rewriting this note would lose what the user wrote, as a positioned issue; undefined when
 * it can be rewritten. A "---" line after the front matter and before the first section means
 * a hand edit split the front matter: the keys below it would be read as body text, and a
 * rewrite would move them out of the front matter for good.
 */
export function rewriteProblem(text: string, file: string): ContentIssue | undefined {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  if (lines[0] !== "---") return undefined;
  const close = lines.indexOf("---", 1);
  if (close === -1) return undefined;
  const twice = secondSection(lines, close + 1);
  if (twice) {
    return {
      file,
      line: twice.line,
      col: 1,
      message: `a second '## ${twice.heading}' section (the first is at line ${twice.first}): a rewrite keeps only one; join the two, or rename this one`,
    };
  }
  for (let i = close + 1; i < lines.length && !lines[i]!.startsWith("## "); i++) {
    if (lines[i] === "---") {
      return {
        file,
        line: i + 1,
        col: 1,
        message: `a second '---' after the front matter (closed at line ${close + 1}): the lines between are not read as front matter; join them to it (remove line ${close + 1}) so the review can be saved without losing them`,
      };
    }
  }
  return undefined;
}

/**
 * A section the program reads or writes ("## Scores", "## Notes") that the body has twice: the
 * note keeps one of each, so the second would be lost. 1-based lines; headings in code are code.
 */
function secondSection(lines: readonly string[], bodyStart: number): { heading: string; line: number; first: number } | undefined {
  const body = lines.slice(bodyStart);
  const code = codeLines(body);
  const seen = new Map<string, number>();
  for (const [i, line] of body.entries()) {
    const heading = code[i] ? undefined : /^## (.*)$/.exec(line)?.[1]!.trim();
    if (heading === undefined || !PROGRAM_SECTIONS.has(heading)) continue;
    const first = seen.get(heading);
    if (first !== undefined) return { heading, line: bodyStart + i + 1, first };
    seen.set(heading, bodyStart + i + 1);
  }
  return undefined;
}

export type ReviewResult = { ok: true; review: Review } | { ok: false; issues: ContentIssue[] };

/**
 * A review note's text as a Review, or every problem in it with its position in `file`. Give
 * `criteria` (the config's, by kind) to rewrite the note: then the lines written by hand into the
 * sections the program writes are read too (see readBody), and the criteria tell its score rows
 * from rows added by hand.
 */
export function parseReviewNote(text: string, file: string, criteria?: Readonly<Partial<Record<InterviewKind, readonly Criterion[]>>>): ReviewResult {
  const parsed = parseNote(text, file);
  if (!parsed.ok) return parsed;
  const { note } = parsed;
  const result = validate(reviewFrontMatterSchema, note.yaml);
  const typos = keyTypos(Object.keys(note.data)).map(({ key, near }) => ({
    file,
    ...positionAt(note.yaml, [key], { key: true }),
    message: `unknown key '${key}'. Did you mean '${near}'?`,
  }));
  if (!result.ok || typos.length) return { ok: false, issues: shiftIssues([...(result.ok ? [] : result.issues), ...typos], note) };
  const { type: _type, program, date, kind, specialty, draft, scores, gut, dealBreakers, people, writtenAfterDays, changes, ...extra } = result.value;
  return {
    ok: true,
    review: {
      program,
      date,
      kind,
      specialty: specialty ?? "",
      scores: scores ?? {},
      gut: gut ?? null,
      dealBreakers,
      // The people come from readBody: a name corrected under "People met" is theirs now.
      // A kind with no criteria given (a networking event's) still has its hand lines read.
      ...readBody(note.body, { people, dealBreakers, changes, scores: scores ?? {}, gut: gut ?? null }, criteria && (criteria[kind] ?? [])),
      ...(writtenAfterDays !== undefined ? { writtenAfterDays } : {}),
      changes,
      draft: draft ?? false,
      extra,
    },
  };
}

const FRONT_MATTER_KEYS = Object.keys(reviewFrontMatterSchema.shape);

/**
 * Keys added by hand are kept (tags, aliases for note apps), but one that is a slip of a
 * review key ("dealbreakers") would be silently ignored: those are refused with the key meant.
 */
function keyTypos(keys: readonly string[]): { key: string; near: string }[] {
  const typos: { key: string; near: string }[] = [];
  for (const key of keys) {
    if (FRONT_MATTER_KEYS.includes(key) || key.length < 4) continue;
    const near = FRONT_MATTER_KEYS.find((known) => editDistance(key.toLowerCase(), known.toLowerCase()) <= 2);
    if (near) typos.push({ key, near });
  }
  return typos;
}
