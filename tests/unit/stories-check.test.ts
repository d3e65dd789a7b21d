// `stories check` as a plain function: coverage per competency, gaps most-asked first, STAR
// parts with their evidence sentence, near-duplicates; and the stories that fit a question.
import { beforeAll, describe, expect, it } from "vitest";
import { competencyIds } from "../../src/content/competencies.js";
import { isHistoryEntry, type AnswerEntry } from "../../src/practice/history.js";
import { checkStories, nearDuplicates, storiesFor } from "../../src/stories/check.js";
import { checkMarkdown } from "../../src/stories/story-markdown.js";
import { storyStats, storyStatsMarkdown } from "../../src/stories/practice-stats.js";
import { renderStoryStats } from "../../src/ui/stories-view.js";
import { starEvidence } from "../../src/stories/star-evidence.js";
import { loadLanguage } from "../../src/practice/language.js";
import { analyseAnswer, renderFeedbackLines } from "../../src/practice/feedback.js";
import { toldText } from "../../src/stories/story.js";

// The STAR check reads stories with the language model that practice feedback uses.
beforeAll(async () => {
  await loadLanguage();
}, 30_000);
import type { Story } from "../../src/stories/story.js";
import { competenciesPractised, storyUses } from "../../src/stories/usage.js";
import { deck as deckOf, question as questionOf } from "../helpers/content.js";

const question = (id: string, competencies?: string[]) => questionOf(id, { text: `Question ${id}?`, format: "star", ...(competencies ? { competencies } : {}) });
const deck = deckOf([question("q1", ["conflict"]), question("q2", ["conflict", "teamwork"]), question("q3", ["leadership"]), question("q4", ["conflict"]), question("q5")], { id: "d", title: "A deck", answerSeconds: 90 });
const story = (title: string, competencies: string[], text: Partial<Story> = {}): Story => ({
  slug: title.toLowerCase().replace(/ /g, "-"),
  title,
  competencies,
  where: "",
  file: `stories/${title}.md`,
  situation: "",
  task: "",
  action: "",
  result: "",
  learned: "",
  ...text,
});

const handover = story("Handover", ["teamwork"], {
  situation: "During my sub-internship the night team had no written handover.",
  task: "I needed to make sure tasks were not lost.",
  action: "I organised a checklist with the senior resident. It took a week.",
  result: "As a result, missed tasks fell by half.",
});

describe("checkStories", () => {
  // Built once the language model has loaded (the file's first beforeAll).
  let report: ReturnType<typeof checkStories>;
  beforeAll(() => {
    report = checkStories([handover, story("Ward round", ["leadership"], { situation: "One day on the ward." })], [deck], competencyIds(), new Map([["handover", 3]]));
  });

  it("lists per competency the stories that show it and the questions that ask for it", () => {
    expect(report.competencies.map((c) => [c.id, c.stories, c.questions.map((q) => q.id)])).toEqual([
      ["teamwork", ["Handover"], ["q2"]],
      ["conflict", [], ["q1", "q2", "q4"]],
      ["leadership", ["Ward round"], ["q3"]],
    ]);
  });

  it("writes the facts line of a story with no competency without a stray separator", () => {
    const bare = checkStories([story("Night float", [])], [deck], competencyIds(), new Map());
    const lines = checkMarkdown(bare).split("\n");
    expect(lines[lines.indexOf("### Night float") + 2]).toBe("answers 0 questions · told in practice never");
    const told = checkMarkdown(report).split("\n");
    expect(told[told.indexOf("### Handover") + 2]).toBe("teamwork · answers 1 question · told in practice 3 times");
  });

  it("gives the gaps most-asked first", () => {
    expect(report.gaps).toEqual([{ id: "conflict", label: "Conflict", questions: 3 }]);
  });

  it("maps each story to the questions it can answer, and counts its uses", () => {
    expect(report.stories.map((s) => [s.title, s.questions.map((q) => q.id), s.used])).toEqual([
      ["Handover", ["q2"], 3],
      ["Ward round", ["q3"], 0],
    ]);
  });

  it("names the STAR parts a story's text misses, and the sentence that shows each part found", () => {
    const [full, thin] = report.stories;
    expect(full!.missing).toEqual([]);
    expect(full!.star.action).toEqual({ found: true, sentence: "I organised a checklist with the senior resident." });
    expect(full!.star.result).toEqual({ found: true, sentence: "As a result, missed tasks fell by half." });
    expect(thin!.missing).toEqual(["task", "action", "result"]);
  });
});

