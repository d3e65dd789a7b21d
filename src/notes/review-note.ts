// reviews/<slug>.md: YAML front matter with what rank and followups read (scores, gut,
// deal-breakers, people), and a Markdown body a person reads. The body's "Red flags", "Still
// unknown" and "Notes" sections are the only home of that prose, so they are parsed back too;
// every other body section is derived from the front matter and rewritten on each save.
import type { ContentIssue } from "../errors.js";
import { validate } from "../content/validate.js";
import { positionAt } from "../content/yaml-file.js";
import type { Criterion } from "../rank/criteria.js";
import type { Review } from "../rank/review.js";
import { FRONT_MATTER_KEYS, reviewFrontMatterSchema } from "../rank/review-schema.js";
import { editDistance } from "../suggest.js";
import { parseDay } from "./dates.js";
import { parseNote, renderNote, shiftIssues } from "./front-matter.js";
import { inline, longDate, table } from "./markdown.js";

const SECTION = { redFlags: "Red flags", stillUnknown: "Still unknown", notes: "Notes" } as const;
/** Sections rewritten from the front matter on every save. */
const DERIVED = new Set(["People met", "Scores", "Deal-breakers", "Changes"]);

/**
 * One line of user prose, made literal Markdown: inline() escapes what opens code, HTML,
 * headings or tables; here also what would start a list, a setext heading or a numbered item.
 */
export function proseLine(text: string): string {
  return inline(text)
    .replace(/^([-+=~])/, "\\$1")
    .replace(/^(\d+)([.)])/, "$1\\$2");
}

/** The inverse of proseLine: every backslash in its output escapes the character after it. */
export function unescapeProse(line: string): string {
  return line.replace(/\\(.)/g, "$1");
}

const day = (iso: string) => longDate(parseDay(iso) ?? new Date(NaN));

export function renderReviewNote(review: Review, criteria: readonly Criterion[]): string {
  const front: Record<string, unknown> = {
    type: "review",
    program: review.program,
    date: review.date,
    kind: review.kind,
    ...(review.specialty ? { specialty: review.specialty } : {}),
    ...(review.draft ? { draft: true } : {}),
    scores: review.scores,
    gut: review.gut,
    dealBreakers: review.dealBreakers,
    people: review.people.map((p) => ({ name: p.name, role: p.role, detail: p.detail, thanked: p.thanked })),
    ...(review.writtenAfterDays !== undefined ? { writtenAfterDays: review.writtenAfterDays } : {}),
    ...(review.changes.length ? { changes: review.changes } : {}),
    ...review.extra,
  };
  return renderNote(front, renderBody(review, criteria));
}

function renderBody(review: Review, criteria: readonly Criterion[]): string {
  const out: string[] = [`# Review: ${inline(review.program)}, ${day(review.date)}`, ""];
  const facts = [review.kind === "job" ? "Job" : "Residency", review.specialty ? inline(review.specialty) : undefined];
  if (review.writtenAfterDays !== undefined) facts.push(`written ${review.writtenAfterDays} days after the interview`);
  if (review.draft) facts.push("**draft**: run `interview-coach review` for this program again to finish it");
  out.push(facts.filter(Boolean).join(" · "), "");

  if (review.people.length) {
    out.push("## People met", "");
    for (const p of review.people) {
      const about = [p.role ? inline(p.role) : "", p.detail ? `talked about ${inline(p.detail)}` : ""].filter(Boolean).join("; ");
      const thanked = p.thanked ? ` (thanked ${day(p.thanked)})` : "";
      out.push(`- **${inline(p.name)}**${about ? `: ${about}` : ""}${thanked}`);
    }
    out.push("");
  }
  const scored = Object.entries(review.scores);
  if (scored.length || review.gut !== null) {
    out.push("## Scores", "");
    const label = (id: string) => criteria.find((c) => c.id === id)?.label ?? id;
    if (scored.length) out.push(table(["Criterion", "Score"], scored.map(([id, score]) => [inline(label(id)), `${score}/5`])), "");
    if (review.gut !== null) out.push(`Gut feeling, could this be home: ${review.gut}/5`, "");
  }
  if (review.dealBreakers.length) out.push("## Deal-breakers", "", ...review.dealBreakers.map((d) => `- ${proseLine(d)}`), "");
  if (review.redFlags.length) out.push(`## ${SECTION.redFlags}`, "", ...review.redFlags.map((f) => `- ${proseLine(f)}`), "");
  if (review.stillUnknown.length) out.push(`## ${SECTION.stillUnknown}`, "", ...review.stillUnknown.map((u) => `- ${proseLine(u)}`), "");
  if (review.notes) out.push(`## ${SECTION.notes}`, "", ...review.notes.split("\n").map((line) => (line ? proseLine(line) : "")), "");
  if (review.otherSections) out.push(review.otherSections, "");
  if (review.changes.length) out.push("## Changes", "", ...review.changes.map((c) => `- ${proseLine(c)}`), "");
  return `${out.join("\n").trimEnd()}\n`;
}

