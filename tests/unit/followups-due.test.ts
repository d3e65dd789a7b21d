import { describe, expect, it } from "vitest";
import { draftNote, dueDay, followUps, renderFollowUps } from "../../src/reviews/followups.js";
import { findPerson, findReview } from "../../src/reviews/find.js";
import { blankReview } from "../../src/reviews/review-edit.js";
import type { Person, Review } from "../../src/reviews/review.js";
import type { ReviewFile } from "../../src/reviews/score.js";

const today = new Date(2026, 10, 25, 15);
const person = (name: string, extra: Partial<Person> = {}): Person => ({ name, role: "", detail: "", thanked: null, ...extra });
const file = (program: string, date: string, people: Person[], extra: Partial<Review> = {}): ReviewFile => ({
  review: { ...blankReview(program, today), date, people, ...extra },
  file: `reviews/${program}.md`,
});

describe("thank-you due dates", () => {
  it.each([
    ["2026-11-20", "2026-11-22"],
    ["2026-12-30", "2027-01-01"],
    ["2028-02-27", "2028-02-29"],
    ["2026-03-06", "2026-03-08"],
  ])("an interview on %s is thanked by the end of %s (two days after)", (interview, due) => {
    expect(dueDay(interview)).toBe(due);
  });

  it("lists overdue first (latest first), then due (soonest first), then sent", () => {
    const items = followUps(
      [
        file("Hillcrest", "2026-11-24", [person("Dr. Chen")]),
        file("Lakeside IM", "2026-11-20", [person("Dr. Rivera"), person("Sam Lee", { thanked: "2026-11-21" })]),
        file("Mercy", "2026-11-21", [person("Dr. Okafor")]),
        file("Bayview", "2026-11-22", [person("Dr. Park")]),
      ],
      today,
    );
    expect(items.map((i) => [i.person.name, i.status, i.days])).toEqual([
      // Days past the send-by day.
      ["Dr. Rivera", "overdue", 3],
      ["Dr. Okafor", "overdue", 2],
      // Send-by day was the 24th; the 25th is the third day: late, not yet overdue.
      ["Dr. Park", "due", -1],
      ["Dr. Chen", "due", 1],
      ["Sam Lee", "sent", 0],
    ]);
    const text = renderFollowUps(items, today);
    expect(text).toContain("As of 25 Nov 2026: 2 overdue, 2 to send, 1 sent.");
    expect(text).toContain("| **overdue** by 3 days | 22 Nov 2026 | Dr. Rivera | Lakeside IM |");
    expect(text).toContain("| late: send today | 24 Nov 2026 | Dr. Park | Bayview |");
    expect(text).toContain("| sent 21 Nov 2026 |");
  });

  it("drafts a note from what was discussed", () => {
    const review = file("Lakeside IM", "2026-11-20", []).review;
    const text = draftNote(review, person("Dr. Rivera", { role: "Program director", detail: "the new sepsis QI project" }));
    expect(text).toContain("## Dr. Rivera (Program director), Lakeside IM");
    expect(text).toContain("Dear Dr. Rivera,");
    expect(text).toContain("on 20 November during my interview for Lakeside IM. I especially enjoyed our conversation about the new sepsis QI project");
  });
});

