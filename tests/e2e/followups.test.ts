// `followups` end to end on fixture reviews with a fixed clock: due dates, overdue first,
// drafts from what was discussed, --done recorded in the review, unknown names.
import { cpSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES, run, sandbox, type Sandbox } from "../helpers/cli.js";

let box: Sandbox | undefined;

function library(now = "2026-11-25T10:00:00"): Sandbox {
  box = sandbox({ INTERVIEW_COACH_NOW: now });
  cpSync(join(FIXTURES, "reviews", "library"), box.home, { recursive: true });
  return box;
}

describe("followups", () => {
  it("lists a thank-you note per person, to send within 2 days and overdue after the 3rd, overdue first", () => {
    const { env } = library();
    const result = run(["followups"], { env });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        "# Thank-you notes",
        "",
        "As of 25 Nov 2026: 3 overdue, 4 to send, 1 sent.",
        "",
        "| Status | Send by | Person | Program | Talked about |",
        "| --- | --- | --- | --- | --- |",
        "| **overdue** by 5 days | 20 Nov 2026 | Raj Patel, PGY-3 | Northgate IM | the residents' union |",
        "| **overdue** by 3 days | 22 Nov 2026 | Dr. Ana Rivera, Program director | Lakeside IM | the new sepsis QI project |",
        "| **overdue** by 3 days | 22 Nov 2026 | Sam Lee, PGY-2 | Lakeside IM | how night float works |",
        // Past the send-by day but not past the third day: late, still worth sending today.
        "| late: send today | 24 Nov 2026 | Dr. Mei Chen, Associate program director | Hillcrest Family Medicine | the resident wellness retreats |",
        "| due today | 25 Nov 2026 | Dr. Omar Haddad, Chief resident | Bayview IM | the ICU month |",
        // A draft review still lists the people met.
        "| due in 1 day | 26 Nov 2026 | Dr. Priya Nair, Program director | Riverside IM | the global health track |",
        "| due in 1 day | 26 Nov 2026 | Jordan Blake, Medical director | Valley Health Hospitalists | the 7-on/7-off schedule |",
        "| sent 19 Nov 2026 | 20 Nov 2026 | Dr. Lena Fischer, Program director | Northgate IM | the ambulatory block |",
        "",
      ].join("\n"),
    );
  });

  it("prints a draft note per person built from their name, role and what was discussed", () => {
    const { env } = library();
    const result = run(["followups", "--draft", "lakeside im"], { env });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("# Thank-you notes: Lakeside IM\n\nInterview on 20 Nov 2026; send by 22 Nov 2026.\n");
    expect(result.stdout).toContain("## Dr. Ana Rivera (Program director), Lakeside IM\n\nSubject: Thank you for my interview at Lakeside IM\n\nDear Dr. Rivera,\n");
    expect(result.stdout).toContain("I especially enjoyed our conversation about the new sepsis QI project;");
    // Sam Lee is a PGY-2 resident: a physician, greeted as one though the name has no title.
    expect(result.stdout).toContain("Dear Dr. Lee,");
    expect(result.stderr).toContain('interview-coach followups --done "Lakeside IM" "<name>"');
  });

  it("--done records the note as sent today in the review, which then lists it as sent", () => {
    const { env, home } = library();
    const result = run(["followups", "--done", "Lakeside IM", "rivera"], { env });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("Recorded: thank-you note to Dr. Ana Rivera at Lakeside IM, sent 25 Nov 2026. Still to thank there: Sam Lee.");
    const path = join(home, "reviews", "lakeside-im.md");
    const text = readFileSync(path, "utf8");
    expect(text).toContain("  - name: Dr. Ana Rivera\n    role: Program director\n    detail: the new sepsis QI project\n    thanked: 2026-11-25\n");
    expect(text).toContain("## Notes\n\nGreat morning report; the chiefs ran it well.\n\nAsk about research time.\n");
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const listed = run(["followups"], { env }).stdout;
    expect(listed).toContain("As of 25 Nov 2026: 2 overdue, 4 to send, 2 sent.");
    // Sent ones last, the most recent first.
    expect(listed.trimEnd().split("\n").at(-2)).toBe("| sent 25 Nov 2026 | 22 Nov 2026 | Dr. Ana Rivera, Program director | Lakeside IM | the new sepsis QI project |");
    // A second --done keeps the first date.
    expect(run(["followups", "--done", "Lakeside IM", "Dr. Ana Rivera"], { env: { ...env, INTERVIEW_COACH_NOW: "2026-11-27T10:00:00" } }).stderr).toContain("already recorded as sent on 25 Nov 2026");
  });

  it("--done takes the name the draft greets a person with, its title typed with or without the full stop", () => {
    for (const typed of ["Dr. Rivera", "Dr Rivera"]) {
      const { env } = library();
      const result = run(["followups", "--done", "Lakeside IM", typed], { env });
      expect(result.code, `${typed}: ${result.stderr}`).toBe(0);
      expect(result.stderr).toContain("Recorded: thank-you note to Dr. Ana Rivera at Lakeside IM, sent 25 Nov 2026.");
    }
  });

  it("keeps keys and sections added by hand when --done rewrites a review", () => {
    const { env, home } = library();
    expect(run(["followups", "--done", "Northgate IM", "Raj Patel"], { env }).code).toBe(0);
    const text = readFileSync(join(home, "reviews", "northgate-im.md"), "utf8");
    expect(text).toContain("tags:\n  - interview\n  - residency\n");
    expect(text).toContain("    detail: the residents' union\n    thanked: 2026-11-25\n");
    expect(text).toContain("## Drive there\n\nTwo hours from family; check winter roads.\n");
    expect(run(["rank", "--format", "csv"], { env }).stdout).toContain("Northgate IM,75,");
  });

  it.each([
    [["followups", "--done", "Lakesid IM", "Sam Lee"], 66, "error: no review for 'Lakesid IM'. Did you mean 'Lakeside IM'?"],
    [["followups", "--draft", "Nowhere General"], 66, "error: no review for 'Nowhere General'. Write one with: interview-coach review \"Nowhere General\""],
    [["followups", "--done", "Lakeside IM", "Sam Lea"], 66, "error: no one named 'Sam Lea' in the review of 'Lakeside IM'. Did you mean 'Sam Lee'?"],
    [["followups", "--done", "Lakeside IM"], 64, 'error: --done needs the program and the person: interview-coach followups --done "Lakeside IM" "<person>"'],
    [["followups", "--done"], 64, 'error: --done needs the program and the person: interview-coach followups --done "Lakeside IM" "Dr. Rivera"'],
    [["followups", "--draft"], 64, "error: --draft needs the program"],
  ])("%j exits %d", (args, code, message) => {
    const { env } = library();
    const result = run(args, { env });
    expect(result.code).toBe(code);
    expect(result.stderr).toContain(message);
    expect(result.stdout).toBe("");
  });
});

