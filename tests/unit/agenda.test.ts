import { describe, expect, it } from "vitest";
import { buildAgenda, isQuiet, type AgendaInput } from "../../src/interviews/agenda.js";
import { renderAgendaMarkdown } from "../../src/interviews/agenda-render.js";
import type { Interview } from "../../src/interviews/interview.js";
import { DEFAULT_THANK_YOU_RULE, withThankYouRule } from "../../src/reviews/thank-you-rule.js";
import type { Checklist } from "../../src/content/types.js";

const interview = (program: string, date: string, extra: Partial<Interview> = {}) => ({
  interview: { program, date, tz: "UTC", kind: "residency" as const, specialty: "", extra: {}, body: "", ...extra },
  file: `interviews/${program}.md`,
  path: `/lib/interviews/${program}.md`,
});
const checklist: Checklist = {
  kind: "checklist",
  id: "day",
  title: "Interview day",
  sections: [
    {
      title: "Before",
      phase: "before",
      items: [
        { id: "read-site", text: "Read the site", dueDays: -2 },
        { id: "mock", text: "Mock interview", dueDays: -10 },
      ],
    },
    { title: "After", phase: "after", items: [{ id: "send-thanks", text: "Send thank-you notes", dueDays: 1 }] },
  ],
};
const base = (extra: Partial<AgendaInput> = {}): AgendaInput => ({
  today: "2026-11-25",
  interviews: [],
  reviews: [],
  progress: [],
  practice: [],
  rule: DEFAULT_THANK_YOU_RULE,
  ...extra,
});

describe("the agenda", () => {
  it("dates a checklist from its interview when the checklist has none, with thank-you items on the rule's day", () => {
    const agenda = buildAgenda(
      base({
        interviews: [interview("Lakeside IM", "2026-11-27")],
        progress: [{ state: { checklist: "day", program: "lakeside im", done: [] }, checklist: withThankYouRule(checklist, DEFAULT_THANK_YOU_RULE) }],
      }),
    );
    expect(agenda.checklistItems.map((i) => [i.text, i.due, i.overdue])).toEqual([
      ["Mock interview", "2026-11-17", true],
      ["Read the site", "2026-11-25", false],
      ["Send thank-you notes", "2026-11-29", false],
    ]);
    expect(agenda.interviews[0]).toMatchObject({ program: "Lakeside IM", inDays: 2, checklists: [{ checklist: "day", done: 0, total: 3, overdue: 1 }] });
  });

  it("lists checklist items due by tomorrow one by one, and counts later ones per checklist with the command that lists them", () => {
    const week: Checklist = {
      ...checklist,
      sections: [{ title: "Before", phase: "before", items: [-6, -4, -3, -1, 0].map((dueDays, i) => ({ id: `item-${i}`, text: `Item ${i}`, dueDays })) }],
    };
    const agenda = buildAgenda(
      base({
        interviews: [interview("Kyoto IM", "2026-12-01"), interview("Harbor IM", "2026-11-30")],
        progress: [
          { state: { checklist: "day", program: "Kyoto IM", done: [] }, checklist: week },
          { state: { checklist: "day", program: "Harbor IM", done: ["item-0", "item-1", "item-2", "item-4"].map((id) => ({ id, at: "2026-11-20T10:00:00Z" })) }, checklist: week },
        ],
      }),
    );
    const section = renderAgendaMarkdown(agenda).split("## Checklist items\n\n")[1]!.split("\n\n")[0]!.trimEnd();
    expect(section).toBe(
      [
        "- today: Item 0 (Kyoto IM, day)",
        "- in 4 days: Item 3 (Harbor IM, day)",
        '- in 2 to 6 days: 4 items for Kyoto IM (day) · interview-coach checklist day --program "Kyoto IM"',
      ].join("\n"),
    );
  });

  it("leaves out withdrawn interviews and their checklists, and interviews past the week", () => {
    const agenda = buildAgenda(
      base({
        interviews: [interview("Mercy", "2026-11-26", { withdrawn: "2026-11-20" }), interview("Harbor", "2026-12-03"), interview("Riverside", "2026-11-24", { withdrawn: "2026-11-20" })],
        progress: [{ state: { checklist: "day", program: "Mercy", date: "2026-11-26", done: [] }, checklist }],
      }),
    );
    expect([agenda.interviews, agenda.checklistItems, agenda.reviewsToWrite]).toEqual([[], [], []]);
    expect(isQuiet(agenda)).toBe(true);
  });

  it("is not quiet when the rank-order list deadline is this week, or practice is due", () => {
    expect(isQuiet(buildAgenda(base({ rankDeadline: "2026-12-02" })))).toBe(false);
    expect(isQuiet(buildAgenda(base({ rankDeadline: "2026-12-03" })))).toBe(true);
    const practice = buildAgenda(base({ practice: [{ deck: "residency", title: "Residency program interviews", due: 3 }, { deck: "networking", title: "Networking", due: 0 }] }));
    expect(isQuiet(practice)).toBe(false);
    expect(renderAgendaMarkdown(practice)).toContain("## Practice\n\n- today: 3 questions due in Residency program interviews · interview-coach practice residency\n");
  });

  it("says that one question falls due later in the week, and that several fall due", () => {
    const practice = (later: number) => renderAgendaMarkdown(buildAgenda(base({ practice: [{ deck: "residency", title: "Residency", due: 0, later, firstLater: "2026-11-27" }] })));
    expect(practice(1)).toContain(": 1 question in Residency falls due from then through");
    expect(practice(2)).toContain(": 2 questions in Residency fall due from then through");
  });

  it("lists practice soonest first: a deck due today before one whose questions fall due later", () => {
    const decks = [
      { deck: "networking", title: "Networking", due: 0, later: 2, firstLater: "2026-11-29" },
      { deck: "residency", title: "Residency", due: 2 },
      { deck: "second-interview", title: "Second interviews", due: 0, later: 1, firstLater: "2026-11-27" },
    ];
    expect(buildAgenda(base({ practice: decks })).practice.map((p) => p.deck)).toEqual(["residency", "second-interview", "networking"]);
  });

  it("turns an interview that has started from preparing for it to reviewing it", () => {
    const input = base({ interviews: [interview("Bayview", "2026-11-25", { time: "09:00" })], started: new Set(["Bayview"]) });
    expect(buildAgenda(input).interviews).toMatchObject([{ program: "Bayview", started: true }]);
    expect(buildAgenda(input).interviews[0]).not.toHaveProperty("suggestedChecklist");
    expect(renderAgendaMarkdown(buildAgenda(input))).toContain('- today 09:00 UTC: Bayview (residency) · started: once it is over, interview-coach review "Bayview"');
    expect(buildAgenda(base({ interviews: input.interviews })).interviews[0]).toMatchObject({ suggestedChecklist: "residency-interview-day" });
  });

  it("leaves out preparation once today's interview has started, not the day's own items or what comes after", () => {
    const day: Checklist = { ...checklist, sections: [...checklist.sections, { title: "On the day", phase: "day-of", items: [{ id: "arrive", text: "Arrive early", dueDays: 0 }] }] };
    const input = (started: Set<string>) =>
      base({ interviews: [interview("Lakeside IM", "2026-11-25", { time: "09:00" })], progress: [{ state: { checklist: "day", program: "lakeside im", done: [] }, checklist: day }], started });
    expect(buildAgenda(input(new Set())).checklistItems.map((i) => i.text)).toEqual(["Mock interview", "Read the site", "Arrive early", "Send thank-you notes"]);
    expect(buildAgenda(input(new Set(["Lakeside IM"]))).checklistItems.map((i) => i.text)).toEqual(["Arrive early", "Send thank-you notes"]);
  });

  it("says thank-you notes past their send-by day, not yet overdue, were due and go today", () => {
    // Within 2 days (by the 24th), overdue after 3 (the 26th on): on the 25th they are late.
    const text = renderAgendaMarkdown(buildAgenda(base({ interviews: [interview("Northgate", "2026-11-22"), interview("Bayview", "2026-11-24")] })));
    expect(text).toContain("Northgate: no review yet; its thank-you notes were due by 2026-11-24: send them today.");
    expect(text).toContain("Bayview: no review yet; its thank-you notes are due by 2026-11-26.");
  });

  it("warns about bias only once more than 2 days have passed without a review", () => {
    const agenda = buildAgenda(base({ interviews: [interview("Bayview", "2026-11-23"), interview("Northgate", "2026-11-22")] }));
    expect(agenda.reviewsToWrite.map((r) => [r.program, r.daysAgo, r.biasWarning])).toEqual([
      ["Northgate", 3, true],
      ["Bayview", 2, false],
    ]);
  });
});

