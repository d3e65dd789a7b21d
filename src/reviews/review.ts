// A review as the program holds it, and the normalisation every typed value goes through before
// it is stored. Normalising first is what lets a note parse back to exactly the data it holds:
// the note stores canonical text, never something the Markdown body could not carry.
import type { InterviewKind } from "../content/interview-kinds.js";

export interface Person {
  name: string;
  role: string;
  /** One thing discussed with them: the seed of the thank-you note. */
  detail: string;
  /** YYYY-MM-DD when the thank-you note was sent, else null. */
  thanked: string | null;
}

export interface Review {
  program: string;
  /** Interview date, YYYY-MM-DD. */
  date: string;
  kind: InterviewKind;
  /** Specialty (residency) or role (job); "" when not given. */
  specialty: string;
  scores: Record<string, number>;
  /** 1-5, "could this be home?"; null only in a draft. */
  gut: number | null;
  dealBreakers: string[];
  people: Person[];
  redFlags: string[];
  stillUnknown: string[];
  notes: string;
  /** Days between the interview and the writing, when more than 2: bias may have crept in. */
  writtenAfterDays?: number;
  /** Dated lines of what each edit changed, oldest first. */
  changes: string[];
  /** Saved by an interrupted form; rank skips it until it is finished. */
  draft: boolean;
  /** Front-matter keys added by hand (tags, aliases for note apps), kept on rewrite. */
  extra: Record<string, unknown>;
  /** Body sections added by hand ("## ..." and what follows), kept verbatim on rewrite. */
  otherSections: string;
  /** Lines added by hand inside the parts the program writes, kept in place on rewrite. */
  handLines?: HandLines;
  /** The body's score table, when it no longer shows the front matter's scores (see ShownScores). */
  shown?: ShownScores;
  /**
   * Names written by hand as people under "People met" ("- **Dr. Mei Chen**: …") that the front
   * matter does not list: kept as lines, but no thank-you note is tracked for them.
   */
  unlistedPeople?: string[];
  /**
   * Names corrected by hand on a person's line under "People met": `people` has the corrected
   * name already, and a rewrite puts it into the front matter.
   */
  renamedPeople?: RenamedPerson[];
}

/** A name changed by hand on a person's line: `from` the front matter, `to` as the line shows it. */
export interface RenamedPerson {
  from: string;
  to: string;
}

/**
 * What the "Scores" section of a note shows, read only when it differs from what the program
 * wrote there (the front matter's scores, row by row in their order, and the gut): a score
 * changed by hand in the table or in the front matter. Rows keep their label as written; which
 * criterion a label names is for the reader to say, since the labels come from the config.
 */
export interface ShownScores {
  /** [label as in the table (Markdown-escaped), score 1-5], in table order. */
  rows: [label: string, score: number][];
  /** The gut line's rating, 1-5, when the section has one. */
  gut?: number;
}

/** What a person wrote into the derived parts of a review note, verbatim. */
export interface HandLines {
  /** Under the "# Review:" title and its facts line, before the first section. */
  preamble?: string;
  /**
   * Lines written into a section the program writes from the front matter ("People met",
   * "Scores", "Deal-breakers", "Changes"): by section, then by the key of the program line they
   * follow ("person:Dr. Lee#2", "score:Faculty", "item:TEXT", "gut"; "" for the top of the section).
   */
  sections?: Record<string, Record<string, string[]>>;
}

/** A Markdown code fence line (``` or ~~~): what lies between two is code, never prose. */
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * For each line, whether it is part of a closed code block: an opening fence, the lines after
 * it, and the closing fence of the same character, at least as long (CommonMark). A fence never
 * closed is not a code block here: it would swallow every heading after it.
 */
export function codeLines(lines: readonly string[]): boolean[] {
  const inCode = lines.map(() => false);
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i]!)?.[1];
    if (!open) continue;
    const close = lines.findIndex((line, j) => j > i && new RegExp(`^ {0,3}${open[0] === "`" ? "`" : "~"}{${open.length},}\\s*$`).test(line));
    if (close === -1) continue;
    for (let j = i; j <= close; j++) inCode[j] = true;
    i = close;
  }
  return inCode;
}

const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029\u0085]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** String.prototype.toWellFormed (ES2024): a lone surrogate cannot be written as UTF-8. */
function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, "\ufffd");
}

/** One line of text: no line breaks, no surrounding space, no lone surrogates. */
export function oneLine(text: string): string {
  return wellFormed(text)
    .split(LINE_BREAKS)
    .map((part) => part.trim())
    .filter(Boolean)
    .join(" ");
}

/** A list field's entries, each folded onto one line, empty ones dropped. */
function nonEmptyEntries(list: readonly string[]): string[] {
  return list.map(oneLine).filter(Boolean);
}

/**
 * Free notes: lines trimmed, at most one blank line between paragraphs, none at the ends.
 * Inside a code fence (``` … ```) lines are kept as they are: indentation is the code's.
 */
export function paragraphs(text: string): string {
  const out: string[] = [];
  const all = wellFormed(text).split(LINE_BREAKS);
  const code = codeLines(all);
  for (const [i, raw] of all.entries()) {
    if (code[i]) {
      out.push(raw.trimEnd());
      continue;
    }
    const line = raw.trim();
    if (line || (out.length > 0 && out.at(-1) !== "")) out.push(line);
  }
  while (out.at(-1) === "") out.pop();
  return out.join("\n");
}

export function normalisePerson(person: Partial<Person> & { name: string }): Person {
  return { name: oneLine(person.name), role: oneLine(person.role ?? ""), detail: oneLine(person.detail ?? ""), thanked: person.thanked ?? null };
}

export function normaliseReview(review: Review): Review {
  return {
    ...review,
    program: oneLine(review.program),
    specialty: oneLine(review.specialty),
    dealBreakers: unique(nonEmptyEntries(review.dealBreakers)),
    people: review.people.map(normalisePerson).filter((p) => p.name),
    redFlags: nonEmptyEntries(review.redFlags),
    stillUnknown: nonEmptyEntries(review.stillUnknown),
    notes: paragraphs(review.notes),
    changes: nonEmptyEntries(review.changes),
  };
}

export function unique(list: readonly string[]): string[] {
  return [...new Set(list)];
}

/** Every criterion of `ids` has a score and the gut is rated: what rank needs. */
export function missingScores(review: Pick<Review, "scores">, ids: readonly string[]): string[] {
  return ids.filter((id) => review.scores[id] === undefined);
}

/**
 * "n", "no", "none", "-": what a person types for "nothing here", out of the habit of the y/N
 * questions before. Saved as an entry it would be a deal-breaker named "n", and rank would drop
 * the program for it.
 */
export const MEANS_NONE = /^\s*(?:n|no|none|nope|nil|nothing|n\/a|na|-+)\s*\.?\s*$/i;