export type ReviewResult = { ok: true; review: Review } | { ok: false; issues: ContentIssue[] };

export function parseReviewNote(text: string, file: string): ReviewResult {
  const parsed = parseNote(text, file);
  if (!parsed.ok) return parsed;
  const { note } = parsed;
  const result = validate(reviewFrontMatterSchema, note.yaml);
  const typos = keyTypos(note.data, (key) => positionAt(note.yaml, [key], { key: true }), file);
  if (!result.ok || typos.length) return { ok: false, issues: shiftIssues([...(result.ok ? [] : result.issues), ...typos], note) };
  const { type: _type, program, date, kind, specialty, draft, scores, gut, dealBreakers, people, writtenAfterDays, changes, ...extra } = result.value;
  const sections = bodySections(note.body);
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
      people,
      redFlags: listOf(section(sections, SECTION.redFlags)),
      stillUnknown: listOf(section(sections, SECTION.stillUnknown)),
      notes: notesOf(section(sections, SECTION.notes)),
      ...(writtenAfterDays !== undefined ? { writtenAfterDays } : {}),
      changes,
      draft: draft ?? false,
      extra,
      otherSections: otherSections(sections),
    },
  };
}

/**
 * Keys the schema lets through (note apps add their own) but that look like a typo of ours:
 * `dealbreakers:` silently ignored would put an excluded program back on the list.
 */
function keyTypos(data: Record<string, unknown>, at: (key: string) => { line: number; col: number }, file: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const key of Object.keys(data)) {
    if (FRONT_MATTER_KEYS.includes(key) || key.length < 4) continue;
    const near = FRONT_MATTER_KEYS.find((known) => editDistance(key.toLowerCase(), known.toLowerCase()) <= 2);
    if (near) issues.push({ file, ...at(key), message: `unknown key '${key}'. Did you mean '${near}'?` });
  }
  return issues;
}

type Sections = [heading: string, lines: string[]][];

/** `## Heading` -> the lines under it, in order; anything before the first heading is derived. */
function bodySections(body: string): Sections {
  const sections: Sections = [];
  let current: string[] | undefined;
  for (const line of body.split("\n")) {
    const heading = /^## (.*)$/.exec(line);
    if (heading) {
      current = [];
      sections.push([heading[1]!.trim(), current]);
    } else {
      current?.push(line);
    }
  }
  return sections;
}

const section = (sections: Sections, heading: string) => sections.find(([h]) => h === heading)?.[1];

/** Sections a person added by hand, verbatim, so that no rewrite loses them. */
function otherSections(sections: Sections): string {
  const known = new Set<string>([...DERIVED, ...Object.values(SECTION)]);
  return sections
    .filter(([heading]) => !known.has(heading))
    .map(([heading, body]) => `## ${heading}\n${body.join("\n")}`.trimEnd())
    .join("\n\n");
}

function listOf(section: string[] | undefined): string[] {
  return (section ?? [])
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => unescapeProse(line.replace(/^[-*] /, "")).trim())
    .filter(Boolean);
}

function notesOf(section: string[] | undefined): string {
  const out: string[] = [];
  for (const raw of section ?? []) {
    const line = unescapeProse(raw.trim()).trim();
    if (line || (out.length > 0 && out.at(-1) !== "")) out.push(line);
  }
  while (out.at(-1) === "") out.pop();
  return out.join("\n");
}
