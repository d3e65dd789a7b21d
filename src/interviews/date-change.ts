// Whether a recorded interview may move to another day (`interviews edit --date`) once it is reviewed.
//
// A review is written after the interview, and dated the day it took place: its thank-you
// deadline and its place in rank come from that date. Moved to a day after today, the record
// would say the interview is still ahead while its review says it happened: `interviews` would
// show it scheduled, the checklist lapsed, and rank would rank it from a review of a day to come.
// So the move is refused, and the user is told what was likely meant (a second visit is an
// interview of its own). Moved to another day that has passed, the record is corrected, and the
// review keeps its own date until its form is run: said, so that the two do not disagree unseen.
import { reviewOfProgram } from "./reviewed.js";

export type DateChange = { refusal: string } | { note: string } | undefined;

/**
 * What moving the interview recorded as `program` to `date` (YYYY-MM-DD, local) means for its
 * review, as of `today` (YYYY-MM-DD, local): a refusal (the day is after today and a review or
 * draft exists), a note (the review is dated another day), or undefined (no review, or dated
 * `date`). A review that cannot be read says nothing here: `review` names what is broken.
 */
export async function reviewedDateChange(reviewsDir: string, program: string, date: string, today: string): Promise<DateChange> {
  const { found } = await reviewOfProgram(reviewsDir, program);
  if (!found || found.review.date === date) return undefined;
  const { review, file } = found;
  const written = `${program} has a ${review.draft ? "draft " : ""}review dated ${review.date} (${file})`;
  if (date > today) {
    return {
      refusal: `${written}, so it cannot move to ${date}, a day still ahead. For a second visit, record it as an interview of its own: interview-coach interviews add "${program} (second visit)" --date ${date}`,
    };
  }
  return { note: `${written}; thank-you deadlines and rank go by the review's date, so if the interview was on ${date}, correct the review's date too: interview-coach review "${program}"` };
}