describe("a story told only as \"we\"", () => {
  const we = story("Whiteboard", ["teamwork"], {
    situation: "On my medicine sub-internship the night team kept losing track of pending labs.",
    task: "I was asked to help the team keep track of them.",
    action: "We made a whiteboard and we checked it every morning together.",
    result: "As a result, no pending lab was missed for the rest of the month.",
  });

  it("gets the hint practice feedback gives the same text (say what you did), in the list and beside the Action", () => {
    const report = checkStories([handover, we], [deck], competencyIds());
    expect(report.stories.map((s) => [s.title, s.star.weOnly])).toEqual([
      ["Handover", false],
      ["Whiteboard", true],
    ]);
    const asAnswer = analyseAnswer(toldText(we), question("q2"), 90);
    expect(asAnswer.weOnly).toBe(true);
    expect(renderFeedbackLines(asAnswer, "star")).toContain('  Say what you did: every step is told as "we", so the interviewer cannot tell your part.');
    const md = checkMarkdown(report);
    expect(md).toMatch(/^- Whiteboard: .*Say what you did: every step is told as "we", so the interviewer cannot tell your part\.$/m);
    expect(md).toContain('- Action: **missing** (told only as "we")');
    // The story with an "I" in its action gets neither.
    expect(md.match(/told as "we"/g)).toHaveLength(1);
    expect(md.match(/told only as "we"/g)).toHaveLength(1);
  });
});

describe("storyStats", () => {
  it("counts the stories told for the decks reported only, as it counts competencies", () => {
    const answers = [
      { deck: "d", question: "q1", story: "handover" },
      { deck: "other", question: "x", story: "handover" },
      { deck: "other", question: "y", story: "handover" },
    ];
    expect(storyStats({ answers, decks: [deck], stories: [handover] }).storiesUsed).toEqual([{ story: "handover", title: "Handover", answers: 1 }]);
  });

  it("with no story saved, says how to add one (practice asks which story was told only when there are some)", () => {
    const none = storyStats({ answers: [{ deck: "d", question: "q1" }], decks: [deck], stories: [] });
    expect(renderStoryStats(none, 0, 100)).toContain("Stories told  no stories yet: add one with interview-coach stories add");
    expect(storyStatsMarkdown(none, 0)).toContain("No stories yet: add one with `interview-coach stories add`; practice then asks which one you told after a STAR answer.");
    const unnamed = storyStats({ answers: [{ deck: "d", question: "q1" }], decks: [deck], stories: [handover] });
    expect(renderStoryStats(unnamed, 1, 100)).toContain("Stories told  none named yet: pick one after a STAR answer");
    expect(storyStatsMarkdown(unnamed, 1)).toContain("No answer has named a story yet (pick one after a STAR answer in practice).");
  });

  it("names the competencies practised by their labels on the terminal, as the report does", () => {
    const stats = { storiesUsed: [], competencies: [{ id: "difficult-conversation", label: "A difficult conversation", answers: 2 }] };
    expect(renderStoryStats(stats, 1, 100)).toContain("Competencies  A difficult conversation ×2");
  });
});

