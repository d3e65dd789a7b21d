// The story bank on the BUILT binary: stories added from --answers files, `stories check` on a
// deck, a broken story file, the story sheet, and a STAR question in a pseudo-terminal that
// shows the stories that fit and records the one told. Every test has its own sandbox library (a copy,
// where tests start from the same three stories).
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES, keys, run, sandbox, sandboxFrom, terminal, type Sandbox, type Terminal } from "../helpers/cli.js";
import { keepAndRate, stepper } from "../helpers/practice-steps.js";

const box = () => sandbox();

const STORIES = join(FIXTURES, "stories");
const THREE = [
  ["Night shift handover", "handover.yaml"],
  ["Angry daughter", "daughter.yaml"], // no Result
  ["Missed potassium", "potassium.yaml"],
] as const;

/** A library with THREE, added once for the file through `stories add`; each test gets a copy. */
const withThree = sandboxFrom((b) => {
  for (const [title, file] of THREE) {
    const added = run(["stories", "add", title, "--answers", join(STORIES, file)], { env: b.env });
    expect(added.code, added.stderr).toBe(0);
  }
});

describe("stories add and the list", () => {
  it("wraps what the STAR check says between words on a narrow terminal", async () => {
    const b = box();
    const t = terminal(["stories", "add", "Angry daughter", "--answers", join(STORIES, "daughter.yaml")], { env: b.env, cols: 50 });
    expect((await t.exited).exitCode).toBe(0);
    // All but the line naming the file, a path that has no words to wrap between.
    const lines = t.output().split(/\r?\n/).filter((line) => !line.startsWith("Saved "));
    expect(lines.every((line) => line.length < 50), lines.join("\n")).toBe(true);
    expect(lines.join(" ").replace(/ +/g, " ")).toContain("STAR check: no Result found in its text; a story lands better with all four parts.");
  });

  it("lists the bank and its check on a narrow terminal in lines that fit, words whole", async () => {
    const b = withThree();
    const views: [string[], string[]][] = [
      [["stories"], ["difficult-conversation,", "communication"]],
      [["stories", "check", "residency"], ["Residency", "professionalism", "communication"]],
    ];
    for (const [args, words] of views) {
      const t = terminal(args, { env: b.env, cols: 50 });
      expect((await t.exited).exitCode).toBe(0);
      const lines = t.output().split(/\r?\n/);
      expect(lines.filter((line) => line.length > 49), args.join(" ")).toEqual([]);
      // No word is cut by the terminal: each of these is whole on one line.
      for (const word of words) expect(lines.some((line) => line.includes(word)), word).toBe(true);
    }
  });

  it("saves a story as a private Markdown note with front matter, and says which STAR part is missing", () => {
    const b = box();
    const added = run(["stories", "add", "Angry daughter", "--answers", join(STORIES, "daughter.yaml")], { env: b.env });
    expect(added.code).toBe(0);
    expect(added.stderr).toContain("Saved ");
    expect(added.stderr).toContain("STAR check: no Result found in its text");
    // Every deck, not one a job seeker has no use for.
    expect(added.stderr).toContain("See how your stories cover what the decks ask: interview-coach stories check (or name one: stories check DECK)\n");
    const file = join(b.home, "stories", "angry-daughter.md");
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const note = readFileSync(file, "utf8");
    expect(note).toMatch(
      /^---\ntype: story\ntitle: Angry daughter\ncompetencies:\n {2}- difficult-conversation\n {2}- patient-care\nwhere: Surgery clerkship\ncreated: \d{4}-\d\d-\d\d\n---\n# Angry daughter\n\n## Situation\n\nWhile I was on my surgery clerkship/,
    );
    expect(note).toContain("## Result\n\n## What I learned");

    const again = run(["stories", "add", "angry daughter", "--answers", join(STORIES, "daughter.yaml")], { env: b.env });
    expect(again.code).toBe(64);
    expect(again.stderr).toMatch(/a story titled 'Angry daughter' is already in the bank \(.*angry-daughter\.md\); edit that file, or choose another title/);
  });

  it("lists the stories with their competencies and the times each was told (Markdown when piped)", () => {
    const b = withThree();
    const list = run(["stories"], { env: b.env });
    expect(list.code).toBe(0);
    expect(list.stdout).toContain("| story | competencies | where | used in practice |");
    expect(list.stdout).toContain("| Angry daughter | difficult-conversation, patient-care | Surgery clerkship | 0 |");
    expect(list.stdout).toContain("| Night shift handover | teamwork, initiative, communication | Medicine sub-internship | 0 |");
    const json = JSON.parse(run(["stories", "--json"], { env: b.env }).stdout) as { title: string; used: number }[];
    expect(json.map((s) => s.title)).toEqual(["Angry daughter", "Missed potassium", "Night shift handover"]);
  });

  it("refuses an answers file with an unknown competency at its position, and saves nothing", () => {
    const b = box();
    const file = join(b.dir, "story.yaml");
    writeFileSync(file, "situation: On call one night.\ncompetencies: [teamwork, leadrship]\n");
    const added = run(["stories", "add", "On call", "--answers", file], { env: b.env });
    expect(added.code).toBe(65);
    expect(added.stderr.trim()).toBe(`${file}:2:26: unknown competency 'leadrship'. Did you mean 'leadership'?`);
    expect(run(["stories", "--json"], { env: b.env }).stdout.trim()).toBe("[]");
  });

  it("asks for a terminal, or --answers, when there is none", () => {
    const added = run(["stories", "add", "On call"], { env: box().env });
    expect(added.code).toBe(64);
    expect(added.stderr).toContain("--answers FILE");
  });
});

