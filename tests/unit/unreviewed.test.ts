// Reviews still to write or finish: which interviews `today`, `interviews` and `followups` name.
import { describe, expect, it } from "vitest";
import { hasDealBreaker, missingReviewLine, missingReviews } from "../../src/interviews/unreviewed.js";
import { nextStep, statusOf } from "../../src/interviews/interview.js";
import type { ReviewFile } from "../../src/reviews/score.js";

const entry = (program: string, date: string) => ({
  interview: { program, date, tz: "UTC", kind: "residency" as const, specialty: "", extra: {}, body: "" },
  file: `interviews/${program}.md`,
  path: `/lib/interviews/${program}.md`,
});
const review = (program: string, date: string, draft = false) => ({ review: { program, date, ...(draft ? { draft: true } : {}) } }) as unknown as Pick<ReviewFile, "review">;

describe("reviews to finish", () => {
  it("names a draft of an interview still scheduled: dated otherwise, or saved on the interview's day", () => {
    const missing = missingReviews([entry("Sunrise Clinic", "2026-12-08"), entry("Harbor", "2026-11-30")], [review("Sunrise Clinic", "2026-11-29", true), review("Harbor", "2026-11-30", true)], "2026-11-30");
    expect(missing.map((m) => [m.entry.interview.program, m.daysAgo, m.draft, m.draftDated])).toEqual([
      ["Sunrise Clinic", 1, true, "2026-11-29"],
      ["Harbor", 0, true, undefined],
    ]);
    expect(missingReviewLine(missing[0]!)).toBe('Sunrise Clinic has a draft review dated 2026-11-29 (the interview is recorded for 2026-12-08) to finish. Run: interview-coach review "Sunrise Clinic"');
    expect(missingReviewLine(missing[1]!)).toBe('Harbor was today and its review is a draft. Run: interview-coach review "Harbor"');
  });

  it("leaves out a scheduled interview with a finished review (dated early) and one with none", () => {
    expect(missingReviews([entry("Lakeside", "2026-12-08"), entry("Mercy", "2026-12-01")], [review("Lakeside", "2026-11-24")], "2026-11-30")).toEqual([]);
  });

  it("gives a scheduled interview with a draft the draft as its next step", () => {
    const sunrise = entry("Sunrise Clinic", "2026-12-08").interview;
    expect(nextStep(sunrise, statusOf(sunrise, "2026-11-30", false), "2026-11-30", { draft: "2026-11-29" })).toBe("finish the draft review (dated 2026-11-29; the record says 2026-12-08)");
    expect(nextStep(sunrise, "scheduled", "2026-12-08", { draft: "2026-12-08" })).toBe("finish the draft review (today)");
    expect(nextStep(sunrise, "scheduled", "2026-11-30")).toBe("prepare: checklist, practice (in 8 days)");
  });

  it("gives a reviewed interview whose review names a deal-breaker the decision on it, not the ranking", () => {
    const lakeside = entry("Lakeside", "2026-11-20").interview;
    const reviews = (dealBreakers: string[]) => [{ review: { program: "Lakeside", date: "2026-11-20", draft: false, people: [], dealBreakers } }] as unknown as Pick<ReviewFile, "review">[];
    expect(hasDealBreaker("Lakeside", reviews(["No visa sponsorship I can use"]))).toBe(true);
    expect(hasDealBreaker("Lakeside", reviews([]))).toBe(false);
    expect(nextStep(lakeside, "reviewed", "2026-11-30", { toThank: 2, dealBreaker: true })).toBe("thank-you notes, then decide on its deal-breaker (rank lists it apart)");
    expect(nextStep(lakeside, "reviewed", "2026-11-30", { toThank: 0, dealBreaker: true })).toBe("decide on its deal-breaker (rank lists it apart)");
    expect(nextStep(lakeside, "reviewed", "2026-11-30", { toThank: 0 })).toBe("rank");
  });

  it("gives a reviewed networking event its follow-up notes, and no ranking: it is not on the list", () => {
    const mixer = { ...entry("Chicago Mixer", "2026-11-20").interview, kind: "networking" as const };
    expect(nextStep(mixer, "reviewed", "2026-11-30", { toThank: 1 })).toBe("follow-up notes");
    expect(nextStep(mixer, "reviewed", "2026-11-30", { toThank: 0 })).toBe("nothing left to do");
  });

  it("gives an interview of today the review once it has started, and luck before", () => {
    const harbor = { ...entry("Harbor", "2026-11-30").interview, time: "09:00" };
    expect(nextStep(harbor, "scheduled", "2026-11-30")).toBe("today: good luck");
    expect(nextStep(harbor, "started", "2026-11-30")).toBe("write the review once it is over (it started at 09:00 UTC)");
  });
});
