import { describe, expect, it } from "vitest";
import { dayAndMonth, longDate } from "../../src/io/markdown.js";

describe("dates as notes write them", () => {
  it("day, British short month and year on the local clock, whatever the machine's locale", () => {
    expect(longDate(new Date(2026, 10, 22, 23, 59))).toBe("22 Nov 2026");
    expect(longDate(new Date(2026, 8, 3))).toBe("3 Sept 2026");
    expect(longDate(new Date(2027, 0, 1, 0, 0))).toBe("1 Jan 2027");
  });

  it("day and full month for a letter's 'when we met'", () => {
    expect(dayAndMonth(new Date(2026, 0, 31))).toBe("31 January");
    expect(dayAndMonth(new Date(2026, 11, 9))).toBe("9 December");
  });
});
