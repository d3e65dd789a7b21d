// A review note is the user's file: lines written by hand inside the sections the program
// rewrites from the front matter stay where they are when `review` saves an edit (the built
// binary, the form in a real pseudo-terminal), and a note that cannot be rewritten without loss
// is refused with its position.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES, keys, run, sandbox, terminal, type Sandbox } from "../helpers/cli.js";
import { editForm, lakeside, WAIT } from "../helpers/review-steps.js";

let box: Sandbox | undefined;

describe("hand-written lines in the sections review writes", () => {
  it("survive an edit in the review form, each where it was; the changed score is rewritten around them", async () => {
    box = sandbox({ INTERVIEW_COACH_NOW: "2026-11-21T10:00:00" });
    const file = lakeside(box);
    const original = readFileSync(file, "utf8");
    const edited = original
      .replace("## People met\n\n", "## People met\n\nAt the dinner the night before:\n\n")
      .replace("talked about the new sepsis QI project\n", "talked about the new sepsis QI project\n  - emailed me the QI paper\n")
      .replace("| Career outcomes | 4/5 |\n", "| Career outcomes | 4/5 |\n| Commute | 5/5 |\n")
      .replace("Gut feeling, could this be home: 4/5\n", "Gut feeling, could this be home: 4/5\n\nThe dinner decided it.\n\n## Deal-breakers\n\nNone, but parking is $300 a month.\n");
    expect(edited).not.toBe(original);
    writeFileSync(file, edited);

    const term = terminal(["review", "Lakeside"], { env: box.env, cols: 160 });
    await term.waitFor("? Interview date", WAIT);
    await editForm(term, { culture: "2" });
    expect(term.output()).toContain("Changed: 2026-11-21: culture 4 → 2");

    const after = readFileSync(file, "utf8");
    expect(after).toContain("## People met\n\nAt the dinner the night before:\n\n- **Dr. Ana Rivera**");
    expect(after).toContain("talked about the new sepsis QI project\n  - emailed me the QI paper\n- **Sam Lee**");
    expect(after).toContain("| Resident culture and wellness | 2/5 |\n");
    expect(after).toContain("| Career outcomes | 4/5 |\n| Commute | 5/5 |\n\nGut feeling, could this be home: 4/5\n\nThe dinner decided it.\n\n## Deal-breakers\n\nNone, but parking is $300 a month.\n\n## Red flags");
    expect(after).toContain("## Changes\n\n- 2026-11-21: culture 4 → 2\n");
    // Nothing else moved: the edit is the two score lines and the change record.
    const expected = edited
      .replace("  culture: 4\n", "  culture: 2\n")
      .replace("| Resident culture and wellness | 4/5 |", "| Resident culture and wellness | 2/5 |")
      .replace("---\n# Review", 'changes:\n  - "2026-11-21: culture 4 → 2"\n---\n# Review')
      .concat("\n## Changes\n\n- 2026-11-21: culture 4 → 2\n");
    expect(after).toBe(expected);
  }, 60_000);

  it("a review with a section the program writes twice is refused with the second's position, exit 65, unchanged", () => {
    box = sandbox({ INTERVIEW_COACH_NOW: "2026-11-21T10:00:00" });
    const file = lakeside(box);
    const doubled = `${readFileSync(file, "utf8")}\n## Notes\n\nA second notes section, written by hand.\n`;
    writeFileSync(file, doubled);
    const lines = doubled.split("\n");
    const result = run(["review", "Lakeside", "--answers", join(FIXTURES, "reviews", "answers", "lakeside.yaml")], { env: box.env });
    expect(result.code).toBe(65);
    expect(result.stderr).toContain(
      `lakeside.md:${lines.lastIndexOf("## Notes") + 1}:1: a second '## Notes' section (the first is at line ${lines.indexOf("## Notes") + 1}): a rewrite keeps only one; join the two, or rename this one\n`,
    );
    expect(readFileSync(file, "utf8")).toBe(doubled);
  });
});

