// Withdrawing ends the season's business with a program: `today` and `calendar` leave its
// thank-you notes out, `rank` leaves its review off the list, and `followups`, which lists the
// record of everyone met, says which programs were withdrawn.
import { existsSync } from "node:fs";

/**
 * The reviews among `files` whose program's recorded interview (in `interviewsDir`) was
 * withdrawn, each with the day it was (YYYY-MM-DD). The interviews are read (through their
 * cache) only when some are recorded; a broken interview note is the interview commands' to
 * report, so it withdraws nothing here.
 */
export async function withdrawnReviews<T extends { review: { program: string } }>(files: readonly T[], interviewsDir: string): Promise<Map<T, string>> {
  const withdrawn = new Map<T, string>();
  if (files.length === 0 || !existsSync(interviewsDir)) return withdrawn;
  const [{ loadInterviews }, { findInterview }] = await Promise.all([import("../interviews/interview-file.js"), import("../interviews/find.js")]);
  const { interviews } = await loadInterviews(interviewsDir).catch(() => ({ interviews: [] }));
  for (const file of files) {
    const day = findInterview(interviews, file.review.program)?.interview.withdrawn;
    if (day) withdrawn.set(file, day);
  }
  return withdrawn;
}