describe("finding a program and a person", () => {
  const files = [file("Lakeside IM", "2026-11-20", [person("Dr. Ana Rivera"), person("Sam Lee")]), file("Hillcrest Family Medicine", "2026-11-21", [])];

  it("finds a program ignoring case, and a person by a unique part of the name", () => {
    expect(findReview(files, "lakeside im").review.program).toBe("Lakeside IM");
    expect(findPerson(files[0]!.review.people, "rivera", "Lakeside IM").index).toBe(0);
  });

  it("finds a person typed without the dots or accents of their name", () => {
    const people = [person("Dr. Priya Raman"), person("Dr. Tomás Okafor"), person("Sam Lee")];
    expect(findPerson(people, "Dr Priya Raman", "Lakeside IM").index).toBe(0);
    expect(findPerson(people, "dr tomas okafor", "Lakeside IM").index).toBe(1);
    expect(() => findPerson(people, "Dr Priya Ramen", "Lakeside IM")).toThrow(/Did you mean 'Dr. Priya Raman'\?/);
  });

  it("finds a person named with a title or degrees the review gives otherwise, or not at all", () => {
    const people = [person("Priya Raman, MD"), person("Dr. Jennifer Walsh"), person("Sam Lee")];
    expect(findPerson(people, "Dr. Priya Raman", "Summit").index).toBe(0);
    expect(findPerson(people, "Jennifer Walsh, DO", "Summit").index).toBe(1);
    expect(findPerson(people, "Jennifer Walsh", "Summit").index).toBe(1);
    expect(() => findPerson(people, "Dr. Sam Leigh", "Summit")).toThrow(/no one named 'Dr. Sam Leigh'/);
  });

  it("finds a person by the name the thank-you draft greets them with", () => {
    const people = [person("James Okafor, MD"), person("Sam Lee")];
    expect(findPerson(people, "Dr. Okafor", "Lakeside IM").index).toBe(0);
    expect(() => findPerson(people, "Dr. Lee", "Lakeside IM")).toThrow(/no one named 'Dr. Lee'/);
  });

  it.each(["Dr. Raman", "Dr Raman", "dr raman", "Doctor Raman"])("finds a person greeted by title and surname however the title is typed: %s", (typed) => {
    const people = [person("Dr. Priya Raman"), person("Prof. Ken Sato"), person("Sam Lee")];
    expect(findPerson(people, typed, "Lakeside IM").index).toBe(0);
    expect(findPerson([person("James Raman, MD"), person("Sam Lee")], typed, "Lakeside IM").index).toBe(0);
  });

  it("tells titles apart, with or without their full stops", () => {
    const people = [person("Dr. Priya Raman"), person("Prof. Ken Sato")];
    expect(findPerson(people, "Prof Sato", "Lakeside IM").index).toBe(1);
    expect(() => findPerson(people, "Prof Raman", "Lakeside IM")).toThrow(/no one named 'Prof Raman'/);
    expect(() => findPerson(people, "Dr Sato", "Lakeside IM")).toThrow(/no one named 'Dr Sato'/);
  });

  it("names the closest programs and people when nothing matches", () => {
    expect(() => findReview(files, "Lakesid IM")).toThrow(/no review for 'Lakesid IM'\. Did you mean 'Lakeside IM'\?/);
    expect(() => findPerson(files[0]!.review.people, "Sam Lea", "Lakeside IM")).toThrow(/Did you mean 'Sam Lee'\?/);
    expect(() => findPerson(files[0]!.review.people, "Zed", "Lakeside IM")).toThrow(/People met there: 'Dr. Ana Rivera', 'Sam Lee'/);
  });

  it("points a typo of a recorded interview not reviewed yet to that interview's review, not to one under the typo", () => {
    expect(() => findReview(files, "Mercy Genral", 0, ["Lakeside IM", "Mercy General IM"])).toThrow(
      `no review for 'Mercy Genral'. Did you mean 'Mercy General IM'? It has no review yet: interview-coach review "Mercy General IM"`,
    );
    expect(() => findReview(files, "Nowhere General", 0, ["Mercy General IM"])).toThrow(`no review for 'Nowhere General'. Write one with: interview-coach review "Nowhere General"`);
  });

  it("says a recorded interview typed as recorded has no review yet, suggesting neither its own name nor a reviewed one near it", () => {
    const expected = `no review for 'lakeside peds' yet: its interview is recorded, but not reviewed. Write one with: interview-coach review "Lakeside Peds"`;
    expect(() => findReview(files, "lakeside peds", 0, ["Lakeside Peds"])).toThrow(expected);
    expect(() => findReview(files, "Lakeside Peds", 2, ["Lakeside Peds"])).toThrow("not reviewed. 2 review files could not be read (see above); it may be one of them. Write one with");
  });
});