describe("starEvidence", () => {
  it("keeps 'Dr. Lee' inside one sentence", () => {
    const told = story("On call", [], { situation: "When I was on call, Dr. Lee asked me to help.", action: "So I called the family." });
    expect(starEvidence(told).situation.sentence).toBe("When I was on call, Dr. Lee asked me to help.");
  });

  it("quotes each part from its own section when that section shows it, not the first sentence that reads as it", () => {
    const mistake = story("Missed authorisation", ["mistake"], {
      situation: "In my first month at a community clinic in Houston I booked an MRI without checking prior authorisation.",
      task: "I had to get the scan approved before the next morning.",
      action: "I told my supervisor, called the insurer myself and sent the clinical notes.",
      result: "The authorisation came through that afternoon and her scan went ahead on time.",
    });
    const star = starEvidence(mistake);
    expect(star.action.sentence).toBe("I told my supervisor, called the insurer myself and sent the clinical notes.");
    expect(star.result.sentence).toBe("The authorisation came through that afternoon and her scan went ahead on time.");
    expect(star.task.sentence).toBe("I had to get the scan approved before the next morning.");
  });

  it("finds a part in its own section or not at all, never quoting another section for it", () => {
    const rushed = story("Rushed appointment", ["difficult-conversation"], {
      situation: "A patient complained to the practice manager that I had rushed her appointment.",
      action: "I was upset at first. I realised she was right.",
      result: "I would call her and apologise.",
    });
    const star = starEvidence(rushed);
    expect([star.situation.found, star.action.found, star.result.found]).toEqual([true, false, false]);
    const moved = story("Family moved ward", ["difficult-conversation"], {
      situation: "On my locum in Leeds a family was furious that their father had been moved wards overnight without anyone telling them.",
      task: "I told the son I would find out what had happened before the end of the day.",
      action: "I checked the bed manager's log, rang the night registrar, and sat down with the family in a quiet room that afternoon to explain and apologise.",
      result: "The family calmed down, stayed for the rest of his stay, and the ward now phones relatives before any night move.",
    });
    const parts = starEvidence(moved);
    expect(parts.situation.sentence).toBe(moved.situation);
    expect(parts.action.sentence).toBe(moved.action);
    expect(parts.result.sentence).toBe(moved.result);
  });

  it("takes an event told in the Result section as the Result in any words, as a spoken 'Result:' does; a comment, a feeling or a plan there is none", () => {
    const base = { situation: "On a busy Friday at the clinic a patient with chest pain had no appointment.", action: "I found a slot, told the nurse and booked him in." };
    const result = (text: string) => starEvidence(story("Friday", [], { ...base, result: text })).result;
    for (const event of ["He was seen that day and later wrote a kind note to the office manager.", "We discharged ten of twelve patients before noon.", "We did not miss a Saturday for three months."]) {
      expect(result(event)).toEqual({ found: true, sentence: event });
    }
    const comments = ["It was a learning experience.", "It was a great opportunity to grow.", "It made me a better doctor.", "This experience taught me the value of communication."];
    for (const none of [...comments, "I felt proud of the team.", "Next time I would ask for help sooner.", "I learned to ask for help early."]) {
      expect(result(none).found).toBe(false);
    }
  });

  it("still judges the story as told: a section that shows nothing is not made a part by its heading", () => {
    const vague = story("Vague", [], { situation: "During my surgery rotation a scan was refused.", action: "I called the insurer.", result: "It was a learning experience." });
    expect(starEvidence(vague).result.found).toBe(false);
  });
});

describe("nearDuplicates", () => {
  it("pairs two tellings of one experience and leaves different ones apart", () => {
    const retold = story("Handover again", ["teamwork"], { ...handover, title: "Handover again", result: "Missed tasks fell by half after that." });
    const other = story("Angry daughter", ["conflict"], { situation: "A patient's daughter was angry about a delayed operation.", action: "I listened and explained." });
    const pairs = nearDuplicates([handover, retold, other]);
    expect(pairs.map((p) => [p.a, p.b])).toEqual([["Handover", "Handover again"]]);
    expect(pairs[0]!.similarity).toBeGreaterThanOrEqual(0.5);
  });
});

describe("storiesFor", () => {
  it("puts the stories sharing most competencies first, then the least told", () => {
    const a = story("A", ["conflict"]);
    const b = story("B", ["conflict", "teamwork"]);
    const c = story("C", ["conflict"]);
    const d = story("D", ["leadership"]);
    expect(storiesFor(["conflict", "teamwork"], [a, b, c, d], new Map([["a", 2]])).map((s) => s.title)).toEqual(["B", "C", "A"]);
  });
});

describe("history and the story bank", () => {
  const answer: AnswerEntry = { type: "answer", session: "s", deck: "d", question: "q2", rating: 3, seconds: 60, limit: 90, takes: 1, answer: "x", mode: "typed", covered: 0, points: 0, at: "2026-11-29T10:00:00Z" };

  it("reads lines with and without a story; a story that is not text is not an entry", () => {
    expect(isHistoryEntry(answer)).toBe(true);
    expect(isHistoryEntry({ ...answer, story: "handover" })).toBe(true);
    expect(isHistoryEntry({ ...answer, story: 7 })).toBe(false);
  });

  it("counts the stories told and the competencies practised", () => {
    expect([...storyUses([answer, { ...answer, story: "handover" }, { ...answer, story: "handover" }])]).toEqual([["handover", 2]]);
    expect([...competenciesPractised([answer, { ...answer, question: "q5" }, { ...answer, deck: "gone" }], [deck])]).toEqual([
      ["conflict", 1],
      ["teamwork", 1],
    ]);
  });
});