describe("calendar events", () => {
  it("name the people to thank so that a name with a comma reads as one person", async () => {
    const { calendarEvents } = await import("../../src/interviews/calendar-events.js");
    const { blankReview } = await import("../../src/reviews/review-edit.js");
    const people = [
      { name: "Dr. Priya Raman", role: "", detail: "", thanked: null },
      { name: "Sam Ortiz, MD", role: "", detail: "", thanked: null },
    ];
    const review = { ...blankReview("Bayview IM", new Date(2026, 10, 24)), people };
    const events = calendarEvents({ interviews: [], reviews: [{ review, file: "reviews/bayview-im.md" }], progress: [], rule: DEFAULT_THANK_YOU_RULE, today: "2026-11-25" });
    expect(events.find((event) => event.title === "Thank-you notes: Bayview IM")?.description).toMatch(/^Send to Dr\. Priya Raman; Sam Ortiz, MD by the end of /);
  });
});

describe("calendar events of interviews", () => {
  it("say to prepare before the day, and to write the review once it has passed", async () => {
    const { calendarEvents } = await import("../../src/interviews/calendar-events.js");
    const events = calendarEvents({ interviews: [interview("Lakeside IM", "2026-11-20"), interview("Harbor Peds", "2026-12-04")], reviews: [], progress: [], rule: DEFAULT_THANK_YOU_RULE, today: "2026-11-25" });
    expect(events.find((event) => event.title === "Interview: Lakeside IM")?.description).toContain('Review: interview-coach review "Lakeside IM"');
    expect(events.find((event) => event.title === "Interview: Harbor Peds")?.description).toContain("Prepare: interview-coach today");
  });
});
