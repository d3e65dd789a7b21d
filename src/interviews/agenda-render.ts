// The agenda in words: sections of (when, what) rows, shared by the Markdown document and the
// aligned terminal view, so both always say the same thing.
import { relativeDay } from "../checklists/due.js";
import { daysFrom } from "../io/dates.js";
import { inline } from "../io/markdown.js";
import { KINDS, notesNoun, pluralNouns } from "../content/interview-kinds.js";
import { capitalised } from "../io/prose.js";
import type { Agenda } from "./agenda.js";
import { kindLabel } from "./interview.js";
import { unreadableReviewLine } from "./unreviewed.js";
import { startHere, startsWhen } from "./your-clock.js";

export interface AgendaSection {
  title: string;
  rows: AgendaRow[];
}

export interface AgendaRow {
  when: string;
  what: string;
  /** The command that `what` ends with, if it does: a narrow terminal shows it whole, on a line of its own. */
  command?: string;
  urgent: boolean;
}

/** A row's text that ends with `command`, after `joint` (" · ", ": "). */
const ending = (text: string, joint: string, command: string) => ({ what: `${text}${joint}${command}`, command });

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export function agendaSections(agenda: Agenda): AgendaSection[] {
  const { today } = agenda;
  const sections: AgendaSection[] = [];
  const add = (title: string, rows: AgendaRow[]) => rows.length && sections.push({ title, rows });

  add(
    "Reviews to write",
    agenda.reviewsToWrite.map((r) => ({
      when: relativeDay(r.draftDated ?? r.yourDay ?? r.date, today),
      ...(r.unreadable
        ? { what: unreadableReviewLine(r.program, r.file ?? "") }
        : ending(
            `${r.program}: ${r.draftDated ? `the review is a draft, dated ${r.draftDated} while the interview is recorded for ${r.date}` : r.draft ? "the review is a draft" : "no review yet"}; ${thankYouLine(r.thankYou, `${KINDS[r.kind].note}s`, today)}.${r.biasWarning ? " Impressions fade and bias creeps in after 2 days: write it today." : ""}`,
            " ",
            `interview-coach review "${r.program}"`,
          )),
      urgent: r.biasWarning,
    })),
  );
  add(
    capitalised(notesNoun(agenda.thankYouNotes.map((t) => t.kind))),
    agenda.thankYouNotes.map((t) => ({
      when: t.overdue ? `overdue (by ${t.sendBy})` : t.sendBy < today ? `send today (late, was due ${t.sendBy})` : sendWithin(t.sendBy, today),
      ...ending(`${t.person}, ${t.program}`, " · ", `interview-coach followups --draft "${t.program}"`),
      urgent: t.overdue,
    })),
  );
  add(
    capitalised(pluralNouns(agenda.interviews.map((i) => i.kind))),
    agenda.interviews.map((i) => {
      const open = i.suggestedChecklist && `interview-coach checklist ${i.suggestedChecklist} --program "${i.program}"`;
      const review = i.started && `interview-coach review "${i.program}"`;
      const what = [
        `${i.program} (${kindLabel(i)}${i.format ? `, ${i.format}` : ""})`,
        ...i.checklists.map((c) => `${c.checklist} ${c.done}/${c.total} done${c.overdue ? `, ${c.overdue} overdue` : ""}`),
        ...(open ? [`no checklist yet: ${open}`] : []),
        ...(i.checklistUnreadable ? [`its checklist note ${i.checklistNote ?? ""} cannot be read (the warning gives the line): fix the file or move it away`] : []),
        ...(review ? [`started: once it is over, ${review}`] : []),
      ].join(" · ");
      const command = review || (i.checklistUnreadable ? undefined : open);
      return { when: whenLine(i, today), what, ...(command ? { command } : {}), urgent: false };
    }),
  );
  add("Checklist items", checklistRows(agenda));
  add(
    "Practice",
    agenda.practice.map((p) => {
      const later = p.later ?? 0;
      const command = `interview-coach practice ${p.deck}`;
      if (p.due === 0) return { when: relativeDay(p.firstLater ?? agenda.until, today), ...ending(`${plural(later, "question")} in ${p.title} ${later === 1 ? "falls" : "fall"} due from then through ${agenda.until}`, " · ", command), urgent: false };
      return { when: "today", ...ending(`${plural(p.due, "question")} due in ${p.title}${later ? `, ${later} more through ${agenda.until}` : ""}`, " · ", command), urgent: false };
    }),
  );
  if (agenda.rankDeadline) {
    const { date, daysLeft } = agenda.rankDeadline;
    const when = daysLeft < 0 ? `passed ${date}` : daysLeft === 0 ? "today" : `${plural(daysLeft, "day")} left`;
    add("Rank-order list", [{ when, ...ending(`deadline ${date}`, " · ", "interview-coach rank"), urgent: daysLeft >= 0 && daysLeft <= 3 }]);
  }
  return sections;
}

