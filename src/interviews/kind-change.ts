// Whether a recorded interview may take another kind (`interviews edit --kind`) once it is reviewed.
//
// The kind decides what a review holds: a residency or job interview's is scored on that kind's
// criteria, with a gut feeling, for rank; a networking event's has no scores at all, and its notes
// follow up a conversation. The record cannot take a new kind alone: an event's review would be
// left a job's with no scores (rank leaves it out while followups drafts it as an event), and a
// job's made an event's would keep scores no event has, or lose what the user scored. Making the
// review follow the record would not mend that either, as nothing but the review form can ask for
// the new kind's scores, or drop the old ones with the user's say. So the review changes first,
// in its form (`review` asks the kind, then what that kind needs), and the edit refuses until it
// has: once the review is of the new kind, the record follows, as `review` itself suggests. An
// interview with no review, or whose review is of the new kind already, changes kind freely.
import { displayPath } from "../io/library.js";
import { kindPhrase, isPlaceKind, type InterviewKind } from "../content/interview-kinds.js";
import { reviewOfProgram } from "./reviewed.js";

/**
 * Why the interview recorded as `program` cannot be made a `kind` now, in one line with what to do
 * instead; undefined when it can (see above). A review that cannot be read refuses too: what it
 * holds cannot be told.
 */
export async function reviewedKindRefusal(reviewsDir: string, program: string, kind: InterviewKind): Promise<string | undefined> {
  const { found, issues } = await reviewOfProgram(reviewsDir, program);
  const editRecord = `interview-coach interviews edit "${program}" --kind ${kind}`;
  if (!found) {
    if (!issues.length) return undefined;
    const file = displayPath((await import("../reviews/review-note.js")).reviewFile(reviewsDir, program));
    if (!issues.some((issue) => issue.file === file)) return undefined;
    return `the review of ${program} (${file}) cannot be read, so whether it fits a ${kindPhrase(kind)} cannot be told: fix it first (interview-coach review "${program}" says where it is broken), then: ${editRecord}`;
  }
  const { review, file } = found;
  if (review.kind === kind) return undefined;
  const [why, form] = !isPlaceKind(review.kind)
    ? [`it has no scores or gut feeling, which a ${kindPhrase(kind)}'s review gives rank`, "asks for them"]
    : !isPlaceKind(kind)
      ? ["its scores and gut feeling are for rank, which leaves a networking event out", "leaves them out"]
      : [`it is scored on a ${kindPhrase(review.kind)}'s criteria, not a ${kindPhrase(kind)}'s`, "asks for those"];
  const draft = review.draft ? "draft " : "";
  return `${program} has a ${draft}review written for a ${kindPhrase(review.kind)} (${file}): ${why}. Change the review's kind first, and its form ${form}: interview-coach review "${program}"; then: ${editRecord}`;
}
