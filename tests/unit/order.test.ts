import { describe, expect, it } from "vitest";
import { byName, byText } from "../../src/io/order.js";

describe("sort orders", () => {
  it("byText puts ISO dates and 24-hour times in time order", () => {
    expect(["2026-12-01", "2026-11-28", "2027-01-05"].sort(byText)).toEqual(["2026-11-28", "2026-12-01", "2027-01-05"]);
    expect(["14:30", "09:00", "", "10:15"].sort(byText)).toEqual(["", "09:00", "10:15", "14:30"]);
    expect(byText("2026-11-28", "2026-11-28")).toBe(0);
  });

  it("byName puts names in a human order: an accented letter and a lowercase one beside their plain capital", () => {
    // Code-unit order would put "Élan" after "Zoe" and "ezra" after every capital.
    expect(["Zoe Clinic", "Élan Health", "ezra IM", "Emma IM"].sort(byName)).toEqual(["Élan Health", "Emma IM", "ezra IM", "Zoe Clinic"]);
  });
});
