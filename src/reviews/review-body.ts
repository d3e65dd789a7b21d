// The Markdown body of a review note. "Red flags", "Still unknown" and "Notes" hold prose that
// lives only here, so they are parsed back; the other sections are derived from the front
// matter and rewritten on every save, with every line the user wrote into them kept where it
// was. Sections added by hand are kept verbatim.
import { parseDay } from "../io/dates.js";
import { inline, longDate, proseLine, table, unescapeProse } from "../io/markdown.js";
import { FORMER_LABELS, type Criterion } from "./criteria.js";
import { INTERVIEW_KINDS, KINDS, type InterviewKind } from "../content/interview-kinds.js";
import { capitalised } from "../io/prose.js";
import { handLinesOf, withHandLines, type HandWritten, type KeyedLine } from "../io/hand-lines.js";
import { peopleAsShown, unlistedPeople } from "./people-met.js";
import { codeLines, type HandLines, type Person, type Review, type ShownScores } from "./review.js";

export const SECTION = { redFlags: "Red flags", stillUnknown: "Still unknown", notes: "Notes" } as const;
/** Sections rewritten from the front matter on every save. */
const DERIVED = ["People met", "Scores", "Deal-breakers", "Changes"];
/** Every section the program reads or writes: a note holds each once. */
export const PROGRAM_SECTIONS: ReadonlySet<string> = new Set<string>([...DERIVED, ...Object.values(SECTION)]);
const KNOWN = PROGRAM_SECTIONS;

const day = (iso: string) => longDate(parseDay(iso) ?? new Date(NaN));

/** What the facts line under the title calls each kind: "Residency", "Job", "Networking event". */
const FACT = Object.fromEntries(INTERVIEW_KINDS.map((kind) => [kind, capitalised(KINDS[kind].shown)])) as Record<InterviewKind, string>;
/** The facts line as the program writes it ("Residency · Internal medicine"), of any kind. */
const FACTS_LINE = new RegExp(`^(${Object.values(FACT).join("|")})( · |$)`);

export function renderBody(review: Review, criteria: readonly Criterion[]): string {
  const out: string[] = [`# Review: ${inline(review.program)}, ${day(review.date)}`, ""];
  const facts = [FACT[review.kind], review.specialty ? inline(review.specialty) : undefined];
  if (review.writtenAfterDays !== undefined) facts.push(`written ${review.writtenAfterDays} days after the ${KINDS[review.kind].noun}`);
  if (review.draft) facts.push("**draft**: run `interview-coach review` for this program again to finish it");
  out.push(facts.filter(Boolean).join(" · "), "");
  const hand = review.handLines ?? {};
  if (hand.preamble) out.push(hand.preamble, "");
  const owned = ownedLines(review, criteria);
  const derived = (heading: string) => ownedSection(out, heading, owned[heading]!, hand.sections?.[heading]);

  derived("People met");
  derived("Scores");
  derived("Deal-breakers");
  if (review.redFlags.length) out.push(`## ${SECTION.redFlags}`, "", ...review.redFlags.map((f) => `- ${proseLine(f)}`), "");
  if (review.stillUnknown.length) out.push(`## ${SECTION.stillUnknown}`, "", ...review.stillUnknown.map((u) => `- ${proseLine(u)}`), "");
  if (review.notes) out.push(`## ${SECTION.notes}`, "", ...notesLines(review.notes), "");
  if (review.otherSections) out.push(review.otherSections, "");
  derived("Changes");
  // Only the layout's blank lines go: a hand-written last line keeps its trailing spaces.
  return `${out.join("\n").replace(/\n+$/, "")}\n`;
}

