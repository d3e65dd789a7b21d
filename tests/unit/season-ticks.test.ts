import { describe, expect, it } from "vitest";
import { withRecordedTicks } from "../../src/checklists/season-ticks.js";
import type { Checklist } from "../../src/content/types.js";

const checklist: Checklist = {
  kind: "checklist",
  id: "after",
  title: "After",
  sections: [
    {
      title: "Same day",
      phase: "after",
      items: [
        { id: "impressions", text: "Write your impressions", doneBy: "review" },
        { id: "names", text: "Write down names" },
        { id: "thanks", text: "Send thank-you notes", doneBy: "thank-you-notes" },
      ],
    },
  ],
};
const NOW = "2026-11-25T10:00:00+00:00";
const fresh = { checklist: "after", program: "Bayview", done: [] };
const ids = (state: { done: { id: string }[] }) => state.done.map((entry) => entry.id);

describe("items ticked by the program's records", () => {
  it("ticks the review's items once it is written, and the thank-you items only once everyone is thanked", () => {
    expect(ids(withRecordedTicks(checklist, fresh, { reviewed: false, everyoneThanked: false }, NOW))).toEqual([]);
    expect(ids(withRecordedTicks(checklist, fresh, { reviewed: true, everyoneThanked: false }, NOW))).toEqual(["impressions"]);
    expect(withRecordedTicks(checklist, fresh, { reviewed: true, everyoneThanked: true }, NOW).done).toEqual([
      { id: "impressions", at: NOW, text: "Write your impressions" },
      { id: "thanks", at: NOW, text: "Send thank-you notes" },
    ]);
  });

  it("keeps a tick made by hand with its own time, and unticks nothing", () => {
    const ticked = { ...fresh, done: [{ id: "impressions", at: "2026-11-24T20:00:00+00:00" }, { id: "thanks", at: "2026-11-24T21:00:00+00:00" }] };
    expect(withRecordedTicks(checklist, ticked, { reviewed: true, everyoneThanked: false }, NOW)).toBe(ticked);
  });
});
