// Withdrawing ends the season's business with a program: `today` and `calendar` leave its
// thank-you notes out, `rank` leaves its review off the list, and `followups`, which lists the
// record of everyone met, says which programs were withdrawn.
import { existsSync } from "node:fs";
import { findInterview } from "../interviews/find.js";
import type { InterviewEntry, LoadedInterviews } from "../interviews/interview-file.js";

/**
 * The recorded interviews in `interviewsDir`, through their cache; undefined when none are
 * recorded, and then their reader is not even loaded. Broken notes come back as issues; throws
 * CannotReadError (exit 66) for a folder that cannot be read.
 */
export async function recordedSeason(interviewsDir: string): Promise<LoadedInterviews | undefined> {
  if (!existsSync(interviewsDir)) return undefined;
  return (await import("../interviews/interview-file.js")).loadInterviews(interviewsDir);
}

/** The reviews among `files` whose program's interview in `interviews` was withdrawn, each with that day (YYYY-MM-DD). */
export function withdrawnReviews<T extends { review: { program: string } }>(files: readonly T[], interviews: readonly InterviewEntry[]): Map<T, string> {
  const withdrawn = new Map<T, string>();
  for (const file of files) {
    const day = findInterview(interviews, file.review.program)?.interview.withdrawn;
    if (day) withdrawn.set(file, day);
  }
  return withdrawn;
}
