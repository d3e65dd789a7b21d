// Thank-you notes: who is owed one, by when, and a first draft built from what was discussed.
// When a note is due comes from the one thank-you rule (thank-you-rule.ts); late ones come
// first because they are the ones slipping away.
import { daysBetween, parseDay } from "../io/dates.js";
import { dayAndMonth, inline, longDate, notOnThisList, table } from "../io/markdown.js";
import { DEFAULT_THANK_YOU_RULE, thankYouDates, type ThankYouRule } from "./thank-you-rule.js";
import { closing, salutation, topicForLetter } from "./thank-you-letter.js";
import { byName } from "../io/order.js";
import { personLabel } from "./find.js";
import type { Person, Review } from "./review.js";
import type { ReviewFile } from "./score.js";
import { atNamed, isPlaceKind, KINDS, notesNoun, type InterviewKind } from "../content/interview-kinds.js";
import { capitalised } from "../io/prose.js";

/** "withdrawn": not sent, to a program whose interview was withdrawn; no longer asked for. */
export type FollowUpStatus = "overdue" | "due" | "withdrawn" | "sent";

export interface FollowUp {
  program: string;
  /** The kind of the review: after a networking event the note follows up, rather than thanks. */
  kind: InterviewKind;
  file: string;
  person: Person;
  /** How to name them to `followups --done`: the name, or "Dr. Lee, Surgery" / "Dr. Lee #2" beside a namesake. */
  label: string;
  /** YYYY-MM-DD: the last day to send it. */
  due: string;
  status: FollowUpStatus;
  /** Days past the send-by day (overdue), or days left to it (due; 0 = today, below 0 = late but not yet overdue); 0 once sent. */
  days: number;
}

/** The send-by day (YYYY-MM-DD) for an interview on `interview`, by the thank-you rule. */
export function dueDay(interview: string, rule: ThankYouRule = DEFAULT_THANK_YOU_RULE): string {
  return thankYouDates(interview, rule).sendBy;
}

/**
 * Everyone owed a note (and those thanked), by the thank-you rule as of `today` (local). Notes not
 * sent to the programs of `withdrawn` (reviews whose interview was withdrawn) are "withdrawn".
 */
export function followUps(files: readonly ReviewFile[], today: Date, rule: ThankYouRule = DEFAULT_THANK_YOU_RULE, withdrawn: ReadonlySet<ReviewFile> = new Set()): FollowUp[] {
  const items: FollowUp[] = [];
  for (const reviewFile of files) {
    const { review, file } = reviewFile;
    const { sendBy: due, lastDay } = thankYouDates(review.date, rule);
    const left = daysBetween(today, parseDay(due)!);
    const overdue = daysBetween(today, parseDay(lastDay)!) < 0;
    for (const [index, person] of review.people.entries()) {
      const status: FollowUpStatus = person.thanked ? "sent" : withdrawn.has(reviewFile) ? "withdrawn" : overdue ? "overdue" : "due";
      items.push({ program: review.program, kind: review.kind, file, person, label: personLabel(review.people, index), due, status, days: status === "overdue" ? -left : status === "due" ? left : 0 });
    }
  }
  const order: Record<FollowUpStatus, number> = { overdue: 0, due: 1, withdrawn: 2, sent: 3 };
  // Overdue: most late first. Due: soonest first. Sent: most recent first.
  return items.sort(
    (a, b) =>
      order[a.status] - order[b.status] ||
      (a.status === "sent" ? cmp(b.person.thanked ?? "", a.person.thanked ?? "") : cmp(a.due, b.due)) ||
      byName(a.program, b.program) ||
      byName(a.person.name, b.person.name),
  );
}

const day = (iso: string) => longDate(parseDay(iso)!);
/** YYYY-MM-DD strings sort as dates. */
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function statusLabel(item: FollowUp): string {
  if (item.status === "sent") return `sent ${day(item.person.thanked!)}`;
  if (item.status === "withdrawn") return "not asked for: withdrawn";
  if (item.status === "overdue") return `**overdue** by ${item.days} day${item.days === 1 ? "" : "s"}`;
  if (item.days < 0) return "late: send today";
  return item.days === 0 ? "due today" : `due in ${item.days} day${item.days === 1 ? "" : "s"}`;
}

/**
 * The notes of `items` as a Markdown document, as of `today`. `unreadable`: review files (as
 * shown) whose people are not in it, since they cannot be read; said at its top, as rank does.
 */
