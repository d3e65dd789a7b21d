// Content as Markdown for `show` and `checklist --print`: a study sheet for a deck, a
// ticked or unticked list for a checklist.
import { formatDuration } from "../io/duration.js";
import type { Checklist, ChecklistItem, Deck } from "./types.js";
import { inline } from "../io/markdown.js";
import { categoriesOf } from "./catalog.js";

export function renderDeckSheet(deck: Deck): string {
  const out: string[] = [`# ${inline(deck.title)}`, ""];
  if (deck.description) out.push(inline(deck.description), "");
  const count = deck.questions.length;
  out.push(`${count} question${count === 1 ? "" : "s"} · think ${formatDuration(deck.prepSeconds)} · answer ${formatDuration(deck.answerSeconds)} unless noted`, "");
  const categories = categoriesOf(deck);
  // The names `practice --category` takes, with how many questions each would ask.
  if (categories.length) out.push(`Categories: ${categories.map((c) => `${inline(c.category)} (${c.count})`).join(" · ")}`, "");
  deck.questions.forEach((question, index) => {
    const meta = [question.category, question.format === "star" ? "STAR" : question.format === "ask" ? "ask them" : undefined, formatDuration(question.answerSeconds)]
      .filter(Boolean)
      .join(" · ");
    out.push(`## ${index + 1}. ${inline(question.text)}`, "", `*${meta}* · id \`${question.id}\``, "");
    if (question.points.length) out.push("What a strong answer covers:", ...question.points.map((p) => `- ${inline(p.text)}`), "");
    if (question.tips.length) out.push("Tips:", ...question.tips.map((t) => `- ${inline(t)}`), "");
    if (question.followups.length) out.push("Likely follow-ups:", ...question.followups.map((f) => `- ${inline(f)}`), "");
  });
  return `${out.join("\n").trimEnd()}\n`;
}

export interface ChecklistRenderOptions {
  /** Heading text; the checklist title by default. */
  heading?: string;
  ticked?: ReadonlySet<string>;
  /** A due date (YYYY-MM-DD) or offset text for an item, when there is one. */
  dueOf?: (item: ChecklistItem) => string | undefined;
  /** Lines placed right under the heading. */
  intro?: string[];
  /**
   * Items ticked in a saved note that the checklist no longer has: listed under their own
   * heading so that progress is never silently dropped. `note` is shown in brackets.
   */
  removed?: { text: string; note?: string }[];
  /** Leaves out the phase after a title that already starts with it: "Before the visit", "On the day". */
  omitRedundantPhase?: boolean;
}

const PHASE_TITLE = { before: "Before", "day-of": "On the day", after: "After" } as const;

/** The heading over the ticks kept for items a checklist no longer has. */
export const REMOVED_HEADING = "## No longer in the checklist";

export function renderChecklist(checklist: Checklist, options: ChecklistRenderOptions = {}): string {
  const out: string[] = [`# ${inline(options.heading ?? checklist.title)}`, ""];
  if (checklist.description) out.push(inline(checklist.description), "");
  if (options.intro?.length) out.push(...options.intro, "");
  for (const section of checklist.sections) {
    const phase = PHASE_TITLE[section.phase].toLowerCase();
    const redundant = options.omitRedundantPhase && section.title.trim().toLowerCase().startsWith(phase);
    out.push(`## ${inline(section.title)}${redundant ? "" : ` (${phase})`}`, "");
    for (const item of section.items) {
      const box = options.ticked?.has(item.id) ? "[x]" : "[ ]";
      const due = options.dueOf?.(item) ?? (item.dueDays === undefined ? undefined : offsetText(item.dueDays));
      out.push(`- ${box} ${inline(item.text)}${due ? ` (due ${due})` : ""}`);
      if (item.why) out.push(`  - ${inline(item.why)}`);
    }
    out.push("");
  }
  if (options.removed?.length) {
    out.push(REMOVED_HEADING, "");
    for (const item of options.removed) out.push(`- [x] ${inline(item.text)}${item.note ? ` (${item.note})` : ""}`);
    out.push("");
  }
  return `${out.join("\n").trimEnd()}\n`;
}

/** -2 -> "2 days before", 0 -> "on the day", 3 -> "3 days after". */
export function offsetText(days: number): string {
  if (days === 0) return "on the day";
  const n = Math.abs(days);
  return `${n} day${n === 1 ? "" : "s"} ${days < 0 ? "before" : "after"}`;
}