/** The lines of each section the program writes from the front matter, keyed (see KeyedLine). */
function ownedLines(review: OwnedData, criteria: readonly Criterion[]): Record<string, KeyedLine[]> {
  const label = (id: string) => inline(criteria.find((c) => c.id === id)?.label ?? id);
  const scored = Object.entries(review.scores);
  const scores: KeyedLine[] = scored.length
    ? table(["Criterion", "Score"], scored.map(([id, score]) => [label(id), `${score}/5`]))
        .split("\n")
        .map((line, i) => [i < 2 ? `table:${i}` : `score:${label(scored[i - 2]![0])}`, line] as const)
    : [];
  if (review.gut !== null) scores.push(["gap:gut", ""], ["gut", `${GUT} ${review.gut}/5`]);
  return {
    "People met": review.people.map((p, i) => [personKey(review.people, i), personLine(p)] as const),
    Scores: scores,
    "Deal-breakers": review.dealBreakers.map((d) => [`item:${d}`, `- ${proseLine(d)}`] as const),
    Changes: review.changes.map((c) => [`item:${c}`, `- ${proseLine(c)}`] as const),
  };
}

const GUT = "Gut feeling, could this be home:";
/** A row of the score table as the program writes it: the label, then the score. */
const SCORE_ROW = /^\| (.+) \| ([1-5])\/5 \|$/;

/** The rating on a gut line as the program writes it, else undefined. */
function gutOn(line: string): number | undefined {
  const rating = line.startsWith(`${GUT} `) ? /^([1-5])\/5$/.exec(line.slice(GUT.length + 1)) : null;
  return rating ? Number(rating[1]) : undefined;
}

function personLine(p: Person): string {
  const about = [p.role ? inline(p.role) : "", p.detail ? `talked about ${inline(p.detail)}` : ""].filter(Boolean).join("; ");
  const thanked = p.thanked ? ` (thanked ${day(p.thanked)})` : "";
  return `- **${inline(p.name)}**${about ? `: ${about}` : ""}${thanked}`;
}

/** "person:Dr. Lee#2" for the second Dr. Lee: two people of one name keep their own lines. */
function personKey(people: readonly Pick<Person, "name">[], index: number): string {
  const name = people[index]!.name;
  const n = people.slice(0, index + 1).filter((p) => p.name === name).length;
  return `person:${name}#${n}`;
}

/**
 * Appends a section the program owns, with the lines the user wrote into it kept in place (see
 * io/hand-lines.ts); a section with hand-written lines only is still written.
 */
function ownedSection(out: string[], heading: string, lines: readonly KeyedLine[], hand: HandWritten = {}): void {
  if (!lines.length && !Object.keys(hand).length) return;
  out.push(`## ${heading}`, "");
  withHandLines(out, lines, hand);
  if (out.at(-1) !== "") out.push("");
}

/** Notes as Markdown: prose lines escaped (proseLine), code fences and what is inside them verbatim. */
function notesLines(notes: string): string[] {
  const lines = notes.split("\n");
  const code = codeLines(lines);
  return lines.map((line, i) => (code[i] ? line : line ? proseLine(line) : ""));
}

export type BodyProse = Pick<Review, "redFlags" | "stillUnknown" | "notes" | "otherSections" | "handLines" | "shown" | "unlistedPeople" | "renamedPeople"> & {
  /** The front matter's people, with any name corrected under "People met" (see peopleAsShown). */
  people: Person[];
};

/** What the front matter says the owned sections hold: how their lines are told from hand-written ones. */
export type OwnedData = Pick<Review, "people" | "dealBreakers" | "changes" | "scores" | "gut">;

/**
 * The prose of a review body. With `criteria` (they label the score rows the program wrote, see
 * ownKeys), also the lines written by hand into the owned sections, which a rewrite must keep;
 * readers that never rewrite (rank, the follow-up list) leave it out and skip that work.
 */
export function readBody(body: string, written: OwnedData, criteria?: readonly Criterion[]): BodyProse {
  const { preamble, sections } = bodySections(body);
  const section = (heading: string) => sections.find(([h]) => h === heading)?.[1];
  const { people, renamed } = peopleAsShown(section("People met"), written.people);
  // A corrected name's line is the person's own line, not one written beside it.
  const data = { ...written, people };
  const handLines: HandLines = {};
  const before = handPreamble(preamble);
  if (before) handLines.preamble = before;
  const own = criteria ? ownKeys(data, criteria) : {};
  for (const heading of criteria ? DERIVED : []) {
    const lines = section(heading);
    // The blank line under the heading is the layout's.
    const hand = lines && handLinesOf(lines[0]?.trim() === "" ? lines.slice(1) : lines, own[heading]!);
    if (hand) (handLines.sections ??= {})[heading] = hand;
  }
  const shown = shownScores(section("Scores"), data);
  const unlisted = unlistedPeople(section("People met"), people);
  return {
    redFlags: listOf(section(SECTION.redFlags)),
    stillUnknown: listOf(section(SECTION.stillUnknown)),
    notes: notesOf(section(SECTION.notes)),
    otherSections: sections
      .filter(([heading]) => !KNOWN.has(heading))
      .map(([heading, lines]) => `## ${heading}\n${lines.join("\n")}`.trimEnd())
      .join("\n\n"),
    ...(before || handLines.sections ? { handLines } : {}),
    ...(shown ? { shown } : {}),
    ...(unlisted.length ? { unlistedPeople: unlisted } : {}),
    ...(renamed.length ? { renamedPeople: renamed } : {}),
    people,
  };
}