describe("hand-written lines in a checklist note", () => {
  it("survive ticking a section in the terminal: each stays after the line it followed", async () => {
    box = sandbox({ INTERVIEW_COACH_NOW: "2026-02-27T10:00:00" });
    const args = ["--content", join(FIXTURES, "checklists"), "checklist", "visit-day", "--program", "Lakeside Health", "--date", "2026-03-02"];
    const first = terminal(args, { env: box.env, cols: 160 });
    await first.waitFor("? Before the visit (1/3)", WAIT);
    first.write(keys.ctrlC);
    expect((await first.exited).exitCode).toBe(130);
    const file = join(box.home, "checklists", "visit-day--lakeside-health.md");
    const edited = readFileSync(file, "utf8")
      .replace("  - Prices climb closer to the date\n", "  - Prices climb closer to the date\n  - Ask Sam about the hotel rate\n")
      .concat("\n## My notes\n\nDress code is business casual.\n");
    writeFileSync(file, edited);

    const term = terminal(args, { env: box.env, cols: 160 });
    await term.waitFor("? Before the visit (1/3)", WAIT);
    term.write(keys.space + keys.enter); // book-travel
    await term.waitFor("saved · 1/6 done", WAIT);
    term.write(keys.ctrlC);
    expect((await term.exited).exitCode).toBe(130);
    const after = readFileSync(file, "utf8");
    expect(after).toContain("- [x] Book travel and a hotel (due 2026-02-16)\n  - Prices climb closer to the date\n  - Ask Sam about the hotel rate\n");
    expect(after).toMatch(/\n## My notes\n\nDress code is business casual\.\n$/);
  });
});

describe("boxes ticked or unticked by hand in a checklist note (a note app's checkbox)", () => {
  const args = ["--content", join(FIXTURES, "checklists"), "checklist", "visit-day", "--program", "Lakeside Health"];

  /** A saved note with book-travel ticked, then its body changed by hand: read-values ticked, book-travel unticked. */
  async function handTicked(): Promise<{ file: string; made: Sandbox }> {
    const made = sandbox({ INTERVIEW_COACH_NOW: "2026-02-27T10:00:00" });
    const first = terminal([...args, "--date", "2026-03-02"], { env: made.env, cols: 160 });
    await first.waitFor("? Before the visit (1/3)", WAIT);
    first.write(keys.space + keys.enter); // book-travel
    await first.waitFor("saved · 1/6 done", WAIT);
    first.write(keys.ctrlC);
    expect((await first.exited).exitCode).toBe(130);
    const file = join(made.home, "checklists", "visit-day--lakeside-health.md");
    const text = readFileSync(file, "utf8");
    expect(text).toContain("- [x] Book travel and a hotel (due 2026-02-16)\n");
    writeFileSync(file, text.replace("- [x] Book travel and a hotel (due", "- [ ] Book travel and a hotel (due").replace("- [ ] Read the group's values (due", "- [x] Read the group's values (due"));
    return { file, made };
  }

  it("count in --print, the overview and today", async () => {
    const { made } = await handTicked();
    const printed = run([...args, "--print"], { env: made.env }).stdout;
    expect(printed).toContain("- [x] Read the group's values (due 2026-02-27)\n");
    expect(printed).toContain("- [ ] Book travel and a hotel (due 2026-02-16, overdue)\n");
    expect(printed).toContain("1/6 done");
    expect(run(["--content", join(FIXTURES, "checklists"), "checklist"], { env: made.env }).stdout).toMatch(/\| Lakeside Health \| [^|]+ \| 1\/6 \|/);
    const today = run(["--content", join(FIXTURES, "checklists"), "today"], { env: made.env }).stdout;
    expect(today).toContain("Book travel and a hotel (Lakeside Health, visit-day)");
    expect(today).not.toContain("Read the group's values");
  });

  it("are kept when the checklist is next ticked in the terminal, and written to the front matter", async () => {
    const { file, made } = await handTicked();
    const term = terminal(args, { env: made.env, cols: 160 });
    await term.waitFor("? Before the visit (1/3)", WAIT);
    term.write(keys.enter); // the section as it stands
    await term.waitFor("saved · 1/6 done", WAIT);
    term.write(keys.ctrlC);
    expect((await term.exited).exitCode).toBe(130);
    const after = readFileSync(file, "utf8");
    expect(after).toContain("- [x] Read the group's values (due 2026-02-27)\n");
    expect(after).toContain("- [ ] Book travel and a hotel (due 2026-02-16, overdue)\n");
    expect(after).toMatch(/\ndone:\n {2}- id: read-values\n {4}at: 2026-02-27T10:00:00/);
    expect(after).not.toContain("id: book-travel");
  });
});

describe("a review broken by a hand edit", () => {
  it("is named as one to fix, never as 'no review yet', by interviews, today and followups", () => {
    const made = sandbox({ INTERVIEW_COACH_NOW: "2026-11-24T10:00:00" });
    expect(run(["interviews", "add", "Lakeside IM", "--date", "2026-11-20"], { env: made.env }).code).toBe(0);
    expect(run(["review", "Lakeside IM", "--answers", join(FIXTURES, "reviews", "answers", "lakeside.yaml")], { env: made.env }).code).toBe(0);
    const file = join(made.home, "reviews", "lakeside-im.md");
    writeFileSync(file, readFileSync(file, "utf8").replace("\ngut: 4\n", "\ngut: [4\n"));
    // Named in the document itself: piped or saved, it holds no warning to point to.
    const fix = `Lakeside IM: its review ${file} cannot be read (the warning gives the line); fix the file or move it away.`;

    const listed = run(["interviews"], { env: made.env });
    expect(listed.stderr).toMatch(/^warning: skipped .*lakeside-im\.md:\d+:\d+: /m);
    expect(listed.stdout).toContain(`| fix its review, ${file} |`);
    const today = run(["today"], { env: made.env });
    expect(today.stderr).toMatch(/^warning: skipped .*lakeside-im\.md:\d+:\d+: /m);
    expect(today.stdout).toContain(fix);
    expect(today.stdout).not.toContain("no review yet");
    expect(run(["followups"], { env: made.env }).stderr).toContain(fix);
    // What it says to do is what review itself asks for.
    expect(run(["review", "Lakeside IM", "--answers", join(FIXTURES, "reviews", "answers", "lakeside.yaml")], { env: made.env }).code).toBe(65);
  });
});

/** A library at `now` with the review of Old Town IM (interview 2026-11-25) saved from `answers` (YAML after its date). */
function oldTown(now: string, answers: string) {
  const made = sandbox({ INTERVIEW_COACH_NOW: now });
  const file = join(made.dir, "old-town.yaml");
  writeFileSync(file, `date: 2026-11-25\n${answers}`);
  expect(run(["review", "Old Town IM", "--answers", file], { env: made.env }).code).toBe(0);
  return { made, answers: file, note: join(made.home, "reviews", "old-town-im.md") };
}
const ADA_LEE = "people: [{ name: Dr. Ada Lee, role: Program director }]\n";
const SCORES = "scores: { training: 4, culture: 5, faculty: 3, location: 2, schedule: 3, outcomes: 4 }\ngut: 4\n";

describe("a person written by hand under People met", () => {
  it("is named by followups and review as a line, not a person met, with the way to add them", () => {
    const { made, answers, note: file } = oldTown("2026-11-26T10:00:00", `${ADA_LEE}${SCORES}`);
    expect(run(["followups"], { env: made.env }).stderr).not.toContain("by hand");
    writeFileSync(file, readFileSync(file, "utf8").replace("- **Dr. Ada Lee**: Program director\n", "- **Dr. Ada Lee**: Program director\n- **Dr. Mei Chen**: Chief resident; talked about night float\n"));
    const listed = run(["followups"], { env: made.env });
    const line = `${file} lists Dr. Mei Chen under "People met" by hand, not in its front matter, so no thank-you note is tracked for them; add them with: interview-coach review "Old Town IM"`;
    expect(listed.stderr.replace(/\s+/g, " ")).toContain(`note: ${line}`);
    expect(listed.stdout).not.toContain("Dr. Mei Chen");
    expect(run(["review", "Old Town IM", "--answers", answers], { env: made.env }).stderr.replace(/\s+/g, " ")).toContain(`note: ${line}`);
  });
});

describe("a name corrected by hand under People met", () => {
  it("is the person's name for followups and their thank-you note, and --done writes it into the front matter", () => {
    const { made, note: file } = oldTown("2026-11-26T10:00:00", `people: [{ name: Dr. Ada Leigh, role: Program director }, { name: Sam Lee, role: PGY-2 }]\n${SCORES}`);
    writeFileSync(file, readFileSync(file, "utf8").replace("- **Dr. Ada Leigh**: Program director", "- **Dr. Ada Lee**: Program director"));
    const listed = run(["followups"], { env: made.env });
    expect(listed.stdout).toContain("Dr. Ada Lee, Program director");
    expect(listed.stdout).not.toContain("Leigh");
    expect(listed.stderr.replace(/\s+/g, " ")).toContain(`note: ${file} corrects Dr. Ada Leigh to Dr. Ada Lee under "People met": read as the name from now on`);
    expect(listed.stderr).not.toContain("by hand, not in its front matter");
    expect(run(["followups", "--draft", "Old Town IM"], { env: made.env }).stdout).toContain("Dear Dr. Lee,\n");

    const gut = join(made.dir, "gut.yaml");
    // The same gut as saved: no answer changes, the name in the front matter does.
    writeFileSync(gut, "gut: 4\n");
    const reviewed = run(["review", "Old Town IM", "--answers", gut], { env: made.env });
    expect(reviewed.code).toBe(0);
    expect(reviewed.stderr.replace(/\s+/g, " ")).toContain(`note: ${file} corrects Dr. Ada Leigh to Dr. Ada Lee under "People met"`);
    expect(reviewed.stderr).toContain(`Updated ${file}.`);
    expect(readFileSync(file, "utf8")).toContain("  - name: Dr. Ada Lee\n");
    expect(run(["followups", "--done", "Old Town IM", "Dr. Ada Lee"], { env: made.env }).code).toBe(0);
    const saved = readFileSync(file, "utf8");
    expect(saved).toContain("  - name: Dr. Ada Lee\n    role: Program director\n");
    expect(saved).not.toContain("Leigh");
    expect(saved.match(/^- \*\*Dr\. Ada Lee\*\*/gm)).toHaveLength(1);
    expect(run(["followups"], { env: made.env }).stderr).not.toContain("corrects");
  });
});

describe("a checklist note broken by a hand edit", () => {
  it("is named as one to fix by today and the overview, never as a checklist to start", () => {
    const made = sandbox({ INTERVIEW_COACH_NOW: "2026-12-01T09:00:00" });
    expect(run(["interviews", "add", "Lakeside IM", "--date", "2026-12-04"], { env: made.env }).code).toBe(0);
    mkdirSync(join(made.home, "checklists"), { recursive: true });
    writeFileSync(join(made.home, "checklists", "residency-interview-day--lakeside-im.md"), "---\ntype: checklist\nchecklist: residency-interview-day\nprogram: Lakeside IM\ndone: [\n---\n");
    const today = run(["today"], { env: made.env });
    expect(today.stderr).toMatch(/^warning: skipped .*residency-interview-day--lakeside-im\.md:5:7: /m);
    expect(today.stdout).toContain(`- in 3 days: Lakeside IM (residency) · its checklist note ${join(made.home, "checklists", "residency-interview-day--lakeside-im.md")} cannot be read (the warning gives the line): fix the file or move it away\n`);
    expect(today.stdout).not.toContain("no checklist yet");
    const overview = run(["checklist"], { env: made.env });
    expect(overview.stderr).toContain("No checklist note could be read: fix the files above, or move them away.");
    expect(overview.stderr).not.toContain("No checklist started yet");
    // The document says what it leaves out, as today's does: piped or saved, it does not pass for whole.
    expect(overview.stdout).toContain(`**Not on this list: 1 checklist note that cannot be read** (${join(made.home, "checklists", "residency-interview-day--lakeside-im.md")}): fix it, then run checklist again.`);
  });
});

describe("a score changed by hand in a review's front matter", () => {
  it("has its row replaced on the next review, not doubled, and the gut line too", () => {
    const { made, answers, note: file } = oldTown("2026-11-30T10:00:00", "scores: { training: 4, culture: 5, faculty: 4, location: 2, schedule: 3, outcomes: 4 }\ngut: 4\n");
    writeFileSync(file, readFileSync(file, "utf8").replace("\n  location: 2\n", "\n  location: 5\n").replace("\ngut: 4\n", "\ngut: 2\n"));
    const again = run(["review", "Old Town IM", "--answers", answers], { env: made.env });
    expect(again.stderr).toContain("Changed: 2026-11-30: location 5 → 2; gut 2 → 4");
    const text = readFileSync(file, "utf8");
    expect(text.match(/^\| Location and support network \|/gm)).toEqual(["| Location and support network |"]);
    expect(text).toContain("| Location and support network | 2/5 |\n");
    expect(text.match(/^Gut feeling, could this be home: /gm)).toHaveLength(1);
    expect(text).toContain("Gut feeling, could this be home: 4/5\n");
  });
});

describe("a score changed by hand in a review's Scores table", () => {
  const edited = () => {
    const { made, note: file } = oldTown("2026-11-30T10:00:00", `${ADA_LEE}${SCORES}`);
    writeFileSync(file, readFileSync(file, "utf8").replace("| Faculty and mentorship | 3/5 |", "| Faculty and mentorship | 5/5 |"));
    return { made, file };
  };
  const disagreement = "Faculty and mentorship 5/5 against faculty: 3 in the front matter";

  it("is named by rank, which ranks on the front matter's score", () => {
    const { made } = edited();
    const ranked = run(["rank", "--format", "csv"], { env: made.env });
    expect(ranked.code).toBe(0);
    expect(ranked.stderr).toContain(`note: the Scores table of reviews/old-town-im.md shows ${disagreement}; rank reads the front matter. To change a score: interview-coach review "Old Town IM"\n`);
    // Weights 3, 3, 2, 2, 1, 2 over 4, 5, 3, 2, 3, 4: a mean of 48/13 on 1-5, 67 on 0-100 (75 with the table's 5).
    expect(ranked.stdout).toContain("residency,1,false,Old Town IM,67,");
  });

  it("is kept under Changes when recording a thank-you note rewrites the table", () => {
    const { made, file } = edited();
    const done = run(["followups", "--done", "Old Town IM", "Dr. Ada Lee"], { env: made.env });
    expect(done.code, done.stderr).toBe(0);
    expect(done.stderr).toContain('what it showed is kept under "Changes". To change a score: interview-coach review "Old Town IM"');
    const text = readFileSync(file, "utf8");
    expect(text).toContain("| Faculty and mentorship | 3/5 |\n");
    expect(text).toContain(`\n## Changes\n\n- 2026-11-30: the Scores table showed ${disagreement}; the table was rewritten from the front matter\n`);
    // Once the two agree again, rank has nothing to say.
    expect(run(["rank"], { env: made.env }).stderr).not.toContain("Scores table");
  });

  it("is said before an edit, and not kept once the edit gives the table's score", () => {
    const { made, file } = edited();
    const answers = join(made.dir, "faculty.yaml");
    writeFileSync(answers, "scores: { training: 4, culture: 5, faculty: 5, location: 2, schedule: 3, outcomes: 4 }\ngut: 4\n");
    const again = run(["review", "Old Town IM", "--answers", answers], { env: made.env });
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toContain(`note: the Scores table of ${file} shows ${disagreement}; this review starts from the front matter's scores, which rank reads.\n`);
    expect(again.stderr).toContain("Changed: 2026-11-30: faculty 3 → 5\n");
    expect(again.stderr).not.toContain("rewritten from the front matter");
    const text = readFileSync(file, "utf8");
    expect(text).toContain("  faculty: 5\n");
    expect(text).not.toContain("the Scores table showed");
  });
});