describe("followups for a recorded interview with no review yet", () => {
  it.each([["--draft"], ["--done", "Dr. Okafor"]])("%s says the interview has no review yet and how to write one, suggesting no other name", (...args) => {
    const { env } = library();
    expect(run(["interviews", "add", "Riverside Peds", "--date", "2026-11-20"], { env }).code).toBe(0);
    const [flag, ...rest] = args;
    const result = run(["followups", flag!, "Riverside Peds", ...rest], { env });
    expect(result.code).toBe(66);
    expect(result.stderr).toContain(`error: no review for 'Riverside Peds' yet: its interview is recorded, but not reviewed. Write one with: interview-coach review "Riverside Peds"\n`);
    expect(result.stderr).not.toContain("Did you mean");
  });
});

describe("followups with a review that cannot be read", () => {
  it("is an error naming it, never 'No reviews yet'; --done and --draft of its program name the file, not a review to write", () => {
    box = sandbox({ INTERVIEW_COACH_NOW: "2026-11-25T10:00:00" });
    // A folder where the review should be: unreadable as a note for everyone, root too.
    const path = join(box.home, "reviews", "lakeside.md");
    mkdirSync(path, { recursive: true });
    const list = run(["followups"], { env: box.env });
    expect(list.code).toBe(65);
    expect(list.stderr).toContain(`warning: skipped ${path}:1:1: is a folder, not a review\n`);
    expect(list.stderr).toContain("No review could be read; fix the files above.");
    expect(list.stderr).not.toContain("No reviews yet");
    // `review "Lakeside"` would be refused too: the file to fix is named instead.
    for (const args of [["--done", "Lakeside", "Sam Lee"], ["--draft", "Lakeside"]]) {
      const named = run(["followups", ...args], { env: box.env });
      expect(named.code).toBe(65);
      expect(named.stderr).toContain(`The review of 'Lakeside' cannot be read (${path}, see the warning above): fix it, then run this again\n`);
    }
    // Another program's review may still be the broken one: said as before.
    const other = run(["followups", "--done", "Northgate", "Sam Lee"], { env: box.env });
    expect(other.code).toBe(66);
    expect(other.stderr).toContain("error: no review for 'Northgate'. 1 review file could not be read (see above); it may be one of them. Write one with: interview-coach review \"Northgate\"\n");
    // Its interview recorded, the listing names it among the interviews passed without a review that can be read.
    expect(run(["interviews", "add", "Lakeside", "--date", "2026-11-20"], { env: box.env }).code).toBe(0);
    expect(run(["followups"], { env: box.env }).stderr).toContain(`Lakeside: its review ${path} cannot be read (the warning gives the line); fix the file or move it away.\n`);
  });
});

