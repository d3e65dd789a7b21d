// Saved progress meeting the checklist: ticking and unticking, content that changed since,
// counts and the next item due.
import { describe, expect, it } from "vitest";
import { loadContentFile } from "../../src/content/load.js";
import type { Checklist } from "../../src/content/types.js";
import {
  applySection,
  forFormat,
  freshProgress,
  inPhaseOrder,
  mergeProgress,
  nextItem,
  summarize,
  summaryLine,
  withHandTicks,
  type ProgressState,
} from "../../src/checklists/progress.js";

const checklist: Checklist = {
  kind: "checklist",
  id: "visit",
  title: "Visit",
  sections: [
    { title: "After", phase: "after", items: [{ id: "thank", text: "Send thanks", dueDays: 1 }] },
    {
      title: "Before",
      phase: "before",
      items: [
        { id: "read", text: "Read the values", dueDays: -3 },
        { id: "route", text: "Plan the route", dueDays: -1 },
        { id: "pack", text: "Pack a copy of the CV" },
      ],
    },
    { title: "Day", phase: "day-of", items: [{ id: "names", text: "Note names", dueDays: 0 }] },
  ],
};

const at = "2026-11-30T10:00:00+00:00";
const state = (done: string[], extra: Partial<ProgressState> = {}): ProgressState => ({
  ...freshProgress("visit", "Lakeside Health"),
  ...extra,
  done: done.map((id) => ({ id, at, text: id })),
});

describe("withHandTicks", () => {
  const later = "2026-12-01T08:00:00+00:00";
  it("takes the body's boxes over the front matter, and ignores lines that are no item", () => {
    const read = state(["read", "gone"], {
      marks: [
        { text: "Read the values (due 2026-11-27)", ticked: false },
        { text: "Plan the route (due 2026-11-29, overdue)", ticked: true },
        { text: "Pack a copy of the CV", ticked: true },
        { text: "Buy a tie", ticked: true },
        { text: "gone", ticked: false },
      ],
    });
    const done = withHandTicks(checklist, read, later).done;
    expect(done.map((entry) => entry.id)).toEqual(["gone", "route", "pack"]);
    expect(done.find((entry) => entry.id === "route")).toEqual({ id: "route", at: later, text: "Plan the route" });
  });

  it("tells two items with the same text apart by their place in the note", () => {
    // The "after" section comes last in the note, though first in the file.
    const twice: Checklist = {
      ...checklist,
      sections: [
        { title: "After", phase: "after", items: [{ id: "call-after", text: "Call the coordinator" }] },
        { title: "Before", phase: "before", items: [{ id: "call-before", text: "Call the coordinator" }] },
      ],
    };
    const marks = [
      { text: "Call the coordinator", ticked: true },
      { text: "Call the coordinator", ticked: false },
    ];
    expect(withHandTicks(twice, state(["call-before"], { marks }), later)).toEqual(state(["call-before"]));
    const swapped = [marks[1]!, marks[0]!];
    expect(withHandTicks(twice, state(["call-before"], { marks: swapped }), later).done).toEqual([{ id: "call-after", at: later, text: "Call the coordinator" }]);
  });

  it("keeps the time of an item ticked both ways, and drops the marks", () => {
    const read = state(["read"], { marks: [{ text: "Read the values", ticked: true }] });
    expect(withHandTicks(checklist, read, later)).toEqual(state(["read"]));
  });
});

describe("inPhaseOrder", () => {
  it("puts sections in the order they happen, whatever the file order", () => {
    expect(inPhaseOrder(checklist).sections.map((s) => s.phase)).toEqual(["before", "day-of", "after"]);
  });
});

describe("applySection", () => {
  const before = checklist.sections[1]!;

  it("stamps newly ticked items with the time and keeps the time of items already ticked", () => {
    const first = applySection(state([]), before, ["read"], "2026-11-28T09:00:00+00:00");
    const second = applySection(first, before, ["read", "route"], at);
    expect(second.done).toEqual([
      { id: "read", at: "2026-11-28T09:00:00+00:00", text: "Read the values" },
      { id: "route", at, text: "Plan the route" },
    ]);
  });

  it("removes an item that is unticked, and leaves other sections' ticks alone", () => {
    const result = applySection(state(["read", "thank"]), before, [], at);
    expect(result.done.map((entry) => entry.id)).toEqual(["thank"]);
  });

  it("never touches ticks of items that left the checklist", () => {
    const result = applySection(state(["old-item", "read"]), before, ["read"], at);
    expect(result.done.map((entry) => entry.id)).toEqual(["old-item", "read"]);
  });
});

