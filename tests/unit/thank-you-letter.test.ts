import { describe, expect, it } from "vitest";
import { draftNote } from "../../src/reviews/followups.js";
import { blankReview } from "../../src/reviews/review-edit.js";
import { closing, salutation, topicForLetter } from "../../src/reviews/thank-you-letter.js";

describe("salutation", () => {
  it.each([
    ["Dr. Priya Raman", "Dear Dr. Raman,"],
    ["Priya Raman, MD", "Dear Dr. Raman,"],
    ["Priya Raman MD", "Dear Dr. Raman,"],
    ["Dr. Jan van der Berg", "Dear Dr. van der Berg,"],
    ["Prof. Ana de la Cruz", "Dear Prof. de la Cruz,"],
    ["Ms. Sam Lee", "Dear Ms. Lee,"],
    ["Sam Lee", "Dear Sam Lee,"],
    ["Jordan Blake, RN", "Dear Jordan Blake,"],
    ["Dr. Okafor", "Dear Dr. Okafor,"],
    // Family name first, as Chinese, Japanese and Korean names are written.
    ["Dr. 田中 美咲", "Dear Dr. 田中,"],
    ["Dr. 김 민준", "Dear Dr. 김,"],
  ])("%s → %s", (name, expected) => {
    expect(salutation(name)).toBe(expected);
  });
});

describe("salutation from the person's role", () => {
  it.each([
    ["James O'Neill", "PGY-2 resident", "Dear Dr. O'Neill,"],
    ["Ana Rivera", "Program director, attending", "Dear Dr. Rivera,"],
    ["Sam Lee", "Chief resident", "Dear Dr. Lee,"],
    ["Jordan Blake", "Nurse resident", "Dear Jordan Blake,"],
    ["Kim Park", "Physician assistant", "Dear Kim Park,"],
    ["Lee Wong", "Residency program coordinator", "Dear Lee Wong,"],
    ["Ms. Sam Lee", "PGY-1 resident", "Dear Ms. Lee,"],
  ])("%s (%s) → %s", (name, role, expected) => {
    expect(salutation(name, role)).toBe(expected);
  });
});

describe("the topic, said to the person", () => {
  it.each([
    ["her research on heart failure readmissions", "your research on heart failure readmissions"],
    ["his move from the ICU to clinic", "your move from the ICU to clinic"],
    ["how she runs morning report", "how you run morning report"],
    ["what he has planned for the new clinic", "what you have planned for the new clinic"],
    ["the book I lent her", "the book I lent you"],
    ["the new sepsis QI project", "the new sepsis QI project"],
    ["their night float system", "their night float system"],
  ])("%s → %s", (topic, expected) => {
    expect(topicForLetter(topic)).toBe(expected);
  });
});

describe("a thank-you draft", () => {
  it("salutes by title and surname, says 'your research' and signs with the name from config", () => {
    const review = { ...blankReview("Lakeside IM", new Date(2026, 10, 25)), date: "2026-11-20" };
    const text = draftNote(review, { name: "Dr. Priya Raman", role: "Program director", detail: "her research on heart failure readmissions", thanked: null }, "Alex Kim");
    expect(text).toContain("\nDear Dr. Raman,\n");
    expect(text).toContain("our conversation about your research on heart failure readmissions;");
    expect(text.endsWith("Best regards,\nAlex Kim")).toBe(true);
  });

  it("without a name in config, leaves a placeholder that says where to set it", () => {
    expect(closing(undefined)[1]).toContain("me: { name: ... }");
  });
});