describe("followups with one review of several that cannot be read", () => {
  it("says so at the top of its document, as rank does: a list saved or piped does not pass for whole", () => {
    const { env, home } = library();
    // A value with ': ' in it, unquoted: a slip of a hand edit that YAML refuses.
    const path = join(home, "reviews", "bayview-im.md");
    writeFileSync(path, readFileSync(path, "utf8").replace(/detail: (.*)\n/, "detail: $1: q4 call\n"));
    const result = run(["followups"], { env });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`warning: skipped ${path}:`);
    expect(result.stdout).toContain(`As of 25 Nov 2026: 3 overdue, 3 to send, 1 sent.\n\n**Not on this list: 1 review that cannot be read** (${path}): fix it, then run followups again.\n\n| Status |`);
    expect(result.stdout).not.toContain("Bayview IM");
    // One program's notes are the whole of what was asked for: nothing is missing from them.
    expect(run(["followups", "Lakeside IM"], { env }).stdout).not.toContain("Not on this list");
  });
});

describe("a review dated otherwise than its recorded interview", () => {
  it("says that its thank-you notes go by the review's date, and how to correct either", () => {
    box = sandbox({ INTERVIEW_COACH_NOW: "2026-11-22T10:00:00" });
    const { env, home } = box;
    expect(run(["interviews", "add", "Lakeside IM", "--date", "2026-11-20"], { env }).code).toBe(0);
    expect(run(["review", "Lakeside IM", "--answers", join(FIXTURES, "reviews", "answers", "lakeside.yaml")], { env }).code).toBe(0);
    expect(run(["followups"], { env }).stderr).not.toContain("note: the review of");
    // The review's date changed by hand, as in an editor.
    const file = join(home, "reviews", "lakeside-im.md");
    writeFileSync(file, readFileSync(file, "utf8").replace("date: 2026-11-20", "date: 2026-11-21"));
    const result = run(["followups"], { env });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      `note: the review of Lakeside IM is dated 2026-11-21 and the interview recorded for it 2026-11-20; its thank-you notes go by the review's date. If the review's date is wrong, correct it in ${file}; if the interview moved: interview-coach interviews edit "Lakeside IM" --date 2026-11-21`,
    );
    expect(result.stdout).toContain("| due in 1 day | 23 Nov 2026 | Dr. Ana Rivera, Program director | Lakeside IM |");
    // The drafts, dated from the review, say so too.
    const drafts = run(["followups", "--draft", "Lakeside IM"], { env });
    expect(drafts.stdout).toContain("21 November");
    expect(drafts.stderr).toContain("note: the review of Lakeside IM is dated 2026-11-21 and the interview recorded for it 2026-11-20");
    // A date after today is a slip to correct: no interview is moved there.
    writeFileSync(file, readFileSync(file, "utf8").replace("date: 2026-11-21", "date: 2026-12-20"));
    const future = run(["followups"], { env });
    expect(future.stderr).toContain(`note: the review of Lakeside IM is dated 2026-12-20, after today, and its thank-you notes go by that date: correct it in ${file}`);
    expect(future.stderr).not.toContain("interviews edit");
  });
});

