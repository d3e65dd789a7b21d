import { describe, expect, it } from "vitest";
import type { Question } from "../../src/content/types.js";
import { analyseAnswer, renderFeedbackLines, starParts } from "../../src/practice/feedback.js";
import { privacyWarnings } from "../../src/practice/privacy.js";

function question(overrides: Partial<Question> = {}): Question {
  return { id: "q", text: "Why this specialty?", tags: [], format: "open", answerSeconds: 90, points: [], tips: [], followups: [], ...overrides };
}

const fillersOf = (answer: string) => analyseAnswer(answer, question(), 90).fillers;

describe("word count and speaking time", () => {
  it.each([
    ["", 0, 0],
    ["one", 1, 0.4],
    ["I'm on a J-1 visa; I didn’t wait.", 8, 3.2],
    ["word ".repeat(150), 150, 60],
    ["word ".repeat(151), 151, 60.4],
    ["  spaces\n\nand\tnewlines  ", 3, 1.2],
  ])("%j has %i words, about %f s at 150 wpm", (answer, words, seconds) => {
    const feedback = analyseAnswer(answer, question(), 60);
    expect(feedback.words).toBe(words);
    expect(feedback.speakingSeconds).toBe(seconds);
  });

  it("is over the limit only when the estimate passes it", () => {
    expect(analyseAnswer("word ".repeat(150), question(), 60).overLimit).toBe(false);
    expect(analyseAnswer("word ".repeat(151), question(), 60).overLimit).toBe(true);
  });
});

describe("fillers and hedges", () => {
  it.each<[string, string, { word: string; count: number }[]]>([
    ["plain fillers", "Um, I basically, uh, actually liked it. Umm.", [{ word: "um", count: 2 }, { word: "uh", count: 1 }, { word: "basically", count: 1 }, { word: "actually", count: 1 }]],
    ["phrases", "You know, I mean, it was kind of hard, sort of. I guess maybe.", [{ word: "you know", count: 1 }, { word: "I mean", count: 1 }, { word: "kind of", count: 1 }, { word: "sort of", count: 1 }, { word: "I guess", count: 1 }, { word: "maybe", count: 1 }]],
    ["most frequent first", "maybe maybe um maybe um literally", [{ word: "maybe", count: 3 }, { word: "um", count: 2 }, { word: "literally", count: 1 }]],
    ["'like' set off by commas", "It was, like, chaos.", [{ word: "like", count: 1 }]],
    ["'like' as a verb or comparison", "I like surgery, and it felt like home. Things like that, likely.", []],
    ["'so' at the start of a sentence", "So, I called her. Then. So, again.", [{ word: "so", count: 2 }]],
    ["'so' between commas", "We waited, so, I asked.", [{ word: "so", count: 1 }]],
    ["'so' without commas", "So I called, and so did she. I think so, too.", []],
    ["'so' and 'like' at the start of a line", "I paused \n  So, then\nLike, yes", [{ word: "like", count: 1 }, { word: "so", count: 1 }]],
    ["'kind of' as a kind", "What kind of doctor? A different sort of case.", []],
    ["'you know' as a question", "Do you know the answer? If you know, say so", []],
    ["curly apostrophes and capitals", "UM, You Know, it’s fine", [{ word: "um", count: 1 }, { word: "you know", count: 1 }]],
  ])("%s", (_name, answer, expected) => {
    expect(fillersOf(answer)).toEqual(expected);
  });
});

describe("STAR parts", () => {
  it.each<[string, string, [boolean, boolean, boolean, boolean]]>([
    [
      "all four",
      "When I was on my medicine rotation, a patient kept missing dialysis. My role was to find out why. I decided to call his daughter and I organized transport. As a result he missed no sessions in the next month.",
      [true, true, true, true],
    ],
    ["situation only", "During my third year we had a difficult family.", [true, false, false, false]],
    ["in my ... rotation", "In my surgery rotation things were busy.", [true, false, false, false]],
    ["task only", "I was responsible for discharge planning.", [false, true, false, false]],
    ["needed to", "We needed to cut the wait.", [false, true, false, true]],
    ["action: so I", "so I spoke to the charge nurse", [false, false, true, false]],
    ["action: I asked", "I asked the team for help.", [false, false, true, false]],
    ["result: percentage", "Readmissions fell 12% after that.", [false, false, false, true]],
    ["result: in the end", "In the end the family was grateful.", [false, false, false, true]],
    ["result: which led", "which led to a new protocol", [false, false, false, true]],
    ["none", "I like people and I want to help.", [false, false, false, false]],
    ["'so I'm' is not an action", "So I'm a team player.", [false, false, false, false]],
  ])("%s", (_name, answer, [situation, task, action, result]) => {
    expect(starParts(answer)).toEqual({ situation, task, action, result });
  });

  it("is only reported for star questions", () => {
    expect(analyseAnswer("When I was there I decided.", question({ format: "open" }), 90).star).toBeUndefined();
    expect(analyseAnswer("When I was there I decided.", question({ format: "star" }), 90).star).toEqual({ situation: true, task: false, action: true, result: false });
  });
});