export function renderFollowUps(items: readonly FollowUp[], today: Date, unreadable: readonly string[] = []): string {
  const count = (status: FollowUpStatus) => items.filter((i) => i.status === status).length;
  const out = [`# ${capitalised(notesNoun(items.map((i) => i.kind)))}`, "", `As of ${longDate(today)}: ${count("overdue")} overdue, ${count("due")} to send, ${count("sent")} sent${count("withdrawn") ? `, ${count("withdrawn")} to withdrawn programs` : ""}.`, ""];
  if (unreadable.length) out.push(notOnThisList(unreadable, "review", "run followups again"), "");
  const rows = items.map((i) => [
    statusLabel(i),
    day(i.due),
    inline(i.label) + (i.person.role && i.label !== `${i.person.name}, ${i.person.role}` ? `, ${inline(i.person.role)}` : ""),
    inline(i.program),
    inline(i.person.detail) || " ",
  ]);
  out.push(table(["Status", "Send by", "Person", "Program", "Talked about"], rows));
  return `${out.join("\n")}\n`;
}

function longDay(iso: string): string {
  return dayAndMonth(parseDay(iso)!);
}

/** A first draft to make one's own: specific beats polished, so it starts from the detail. */
export function draftNote(review: Review, person: Person, signature?: string, metOn = review.date): string {
  const { subject, text, own } = letter(review, person, metOn);
  const lines = [
    `## ${inline(person.name)}${person.role ? ` (${inline(person.role)})` : ""}, ${inline(review.program)}`,
    "",
    `Subject: ${subject}`,
    "",
    salutation(person.name, person.role),
    "",
    text,
    "",
    own,
    "",
    ...closing(signature),
  ];
  return lines.join("\n");
}

/**
 * What a letter says: after an interview, thanks for it; after a networking event, a follow-up of
 * the conversation, which is what the people met there expect the next day.
 */
function letter(review: Review, person: Person, metOn: string): { subject: string; text: string; own: string } {
  const on = longDay(metOn);
  if (!isPlaceKind(review.kind)) {
    const talk = person.detail ? `I especially enjoyed our conversation about ${topicForLetter(person.detail)}, and I would be glad to continue it.` : "Thank you for taking the time to talk with me; I would be glad to stay in touch.";
    // An event's name may want an article ("the Chicago Mixer") or not ("HIMSS"): said where none is needed.
    return {
      subject: `Good to meet you – ${review.program}`,
      text: `It was a pleasure to meet you ${atNamed(review.kind, review.program)} on ${on}. ${talk}`,
      own: "[One sentence of your own: what you promised to send, or a next step such as a short call.]",
    };
  }
  const place = review.kind === "job" ? `the ${review.specialty ? `${review.specialty} ` : ""}position at ${review.program}` : `${review.program}`;
  const what = review.kind === "job" ? "the role" : "the program";
  const detail = person.detail
    ? `I especially enjoyed our conversation about ${topicForLetter(person.detail)}; it gave me a clearer picture of ${what} and made me even more interested.`
    : `I appreciated learning more about ${what} from you.`;
  return {
    subject: `Thank you for my interview at ${review.program}`,
    text: `Thank you for taking the time to meet with me on ${on} during my interview for ${place}. ${detail}`,
    own: "[One sentence of your own: what you would bring, or what you look forward to.]",
  };
}

/**
 * The letters to the people met, under when they are due. `metOn`: the day (YYYY-MM-DD) the
 * letters name, as the people met count it (an interview's recorded day in its own zone), when
 * that is not the review's date on the user's clock; the deadline still goes by the review's date.
 */
export function renderDrafts(review: Review, people: readonly Person[], rule: ThankYouRule = DEFAULT_THANK_YOU_RULE, signature?: string, metOn = review.date): string {
  const { noun, note } = KINDS[review.kind];
  const intro = [`# ${capitalised(note)}s: ${inline(review.program)}`, "", `${capitalised(noun)} on ${day(metOn)}; send by ${day(dueDay(review.date, rule))}.`, ""];
  return `${[...intro, people.map((p) => draftNote(review, p, signature, metOn)).join("\n\n")].join("\n")}\n`;
}

/** "reviews/x.md corrects Dr. Mei Chn to Dr. Mei Chen under "People met": …": names corrected by hand are read as the people's names (see Review.renamedPeople). */
export function renamedLine(review: Pick<Review, "renamedPeople">, file: string): string {
  const renames = (review.renamedPeople ?? []).map(({ from, to }) => `${from} to ${to}`).join(", ");
  return `${file} corrects ${renames} under "People met": read as the name from now on, thank-you notes included (the front matter gets it when the review is next saved)`;
}

/** "reviews/x.md lists Dr. Mei Chen under "People met" by hand, …": how to make them people met (see Review.unlistedPeople). */
export function unlistedLine(review: Pick<Review, "program" | "unlistedPeople">, file: string): string {
  return `${file} lists ${(review.unlistedPeople ?? []).join(", ")} under "People met" by hand, not in its front matter, so no thank-you note is tracked for them; add them with: interview-coach review "${review.program}"`;
}