describe("mergeProgress with a changed checklist", () => {
  it("shows items added to the checklist as not done", () => {
    const { ticked } = mergeProgress(checklist, state(["read"]));
    expect([...ticked]).toEqual(["read"]);
    expect(summarize(checklist, ticked, undefined, "2026-11-30")).toEqual({ done: 1, total: 5 });
  });

  it("keeps ticked items that were removed from the checklist, with their last known text", () => {
    const saved = state(["read"]);
    saved.done.push({ id: "gone", at: "2026-11-20T08:00:00+00:00", text: "Call the recruiter" });
    const merged = mergeProgress(checklist, saved);
    expect(merged.removed).toEqual([{ id: "gone", at: "2026-11-20T08:00:00+00:00", text: "Call the recruiter" }]);
    expect(merged.state.done.map((entry) => entry.id)).toEqual(["read", "gone"]);
  });

  it("refreshes the stored text of items still in the checklist", () => {
    const merged = mergeProgress(checklist, state(["read"]));
    expect(merged.state.done[0]?.text).toBe("Read the values");
  });
});

describe("summaries", () => {
  it("counts overdue items only when the interview date is known", () => {
    const { ticked } = mergeProgress(checklist, state(["read"]));
    // Interview on 2026-12-03, today 2026-12-03: "route" (due 12-02) is late; "read" is done.
    const summary = summarize(checklist, ticked, "2026-12-03", "2026-12-03");
    expect(summary).toEqual({ done: 1, total: 5, overdue: 1 });
    expect(summaryLine(summary)).toBe("1/5 done, 1 overdue");
    expect(summaryLine({ done: 7, total: 19 })).toBe("7/19 done");
  });

  it("names the open item due soonest as next, overdue ones first", () => {
    const next = nextItem(checklist, new Set(["read"]), "2026-12-03", "2026-12-03");
    expect(next).toMatchObject({ item: { id: "route" }, due: "2026-12-02", overdue: true });
  });

  it("without a date, names the first open item in phase order", () => {
    expect(nextItem(checklist, new Set(["read", "route"]), undefined, "2026-12-03")?.item.id).toBe("pack");
  });

  it("has nothing next when everything is done", () => {
    expect(nextItem(checklist, new Set(["read", "route", "pack", "names", "thank"]), "2026-12-03", "2026-12-03")).toBeUndefined();
  });

  it("once the interview day has passed, counts and names only after-interview items: preparation has lapsed", () => {
    // Interview on 2026-12-03; on the 5th nothing before or on the day is overdue or next any more.
    expect(summarize(checklist, new Set(), "2026-12-03", "2026-12-05")).toEqual({ done: 0, total: 5, overdue: 1 });
    expect(nextItem(checklist, new Set(), "2026-12-03", "2026-12-05")).toMatchObject({ item: { id: "thank" }, due: "2026-12-04", overdue: true });
    expect(nextItem(checklist, new Set(["thank"]), "2026-12-03", "2026-12-05")).toBeUndefined();
    // On the day itself the day's items are still to do.
    expect(summarize(checklist, new Set(), "2026-12-03", "2026-12-03")).toEqual({ done: 0, total: 5, overdue: 2 });
  });
});

describe("forFormat", () => {
  const withVideo: Checklist = {
    ...checklist,
    sections: [...checklist.sections, { title: "Video set-up", phase: "before", formats: ["virtual"], items: [{ id: "camera", text: "Raise the camera", dueDays: -1 }] }],
  };
  const titles = (c: Checklist) => c.sections.map((s) => s.title);

  it("leaves out a section meant for other formats, and keeps it for its own format and for an interview with none recorded", () => {
    expect(titles(forFormat(withVideo, "in-person"))).toEqual(["After", "Before", "Day"]);
    expect(titles(forFormat(withVideo, "phone"))).toEqual(["After", "Before", "Day"]);
    expect(titles(forFormat(withVideo, "virtual"))).toEqual(["After", "Before", "Day", "Video set-up"]);
    expect(forFormat(withVideo, undefined)).toBe(withVideo);
  });

  it("leaves the built-in patient coordinator checklist's in-person steps (paper copies, arriving early) out of a phone or video interview", () => {
    const loaded = loadContentFile("content/checklists/patient-coordinator.yaml");
    if (!loaded.ok || loaded.content.kind !== "checklist") throw new Error("the built-in checklist does not load");
    const builtIn = loaded.content;
    const ids = (format: "phone" | "virtual" | "in-person") => forFormat(builtIn, format).sections.flatMap((s) => s.items.map((item) => item.id));
    for (const format of ["phone", "virtual"] as const) expect(ids(format)).not.toEqual(expect.arrayContaining(["bring-documents"]));
    expect(ids("phone")).not.toContain("arrive-early");
    expect(ids("in-person")).toEqual(expect.arrayContaining(["bring-documents", "arrive-early", "show-warmth"]));
    expect(ids("phone")).toContain("show-warmth");
  });

  it("counts only the sections kept", () => {
    expect(summarize(forFormat(withVideo, "in-person"), new Set(), "2026-12-04", "2026-11-30").total).toBe(5);
    expect(summarize(withVideo, new Set(), "2026-12-04", "2026-11-30").total).toBe(6);
  });
});
