// The one-line prompt of the forms (review, story): what Enter takes after Backspace on an empty line.
import { render } from "@inquirer/testing";
import { describe, expect, it } from "vitest";
import { linePrompt } from "../../src/ui/line-prompt.js";

const isDay = (value: string) => /^\d{4}-\d\d-\d\d$/.test(value) || "Type a real date as YYYY-MM-DD";

describe("line prompt", () => {
  it("keeps the default of a field that needs an answer when Backspace is pressed on an empty line", async () => {
    const { events, answer, getScreen } = await render(linePrompt, { message: "Interview date (YYYY-MM-DD)", default: "2026-11-30", validate: isDay });
    events.keypress("backspace");
    expect(getScreen()).toContain("(2026-11-30)");
    events.keypress("enter");
    await expect(answer).resolves.toBe("2026-11-30");
  });

  it("lets Backspace on an empty line take away the default of an optional field, so Enter leaves it empty", async () => {
    const { events, answer, getScreen } = await render(linePrompt, { message: "Role", default: "PGY-2" });
    events.keypress("backspace");
    expect(getScreen()).not.toContain("PGY-2");
    events.keypress("enter");
    await expect(answer).resolves.toBe("");
  });
});
