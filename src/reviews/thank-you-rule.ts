// When thank-you notes are due: the one rule that the checklists, `followups`, `today` and the
// calendar all use. Common advice to applicants is to send them within a day or two of the
// interview; after three days a note starts to read as an afterthought.
import { shiftDay } from "../io/dates.js";
import type { Checklist } from "../content/types.js";

export interface ThankYouRule {
  /** Send by this many days after the interview day (the "due" day). */
  sendWithinDays: number;
  /** Past this many days after the interview day, a note is overdue. */
  overdueAfterDays: number;
}

export const DEFAULT_THANK_YOU_RULE: ThankYouRule = { sendWithinDays: 2, overdueAfterDays: 3 };

/** The rule in effect: config `season.thankYou`, else the defaults (within 2 days, overdue after 3). */
export function thankYouRule(config: { season?: { thankYou?: Partial<ThankYouRule> | undefined } | undefined }): ThankYouRule {
  const given = config.season?.thankYou ?? {};
  const sendWithinDays = given.sendWithinDays ?? DEFAULT_THANK_YOU_RULE.sendWithinDays;
  // Overdue can never start before the send-by day.
  const overdueAfterDays = Math.max(sendWithinDays, given.overdueAfterDays ?? DEFAULT_THANK_YOU_RULE.overdueAfterDays);
  return { sendWithinDays, overdueAfterDays };
}

export type ThankYouState = "due" | "overdue";

export interface ThankYouDates {
  /** YYYY-MM-DD: send by the end of this day. */
  sendBy: string;
  /** YYYY-MM-DD: the last day before the note is overdue. */
  lastDay: string;
}

/** The send-by and last days for an interview on `interviewDay` (YYYY-MM-DD). */
export function thankYouDates(interviewDay: string, rule: ThankYouRule): ThankYouDates {
  return { sendBy: shiftDay(interviewDay, rule.sendWithinDays), lastDay: shiftDay(interviewDay, rule.overdueAfterDays) };
}

/** Due until the end of the last day, overdue after it (days as YYYY-MM-DD, local). */
export function thankYouState(interviewDay: string, today: string, rule: ThankYouRule): ThankYouState {
  return today > thankYouDates(interviewDay, rule).lastDay ? "overdue" : "due";
}

/**
 * A checklist item about thank-you notes: its id names them (thank-each-person, send-thank-yous),
 * or the notes tick it (`doneBy: thank-you-notes`), as the follow-ups after a networking event do.
 */
export function isThankYouItem(item: { id: string; doneBy?: string | undefined }): boolean {
  return item.doneBy === "thank-you-notes" || /(^|-)thank(-|s?$|-you)/.test(item.id);
}

/**
 * The checklist with every thank-you item due on the rule's send-by day, whatever the content
 * file says, so that a checklist and `followups` never give two different days for one note.
 */
export function withThankYouRule<C extends Checklist>(checklist: C, rule: ThankYouRule): C {
  return {
    ...checklist,
    sections: checklist.sections.map((section) => ({
      ...section,
      items: section.items.map((item) => (isThankYouItem(item) ? { ...item, dueDays: rule.sendWithinDays } : item)),
    })),
  };
}