describe("coverage of the question's points", () => {
  const covered = (answer: string, keywords: string[]) =>
    analyseAnswer(answer, question({ points: [{ text: "The point", keywords }] }), 90).covered[0]?.matched ?? [];

  it.each<[string, string, string[], string[]]>([
    ["a keyword starts a word", "I realized it then", ["realiz"], ["realized"]],
    ["case does not matter", "ROTATION in Peds", ["rotation"], ["rotation"]],
    ["not in the middle of a word", "It was a prerotation talk", ["rotation"], []],
    ["a phrase of word starts", "the day to days of clinic", ["day to day"], ["day to days"]],
    ["a phrase matches a hyphenated answer", "the day-to-day work", ["day to day"], ["day-to-day"]],
    ["a phrase needs its words in order", "day after day, to be fair", ["day to day"], []],
    ["hyphenated keyword, hyphenated answer", "I did a sub-internship", ["sub-i"], ["sub-internship"]],
    ["hyphenated keyword, spaced answer", "my sub internship in June", ["sub-i"], ["sub internship"]],
    ["hyphenated keyword, joined answer", "I am on an H1B visa", ["h-1b"], ["h1b"]],
    ["j-1 exactly", "I hold a J-1 visa", ["j-1"], ["j-1"]],
    ["apostrophe keyword with a curly answer", "I didn’t give up", ["didn't"], ["didn't"]],
    ["i'm", "I'm from Lagos", ["i'm"], ["i'm"]],
    ["the answer's words, in keyword order, once each", "a patient on rotation, another patient", ["rotation", "moment", "patient", "pat"], ["rotation", "patient"]],
  ])("%s", (_name, answer, keywords, expected) => {
    expect(covered(answer, keywords)).toEqual(expected);
  });

  it("splits points into covered and missed, in the question's order", () => {
    const q = question({
      points: [
        { text: "A moment", keywords: ["moment"] },
        { text: "The hard parts", keywords: ["challeng", "difficult"] },
        { text: "Evidence", keywords: ["elective"] },
      ],
    });
    const feedback = analyseAnswer("One moment on an elective.", q, 90);
    expect(feedback.covered).toEqual([
      { point: "A moment", matched: ["moment"] },
      { point: "Evidence", matched: ["elective"] },
    ]);
    expect(feedback.missed).toEqual(["The hard parts"]);
  });

  it("judges a point without keywords by two of its own words", () => {
    const q = question({ points: [{ text: "Concrete experiences with patients", keywords: [] }] });
    expect(analyseAnswer("Experience with patients taught me.", q, 90).covered).toEqual([{ point: "Concrete experiences with patients", matched: ["experience", "patients"] }]);
    expect(analyseAnswer("Patients matter.", q, 90).missed).toEqual(["Concrete experiences with patients"]);
  });
});

describe("repeated words", () => {
  it.each<[string, { word: string; count: number }[]]>([
    ["team team team patient patient patient patient care care", [{ word: "patient", count: 4 }, { word: "team", count: 3 }]],
    ["the the the and and and I I I really really really", []],
    ["care care", []],
    ["alpha alpha alpha beta beta beta gamma gamma gamma delta delta delta", [{ word: "alpha", count: 3 }, { word: "beta", count: 3 }, { word: "gamma", count: 3 }]],
    ["2019 2019 2019", []],
  ])("%j", (answer, expected) => {
    expect(analyseAnswer(answer, question(), 90).repeated).toEqual(expected);
  });
});

