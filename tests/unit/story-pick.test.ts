// The one-key story prompt after a STAR answer: the keys it names are the keys that pick, and s
// (which skips) is never named as one, however large the story bank.
import { render } from "@inquirer/testing";
import { describe, expect, it } from "vitest";
import { storyPickPrompt } from "../../src/ui/story-pick.js";

const bank = (count: number) => Array.from({ length: count }, (_, i) => `Story ${i + 1}`);

describe("story pick prompt", () => {
  it("names the keys of a short bank as one run, and Enter picks none", async () => {
    const { events, answer, getScreen } = await render(storyPickPrompt, { titles: bank(3) });
    expect(getScreen()).toContain("Which story did you tell? 1-3 picks, Enter: none");
    events.keypress("enter");
    await expect(answer).resolves.toBeUndefined();
  });

  it("for a bank past s, names the letters around it: s skips, t picks the one after r", async () => {
    const titles = bank(29);
    const { events, answer, getScreen } = await render(storyPickPrompt, { titles });
    expect(getScreen()).toContain("Which story did you tell? 1-9, a-r, t-u picks, Enter: none");
    expect(getScreen()).toContain("<t> Story 28");
    events.keypress({ name: "t" });
    await expect(answer).resolves.toBe(27);
    expect(getScreen()).not.toContain("more that fit");
    const skipped = await render(storyPickPrompt, { titles });
    skipped.events.keypress({ name: "s" });
    await expect(skipped.answer).resolves.toBeUndefined();
  });

  it("says how many stories that fit are past the last key, which cannot be picked here", async () => {
    const { events, answer, getScreen } = await render(storyPickPrompt, { titles: bank(36) });
    expect(getScreen()).toContain("1-9, a-r, t-z picks");
    expect(getScreen()).toContain("…and 2 more that fit, with no key left to pick them");
    // Answered, so that no prompt is left open: one left open is closed when the test worker
    // exits, and its rejection then fails the run as an unhandled error.
    events.keypress("enter");
    await expect(answer).resolves.toBeUndefined();
  });
});
