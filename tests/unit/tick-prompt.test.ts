// The checklist's checkbox prompt tells its caller each tick as it is made (so an interruption
// can save the ticks on screen), with the checkbox keys: space, a (all), i (invert), a number.
import { render } from "@inquirer/testing";
import { describe, expect, it } from "vitest";
import { tickPrompt } from "../../src/ui/tick-prompt.js";

const choices = [
  { value: "book-travel", name: "Book travel", checked: true },
  { value: "read-values", name: "Read the values", description: "Fit shows in examples" },
  { value: "pack-cv", name: "Pack your CV" },
];

describe("tick prompt", () => {
  it("reports every change before Enter, and answers with the ticked values", async () => {
    const changes: string[][] = [];
    const { events, answer, getScreen } = await render(tickPrompt, { message: "Before the visit (1/3)", choices, onChange: (ticked: unknown[]) => changes.push(ticked as string[]) });
    expect(getScreen()).toContain("❯◉ Book travel");
    events.keypress("down");
    expect(getScreen()).toContain("Fit shows in examples");
    events.keypress("space");
    events.keypress("i");
    events.keypress("a");
    events.keypress({ name: "1" });
    expect(changes).toEqual([["book-travel", "read-values"], ["pack-cv"], ["book-travel", "read-values", "pack-cv"], ["read-values", "pack-cv"]]);
    events.keypress("enter");
    await expect(answer).resolves.toEqual(["read-values", "pack-cv"]);
    expect(getScreen()).toContain("Before the visit (1/3) Read the values, Pack your CV");
  });

  it("up and down stop at the ends of the list", async () => {
    const { events, answer } = await render(tickPrompt, { message: "m", choices });
    events.keypress("up");
    events.keypress("space"); // still the first
    for (let i = 0; i < 5; i++) events.keypress("down");
    events.keypress("space"); // the last
    events.keypress("enter");
    await expect(answer).resolves.toEqual(["pack-cv"]);
  });

  it("with required, Enter on nothing ticked is refused with a line saying so, until something is ticked", async () => {
    const { events, answer, getScreen } = await render(tickPrompt, { message: "Competencies", choices: choices.map((c) => ({ ...c, checked: false })), required: true });
    events.keypress("enter");
    expect(getScreen()).toContain("At least one choice must be selected");
    events.keypress("space");
    expect(getScreen()).not.toContain("At least one choice must be selected");
    events.keypress("enter");
    await expect(answer).resolves.toEqual(["book-travel"]);
  });
});
