// Names a user types (programs, decks) become file names: none may leave its folder.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { slugify } from "../../src/io/slug.js";

function isSafe(slug: string): boolean {
  return slug.length > 0 && !slug.includes("/") && !slug.includes("\\") && !slug.includes("..") && !slug.startsWith("-") && !slug.startsWith(".");
}

describe("slugify", () => {
  it.each([
    ["Lakeside IM", "lakeside-im"],
    ["Clínica São José", "clinica-sao-jose"],
    ["  St. Mary's / Internal Medicine  ", "st-mary-s-internal-medicine"],
    ["../../etc/passwd", "etc-passwd"],
    ["..\\..\\Windows\\System32", "windows-system32"],
    ["-rf", "rf"],
    ["---", "untitled"],
    ["..", "untitled"],
    ["", "untitled"],
    ["日本語", "untitled"],
  ])("%j -> %j", (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it("keeps names short and never ends on a dash", () => {
    const slug = slugify(`${"a".repeat(59)} b c d`);
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug.endsWith("-")).toBe(false);
  });

  it("uses the fallback when nothing is left", () => {
    expect(slugify("///", "program")).toBe("program");
  });

  it("never yields a path separator, '..', a leading dash or dot, or an empty name, whatever the input", () => {
    const tricky = fc.constantFrom("/", "\\", ".", "..", "-", " ", "\u0000", "é", "\u0301", "ﬁ", "Ⅻ", "İ", "\u200b", "~", "$");
    const input = fc.oneof(fc.string({ unit: "grapheme", maxLength: 80 }), fc.array(fc.oneof(tricky, fc.string({ maxLength: 3 })), { maxLength: 40 }).map((parts) => parts.join("")));
    fc.assert(
      fc.property(input, (name) => {
        const slug = slugify(name);
        expect(isSafe(slug), JSON.stringify({ name, slug })).toBe(true);
        expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$|^untitled$/);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("slugify keeps letters that Unicode does not decompose", () => {
  it.each([
    ["Ærø Hospital", "aero-hospital"],
    ["Straße Klinik", "strasse-klinik"],
    ["Łódź Medical", "lodz-medical"],
    ["Clínica São José", "clinica-sao-jose"],
  ])("%s -> %s", (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });
});