/** Items due from this many days on are counted per checklist, not listed: today and tomorrow's stay in view. */
const LISTED_DAYS = 1;

/**
 * The checklist items: overdue ones and those due today or tomorrow one by one; the later ones
 * one line per checklist, with how many and the command that lists them ("in 3 to 6 days: 17
 * items for Kyoto University Hospital").
 */
function checklistRows({ checklistItems, today }: Agenda): AgendaRow[] {
  const later = new Map<string, typeof checklistItems>();
  for (const c of checklistItems) {
    if (c.overdue || daysFrom(today, c.due) <= LISTED_DAYS) continue;
    const key = `${c.checklist}\0${c.program}`;
    later.set(key, [...(later.get(key) ?? []), c]);
  }
  // One item alone is said as itself.
  const counted = [...later.values()].filter((items) => items.length > 1);
  const listed = checklistItems.filter((c) => !counted.some((items) => items.includes(c)));
  const rows: AgendaRow[] = listed.map((c) => ({ when: c.overdue ? `overdue (${c.due})` : relativeDay(c.due, today), what: `${c.text} (${c.program}, ${c.checklist})`, urgent: c.overdue }));
  for (const items of counted) {
    const [first, last] = [items[0]!.due, items.at(-1)!.due];
    const when = first === last ? relativeDay(first, today) : `in ${daysFrom(today, first)} to ${plural(daysFrom(today, last), "day")}`;
    const { program, checklist } = items[0]!;
    rows.push({ when, ...ending(`${plural(items.length, "item")} for ${program} (${checklist})`, " · ", `interview-coach checklist ${checklist} --program "${program}"`), urgent: false });
  }
  return rows;
}

/** The agenda as a Markdown document (for a pipe or a file); `missing`, a line on what it leaves out (notes that cannot be read), goes at its top. */
export function renderAgendaMarkdown(agenda: Agenda, missing?: string): string {
  const out = [`# Today, ${agenda.today}`, "", `What is due from today through ${agenda.until}.`, ""];
  if (missing) out.push(missing, "");
  for (const section of agendaSections(agenda)) {
    out.push(`## ${section.title}`, "");
    for (const row of section.rows) out.push(`- ${row.urgent ? "**" : ""}${inline(row.when)}${row.urgent ? "**" : ""}: ${inline(row.what)}`);
    out.push("");
  }
  return `${out.join("\n").trimEnd()}\n`;
}

/**
 * The thank-you deadline of an interview not reviewed yet, as `today` words it; past the send-by
 * day but not yet overdue, late, as followups words it ("late: send today"). `notes`: what they
 * are called after its kind ("follow-up notes" after a networking event).
 */
function thankYouLine({ sendBy, overdue }: { sendBy: string; overdue: boolean }, notes: string, today: string): string {
  if (overdue) return `its ${notes} are overdue (due by ${sendBy})`;
  return sendBy < today ? `its ${notes} were due by ${sendBy}: send them today` : `its ${notes} are due by ${sendBy}`;
}

/**
 * "today 09:00 America/Chicago (15:00 your time)". When the start is another day on the user's
 * clock, the day word goes with their clock and the interview's own day is given in full:
 * "today 19:00 your time (2026-12-02 10:00 Asia/Tokyo)", not "today 10:00 Asia/Tokyo", which is
 * tomorrow there.
 */
function whenLine(i: Agenda["interviews"][number], today: string): string {
  const { day, time } = startHere(i, i.yourTime);
  const when = startsWhen(i, today, i.yourTime);
  if (i.yourTime && day !== i.date) return `${when} ${time} your time (${i.date} ${i.time} ${i.tz})`;
  return `${when}${i.time ? ` ${i.time} ${i.tz}` : ""}${i.yourTime ? ` (${i.yourTime} your time)` : ""}`;
}

/** "by today", "by tomorrow", "within 3 days": when a thank-you note is to be sent. */
function sendWithin(sendBy: string, today: string): string {
  const days = daysFrom(today, sendBy);
  return days > 1 ? `within ${days} days` : `by ${relativeDay(sendBy, today)}`;
}