describe("stories check", () => {
  it("lists the residency gaps most-asked first, the story without a Result, and the questions each story answers", () => {
    const b = withThree();
    const check = run(["stories", "check", "residency"], { env: b.env });
    expect(check.code, check.stderr).toBe(0);
    const md = check.stdout;
    expect(md).toContain("# Story check: Residency program interviews");
    const gaps = md.slice(md.indexOf("## Gaps"), md.indexOf("## Missing STAR parts"));
    expect(gaps.trim().split("\n").slice(2)).toEqual([
      "- **Adaptability** (adaptability): asked by 2 questions, no story yet",
      "- **Conflict** (conflict): asked by 1 question, no story yet",
      "- **Leadership** (leadership): asked by 1 question, no story yet",
      "- **Under pressure** (pressure): asked by 1 question, no story yet",
    ]);
    expect(md).toContain("## Missing STAR parts\n\n- Angry daughter: no Result\n");
    expect(md).toContain("- Situation: “During my medicine sub-internship the night team had no written handover, and overnight tasks were lost.”");
    expect(md).toContain("| Teamwork | Night shift handover | Tell me about a time you worked well as part of a team. |");

    const report = JSON.parse(run(["stories", "check", "residency", "--json"], { env: b.env }).stdout) as {
      stories: { title: string; questions: { id: string }[]; missing: string[] }[];
    };
    for (const story of report.stories) expect(story.questions.length, story.title).toBeGreaterThan(0);
    expect(report.stories.find((s) => s.title === "Missed potassium")!.questions.map((q) => q.id)).toEqual(["mistake-you-made", "feedback-received", "speaking-up-safety"]);
    expect(report.stories.map((s) => [s.title, s.missing])).toEqual([
      ["Angry daughter", ["result"]],
      ["Missed potassium", []],
      ["Night shift handover", []],
    ]);
  });

  it("names two stories that tell the same experience as near-duplicates", () => {
    const b = withThree();
    run(["stories", "add", "Handover checklist", "--answers", join(STORIES, "handover.yaml")], { env: b.env });
    const md = run(["stories", "check", "residency"], { env: b.env }).stdout;
    expect(md).toMatch(/## Near-duplicates\n\n- Handover checklist and Night shift handover: \d+% of their words in common; keep the stronger one/);
  });

  it("an unknown deck is exit 66 with the closest name", () => {
    const check = run(["stories", "check", "residnecy"], { env: box().env });
    expect(check.code).toBe(66);
    expect(check.stderr).toContain("Did you mean 'residency'?");
  });
});

describe("a hand-broken story file", () => {
  it("is reported at FILE:LINE:COL with exit 65, and the other stories still load", () => {
    const b = withThree();
    const file = join(b.home, "stories", "missed-potassium.md");
    writeFileSync(file, readFileSync(file, "utf8").replace("  - ethics", "  - ethic"));
    const list = run(["stories"], { env: b.env });
    expect(list.code).toBe(65);
    expect(list.stderr).toContain(`${file}:6:5: unknown competency 'ethic'. Did you mean 'ethics'?`);
    expect(list.stderr).toContain("1 story file skipped; fix it and run again");
    expect(list.stdout).toContain("| Angry daughter |");
    expect(list.stdout).toContain("| Night shift handover |");
    expect(list.stdout).not.toContain("Missed potassium");

    const check = run(["stories", "check", "residency"], { env: b.env });
    expect(check.code).toBe(65);
    expect(check.stdout).toContain("### Night shift handover");
  });
});

describe("the story sheet", () => {
  it("prints one page per deck that a story fits, with cue lines and the questions each answers", () => {
    const b = withThree();
    const sheet = run(["stories", "--format", "md", "--deck", "residency"], { env: b.env });
    expect(sheet.code).toBe(0);
    expect(sheet.stdout).toMatch(/^# Story sheet: Residency program interviews\n/);
    expect(sheet.stdout).toContain("## Angry daughter\n\nA difficult conversation, Patient care · Surgery clerkship\n");
    expect(sheet.stdout).toContain("- **R** _(not written yet)_");
    expect(sheet.stdout).toContain("For: Tell me about a mistake you made and what you did about it.");
    expect(sheet.stdout).toContain("No story yet for: Conflict, Leadership, Under pressure, Adaptability.");
    const all = run(["stories", "--format", "md"], { env: b.env }).stdout;
    expect(all.match(/^# Story sheet: /gm)).toHaveLength(4);
  });
});

describe("a story told only as \"we\"", () => {
  const HINT = 'Say what you did: every step is told as "we", so the interviewer cannot tell your part.';

  it("stories add and stories check (on screen) say what practice says: say what you did", async () => {
    const b = box();
    const file = join(b.dir, "we.yaml");
    writeFileSync(
      file,
      [
        "situation: On my medicine sub-internship the night team kept losing track of pending labs.",
        "task: I was asked to help the team keep track of them.",
        "action: We made a whiteboard and we checked it every morning together.",
        "competencies: [teamwork]",
        "",
      ].join("\n"),
    );
    const added = run(["stories", "add", "Whiteboard", "--answers", file], { env: b.env });
    expect(added.code, added.stderr).toBe(0);
    expect(added.stderr).toContain(`\n${HINT}\n`);

    const t = terminal(["stories", "check", "residency"], { env: b.env, cols: 200 });
    await t.waitFor(/Missing STAR parts\r?\n {2}Whiteboard: .*Say what you did/);
    await t.waitFor(/Action {4}missing \(told only as "we"\)/);
    expect((await t.exited).exitCode).toBe(0);
    expect(t.output()).toContain(HINT);
  });
});

describe("stories in practice", () => {
  const SESSION = ["practice", "residency", "--category", "behavioural", "--order", "deck", "--count", "1", "--prep", "20s", "--time", "30s", "--output", "-"];

  /** From think time to the story question: skip the thinking, type an answer, keep the take. */
  async function answerUpToStoryPick(t: Terminal, step: ReturnType<typeof stepper>) {
    await step.until(/Think time/);
    step.mark();
    t.write(keys.enter);
    await step.until(/Answer \[/);
    step.mark();
    t.write("I set up a checklist");
    await step.until("a checklist");
    t.write(keys.enter);
    await step.until("Keep this take?");
    step.mark();
    t.write(keys.enter);
  }

  /** The question and story of each answer in the library's history. */
  const answersIn = (home: string) =>
    readFileSync(join(home, "history.jsonl"), "utf8")
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { type: string; story?: string; question?: string })
      .filter((e) => e.type === "answer");

  it("shows the stories that fit a STAR question when think time starts, and records the one picked", async () => {
    const b = withThree();
    const t = terminal(SESSION, { env: b.env });
    const step = stepper(t);
    await step.until("Tell me about a time you worked well as part of a team.");
    await step.until(/Stories that fit: Night shift handover\r?\n/);
    await answerUpToStoryPick(t, step);
    await step.until(/Which story did you tell\? 1-3 picks, Enter: none\r?\n {2}<1> Night shift handover\r?\n {2}<2> Angry daughter\r?\n {2}<3> Missed potassium/);
    step.mark();
    t.write("1");
    await step.until("Rate your answer");
    step.mark();
    t.write(keys.enter);
    await step.until("Next time I will");
    t.write(keys.enter);
    expect((await t.exited).exitCode).toBe(0);
    expect(answersIn(b.home).map((a) => [a.question, a.story])).toEqual([["teamwork-example", "night-shift-handover"]]);

    const list = run(["stories"], { env: b.env });
    expect(list.stdout).toContain("| Night shift handover | teamwork, initiative, communication | Medicine sub-internship | 1 |");

    const stats = JSON.parse(run(["stats", "residency", "--json"], { env: b.env }).stdout) as { stories: unknown };
    expect(stats.stories).toEqual({
      storiesUsed: [{ story: "night-shift-handover", title: "Night shift handover", answers: 1 }],
      competencies: [{ id: "teamwork", label: "Teamwork", answers: 1 }],
    });
    const report = run(["stats", "residency"], { env: b.env }).stdout;
    expect(report).toContain("## Stories and competencies\n\n| story told | answers |\n| --- | --- |\n| Night shift handover | 1 |");
    expect(report).toContain("| competency practised | answers |\n| --- | --- |\n| Teamwork | 1 |");
  }, 60_000);

  it("offers a bank of more than nine stories whole: after 1-9, letters pick the rest", async () => {
    const b = withThree();
    const potassium = readFileSync(join(b.home, "stories", "missed-potassium.md"), "utf8");
    for (let n = 1; n <= 8; n++) writeFileSync(join(b.home, "stories", `extra-story-${n}.md`), potassium.replaceAll("Missed potassium", `Extra story ${n}`));
    const t = terminal(SESSION, { env: b.env });
    const step = stepper(t);
    await answerUpToStoryPick(t, step);
    // The one that fits first, then the rest by file name: the eleventh, Missed potassium, is on b.
    await step.until(/Which story did you tell\? 1-9, a-b picks, Enter: none\r?\n {2}<1> Night shift handover\r?\n {2}<2> Angry daughter\r?\n {2}<3> Extra story 1/);
    // Waited for, not read at once: the list may reach the screen in more than one write.
    await step.until(/ {2}<a> Extra story 8\r?\n {2}<b> Missed potassium/);
    step.mark();
    t.write("b");
    await step.until("Rate your answer");
    t.write(keys.enter);
    await step.until("Next time I will");
    t.write(keys.enter);
    expect((await t.exited).exitCode).toBe(0);
    expect(answersIn(b.home).map((a) => a.story)).toEqual(["missed-potassium"]);
  }, 60_000);

  it("at 50 columns, a STAR question with no story for its competency shows the whole command to add one, never cut", async () => {
    const b = box();
    expect(run(["stories", "add", "Angry daughter", "--answers", join(STORIES, "daughter.yaml")], { env: b.env }).code).toBe(0);
    const t = terminal(SESSION, { env: b.env, cols: 50 });
    const step = stepper(t);
    await step.until(/Think time/);
    const lines = t.output().split("\n").map((line) => line.replace(/\r$/, ""));
    const at = lines.findIndex((line) => line.startsWith("No story yet for teamwork"));
    expect(lines.slice(at, at + 2)).toEqual(["No story yet for teamwork:", "  interview-coach stories add"]);
    expect(t.output()).not.toContain("…");
    t.write(keys.ctrlC);
    await t.exited;
  }, 60_000);

  it("at 50 columns, the stories that fit wrap between titles, every title whole, none cut", async () => {
    const b = box();
    const titles = ["Night shift handover", "The long night on the cardiology ward", "Teaching the new interns"];
    for (const title of titles) expect(run(["stories", "add", title, "--answers", join(STORIES, "handover.yaml")], { env: b.env }).code).toBe(0);
    const t = terminal(SESSION, { env: b.env, cols: 50 });
    const step = stepper(t);
    await step.until(/Think time/);
    const lines = t.output().split("\n").map((line) => line.replace(/\r$/, ""));
    const at = lines.findIndex((line) => line.startsWith("Stories that fit: "));
    const hint = lines.slice(at, at + 3);
    for (const line of hint) expect(line.length).toBeLessThan(50);
    expect(hint.join(" ").replace(/^Stories that fit: /, "").split(" · ").sort()).toEqual([...titles].sort());
    expect(t.output()).not.toContain("…");
    t.write(keys.ctrlC);
    await t.exited;
  }, 60_000);

  it("--no-stories hides the titles and the pick", async () => {
    const b = withThree();
    const t = terminal([...SESSION, "--no-stories"], { env: b.env });
    const step = stepper(t);
    await step.until(/Think time/);
    t.write(keys.enter);
    await step.until(/Answer \[/);
    t.write("We worked as a team");
    await step.until("as a team");
    await keepAndRate(t, step);
    expect((await t.exited).exitCode).toBe(0);
    expect(t.output()).not.toContain("Stories that fit");
    expect(t.output()).not.toContain("Which story did you tell?");
  }, 60_000);
});

describe("the stories add form in a terminal", () => {
  /** `stories add "On call"` in a terminal, with its Situation typed and Enter pressed. */
  async function formWithSituation(b: Sandbox) {
    const t = terminal(["stories", "add", "On call"], { env: b.env });
    const step = stepper(t);
    await step.until("Situation:");
    step.mark();
    t.write(`One night on call the ward ran out of beds.${keys.enter}`);
    return { t, step };
  }

  /** Answers the form's prompt `prompt` (once on screen) with `text` and Enter. */
  const answerer = (t: Terminal, step: ReturnType<typeof stepper>) => async (prompt: string, text: string) => {
    await step.until(prompt);
    step.mark();
    t.write(`${text}${keys.enter}`);
  };

  it("asks for the STAR parts, the competencies and where, and saves the story", async () => {
    const b = box();
    const t = terminal(["stories", "add", "On call"], { env: b.env });
    const step = stepper(t);
    const answer = answerer(t, step);
    await answer("Situation:", "One night on call the ward ran out of beds.");
    await answer("Task:", "I had to find a bed for an admission.");
    await answer("Action:", "I called the bed manager and the night registrar.");
    await answer("Result:", "");
    await answer("What you learned", "Call early.");
    await step.until("Competencies it shows");
    step.mark();
    t.write(`${keys.space}${keys.down}${keys.down}${keys.down}${keys.down}${keys.space}${keys.enter}`);
    await answer("Where it happened", "Medicine rotation");
    await step.until("STAR check: no Result found in its text");
    expect((await t.exited).exitCode).toBe(0);
    const note = readFileSync(join(b.home, "stories", "on-call.md"), "utf8");
    expect(note).toContain("title: On call\ncompetencies:\n  - teamwork\n  - pressure\nwhere: Medicine rotation\n");
    expect(note).toContain("## Task\n\nI had to find a bed for an admission.\n\n## Action");
  }, 60_000);

  it("keeps what was typed when Ctrl-C stops the form, the half-typed part too, and exits 130", async () => {
    const b = box();
    const { t, step } = await formWithSituation(b);
    await step.until("Task:");
    // Typed, Enter not pressed: kept too.
    t.write("I had to find a bed for an admiss");
    await step.until("for an admiss");
    t.write(keys.ctrlC);
    expect((await t.exited).exitCode).toBe(130);
    expect(t.output().replace(/\s+/g, " ")).toMatch(/Interrupted: what you typed is saved in .*on-call\.md; finish it in any editor\./);
    const note = readFileSync(join(b.home, "stories", "on-call.md"), "utf8");
    expect(note).toContain("## Situation\n\nOne night on call the ward ran out of beds.\n");
    expect(note).toContain("## Task\n\nI had to find a bed for an admiss\n");
    expect(run(["stories"], { env: b.env }).code).toBe(0);
  }, 60_000);

  it("goes on in the form with the same command after Ctrl-C, what was written before offered again", async () => {
    const b = box();
    const { t, step } = await formWithSituation(b);
    await step.until("Task:");
    t.write("I had to find a bed");
    await step.until("find a bed");
    t.write(keys.ctrlC);
    expect((await t.exited).exitCode).toBe(130);
    expect(t.output()).toContain('Or go on in the form: interview-coach stories add "On call"');
    const file = join(b.home, "stories", "on-call.md");
    const created = readFileSync(file, "utf8").match(/created: (\S+)/)![1];

    const again = terminal(["stories", "add", "On call"], { env: b.env });
    const next = stepper(again);
    const answer = answerer(again, next);
    // (The hint wraps with the screen: any space in it may be a line break.)
    await next.until(new RegExp("Enter keeps what you wrote before, Tab puts it in the line to add to it".split(" ").join("\\s+")));
    await answer("(One night on call the ward ran out of beds.)", "");
    // Tab puts the part typed before in the line, to go on with it.
    await next.until("(I had to find a bed)");
    next.mark();
    again.write("\t");
    await next.until("I had to find a bed");
    await answer("I had to find a bed", " for an admission.");
    await answer("Action:", "I called the bed manager.");
    await answer("Result:", "The patient had a bed by midnight.");
    await answer("What you learned", "Call early.");
    await next.until("Competencies it shows");
    next.mark();
    again.write(`${keys.space}${keys.enter}`);
    await answer("Where it happened", "");
    await next.until("Saved");
    expect((await again.exited).exitCode).toBe(0);
    const note = readFileSync(file, "utf8");
    expect(note).toContain("## Situation\n\nOne night on call the ward ran out of beds.\n");
    expect(note).toContain("## Task\n\nI had to find a bed for an admission.\n");
    expect(note).toContain("## Result\n\nThe patient had a bed by midnight.\n");
    expect(note).toContain(`created: ${created}`);
    expect(readdirSync(join(b.home, "stories"))).toEqual(["on-call.md"]);
    // Finished, it is a story of the bank like any other: the same title is refused.
    expect(run(["stories", "add", "On call", "--answers", join(FIXTURES, "stories", "daughter.yaml")], { env: b.env }).stderr).toContain("already in the bank");
  }, 60_000);

  it("leaves a story stopped part-way and then edited in an editor to the editor", async () => {
    const b = box();
    const { t, step } = await formWithSituation(b);
    await step.until("Task:");
    t.write(keys.ctrlC);
    expect((await t.exited).exitCode).toBe(130);
    const file = join(b.home, "stories", "on-call.md");
    // A line the form does not know of (under the title): writing the form over it would lose it.
    writeFileSync(file, readFileSync(file, "utf8").replace("# On call\n", "# On call\n\nTold at Mercy once, written in my editor.\n"));
    const again = run(["stories", "add", "On call"], { env: b.env });
    expect(again.code).toBe(64);
    expect(again.stderr).toContain("a story titled 'On call' is already in the bank");
    expect(readFileSync(file, "utf8")).toContain("written in my editor");
  }, 60_000);

  it("keeps the competencies ticked on screen when Ctrl-C stops the form there", async () => {
    const b = box();
    const { t, step } = await formWithSituation(b);
    for (const part of ["Task:", "Action:", "Result:", "What you learned"]) {
      await step.until(part);
      step.mark();
      t.write(keys.enter);
    }
    await step.until("Competencies it shows");
    step.mark();
    // Ticked, Enter not pressed: kept as the story's competencies.
    t.write(`${keys.space}${keys.down}${keys.down}${keys.down}${keys.down}${keys.space}`);
    await step.until(/◉ .*\(pressure\)/);
    t.write(keys.ctrlC);
    expect((await t.exited).exitCode).toBe(130);
    const note = readFileSync(join(b.home, "stories", "on-call.md"), "utf8");
    expect(note).toContain("title: On call\ncompetencies:\n  - teamwork\n  - pressure\n");
  }, 60_000);
});
