// The Markdown body of a review note. "Red flags", "Still unknown" and "Notes" hold prose that
// lives only here, so they are parsed back; the other sections are derived from the front
// matter and rewritten on every save. Sections added by hand are kept verbatim.
import { parseDay } from "../io/dates.js";
import { inline, longDate, table } from "../io/markdown.js";
import type { Criterion } from "./criteria.js";
import { codeLines, type HandLines, type Review } from "./review.js";

export const SECTION = { redFlags: "Red flags", stillUnknown: "Still unknown", notes: "Notes" } as const;
/** Sections rewritten from the front matter on every save. */
const DERIVED = ["People met", "Scores", "Deal-breakers", "Changes"];
const KNOWN = new Set<string>([...DERIVED, ...Object.values(SECTION)]);

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

export function renderBody(review: Review, criteria: readonly Criterion[]): string {
  const out: string[] = [`# Review: ${inline(review.program)}, ${day(review.date)}`, ""];
  const facts = [review.kind === "job" ? "Job" : "Residency", review.specialty ? inline(review.specialty) : undefined];
  if (review.writtenAfterDays !== undefined) facts.push(`written ${review.writtenAfterDays} days after the interview`);
  if (review.draft) facts.push("**draft**: run `interview-coach review` for this program again to finish it");
  out.push(facts.filter(Boolean).join(" · "), "");
  const hand = review.handLines ?? {};
  if (hand.preamble) out.push(hand.preamble, "");

  if (review.people.length) {
    out.push("## People met", "");
    for (const p of review.people) {
      const about = [p.role ? inline(p.role) : "", p.detail ? `talked about ${inline(p.detail)}` : ""].filter(Boolean).join("; ");
      const thanked = p.thanked ? ` (thanked ${day(p.thanked)})` : "";
      out.push(`- **${inline(p.name)}**${about ? `: ${about}` : ""}${thanked}`);
      const under = hand.people?.[p.name];
      if (under) out.push(under);
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
  if (review.notes) out.push(`## ${SECTION.notes}`, "", ...notesLines(review.notes), "");
  if (review.otherSections) out.push(review.otherSections, "");
  if (review.changes.length) out.push("## Changes", "", ...review.changes.map((c) => `- ${proseLine(c)}`), "");
  return `${out.join("\n").trimEnd()}\n`;
}

/** Notes as Markdown: prose lines escaped (proseLine), code fences and what is inside them verbatim. */
function notesLines(notes: string): string[] {
  const lines = notes.split("\n");
  const code = codeLines(lines);
  return lines.map((line, i) => (code[i] ? line : line ? proseLine(line) : ""));
}

export type BodyProse = Pick<Review, "redFlags" | "stillUnknown" | "notes" | "otherSections" | "handLines">;

export function readBody(body: string): BodyProse {
  const { preamble, sections } = bodySections(body);
  const section = (heading: string) => sections.find(([h]) => h === heading)?.[1];
  const handLines: HandLines = {};
  const before = handPreamble(preamble);
  if (before) handLines.preamble = before;
  const people = handPeople(section("People met"));
  if (people) handLines.people = people;
  return {
    redFlags: listOf(section(SECTION.redFlags)),
    stillUnknown: listOf(section(SECTION.stillUnknown)),
    notes: notesOf(section(SECTION.notes)),
    otherSections: sections
      .filter(([heading]) => !KNOWN.has(heading))
      .map(([heading, lines]) => `## ${heading}\n${lines.join("\n")}`.trimEnd())
      .join("\n\n"),
    ...(before || people ? { handLines } : {}),
  };
}

type Sections = [heading: string, lines: string[]][];

/**
 * `## Heading` -> the lines under it, in order, and the lines before the first heading. A
 * `## ` line inside a code fence is code, not a heading.
 */
function bodySections(body: string): { preamble: string[]; sections: Sections } {
  const preamble: string[] = [];
  const sections: Sections = [];
  let current = preamble;
  const lines = body.split("\n");
  const code = codeLines(lines);
  for (const [i, line] of lines.entries()) {
    const heading = code[i] ? null : /^## (.*)$/.exec(line);
    if (heading) {
      current = [];
      sections.push([heading[1]!.trim(), current]);
    } else {
      current.push(line);
    }
  }
  return { preamble, sections };
}

/**
 * The lines before the first section that the program did not write: all but the "# Review:"
 * title and the facts line under it ("Residency · Internal medicine"), blank ends trimmed.
 */
function handPreamble(lines: string[]): string {
  const rest = [...lines];
  const title = rest.findIndex((line) => line.startsWith("# Review: "));
  if (title !== -1) {
    rest.splice(title, 1);
    const facts = rest.findIndex((line, i) => i >= title && line.trim() !== "");
    if (facts !== -1 && /^(Job|Residency)( · |$)/.test(rest[facts]!)) rest.splice(facts, 1);
  }
  return rest.join("\n").replace(/^\s*\n/, "").trimEnd().replace(/^\n+/, "");
}

/** Lines under a person's "- **Name**" line (indented sub-bullets, notes), by the person's name. */
function handPeople(lines: string[] | undefined): Record<string, string> | undefined {
  const out: Record<string, string[]> = {};
  let person: string | undefined;
  for (const line of lines ?? []) {
    const top = /^- \*\*(.*?)\*\*/.exec(line);
    if (top) person = unescapeProse(top[1]!);
    else if (person !== undefined && line.trim() !== "") (out[person] ??= []).push(line);
  }
  const names = Object.keys(out);
  return names.length ? Object.fromEntries(names.map((name) => [name, out[name]!.join("\n")])) : undefined;
}

/** List items; a line added by hand without "- " still counts as one. */
function listOf(section: string[] | undefined): string[] {
  return (section ?? [])
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => unescapeProse(line.replace(/^[-*] /, "")).trim())
    .filter(Boolean);
}

function notesOf(section: string[] | undefined): string {
  const out: string[] = [];
  const lines = section ?? [];
  const code = codeLines(lines);
  for (const [i, raw] of lines.entries()) {
    // Code blocks are kept byte for byte, never unescaped.
    if (code[i]) {
      out.push(raw.trimEnd());
      continue;
    }
    const line = unescapeProse(raw.trim()).trim();
    if (line || (out.length > 0 && out.at(-1) !== "")) out.push(line);
  }
  while (out.at(-1) === "") out.pop();
  return out.join("\n");
}