describe("an interview held in another time zone", () => {
  it("is thanked for on its own day there, and a review dated by the other clock is no moved interview", () => {
    // 10:00 in Tokyo on 2 December is 20:00 on 1 December in New York, where the review is written.
    box = sandbox({ TZ: "America/New_York", INTERVIEW_COACH_NOW: "2026-12-01T22:00:00" });
    const { env } = box;
    expect(run(["interviews", "add", "Tokyo IM", "--date", "2026-12-02", "--time", "10:00", "--tz", "Asia/Tokyo"], { env }).code).toBe(0);
    // The form's answers with no date: the review takes today's, 1 December on this clock.
    const answers = join(box.dir, "tokyo.yaml");
    writeFileSync(answers, readFileSync(join(FIXTURES, "reviews", "answers", "lakeside.yaml"), "utf8").replace(/^date: .*\n/m, ""));
    expect(run(["review", "Tokyo IM", "--answers", answers], { env }).code).toBe(0);
    expect(readFileSync(join(box.home, "reviews", "tokyo-im.md"), "utf8")).toContain("\ndate: 2026-12-01\n");
    const drafts = run(["followups", "--draft", "Tokyo IM"], { env });
    expect(drafts.stdout).toContain("Thank you for taking the time to meet with me on 2 December during my interview for Tokyo IM.");
    expect(drafts.stderr).not.toContain("note: the review of");
    // Flown to Tokyo, the review's date (1 December) is the day before there: nothing moved.
    const abroad = run(["followups"], { env: { ...env, TZ: "Asia/Tokyo", INTERVIEW_COACH_NOW: "2026-12-02T18:00:00" } });
    expect(abroad.code).toBe(0);
    expect(abroad.stderr).not.toContain("interviews edit");
  });
});

describe("a review dated a day before a timed interview that is that day on no clock", () => {
  it("is said to be dated otherwise, and its letter names the review's day, which its deadline counts from", () => {
    // 08:00 in Los Angeles on 18 December is the 18th or the 19th everywhere, never the 17th.
    box = sandbox({ TZ: "America/New_York", INTERVIEW_COACH_NOW: "2026-12-18T12:00:00" });
    const { env } = box;
    expect(run(["interviews", "add", "Far IM", "--date", "2026-12-18", "--time", "08:00", "--tz", "America/Los_Angeles"], { env }).code).toBe(0);
    const answers = join(box.dir, "far.yaml");
    writeFileSync(answers, readFileSync(join(FIXTURES, "reviews", "answers", "lakeside.yaml"), "utf8").replace(/^date: .*\n/m, "date: 2026-12-17\n"));
    expect(run(["review", "Far IM", "--answers", answers], { env }).code).toBe(0);
    const drafts = run(["followups", "--draft", "Far IM"], { env });
    expect(drafts.stderr.replace(/\s+/g, " ")).toContain("note: the review of Far IM is dated 2026-12-17 and the interview recorded for it 2026-12-18; its thank-you notes go by the review's date.");
    expect(drafts.stdout).toContain("meet with me on 17 December");
    expect(drafts.stdout).not.toContain("18 December");
    expect(run(["followups"], { env }).stderr.replace(/\s+/g, " ")).toContain("note: the review of Far IM is dated 2026-12-17");
  });
});