/**
 * The scores a "Scores" section shows (see ShownScores), or undefined when they are the front
 * matter's as the program writes them: one row per score, in the front matter's order, and the
 * gut line. Told apart by value and order alone, so the parse needs no criteria.
 */
function shownScores(lines: readonly string[] | undefined, data: OwnedData): ShownScores | undefined {
  if (!lines) return undefined;
  const rows: [string, number][] = [];
  let gut: number | undefined;
  for (const line of lines) {
    const row = SCORE_ROW.exec(line.trim());
    if (row) rows.push([row[1]!, Number(row[2])]);
    else gut = gutOn(line.trim()) ?? gut;
  }
  const written = Object.values(data.scores);
  const same = rows.length === written.length && rows.every(([, score], i) => score === written[i]) && (gut === undefined || gut === data.gut);
  return same ? undefined : { rows, ...(gut !== undefined ? { gut } : {}) };
}

/**
 * For each owned section, the key of a line the program wrote there (see ownedLines), or
 * undefined for a line it did not write: list items, score rows and the gut line as the front
 * matter has them now, a person's line by the name alone.
 */
function ownKeys(data: OwnedData, criteria: readonly Criterion[]): Record<string, (line: string) => string | undefined> {
  const items = (list: readonly string[]) => {
    const keys = new Map(list.map((item) => [`- ${proseLine(item)}`, `item:${item}`]));
    return (line: string) => keys.get(line);
  };
  const seenPeople = new Set<string>();
  // The table and gut line as the program would write them now: a row added by hand is kept.
  const scoreKeys = new Map(ownedLines(data, criteria).Scores!.map(([key, line]) => [line, key]));
  // A row of a criterion the review scores is the program's whatever score it shows: a score
  // changed by hand in the front matter leaves the old one in the body until this rewrite, which
  // must replace that row, not keep it as the user's. So is a row under a label the defaults had
  // before; the rewrite gives it today's label.
  const rows = new Map<string, string>();
  for (const id of Object.keys(data.scores)) {
    const now = inline(criteria.find((c) => c.id === id)?.label ?? id);
    for (const label of [now, ...(FORMER_LABELS[id] ?? []).map(inline)]) rows.set(label, `score:${now}`);
  }
  const scoreKey = (line: string) => {
    const row = SCORE_ROW.exec(line);
    if (row) return rows.get(row[1]!);
    return data.gut !== null && gutOn(line) !== undefined ? "gut" : undefined;
  };
  return {
    // A person's line by its name: the rest (role, topic, thanked) is the front matter's.
    "People met": (line) => {
      const index = data.people.findIndex((p, i) => {
        const start = `- **${inline(p.name)}**`;
        return line.startsWith(start) && /^(?:$|: | \(thanked )/.test(line.slice(start.length)) && !seenPeople.has(personKey(data.people, i));
      });
      if (index === -1) return undefined;
      const key = personKey(data.people, index);
      seenPeople.add(key);
      return key;
    },
    Scores: (line) => scoreKeys.get(line) ?? scoreKey(line),
    "Deal-breakers": items(data.dealBreakers),
    Changes: items(data.changes),
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
    if (facts !== -1 && FACTS_LINE.test(rest[facts]!)) rest.splice(facts, 1);
  }
  return rest.join("\n").replace(/^\s*\n/, "").trimEnd().replace(/^\n+/, "");
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