describe("privacy warnings", () => {
  it.each<[string, string[]]>([
    ["Her DOB was 03/14/1962.", ["looks like a date of birth (03/14/1962)"]],
    ["born 1962-03-14", ["looks like a date of birth (1962-03-14)"]],
    ["He was born on 14/03/1962", ["looks like a date of birth (14/03/1962)"]],
    ["born 3/14/62", ["looks like a date of birth (3/14/62)"]],
    ["born March 14, 1962 in Ohio", ["looks like a date of birth (March 14, 1962)"]],
    ["date of birth 05/01/2015", ["looks like a date of birth (05/01/2015)"]],
    ["seen on 07/01/2021 in clinic", ["has a full date (07/01/2021), which can identify a patient"]],
    ["her DOB: 3/14, so I", ["looks like a date of birth (DOB: 3/14)"]],
    ["his date of birth was March 14th", ["looks like a date of birth (date of birth was March 14th)"]],
    ["DOB 03/14/1962", ["looks like a date of birth (03/14/1962)"]],
    ["MRN 1234567", ["looks like a medical record number (MRN 1234567)"]],
    ["mrn: 00123", ["looks like a medical record number (mrn: 00123)"]],
    ["record number 12345678 was wrong", ["looks like a medical record number (record number 12345678)"]],
    ["I pulled up 12345678 in the records", ["looks like a medical record number (12345678)"]],
    ["call 555-123-4567", ["looks like a phone number (555-123-4567)"]],
    ["(555) 123-4567", ["looks like a phone number ((555) 123-4567)"]],
    ["+1 555 123 4567", ["looks like a phone number (+1 555 123 4567)"]],
    ["+44 20 7946 0958", ["looks like a phone number (+44 20 7946 0958)"]],
    ["patient John Smith came in", ["looks like a patient's name (patient John Smith)"]],
    ["Mr. Jones refused", ["looks like a patient's name (Mr. Jones)"]],
    ["Mrs Okafor and Ms. Lee", ["looks like a patient's name (Mrs Okafor)", "looks like a patient's name (Ms. Lee)"]],
    ["her name was Maria Lopez", ["looks like a patient's name (her name was Maria Lopez)"]],
    ["the patient Maria When we spoke", ["looks like a patient's name (patient Maria)"]],
  ])("flags %j", (answer, expected) => {
    expect(privacyWarnings(answer)).toEqual(expected);
  });

  it.each([
    "In 2019 I started residency and in 2020 I moved.",
    "From 2019-2020 I did research.",
    "We cut wait times by 30% and 12.5 percent.",
    "We saw 1,200 patients a year and saved $250,000.",
    "It took 3-4 weeks, about 10-15 minutes a visit.",
    "The patient I saw was frightened; the patient's family agreed.",
    "Patient Care Coordinator, Patient Experience team.",
    "I was born in Lagos in 1990 and my name is Ada Obi.",
    "My rotation was in May 2019, version 1.2.10 of the app.",
    "Our score rose from 4.5 to 4.8 out of 5 on 1200 surveys.",
    "Dr. Patel, my mentor, took me under her wing.",
    "I always confirm the DOB and the date of birth on the form, never aloud.",
    "I see 20 patients a day, 5 days a week, 48 weeks a year.",
  ])("does not flag %j", (answer) => {
    expect(privacyWarnings(answer)).toEqual([]);
  });

  it("is part of the feedback", () => {
    expect(analyseAnswer("Patient John Smith, MRN 1234567.", question(), 90).privacy).toEqual([
      "looks like a patient's name (Patient John Smith)",
      "looks like a medical record number (MRN 1234567)",
    ]);
  });
});

describe("renderFeedbackLines", () => {
  it("gives length, coverage, STAR, fillers, repetition and privacy as plain lines", () => {
    const q = question({
      format: "star",
      points: [
        { text: "A concrete moment", keywords: ["moment"] },
        { text: "The hard parts", keywords: ["challeng"] },
      ],
    });
    const answer = "Um, that moment with patient John Smith. Team team team. I decided to stay.";
    expect(renderFeedbackLines(analyseAnswer(answer, q, 90))).toEqual([
      "Length: 14 words, about 6s spoken (limit 1m30s)",
      "Points covered: 1 of 2",
      '  ✓ A concrete moment: "moment"',
      "  ✗ The hard parts",
      "STAR: Situation ✗, Task ✗, Action ✓, Result ✗ (missing: Situation, Task, Result)",
      "Fillers: um ×1",
      "Most repeated: team ×3",
      "Privacy: this answer may identify a patient, and notes are stored unencrypted:",
      "  - looks like a patient's name (patient John Smith)",
    ]);
  });

  it("says when the answer runs over and when it has no fillers", () => {
    expect(renderFeedbackLines(analyseAnswer("word ".repeat(300), question(), 90))).toEqual([
      "Length: 300 words, about 2m spoken: over the 1m30s limit",
      "Fillers: none",
      "Most repeated: word ×300",
    ]);
    expect(renderFeedbackLines(analyseAnswer("Yes", question(), 45))[0]).toBe("Length: 1 word, about 0s spoken (limit 45s)");
  });

  it("gives only the time for an answer without words (spoken aloud) and no filler count", () => {
    const aloud = { ...analyseAnswer("", question(), 90), speakingSeconds: 102.4, overLimit: true };
    expect(renderFeedbackLines(aloud)).toEqual(["Spoken for about 1m42s: over the 1m30s limit"]);
    expect(renderFeedbackLines({ ...aloud, speakingSeconds: 60, overLimit: false })).toEqual(["Spoken for about 1m (limit 1m30s)"]);
    expect(renderFeedbackLines(analyseAnswer("  ", question(), 90))).toEqual(["Length: no words"]);
  });
});