describe("a withdrawn interview", () => {
  it("is left off the rank-order list, and marked in followups, whose notes today leaves out", () => {
    box = sandbox({ INTERVIEW_COACH_NOW: "2026-11-28T10:00:00" });
    const { env, dir } = box;
    const answers = join(dir, "review.yaml");
    for (const [program, date] of [["Pine Valley IM", "2026-11-25"], ["Lakeside IM", "2026-11-26"]]) {
      expect(run(["interviews", "add", program!, "--date", date!], { env }).code).toBe(0);
      writeFileSync(answers, `date: ${date}\npeople:\n  - {name: Dr. Lee, role: PD, detail: the clinic}\nscores: { training: 4, culture: 4, faculty: 4, location: 4, schedule: 4, outcomes: 4 }\ngut: 3\n`);
      expect(run(["review", program!, "--answers", answers], { env }).code).toBe(0);
    }
    expect(run(["rank", "--format", "csv"], { env }).stdout).toContain("Pine Valley IM");
    expect(run(["interviews", "cancel", "Pine Valley IM"], { env }).code).toBe(0);
    const pine = join(dir, "pine.yaml");
    writeFileSync(pine, readFileSync(answers, "utf8").replace("date: 2026-11-26", "date: 2026-11-25"));
    expect(run(["review", "Pine Valley IM", "--answers", pine], { env }).stderr).toContain("note: the interview with Pine Valley IM was withdrawn on 2026-11-28; rank leaves its review off the list.");

    const rank = run(["rank", "--format", "csv"], { env });
    expect(rank.code).toBe(0);
    expect(rank.stdout).not.toContain("Pine Valley IM");
    expect(rank.stdout).toContain("Lakeside IM");
    // The same answers again: nothing changed, and only that is said.
    const again = run(["review", "Lakeside IM", "--answers", answers], { env });
    expect(again.stderr).toContain("Nothing changed in ");
    expect(again.stderr).not.toContain("Updated");
    expect(rank.stderr).toContain("note: Pine Valley IM is left off the rank-order list: its interview was withdrawn on 2026-11-28.");
    const followups = run(["followups"], { env });
    expect(followups.stdout).toContain("| Dr. Lee, PD | Pine Valley IM |");
    expect(followups.stderr).toContain("note: Pine Valley IM was withdrawn on 2026-11-28: its notes are listed for your records, and today and the calendar leave them out.");
    expect(JSON.parse(run(["today", "--json"], { env }).stdout).thankYouNotes.map((t: { program: string }) => t.program)).not.toContain("Pine Valley IM");
  });

  it("is named in the rank-order list itself, Markdown and JSON, so a list saved to a file says why the program is missing", () => {
    const { env, dir } = sandbox({ INTERVIEW_COACH_NOW: "2026-12-02T10:00:00" });
    const answers = join(dir, "review.yaml");
    for (const program of ["Pine Valley IM", "Lakeside IM"]) {
      expect(run(["interviews", "add", program, "--date", "2026-11-25"], { env }).code).toBe(0);
      writeFileSync(answers, "date: 2026-11-25\nscores: { training: 4, culture: 4, faculty: 4, location: 4, schedule: 4, outcomes: 4 }\ngut: 3\n");
      expect(run(["review", program, "--answers", answers], { env }).code).toBe(0);
    }
    expect(run(["rank"], { env }).stdout).not.toContain("withdrawn");
    expect(run(["interviews", "cancel", "Pine Valley IM"], { env }).code).toBe(0);
    expect(run(["rank"], { env }).stdout).toContain("\n**Not on this list: a program withdrawn from** (Pine Valley IM, on 2026-12-02).\n");
    expect(JSON.parse(run(["rank", "--json"], { env }).stdout).withdrawn).toEqual([{ program: "Pine Valley IM", on: "2026-12-02" }]);
  });

  it("keeps its unsent notes out of the overdue count: listed as not asked for, with no prompt to send them", () => {
    const { env, dir } = sandbox({ INTERVIEW_COACH_NOW: "2026-12-02T10:00:00" });
    const answers = join(dir, "review.yaml");
    expect(run(["interviews", "add", "Pine Valley IM", "--date", "2026-11-25"], { env }).code).toBe(0);
    writeFileSync(answers, "date: 2026-11-25\npeople:\n  - {name: Dr. Lee, role: PD, detail: the clinic}\nscores: { training: 4, culture: 4, faculty: 4, location: 4, schedule: 4, outcomes: 4 }\ngut: 3\n");
    expect(run(["review", "Pine Valley IM", "--answers", answers], { env }).code).toBe(0);
    expect(run(["followups"], { env }).stdout).toContain("0 to send, 0 sent.");
    expect(run(["followups"], { env }).stdout).toContain("| **overdue** by 5 days |");
    expect(run(["interviews", "cancel", "Pine Valley IM"], { env }).code).toBe(0);
    const followups = run(["followups"], { env });
    expect(followups.stdout).toContain(": 0 overdue, 0 to send, 0 sent, 1 to withdrawn programs.");
    expect(followups.stdout).toContain("| not asked for: withdrawn | 27 Nov 2026 | Dr. Lee, PD | Pine Valley IM |");
    expect(followups.stderr).not.toContain("Drafts:");
  });
});
