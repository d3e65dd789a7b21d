// A season end to end with a fixed clock: interviews recorded once and used by checklist, review,
// followups, today and calendar; the calendar read back by a real iCalendar parser (ical.js).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { FIXTURES, keys, run, sandbox, sandboxFrom, terminal, unwrapped, type Sandbox } from "../helpers/cli.js";
import { form, WAIT } from "../helpers/review-steps.js";

const NOW = "2026-11-25T10:00:00";

const REVIEW_ANSWERS = `people:
  - name: Dr. Priya Raman
    role: Program director
    detail: her research on heart failure readmissions
scores: { training: 4, culture: 4, faculty: 3, location: 3, schedule: 3, outcomes: 4 }
gut: 4
`;

/** The three interviews of the brief (one past with no review, one in 3 days, one in 3 weeks abroad) and a reviewed one. */
const seasonBox = sandboxFrom((box) => {
  mkdirSync(join(box.dir, "config", "interview-coach"), { recursive: true });
  writeFileSync(join(box.dir, "config", "interview-coach", "config.yaml"), "me: { name: Alex Kim }\nseason: { rankDeadline: 2027-02-25 }\n");
  const answers = join(box.dir, "answers.yaml");
  writeFileSync(answers, REVIEW_ANSWERS);
  const cli = (...args: string[]) => run(args, { env: box.env });
  for (const args of [
    ["Riverside IM", "--date", "2026-11-21"],
    ["Lakeside IM", "--date", "2026-11-28", "--time", "09:00", "--tz", "America/Chicago", "--specialty", "internal medicine", "--format", "virtual"],
    ["Valley Health", "--date", "2026-12-16", "--time", "14:30", "--tz", "Europe/London", "--kind", "job", "--specialty", "hospitalist"],
    ["Bayview IM", "--date", "2026-11-24"],
  ]) {
    const added = cli("interviews", "add", ...args);
    expect(added.code, added.stderr).toBe(0);
  }
  // Bayview is reviewed (people met, so thank-you notes are due); its date comes from the record.
  expect(cli("review", "Bayview IM", "--answers", answers).code).toBe(0);
  // Lakeside's checklist is started: one item ticked, no date given (the interview has it).
  mkdirSync(join(box.home, "checklists"), { recursive: true });
  writeFileSync(
    join(box.home, "checklists", "residency-interview-day--lakeside-im.md"),
    "---\ntype: checklist\nchecklist: residency-interview-day\nprogram: Lakeside IM\ndone:\n  - id: research-program\n    at: 2026-11-24T18:30:00+00:00\n---\n",
  );
}, { INTERVIEW_COACH_NOW: NOW });

/** A season of its own for one test (see seasonBox), with a shortcut to run the CLI in it. */
function season(): Sandbox & { cli: (...args: string[]) => ReturnType<typeof run>; answers: string } {
  const box = seasonBox();
  return { ...box, cli: (...args: string[]) => run(args, { env: box.env }), answers: join(box.dir, "answers.yaml") };
}

/** A calendar's events, read back with ical.js. */
interface Parsed {
  uid: string;
  summary: string;
  allDay: boolean;
  start: string;
  status?: string;
}
const parse = (text: string): Parsed[] =>
  new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent").map((component) => {
    const event = new ICAL.Event(component);
    const status = component.getFirstPropertyValue("status");
    return {
      uid: event.uid,
      summary: event.summary,
      allDay: event.startDate.isDate,
      start: event.startDate.isDate ? event.startDate.toString() : event.startDate.toJSDate().toISOString(),
      ...(status ? { status: String(status) } : {}),
    };
  });

describe("interviews as records", () => {
  it("a withdrawal says how to undo it, and undone by hand the interview is back; edit's help keeps what is recorded", () => {
    const { cli, home } = season();
    const cancelled = cli("interviews", "cancel", "Lakeside IM");
    expect(cancelled.stderr).toContain('To undo it, delete the line "withdrawn: 2026-11-25" from that file.');
    const path = join(home, "interviews", "lakeside-im.md");
    // Edited while withdrawn, it stays withdrawn, and says so.
    const moved = cli("interviews", "edit", "Lakeside IM", "--where", "Main campus, room 4");
    expect(moved.code).toBe(0);
    expect(moved.stderr).toContain(`note: Lakeside IM stays withdrawn (since 2026-11-25); to undo that, delete the line "withdrawn: 2026-11-25" from ${path}.\n`);
    expect(cli("interviews", "edit", "Riverside IM", "--where", "Main campus").stderr).not.toContain("stays withdrawn");
    writeFileSync(path, readFileSync(path, "utf8").replace("withdrawn: 2026-11-25\n", ""));
    expect(cli("interviews").stdout).toContain("| 2026-11-28 09:00 America/Chicago, 15:00 your time (in 3 days) | Lakeside IM | residency: internal medicine | scheduled |");
    const help = cli("interviews", "edit", "--help").stdout.replace(/\s+/g, " ");
    expect(help).toContain("networking: a networking event, such as a mixer or a conference reception (not scored or ranked) (kept as recorded unless given)");
    expect(help).not.toContain("default residency");
  });

  it("a time zone that keeps one offset all year is recorded as given, with a note on using a place name", () => {
    const { cli } = season();
    const added = cli("interviews", "add", "Harbor IM", "--date", "2026-12-20", "--time", "09:00", "--tz", "EST");
    expect(added.code, added.stderr).toBe(0);
    expect(added.stderr).toContain('note: "EST" keeps one offset all year, with no summer time; a place name such as America/New_York follows the clocks there: interview-coach interviews edit "Harbor IM" --tz <Area/City>\n');
    expect(cli("interviews", "edit", "Harbor IM", "--tz", "America/New_York").stderr).not.toContain("keeps one offset");
  });

  it("a time the clocks skip (the night they go forward) is refused, on add and on an edit that lands on it", () => {
    const { cli, home } = season();
    const added = cli("interviews", "add", "Harbor IM", "--date", "2027-03-14", "--time", "02:30", "--tz", "America/Chicago");
    expect(added.code).toBe(64);
    expect(added.stderr).toBe(
      "error: 2027-03-14 02:30 is not a time in America/Chicago: the clocks go forward that night and never show 02:30 (that moment reads 03:30); check the invitation and give the right --date, --time or --tz\n",
    );
    expect(existsSync(join(home, "interviews", "harbor-im.md"))).toBe(false);
    expect(cli("interviews", "add", "Harbor IM", "--date", "2027-03-13", "--time", "02:30", "--tz", "America/Chicago").code).toBe(0);
    const path = join(home, "interviews", "harbor-im.md");
    const before = readFileSync(path, "utf8");
    const moved = cli("interviews", "edit", "Harbor IM", "--date", "2027-03-14");
    expect(moved.code).toBe(64);
    expect(moved.stderr).toContain("2027-03-14 02:30 is not a time in America/Chicago");
    expect(readFileSync(path, "utf8")).toBe(before);
  });

  it("an interview added for a day long past or years ahead is recorded, with a note that offers the same day in this season", () => {
    const { cli } = season();
    const added = cli("interviews", "add", "Harbor IM", "--date", "2025-11-29");
    expect(added.code, added.stderr).toBe(0);
    expect(added.stderr).toContain('note: 2025-11-29 is 361 days ago; if the year is wrong: interview-coach interviews edit "Harbor IM" --date 2026-11-29\n');
    expect(cli("interviews", "add", "Bayview IM", "--date", "2026-11-20").stderr).not.toContain("if the year is wrong");
    // This season's day, not one a year on that is still past, nor for a year typed too far ahead.
    expect(cli("interviews", "add", "Cedar IM", "--date", "2025-01-08").stderr).toContain('note: 2025-01-08 is 686 days ago; if the year is wrong: interview-coach interviews edit "Cedar IM" --date 2027-01-08\n');
    expect(cli("interviews", "add", "Dune IM", "--date", "2036-01-08").stderr).toContain('note: 2036-01-08 is 3331 days ahead; if the year is wrong: interview-coach interviews edit "Dune IM" --date 2027-01-08\n');
  });

  it("a coordinator's role recorded with no --kind gets a note that it is a job's, and the command that makes it one; with --kind job, none", () => {
    const { cli } = season();
    const added = cli("interviews", "add", "Sunrise Clinic", "--date", "2026-12-15", "--specialty", "patient coordinator");
    expect(added.code, added.stderr).toBe(0);
    expect(added.stderr).toContain(`note: recorded as a residency interview, the default kind; if 'patient coordinator' is a job's role: interview-coach interviews edit "Sunrise Clinic" --kind job\n`);
    expect(cli("interviews", "add", "Dawn Clinic", "--date", "2026-12-16", "--specialty", "patient coordinator", "--kind", "job").stderr).not.toContain("the default kind");
    expect(cli("interviews", "add", "Harbor IM", "--date", "2026-12-17", "--specialty", "internal medicine").stderr).not.toContain("the default kind");
  });

  it("a review of another kind than the recorded interview is saved as given, with a note naming both kinds", () => {
    const { cli, dir, home, answers } = season();
    const jobReview = join(dir, "job.yaml");
    writeFileSync(jobReview, "kind: job\nscores: { compensation: 3, schedule: 4, culture: 4, growth: 3, location: 3, expectations: 4 }\ngut: 3\n");
    const reviewed = cli("review", "Riverside IM", "--answers", jobReview);
    expect(reviewed.code, reviewed.stderr).toBe(0);
    expect(reviewed.stderr).toContain(
      `\nnote: this review is of a job interview but the one recorded for 'Riverside IM' is a residency interview; rank lists it with the job reviews. If the review is right, correct the record: interview-coach interviews edit "Riverside IM" --kind job\n`,
    );
    expect(readFileSync(join(home, "reviews", "riverside-im.md"), "utf8")).toContain("kind: job\n");
    expect(cli("review", "Bayview IM", "--answers", answers).stderr).not.toContain("note: this review is of a");
  });

  it("a reviewed interview cannot move to a day still ahead; moved to another past day, it says the review keeps its own date", () => {
    const { cli, home } = season();
    const ahead = cli("interviews", "edit", "Bayview IM", "--date", "2026-12-02");
    expect(ahead.code).toBe(64);
    expect(ahead.stderr).toBe(
      `error: Bayview IM has a review dated 2026-11-24 (${join(home, "reviews", "bayview-im.md")}), so it cannot move to 2026-12-02, a day still ahead. For a second visit, record it as an interview of its own: interview-coach interviews add "Bayview IM (second visit)" --date 2026-12-02\n`,
    );
    expect(readFileSync(join(home, "interviews", "bayview-im.md"), "utf8")).toContain("date: 2026-11-24\n");
    const past = cli("interviews", "edit", "Bayview IM", "--date", "2026-11-23");
    expect(past.code, past.stderr).toBe(0);
    expect(unwrapped(past.stderr)).toContain(`note: Bayview IM has a review dated 2026-11-24 (${join(home, "reviews", "bayview-im.md")}); thank-you deadlines and rank go by the review's date, so if the interview was on 2026-11-23, correct the review's date too: interview-coach review "Bayview IM"`);
    // An interview with no review moves freely, and quietly.
    expect(cli("interviews", "edit", "Riverside IM", "--date", "2026-12-01").stderr).not.toContain("review");
  });

  it("checklist items the review records are ticked by it: the same-day notes once written, the thank-you notes once everyone is thanked", () => {
    const { cli, home } = season();
    const print = (program: string) => cli("checklist", "after-interview", "--program", program, "--print").stdout;
    expect(print("Bayview IM")).toContain("- [x] Write your impressions the same day");
    expect(print("Bayview IM")).toContain("- [ ] Write down the name and role of everyone you spoke with");
    expect(print("Bayview IM")).toContain("- [ ] Send a short thank-you note to each person who interviewed you");
    // Riverside has no review: nothing is ticked for it.
    expect(print("Riverside IM")).toContain("- [ ] Write your impressions the same day");

    // Started, the checklist's items that the review records are left out of today's list.
    writeFileSync(join(home, "checklists", "after-interview--bayview-im.md"), "---\ntype: checklist\nchecklist: after-interview\nprogram: Bayview IM\ndone: []\n---\n");
    const today = cli("today").stdout;
    expect(today).toContain("Update your draft rank order after each interview");
    expect(today).not.toContain("Write your impressions the same day");
    expect(cli("checklist").stdout).toMatch(/\| after-interview \| Bayview IM \| [^|]*\| 4\/\d+ \|/);

    expect(cli("followups", "--done", "Bayview IM", "Dr. Priya Raman").code).toBe(0);
    expect(print("Bayview IM")).toContain("- [x] Send a short thank-you note to each person who interviewed you");
  });

  it("a reviewed interview's next step is the rank-order list once everyone met is thanked", () => {
    const { cli } = season();
    expect(cli("interviews").stdout).toContain("| Bayview IM | residency | reviewed | thank-you notes, then rank |");
    expect(cli("followups", "--done", "Bayview IM", "Dr. Priya Raman").code).toBe(0);
    expect(cli("interviews").stdout).toContain("| Bayview IM | residency | reviewed | rank |");
  });

  it("a reviewed interview whose review names a deal-breaker has the decision on it as its next step, as rank lists it apart", () => {
    const { cli } = season();
    expect(cli("interviews", "add", "Mercy IM", "--date", "2026-11-22").code).toBe(0);
    expect(cli("review", "Mercy IM", "--answers", join(FIXTURES, "reviews", "answers", "mercy.yaml")).code).toBe(0);
    expect(cli("interviews").stdout).toMatch(/\| Mercy IM \| residency \| reviewed \| (?:thank-you notes, then )?decide on its deal-breaker \(rank lists it apart\) \|/);
    expect(cli("rank").stdout).toContain("Mercy IM");
  });

  it("lists them with status and next step; files are private notes with front matter", () => {
    const { cli, home } = season();
    const listed = cli("interviews");
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain("4 interviews: 2 scheduled, 1 done, 1 reviewed, 0 withdrawn (as of 2026-11-25).");
    expect(listed.stdout).toContain("| 2026-11-21 (4 days ago) | Riverside IM | residency | done | write the review (4 days ago) |");
    expect(listed.stdout).toContain("| 2026-11-28 09:00 America/Chicago, 15:00 your time (in 3 days) | Lakeside IM | residency: internal medicine | scheduled |");
    const path = join(home, "interviews", "lakeside-im.md");
    expect(readFileSync(path, "utf8")).toMatch(/^---\ntype: interview\nprogram: Lakeside IM\ndate: 2026-11-28\ntime: 09:00\ntz: America\/Chicago\nkind: residency\nspecialty: internal medicine\nformat: virtual\n---\n/);
    expect(statSync(path).mode & 0o777).toBe(0o600);

    expect(cli("interviews", "cancel", "valley health").code).toBe(0);
    expect(cli("interviews", "--json").stdout).toContain('"status": "withdrawn"');
    expect(cli("interviews", "edit", "Lakesid IM", "--time", "10:00").stderr).toBe("error: no interview recorded for 'Lakesid IM'. Did you mean 'Lakeside IM'?\n");
    expect(cli("interviews", "add", "Lakeside IM", "--date", "2026-12-01").code).toBe(64);
    expect(cli("interviews", "add", "Mercy", "--date", "2026-12-01", "--tz", "Mars/Olympus").stderr).toContain("--tz must be a time zone name");
    // A zone misspelt is named as it is spelt: one suggestion, the nearest.
    const misspelt = cli("interviews", "add", "Mercy", "--date", "2026-12-01", "--time", "09:00", "--tz", "America/Newyork");
    expect([misspelt.code, misspelt.stderr]).toEqual([64, 'error: --tz must be a time zone name like America/Chicago or Europe/London, got "America/Newyork" (did you mean America/New_York?)\n']);

    // Recorded after its day: the next step is its review, as the list says, not the checklist that prepares for it.
    const late = cli("interviews", "add", "Northside IM", "--date", "2026-11-20");
    expect(late.code).toBe(0);
    expect(late.stderr).toContain('\nNext: write the review (5 days ago): interview-coach review "Northside IM"\n');
    expect(late.stderr).not.toContain("checklist");
  });

  it("interviews add of a name that looks like a recorded program's (a run of its words as initials, or a typo) records it all the same, with a note naming the recorded one and the command that removes it if it was a slip; a name that only shares a word gets none", () => {
    const { cli, home } = season();
    const file = (slug: string) => join(home, "interviews", `${slug}.md`);
    const spelt = cli("interviews", "add", "Lakeside Internal Medicine", "--date", "2026-11-29");
    expect([spelt.code, spelt.stdout]).toEqual([0, ""]);
    expect(spelt.stderr).toContain(
      `\nnote: 'Lakeside Internal Medicine' looks like 'Lakeside IM' (recorded for 2026-11-28); if it is the same program, remove it (today, calendar and rank would show it twice): interview-coach interviews remove "Lakeside Internal Medicine" --yes; and give any new day or time to the record: interview-coach interviews edit "Lakeside IM" --date …\n`,
    );
    const typo = cli("interviews", "add", "Lakesde IM", "--date", "2026-11-28");
    expect([typo.code, typo.stdout]).toEqual([0, ""]);
    expect(typo.stderr).toContain(
      `\nnote: 'Lakesde IM' looks like 'Lakeside IM' (recorded for 2026-11-28); if it is the same program, remove it (today, calendar and rank would show it twice): interview-coach interviews remove "Lakesde IM" --yes; and give any new day or time to the record: interview-coach interviews edit "Lakeside IM" --date …\n`,
    );
    expect(existsSync(file("lakeside-internal-medicine")) && existsSync(file("lakesde-im"))).toBe(true);
    expect(cli("interviews").stdout).toContain("6 interviews:");
    // The command the note gives undoes the slip.
    expect(cli("interviews", "remove", "Lakesde IM", "--yes").code).toBe(0);
    expect(existsSync(file("lakesde-im"))).toBe(false);
    expect(cli("interviews").stdout).toContain("5 interviews:");
    // The same letters in another punctuation are the same name.
    expect(cli("interviews", "add", "Lakeside I.M.", "--date", "2026-12-20").stderr).toContain("note: 'Lakeside I.M.' looks like 'Lakeside IM' (recorded for 2026-11-28)");
    expect(cli("interviews", "add", "riverside-im", "--date", "2026-12-20").stderr).toContain("note: 'riverside-im' looks like 'Riverside IM' (recorded for 2026-11-21)");
    // Another program of the same hospital, another specialty's initials, or the hospital's name alone.
    for (const other of ["Lakeside Pediatrics", "Lakeside FM", "Lakeside", "Riverside Peds"]) {
      const added = cli("interviews", "add", other, "--date", "2026-12-01");
      expect([added.code, added.stderr.includes("looks like")]).toEqual([0, false]);
    }
    // Whatever the names, two interviews that start at the same minute are most likely one recorded twice.
    expect(cli("interviews", "add", "Prairie Health Partners", "--date", "2026-12-08", "--time", "09:00", "--kind", "job").code).toBe(0);
    const sameStart = cli("interviews", "add", "Prairie Health Partners FM", "--date", "2026-12-08", "--time", "09:00", "--kind", "job");
    expect(sameStart.stderr).toContain(`\nnote: 'Prairie Health Partners FM' looks like 'Prairie Health Partners' (recorded for the same start, 2026-12-08 09:00); if it is the same program, remove it (today, calendar and rank would show it twice): interview-coach interviews remove "Prairie Health Partners FM" --yes;`);
    expect(cli("interviews", "add", "Prairie Pediatrics", "--date", "2026-12-08", "--time", "14:00", "--kind", "job").stderr).not.toContain("looks like");
  });

  it("a job recorded without a role says it is prepared as a physician's second interview, and how to make it a coordinator's", () => {
    const { cli } = season();
    const added = cli("interviews", "add", "Riverside Hospital", "--date", "2026-12-14", "--kind", "job");
    expect(added.stderr).toContain(`note: no role given, so it is prepared as a physician's second interview with a health group; for a coordinator's job: interview-coach interviews edit "Riverside Hospital" --specialty "patient coordinator"\n`);
    expect(added.stderr).toContain("Next: interview-coach checklist second-interview --program");
    const edited = cli("interviews", "edit", "Riverside Hospital", "--specialty", "patient coordinator");
    expect(edited.code).toBe(0);
    expect(cli("interviews", "add", "Lakeview Clinic", "--date", "2026-12-15", "--kind", "job", "--specialty", "scheduling coordinator").stderr).not.toContain("no role given");
  });

  it("the interviews document names a note it could not read, as rank's does: piped or saved, it has no warning beside it", () => {
    const { cli, home } = season();
    const file = join(home, "interviews", "hillcrest-fm.md");
    writeFileSync(file, "---\ntype: interview\nprogram: Hillcrest FM\ndate: 2026-12-40\ntz: America/Denver\nkind: residency\n---\n");
    expect(cli("interviews").stdout).toContain(`**Not on this list: 1 interview note that cannot be read** (${file}): fix it, then list again.`);
  });

  it("a hand-broken file is a positioned one-line error for the command that needs it, and a warning elsewhere", () => {
    const { cli, home } = season();
    writeFileSync(join(home, "interviews", "hillcrest-fm.md"), "---\ntype: interview\nprogram: Hillcrest FM\ndate: 2026-12-40\ntz: America/Denver\nkind: residency\n---\n");
    const file = join(home, "interviews", "hillcrest-fm.md");
    const listed = cli("interviews");
    expect(listed.code).toBe(0);
    expect(listed.stderr).toBe(`warning: skipped ${file}:4:7: 'date': must be a real date as YYYY-MM-DD\n`);
    expect(listed.stdout).toContain("Lakeside IM");
    const needed = cli("checklist", "residency-interview-day", "--program", "Hillcrest FM", "--print");
    expect(needed.code).toBe(65);
    expect(needed.stderr).toBe(`${file}:4:7: 'date': must be a real date as YYYY-MM-DD\n`);
    const edited = cli("interviews", "edit", "Hillcrest FM", "--time", "09:00");
    expect([edited.code, edited.stderr]).toEqual([65, `${file}:4:7: 'date': must be a real date as YYYY-MM-DD\n`]);
    // The agenda says what it leaves out, as the interviews list does: saved or piped, it does not pass for whole.
    const agenda = cli("today").stdout;
    expect(agenda).toContain("Riverside IM");
    expect(agenda).toContain(`**Not on this list: 1 interview note that cannot be read** (${file}): fix it, then run today again.`);
    expect(cli("checklist").stdout).toContain(`**Not on this list: 1 interview note that cannot be read** (${file}): fix it, then run checklist again.`);
  });
});

describe("every command uses the interviews", () => {
  it("checklist --program and review take the stored date without --date, and a review dated otherwise gets a note", () => {
    const { cli, dir, home, answers } = season();
    const printed = cli("checklist", "residency-interview-day", "--program", "lakeside im", "--print");
    expect(printed.code).toBe(0);
    // Named by its start as recorded, and on the user's clock (UTC here), as interviews names it.
    expect(printed.stdout).toContain("Interview 2026-11-28 09:00 America/Chicago (15:00 your time) · 1/20 done, 0 overdue as of 2026-11-25");
    // Thank-you items follow the one rule: two days after the interview.
    expect(printed.stdout).toMatch(/thank-you[^\n]*\(due 2026-11-30\)/i);

    const reviewed = cli("review", "Riverside IM", "--answers", answers);
    expect(reviewed.code).toBe(0);
    expect(reviewed.stderr).toContain("This interview was 4 days ago: impressions fade and bias creeps in");
    expect(readFileSync(join(home, "reviews", "riverside-im.md"), "utf8")).toContain("date: 2026-11-21\nkind: residency\n");
    expect(reviewed.stderr).not.toContain("note: this review is dated");

    // A review dated otherwise than the record is saved as given, with a one-line note naming both days.
    const otherDay = join(dir, "other-day.yaml");
    writeFileSync(otherDay, `date: 2026-11-20\n${REVIEW_ANSWERS}`);
    const redated = cli("review", "Riverside IM", "--answers", otherDay);
    expect(redated.code).toBe(0);
    // The review was written already: a corrected date is no late writing to warn of.
    expect(redated.stderr).not.toContain("impressions fade");
    expect(redated.stderr).toContain(
      `note: this review is dated 2026-11-20 but the interview recorded for 'Riverside IM' is on 2026-11-21; if the review is right, correct the record: interview-coach interviews edit "Riverside IM" --date 2026-11-20\n`,
    );
    expect(readFileSync(join(home, "reviews", "riverside-im.md"), "utf8")).toContain("date: 2026-11-20\n");

    // A near miss of a recorded interview is refused: saved under the typo, the review would rank
    // as a program of its own. A name like none recorded still starts a review dated today.
    const typo = cli("review", "Lakesid IM", "--answers", answers);
    expect(typo.code).toBe(66);
    expect(typo.stderr).toBe(
      `error: no interview recorded for 'Lakesid IM' (did you mean 'Lakeside IM'?), so no review was started. Use the recorded name: interview-coach review "Lakeside IM" --answers ${answers}; or, for another program, record it first: interview-coach interviews add "Lakesid IM" --date YYYY-MM-DD\n`,
    );
    expect(existsSync(join(home, "reviews", "lakesid-im.md"))).toBe(false);
    const unknown = cli("review", "Harbor Peds", "--answers", answers);
    expect(unknown.stderr).toContain("No interview recorded for 'Harbor Peds'; the review is dated today, 25 Nov 2026.");
    expect(readFileSync(join(home, "reviews", "harbor-peds.md"), "utf8")).toContain("date: 2026-11-25\n");
  });

  it("a checklist started before the interview moved follows the record to its new day: today, calendar and the overview", () => {
    const { cli, home } = season();
    // Lakeside's checklist note as saved for an earlier day (2026-11-27); the record says 2026-11-28.
    const saved = () => ({ today: JSON.parse(cli("today", "--json").stdout).checklistItems, calendar: cli("calendar").stdout.replace(/DTSTAMP:.*\r\n/g, "") });
    const asRecorded = saved();
    const note = join(home, "checklists", "residency-interview-day--lakeside-im.md");
    writeFileSync(note, readFileSync(note, "utf8").replace("program: Lakeside IM\n", "program: Lakeside IM\ndate: 2026-11-27\n"));
    expect(saved()).toEqual(asRecorded);
    expect(asRecorded.today.length).toBeGreaterThan(0);
    expect(cli("checklist").stdout).toContain("| residency-interview-day | Lakeside IM | 2026-11-28 (in 3 days) | 1/20 |");
    // A --date other than the record's is used for that run, and the user is told the record wins elsewhere.
    const other = cli("checklist", "residency-interview-day", "--program", "Lakeside IM", "--date", "2026-11-27", "--print");
    expect(other.stdout).toContain("Interview 2026-11-27 · ");
    expect(other.stderr).toContain(`note: the interview recorded for 'Lakeside IM' is on 2026-11-28; today, calendar and the checklist overview go by that day. If it moved: interview-coach interviews edit "Lakeside IM" --date 2026-11-27\n`);
  });

  it("an interview still to come cannot be reviewed from its record's day, and a review dated otherwise leaves it on the agenda", () => {
    const { cli, dir } = season();
    const refused = cli("review", "Lakeside IM", "--answers", join(dir, "answers.yaml"));
    expect(refused.code).toBe(65);
    expect(refused.stderr).toContain("the review would be dated 2026-11-28, the day recorded for the interview, which is after today; review an interview once it has happened, or give its real 'date' here\n");
    const early = join(dir, "early.yaml");
    writeFileSync(early, `date: 2026-11-24\n${REVIEW_ANSWERS}`);
    expect(cli("review", "Lakeside IM", "--answers", early).code).toBe(0);
    expect(cli("interviews").stdout).toContain("| Lakeside IM | residency: internal medicine | scheduled | prepare: checklist, practice (in 3 days) |");
    expect(JSON.parse(cli("today", "--json").stdout).interviews.map((i: { program: string }) => i.program)).toEqual(["Lakeside IM"]);
  });

  it("on an interview's own day, a review before its recorded start is refused, from --answers and the form; once it has started, or with no time recorded, it is saved", async () => {
    const { env, home, answers } = season();
    // 07:50 UTC on the 28th; Lakeside starts at 09:00 Chicago time, 15:00 UTC.
    const morning = { ...env, INTERVIEW_COACH_NOW: "2026-11-28T07:50:00" };
    const early = run(["review", "Lakeside IM", "--answers", answers], { env: morning });
    expect(early.code).toBe(65);
    expect(early.stderr).toBe(`${answers}:1:1: the interview recorded for 'Lakeside IM' starts at 2026-11-28 09:00 America/Chicago (15:00 your time, in 7 h 10 min); review it once it has happened\n`);
    expect(existsSync(join(home, "reviews", "lakeside-im.md"))).toBe(false);
    expect(run(["interviews"], { env: morning }).stdout).toContain("| Lakeside IM | residency: internal medicine | scheduled | today: good luck |");
    expect(run(["followups"], { env: morning }).stdout).not.toContain("Lakeside IM");

    // The form's default date is that day: refused before its first question, with the same words.
    const form = terminal(["review", "Lakeside IM"], { env: morning, cols: 200 });
    expect((await form.exited).exitCode).toBe(65);
    expect(form.output()).toContain("The interview recorded for 'Lakeside IM' starts at 2026-11-28 09:00 America/Chicago (15:00 your time, in 7 h 10 min); review it once it has happened");
    expect(form.output()).not.toContain("? Interview date");
    expect(existsSync(join(home, "reviews", "lakeside-im.md"))).toBe(false);

    // An interview with a day but no time can be reviewed all that day.
    expect(run(["interviews", "add", "Harbor Peds", "--date", "2026-11-28"], { env: morning }).code).toBe(0);
    expect(run(["review", "Harbor Peds", "--answers", answers], { env: morning }).code).toBe(0);
    const started = run(["review", "Lakeside IM", "--answers", answers], { env: { ...env, INTERVIEW_COACH_NOW: "2026-11-28T15:00:00" } });
    expect(started.code, started.stderr).toBe(0);
    expect(readFileSync(join(home, "reviews", "lakeside-im.md"), "utf8")).toContain("date: 2026-11-28\n");
  });

  it("an interview at midnight your time, your evening's day, is not reviewed before it starts when the review takes its default date", async () => {
    // 09:00 in Tokyo on 3 December is 00:00 UTC that day: before 4 am, so an interview of the 2nd.
    const box = sandbox({ INTERVIEW_COACH_NOW: "2026-12-02T06:37:00Z" });
    expect(run(["interviews", "add", "Tokyo Bay Medical", "--date", "2026-12-03", "--time", "09:00", "--tz", "Asia/Tokyo", "--format", "virtual"], { env: box.env }).code).toBe(0);
    const answers = join(box.dir, "answers.yaml");
    writeFileSync(answers, REVIEW_ANSWERS);
    const refusal = "the interview recorded for 'Tokyo Bay Medical' starts at 2026-12-03 09:00 Asia/Tokyo (00:00 your time, in 17 h 23 min); review it once it has happened";
    const early = run(["review", "Tokyo Bay Medical", "--answers", answers], { env: box.env });
    expect(early.code).toBe(65);
    expect(early.stderr).toBe(`${answers}:1:1: ${refusal}\n`);
    const form = terminal(["review", "Tokyo Bay Medical"], { env: box.env, cols: 200 });
    expect((await form.exited).exitCode).toBe(65);
    expect(form.output()).toContain(`T${refusal.slice(1)}`);
    expect(form.output()).not.toContain("? Interview date");
    expect(existsSync(join(box.home, "reviews", "tokyo-bay-medical.md"))).toBe(false);
    expect(run(["interviews"], { env: box.env }).stdout).toContain("| Tokyo Bay Medical | residency | scheduled | today: good luck |");
    const agenda = JSON.parse(run(["today", "--json"], { env: box.env }).stdout);
    expect(agenda.checklistItems.filter((i: { program: string }) => i.program === "Tokyo Bay Medical").length).toBeGreaterThan(0);
    expect(agenda.thankYouNotes).toEqual([]);
  });

  it("an interview at midnight your time has one thank-you deadline, from its day as the season counts it: today, the checklist and the calendar agree", () => {
    // 09:00 in Tokyo on 3 December is 00:00 UTC that day: before 4 am, so an interview of the 2nd, due by the 4th.
    const box = sandbox({ INTERVIEW_COACH_NOW: "2026-12-02T06:37:00Z" });
    const at = { env: box.env };
    expect(run(["interviews", "add", "Tokyo Bay Medical", "--date", "2026-12-03", "--time", "09:00", "--tz", "Asia/Tokyo", "--format", "virtual"], at).code).toBe(0);
    const thankYouItem = (agenda: { checklistItems: { text: string; due: string }[] }) => agenda.checklistItems.find((i) => i.text.startsWith("Send a brief, personal thank-you note"));
    expect(thankYouItem(JSON.parse(run(["today", "--json"], at).stdout))).toMatchObject({ due: "2026-12-04" });
    expect(run(["checklist", "--program", "Tokyo Bay Medical", "--print"], at).stdout).toMatch(/thank-you note to each person you met.*\(due 2026-12-04\)/);
    const calendar = run(["calendar"], at).stdout;
    expect(parse(calendar).find((e) => e.uid.startsWith("thank-you--"))).toMatchObject({ allDay: true, start: "2026-12-04" });
    expect(calendar.replace(/\r\n\t/g, "")).toContain("by the end of 2026-12-04 (overdue after 2026-12-05)");
    // A draft of its review, dated that day: the review to finish gives the same deadline as the checklist.
    mkdirSync(join(box.home, "reviews"), { recursive: true });
    writeFileSync(join(box.home, "reviews", "tokyo-bay-medical.md"), "---\ntype: review\nprogram: Tokyo Bay Medical\ndate: 2026-12-02\nkind: residency\ndraft: true\nscores: {}\ngut: null\ndealBreakers: []\npeople: []\n---\n# Review: Tokyo Bay Medical\n", { mode: 0o600 });
    const agenda = JSON.parse(run(["today", "--json"], at).stdout);
    expect(agenda.reviewsToWrite).toMatchObject([{ program: "Tokyo Bay Medical", draft: true, thankYou: { sendBy: "2026-12-04", overdue: false } }]);
    expect(thankYouItem(agenda)).toMatchObject({ due: "2026-12-04" });
    expect(run(["today"], at).stdout).toContain("the review is a draft; its thank-you notes are due by 2026-12-04.");
    expect(parse(run(["calendar"], at).stdout).find((e) => e.uid.startsWith("thank-you--"))).toMatchObject({ start: "2026-12-04" });
  });

  it("once an interview has started, interviews and today point to its review, not to preparing for it", () => {
    const { env } = season();
    // 15:00 UTC on the 28th is 09:00 in Chicago, when Lakeside starts.
    const before = { ...env, INTERVIEW_COACH_NOW: "2026-11-28T14:59:00" };
    const after = { ...env, INTERVIEW_COACH_NOW: "2026-11-28T15:00:00" };
    expect(run(["interviews"], { env: before }).stdout).toContain("| Lakeside IM | residency: internal medicine | scheduled | today: good luck |");
    expect(run(["interviews"], { env: after }).stdout).toContain(
      "| Lakeside IM | residency: internal medicine | started | write the review once it is over (it started at 09:00 America/Chicago) |",
    );
    const today = run(["today"], { env: after });
    expect(today.stdout).toContain('- today 09:00 America/Chicago (15:00 your time): Lakeside IM (residency: internal medicine, virtual) · residency-interview-day 1/20 done');
    expect(today.stdout).toContain('started: once it is over, interview-coach review "Lakeside IM"');
    expect(JSON.parse(run(["today", "--json"], { env: after }).stdout).interviews[0]).toMatchObject({ program: "Lakeside IM", started: true });
    expect(JSON.parse(run(["today", "--json"], { env: before }).stdout).interviews[0]).not.toHaveProperty("started");
    // Its preparation left undone is overdue until it starts, and no longer counted so after.
    const overdue = (at: NodeJS.ProcessEnv) => JSON.parse(run(["today", "--json"], { env: at }).stdout).interviews[0].checklists[0].overdue;
    expect(overdue(before)).toBeGreaterThan(0);
    expect(overdue(after)).toBe(0);
    expect(today.stdout).not.toMatch(/residency-interview-day 1\/20 done, \d+ overdue/);
    // The checklist itself, the overview and the calendar count it so too.
    const printed = (at: NodeJS.ProcessEnv) => run(["checklist", "--program", "Lakeside IM", "--print"], { env: at }).stdout;
    expect(printed(before)).toMatch(/1\/20 done, [1-9]\d* overdue as of 2026-11-28/);
    expect(printed(after)).toContain("1/20 done, 0 overdue as of 2026-11-28");
    expect(printed(after)).not.toContain(", overdue)");
    const row = (at: NodeJS.ProcessEnv) => run(["checklist"], { env: at }).stdout.split("\n").find((line) => line.includes("| Lakeside IM |"))!;
    expect(row(before)).toMatch(/\| 1\/20 \| [1-9]\d* \| 2026-11-\d\d, overdue: /);
    expect(row(after)).toMatch(/\| 1\/20 \| 0 \| 2026-11-28: /);
    const preparation = (at: NodeJS.ProcessEnv) => parse(run(["calendar"], { env: at }).stdout).filter((e) => e.uid.startsWith("checklist--") && e.start < "2026-11-28");
    expect(preparation(before).length).toBeGreaterThan(0);
    expect(preparation(after)).toEqual([]);
  });

  it("an interview whose start has passed is started in the table, the summary and --json until the season's day ends (4 am); one with no time stays scheduled", () => {
    const { cli, env } = season();
    expect(cli("interviews", "add", "Harbor Peds", "--date", "2026-11-28").code).toBe(0);
    // 15:00 UTC on the 28th is 09:00 in Chicago, when Lakeside starts; 03:59 on the 29th is still the 28th's.
    const at = (now: string) => ({ env: { ...env, INTERVIEW_COACH_NOW: now } });
    const statuses = (now: string) => Object.fromEntries(JSON.parse(run(["interviews", "--json"], at(now)).stdout).map((i: { program: string; status: string }) => [i.program, i.status]));
    expect(statuses("2026-11-28T14:59:00")).toMatchObject({ "Lakeside IM": "scheduled", "Harbor Peds": "scheduled" });
    for (const now of ["2026-11-28T15:00:00", "2026-11-29T03:59:00"]) {
      const listed = run(["interviews"], at(now)).stdout;
      expect(listed, now).toContain("5 interviews: 2 scheduled, 1 started, 1 done, 1 reviewed, 0 withdrawn (as of 2026-11-28).");
      expect(listed, now).toContain("| Lakeside IM | residency: internal medicine | started | write the review once it is over (it started at 09:00 America/Chicago) |");
      expect(listed, now).toContain("| 2026-11-28 (today) | Harbor Peds | residency | scheduled | today: good luck |");
      expect(statuses(now), now).toMatchObject({ "Lakeside IM": "started", "Harbor Peds": "scheduled" });
    }
    // The season's next day, it is done, and its review is owed.
    const morning = run(["interviews"], at("2026-11-29T04:00:00")).stdout;
    expect(morning).toContain("| Lakeside IM | residency: internal medicine | done | write the review (1 day ago) |");
    expect(morning).not.toContain("started,");
  });

  it("an interview in a zone ahead that starts on your evening, its day there still tomorrow, is today's, can be reviewed that night once it has started, and is yesterday's the next morning", async () => {
    // 10:00 on 2 December in Tokyo is 19:00 on 1 December in Chicago.
    const box = sandbox({ TZ: "America/Chicago", INTERVIEW_COACH_NOW: "2026-12-01T18:00:00" });
    const at = (now: string) => ({ ...box.env, INTERVIEW_COACH_NOW: now });
    expect(run(["interviews", "add", "Tokai IM", "--date", "2026-12-02", "--time", "10:00", "--tz", "Asia/Tokyo"], { env: box.env }).code).toBe(0);
    const answers = join(box.dir, "answers.yaml");
    writeFileSync(answers, REVIEW_ANSWERS);
    const row = (when: string) => `| 2026-12-02 10:00 Asia/Tokyo, 2026-12-01 19:00 your time (${when}) | Tokai IM | residency |`;
    // Before it starts, it is today's and still to come, and a review of it is refused with its start.
    expect(run(["interviews"], { env: box.env }).stdout).toContain(`${row("today")} scheduled | today: good luck |`);
    // The day word goes with your clock, and the day in Tokyo is given in full.
    expect(run(["today"], { env: box.env }).stdout).toContain("- today 19:00 your time (2026-12-02 10:00 Asia/Tokyo): Tokai IM (residency)");
    const early = run(["review", "Tokai IM", "--answers", answers], { env: box.env });
    expect(early.code).toBe(65);
    expect(early.stderr).toContain("the interview recorded for 'Tokai IM' starts at 2026-12-02 10:00 Asia/Tokyo (2026-12-01 19:00 your time, in 1 h); review it once it has happened");
    const evening = at("2026-12-01T20:00:00");
    expect(run(["interviews"], { env: evening }).stdout).toContain(`${row("today")} started | write the review once it is over (it started at 10:00 Asia/Tokyo) |`);
    expect(run(["today"], { env: evening }).stdout).toContain('started: once it is over, interview-coach review "Tokai IM"');
    // The next morning here, its day in Tokyo, it is over: yesterday's, and its review is owed.
    const morning = at("2026-12-02T09:00:00");
    expect(run(["interviews"], { env: morning }).stdout).toContain(`${row("yesterday")} done | write the review (1 day ago) |`);
    expect(run(["today"], { env: morning }).stdout).toContain("- yesterday: Tokai IM: no review yet;");
    // The review is dated its day here, from which its thank-you notes count; the day recorded,
    // tomorrow here, is taken too.
    const form = terminal(["review", "Tokai IM"], { env: evening, cols: 200 });
    await form.waitFor("? Interview date (YYYY-MM-DD) (2026-12-01)");
    form.write("\u007f".repeat(10) + "2026-12-02");
    await form.waitFor("2026-12-02");
    form.write(keys.enter);
    await form.waitFor("? Kind of interview");
    form.write(keys.ctrlC);
    expect((await form.exited).exitCode).toBe(130);
    // Ctrl-C kept that as a draft dated the 2nd: gone, the review starts again from the 1st.
    expect(readFileSync(join(box.home, "reviews", "tokai-im.md"), "utf8")).toContain("date: 2026-12-02\n");
    rmSync(join(box.home, "reviews", "tokai-im.md"));
    const reviewed = run(["review", "Tokai IM", "--answers", answers], { env: evening });
    expect(reviewed.code, reviewed.stderr).toBe(0);
    expect(reviewed.stderr).not.toContain("correct the record");
    expect(readFileSync(join(box.home, "reviews", "tokai-im.md"), "utf8")).toContain("date: 2026-12-01\n");
    expect(run(["interviews"], { env: evening }).stdout).toContain(`${row("today")} reviewed | thank-you notes, then rank |`);
    expect(run(["followups"], { env: evening }).stdout).toContain("| due in 2 days | 3 Dec 2026 | Dr. Priya Raman, Program director | Tokai IM |");
    // Dated the day recorded, tomorrow here, it is no date to correct.
    const recordedDay = join(box.dir, "recorded-day.yaml");
    writeFileSync(recordedDay, "date: 2026-12-02\n");
    expect(run(["review", "Tokai IM", "--answers", recordedDay], { env: evening }).code).toBe(0);
    expect(run(["followups"], { env: evening }).stderr).not.toContain("note: the review of Tokai IM");
  });

  it("the checklist overview has a row for every interview of the season, its checklist opened or not, with the items today lists; one after midnight is tonight's", () => {
    const box = sandbox({ INTERVIEW_COACH_NOW: "2026-12-02T06:37:00Z" });
    const at = { env: box.env };
    expect(run(["interviews", "add", "Tokyo Bay Medical", "--date", "2026-12-03", "--time", "09:00", "--tz", "Asia/Tokyo", "--format", "virtual"], at).code).toBe(0);
    expect(run(["interviews", "add", "Lakeside IM", "--date", "2026-12-10"], at).code).toBe(0);
    const overview = run(["checklist"], at);
    expect(overview.stderr).not.toContain("No checklist started yet");
    const overdue = JSON.parse(run(["today", "--json"], at).stdout).checklistItems.filter((i: { program: string; overdue: boolean }) => i.program === "Tokyo Bay Medical" && i.overdue).length;
    expect(overdue).toBeGreaterThan(0);
    expect(overview.stdout).toContain(`| residency-interview-day | Tokyo Bay Medical | 2026-12-02 (today) | 0/20, not opened | ${overdue} |`);
    expect(overview.stdout).toContain("| residency-interview-day | Lakeside IM | 2026-12-10 (in 8 days) | 0/20, not opened | 0 |");
    // 00:00 on the 3rd is the 2nd's as the season counts days, but it is after midnight: tonight.
    expect(run(["today"], at).stdout).toContain("- tonight 00:00 your time (2026-12-03 09:00 Asia/Tokyo): Tokyo Bay Medical");
    expect(run(["interviews"], at).stdout).toContain("2026-12-03 09:00 Asia/Tokyo, 00:00 your time (tonight) | Tokyo Bay Medical");
  });

  it("an interview at 01:00 in your own zone is the evening before's, as today is until 4 am: tonight's, started at 01:30, last night's at breakfast", () => {
    const box = sandbox({ INTERVIEW_COACH_NOW: "2026-12-02T23:30:00" });
    const at = (now: string) => ({ env: { ...box.env, INTERVIEW_COACH_NOW: now } });
    expect(run(["interviews", "add", "Harbor IM", "--date", "2026-12-03", "--time", "01:00"], { env: box.env }).code).toBe(0);
    const row = (now: string) => run(["interviews"], at(now)).stdout.split("\n").find((line) => line.includes("Harbor IM"));
    expect(row("2026-12-02T23:30:00")).toBe("| 2026-12-03 01:00 UTC (tonight) | Harbor IM | residency | scheduled | today: good luck |");
    expect(row("2026-12-03T01:30:00")).toMatch(/^\| 2026-12-03 01:00 UTC \(tonight\) \| Harbor IM \| residency \| started \|/);
    expect(row("2026-12-03T09:00:00")).toBe("| 2026-12-03 01:00 UTC (last night) | Harbor IM | residency | done | write the review (1 day ago) |");
    // Its day is the 2nd: the review and thank-you notes count from it.
    expect(run(["today"], at("2026-12-03T09:00:00")).stdout).toContain("- yesterday: Harbor IM: no review yet; its thank-you notes are due by 2026-12-04.");
  });

  it("an interview at 02:00 your time is your evening's, as today is until 4 am: listed for today, and reviewed once started with that day's date", () => {
    const box = sandbox({ TZ: "Europe/London", INTERVIEW_COACH_NOW: "2026-12-01T20:00:00" });
    const at = (now: string) => ({ ...box.env, INTERVIEW_COACH_NOW: now });
    expect(run(["interviews", "add", "Northgate IM", "--date", "2026-12-01", "--time", "18:00", "--tz", "America/Los_Angeles"], { env: box.env }).code).toBe(0);
    expect(JSON.parse(run(["today", "--json"], { env: box.env }).stdout).interviews[0]).toMatchObject({ program: "Northgate IM", inDays: 0 });
    expect(run(["interviews"], { env: box.env }).stdout).toContain("2026-12-02 02:00 your time (tonight) | Northgate IM");
    const answers = join(box.dir, "northgate.yaml");
    writeFileSync(answers, "scores: { training: 4, culture: 4, faculty: 4, location: 4, schedule: 4, outcomes: 4 }\ngut: 4\n");
    const early = run(["review", "Northgate IM", "--answers", answers], { env: at("2026-12-02T01:00:00") });
    expect(early.code).toBe(65);
    expect(early.stderr).toContain("starts at 2026-12-01 18:00 America/Los_Angeles (2026-12-02 02:00 your time, in 1 h)");
    expect(JSON.parse(run(["today", "--json"], { env: at("2026-12-02T02:30:00") }).stdout).interviews[0]).toMatchObject({ program: "Northgate IM", started: true });
    expect(run(["review", "Northgate IM", "--answers", answers], { env: at("2026-12-02T02:30:00") }).code).toBe(0);
    expect(readFileSync(join(box.home, "reviews", "northgate-im.md"), "utf8")).toContain("\ndate: 2026-12-01\n");
  });

  it("interviews held in other zones are counted and ordered by your own clock, both ways", () => {
    // Seen from Los Angeles: 09:00 in Tokyo on 3 December is 16:00 on the 2nd; 20:00 in Honolulu on the 2nd is 22:00.
    const west = sandbox({ TZ: "America/Los_Angeles", INTERVIEW_COACH_NOW: "2026-12-02T09:00:00" });
    expect(run(["interviews", "add", "Honolulu IM", "--date", "2026-12-02", "--time", "20:00", "--tz", "Pacific/Honolulu"], { env: west.env }).code).toBe(0);
    const tokyo = run(["interviews", "add", "Tokyo IM", "--date", "2026-12-03", "--time", "09:00", "--tz", "Asia/Tokyo"], { env: west.env });
    expect(tokyo.code).toBe(0);
    // Said on both clocks, as the invitation may give either.
    expect(tokyo.stderr).toContain("Recorded Tokyo IM: 2026-12-03 09:00 Asia/Tokyo (2026-12-02 16:00 your time), residency, in ");
    const rows = run(["interviews"], { env: west.env }).stdout.split("\n").filter((line) => line.startsWith("| 2026"));
    expect(rows).toEqual([
      "| 2026-12-03 09:00 Asia/Tokyo, 2026-12-02 16:00 your time (today) | Tokyo IM | residency | scheduled | today: good luck |",
      "| 2026-12-02 20:00 Pacific/Honolulu, 22:00 your time (today) | Honolulu IM | residency | scheduled | today: good luck |",
    ]);
    const today = JSON.parse(run(["today", "--json"], { env: west.env }).stdout);
    expect(today.interviews.map((i: { program: string; inDays: number }) => [i.program, i.inDays])).toEqual([["Tokyo IM", 0], ["Honolulu IM", 0]]);
    // Before it starts, a review is refused dated either day, its own or Tokyo's.
    for (const date of ["2026-12-02", "2026-12-03"]) {
      const answers = join(west.dir, `${date}.yaml`);
      writeFileSync(answers, `date: ${date}\n${REVIEW_ANSWERS}`);
      const early = run(["review", "Tokyo IM", "--answers", answers], { env: west.env });
      expect(early.code, date).toBe(65);
      expect(early.stderr).toContain("the interview recorded for 'Tokyo IM' starts at 2026-12-03 09:00 Asia/Tokyo (2026-12-02 16:00 your time, in 7 h)");
    }
    // Seen from Tokyo: 16:00 in Los Angeles on 2 December is 09:00 on the 3rd, tomorrow there.
    const east = sandbox({ TZ: "Asia/Tokyo", INTERVIEW_COACH_NOW: "2026-12-02T09:00:00" });
    expect(run(["interviews", "add", "LA IM", "--date", "2026-12-02", "--time", "16:00", "--tz", "America/Los_Angeles"], { env: east.env }).code).toBe(0);
    expect(run(["interviews"], { env: east.env }).stdout).toContain(
      "| 2026-12-02 16:00 America/Los_Angeles, 2026-12-03 09:00 your time (tomorrow) | LA IM | residency | scheduled | prepare: checklist, practice (in 1 day) |",
    );
    // Its checklist falls due by that day too: on the morning of the 3rd there, before it starts, the
    // interview is today's and what comes after it is due from today, though its day in Los Angeles has passed.
    mkdirSync(join(east.home, "checklists"), { recursive: true });
    writeFileSync(join(east.home, "checklists", "residency-interview-day--la-im.md"), "---\ntype: checklist\nchecklist: residency-interview-day\nprogram: LA IM\ndone: []\n---\n");
    const morning = { ...east.env, INTERVIEW_COACH_NOW: "2026-12-03T07:00:00" };
    expect(run(["checklist", "residency-interview-day", "--program", "LA IM", "--print"], { env: morning }).stdout).toContain("\nInterview 2026-12-02 16:00 America/Los_Angeles (2026-12-03 09:00 your time) · 0/20 done");
    const agenda = JSON.parse(run(["today", "--json"], { env: morning }).stdout);
    expect(agenda.interviews.map((i: { program: string; inDays: number }) => [i.program, i.inDays])).toEqual([["LA IM", 0]]);
    expect(agenda.reviewsToWrite).toEqual([]);
    const item = (start: string) => agenda.checklistItems.find((i: { text: string }) => i.text.startsWith(start));
    expect(item("Spend ten minutes writing your impressions")).toMatchObject({ due: "2026-12-03", overdue: false });
    expect(item("Send a brief, personal thank-you note")).toMatchObject({ due: "2026-12-05", overdue: false });
  });

  it("the warning that a review is late wraps between words on a narrow terminal", async () => {
    const { env } = season();
    const form = terminal(["review", "Riverside IM"], { env, cols: 60 });
    await form.waitFor("? Interview date (YYYY-MM-DD)");
    form.write(keys.enter);
    await form.waitFor("? Kind of interview");
    const lines = form.output().split("\n").map((line) => line.replace(/\r$/, ""));
    const first = lines.findIndex((line) => line.startsWith("This interview was 4 days ago"));
    const last = lines.findIndex((line, i) => i >= first && line.endsWith("written 4 days after."));
    const warning = lines.slice(first, last + 1);
    expect(warning.length).toBeGreaterThan(1);
    for (const line of warning) expect(line.length).toBeLessThan(60);
    expect(warning.join(" ")).toBe("This interview was 4 days ago: impressions fade and bias creeps in within days. Write what you remember, and say where you are unsure; the review records that it was written 4 days after.");
    form.write(keys.ctrlC);
    expect((await form.exited).exitCode).toBe(130);
  });

  it("the review form of an interview recorded for a later day says so before its first question; Ctrl-C there saves nothing", async () => {
    const { cli, env } = season();
    const term = terminal(["review", "Lakeside IM"], { env, cols: 200 });
    await term.waitFor("? Interview date (YYYY-MM-DD)");
    expect(term.output()).toContain("The interview is recorded for 2026-11-28, after today: give the day it took place, or press Ctrl-C and review it once it has happened.");
    term.write(keys.ctrlC);
    expect((await term.exited).exitCode).toBe(130);
    expect(cli("interviews").stdout).toContain("| Lakeside IM | residency: internal medicine | scheduled | prepare: checklist, practice (in 3 days) |");
  });

  it("the review form names a later interview by the day it offers: the day on your clock, and the recorded one in its zone", async () => {
    const { cli, env } = season();
    // 10:00 in Tokyo on 2 December is 01:00 UTC that day: the night of 1 December on a UTC clock.
    expect(cli("interviews", "add", "Kyoto University Hospital", "--date", "2026-12-02", "--time", "10:00", "--tz", "Asia/Tokyo").code).toBe(0);
    const term = terminal(["review", "Kyoto University Hospital"], { env, cols: 200 });
    await term.waitFor("? Interview date (YYYY-MM-DD) (2026-12-01)");
    expect(term.output()).toContain("The interview is recorded for 2026-12-01 on your clock (2026-12-02 in Asia/Tokyo), after today:");
    term.write(keys.ctrlC);
    expect((await term.exited).exitCode).toBe(130);
  });

  it("a draft review (the form stopped with Ctrl-C) is a review still to finish for interviews, today and followups", async () => {
    const { cli, env } = season();
    const form = terminal(["review", "Riverside IM"], { env });
    await form.waitFor("? Interview date (YYYY-MM-DD)");
    form.write(keys.enter);
    await form.waitFor("? Kind of interview");
    form.write(keys.ctrlC);
    expect((await form.exited).exitCode).toBe(130);
    expect(cli("interviews").stdout).toContain("| Riverside IM | residency | done | finish the draft review (4 days ago) |");
    expect(cli("today").stdout).toContain("Riverside IM: the review is a draft; its thank-you notes are overdue (due by 2026-11-23). Impressions fade");
    expect(cli("followups").stderr).toContain("Riverside IM was 4 days ago and its review is a draft. Impressions fade");
  });

  it("a --program that is a near miss of a recorded interview starts no checklist (exit 66 with the way on); a name like none recorded still does", async () => {
    const { cli, env, home } = season();
    expect(cli("checklist", "residency-interview-day", "--program", "Lakesid IM").code).toBe(66);
    const typo = terminal(["checklist", "residency-interview-day", "--program", "Lakesid IM"], { env });
    expect((await typo.exited).exitCode).toBe(66);
    // Wrapped between words at the terminal's 100 columns, as every message is.
    expect(typo.output().split("\n").every((line) => line.trimEnd().length < 100)).toBe(true);
    expect(unwrapped(typo.output())).toContain(
      `error: no interview recorded for 'Lakesid IM' (did you mean 'Lakeside IM'?), so no checklist was started. Use the recorded name: interview-coach checklist residency-interview-day --program "Lakeside IM"; or, for another program, record it first: interview-coach interviews add "Lakesid IM" --date YYYY-MM-DD`,
    );
    expect(existsSync(join(home, "checklists", "residency-interview-day--lakesid-im.md"))).toBe(false);
    expect(cli("checklist").stdout).not.toContain("Lakesid IM");
    // Printing saves nothing, so it still prints, with the hint.
    const printed = cli("checklist", "residency-interview-day", "--program", "Lakesid IM", "--print");
    expect(printed.code).toBe(0);
    expect(printed.stderr).toContain("did you mean 'Lakeside IM'?");

    const other = terminal(["checklist", "residency-interview-day", "--program", "Harbor Peds"], { env });
    await other.waitFor("Space ticks");
    other.write(keys.ctrlC);
    expect((await other.exited).exitCode).toBe(130);
    expect(existsSync(join(home, "checklists", "residency-interview-day--harbor-peds.md"))).toBe(true);
  });

  it("a draft review dated otherwise than a scheduled interview is still a review to finish for interviews, today and followups", async () => {
    const { cli, env } = season();
    // Lakeside is recorded for the 28th (in 3 days); the review form is given the 24th, one person, then Ctrl-C.
    const term = terminal(["review", "Lakeside IM"], { env });
    const answer = form(term);
    await answer("? Interview date (YYYY-MM-DD)", `${keys.backspace.repeat(12)}2026-11-24`);
    await answer("? Kind of interview");
    await answer("? Specialty");
    await answer("? Name (empty when done)", "Dr. Ana Rivera");
    await answer("? Dr. Ana Rivera's role", "Program director");
    await answer("? One thing you talked about with Dr. Ana Rivera", "the sepsis QI project");
    await term.waitFor("? Name (empty when done)", { ...WAIT, from: answer.from() });
    term.write(keys.ctrlC);
    expect((await term.exited).exitCode).toBe(130);

    expect(cli("interviews").stdout).toContain("| Lakeside IM | residency: internal medicine | scheduled | finish the draft review (dated 2026-11-24; the record says 2026-11-28) |");
    expect(cli("today").stdout).toContain(
      '- yesterday: Lakeside IM: the review is a draft, dated 2026-11-24 while the interview is recorded for 2026-11-28; its thank-you notes are due by 2026-11-30. interview-coach review "Lakeside IM"',
    );
    const json = JSON.parse(cli("today", "--json").stdout);
    expect(json.reviewsToWrite).toContainEqual({ program: "Lakeside IM", kind: "residency", date: "2026-11-28", daysAgo: 1, biasWarning: false, draft: true, draftDated: "2026-11-24", thankYou: { sendBy: "2026-11-30", overdue: false } });
    // The interview stays on the agenda with its preparation, as for a finished review dated early.
    expect(json.interviews.map((i: { program: string }) => i.program)).toEqual(["Lakeside IM"]);
    expect(cli("followups").stderr).toContain('Lakeside IM has a draft review dated 2026-11-24 (the interview is recorded for 2026-11-28) to finish. Run: interview-coach review "Lakeside IM"');
  });

  it("practice --program uses the deck for the interview's kind and records the program", () => {
    const { cli } = season();
    const plan = cli("practice", "--program", "valley health", "--plan", "--json");
    expect(plan.code).toBe(0);
    expect(plan.stderr).toContain("Practising second-interview, the deck for Valley Health (job: hospitalist).");
    expect(JSON.parse(plan.stdout).deck).toBe("second-interview");
    expect(cli("practice", "residency", "--program", "Valley Health", "--plan").stderr).toContain("the deck that fits is second-interview");
  });

  it("practice --program with a near miss of a recorded interview starts no session (exit 66 with the way on, as checklist); a name like none recorded is practised under its name", async () => {
    const { cli, env, home } = season();
    expect(cli("interviews", "add", "Sunrise Family Clinic", "--date", "2026-12-02", "--kind", "job", "--specialty", "patient coordinator").code).toBe(0);
    const typo = terminal(["practice", "patient-coordinator", "--program", "Sunrise Clinic"], { env });
    expect((await typo.exited).exitCode).toBe(66);
    expect(unwrapped(typo.output())).toContain(
      `error: no interview recorded for 'Sunrise Clinic' (did you mean 'Sunrise Family Clinic'?), so no practice session was started. Use the recorded name: interview-coach practice patient-coordinator --program "Sunrise Family Clinic"; or, for another program, record it first: interview-coach interviews add "Sunrise Clinic" --date YYYY-MM-DD --kind job`,
    );
    const answers = join(FIXTURES, "practice", "answers.yaml");
    const fromFile = cli("practice", "residency", "--program", "Lakesid IM", "--answers", answers);
    expect(fromFile.code).toBe(66);
    expect(fromFile.stderr).toContain("(did you mean 'Lakeside IM'?), so no practice session was started");
    expect(existsSync(join(home, "sessions"))).toBe(false);
    // --plan saves nothing, so it still lists the questions, with the hint.
    const plan = cli("practice", "residency", "--program", "Lakesid IM", "--plan");
    expect(plan.code).toBe(0);
    expect(plan.stderr).toContain("did you mean 'Lakeside IM'?");

    const other = cli("practice", "residency", "--program", "Harbor Peds", "--answers", answers);
    expect(other.code).toBe(0);
    expect(other.stderr).toContain("No interview recorded for 'Harbor Peds'; the session is saved under this name.");
    expect(readdirSync(join(home, "sessions"))).toEqual(["2026-11-25-1000-residency-harbor-peds.md"]);
  });

  it("a near miss with nothing to save says so; checklist --program with a near miss and no checklist named points to the recorded name", () => {
    const { cli, home } = season();
    const plan = cli("practice", "residency", "--program", "Lakesid IM", "--plan");
    expect(plan.code).toBe(0);
    expect(plan.stderr).toContain("No interview recorded for 'Lakesid IM' (did you mean 'Lakeside IM'?); nothing is saved.\n");
    const checklist = cli("checklist", "--program", "Lakesid IM");
    expect(checklist.code).toBe(66);
    expect(checklist.stderr).toBe(
      `error: no interview recorded for 'Lakesid IM' (did you mean 'Lakeside IM'?), so no checklist was chosen. Use the recorded name: interview-coach checklist --program "Lakeside IM"; or, for another program, record it first: interview-coach interviews add "Lakesid IM" --date YYYY-MM-DD\n`,
    );
    expect(existsSync(join(home, "checklists", "residency-interview-day--lakesid-im.md"))).toBe(false);
  });

  it("a near miss of two recorded names gives each as the command takes it: review's argument, --program for checklist and practice", () => {
    const { cli, home, answers } = season();
    expect(cli("interviews", "add", "Lakeside Internal Medicine", "--date", "2026-11-29").code).toBe(0);
    const review = cli("review", "Lakeside", "--answers", answers);
    expect(review.code).toBe(66);
    expect(review.stderr).toContain(
      `Use the recorded name: interview-coach review "Lakeside IM" --answers ${answers} or interview-coach review "Lakeside Internal Medicine" --answers ${answers}; or, for another program,`,
    );
    expect(existsSync(join(home, "reviews", "lakeside.md"))).toBe(false);
    const checklist = cli("checklist", "--program", "Lakeside");
    expect(checklist.code).toBe(66);
    expect(checklist.stderr).toContain('Use the recorded name: interview-coach checklist --program "Lakeside IM" or interview-coach checklist --program "Lakeside Internal Medicine"; ');
    const practice = cli("practice", "--program", "Lakeside");
    expect(practice.code).toBe(66);
    expect(practice.stderr).toContain('Use the recorded name: interview-coach practice --program "Lakeside IM" or interview-coach practice --program "Lakeside Internal Medicine"; ');
    for (const result of [review, checklist, practice]) expect(result.stderr).not.toContain("with the name as recorded");
  });

  it("practice --program with a near miss and no deck points to the recorded name, not to a command that is refused", () => {
    const { cli } = season();
    const plan = cli("practice", "--program", "Lakesid IM", "--plan");
    expect(plan.code).toBe(66);
    expect(plan.stderr).toContain(`(did you mean 'Lakeside IM'?)`);
    expect(plan.stderr).toContain(`Use the recorded name: interview-coach practice --program "Lakeside IM"`);
    expect(plan.stderr).not.toContain("practice needs a deck");
  });

  it("followups nudges for the interview with no review and drafts letters that read right", () => {
    const { cli } = season();
    const listed = cli("followups");
    expect(listed.stderr).toContain('Riverside IM was 4 days ago and has no review yet. Impressions fade and bias creeps in after 2 days: write it today. Run: interview-coach review "Riverside IM"');
    expect(listed.stdout).toContain("| due in 1 day | 26 Nov 2026 | Dr. Priya Raman, Program director | Bayview IM |");
    const draft = cli("followups", "--draft", "Bayview IM");
    expect(draft.stdout).toContain("Subject: Thank you for my interview at Bayview IM\n\nDear Dr. Raman,\n");
    expect(draft.stdout).toContain("our conversation about your research on heart failure readmissions;");
    expect(draft.stdout).toContain("Best regards,\nAlex Kim\n");
  });
});

describe("today", () => {
  it("before 4 am it is still the evening before for every command: today, interviews, followups, rank and a new review agree", () => {
    const { env, answers, home } = season();
    // 01:30 on the 26th counts for the 25th, as practice does (a day starts at 4 am).
    const night = (...args: string[]) => run(args, { env: { ...env, INTERVIEW_COACH_NOW: "2026-11-26T01:30:00" } });
    expect(night("today").stdout).toContain("# Today, 2026-11-25\n");
    expect(night("today").stdout).toContain("- by tomorrow: Dr. Priya Raman, Bayview IM");
    expect(night("interviews").stdout).toContain("(as of 2026-11-25).");
    expect(night("followups").stdout).toContain("As of 25 Nov 2026:");
    expect(night("rank").stdout).toContain("As of 25 Nov 2026,");
    expect(night("review", "Riverside IM", "--answers", answers).code).toBe(0);
    // Interviewed on the 21st, written on the 25th.
    expect(readFileSync(join(home, "reviews", "riverside-im.md"), "utf8")).toContain("writtenAfterDays: 4\n");
    expect(night("rank", "--format", "json").stdout).toContain('"asOf": "2026-11-25"');
  });

  it("says a thank-you note due in a few days is to be sent within them", () => {
    const { env } = season();
    const out = run(["today"], { env: { ...env, INTERVIEW_COACH_NOW: "2026-11-24T12:00:00" } }).stdout;
    expect(out).toContain("## Thank-you notes\n\n- within 2 days: Dr. Priya Raman, Bayview IM");
  });

  it("says a thank-you note past its day but not yet overdue is late, to send today, in one label", () => {
    const { env } = season();
    const out = run(["today"], { env: { ...env, INTERVIEW_COACH_NOW: "2026-11-27T12:00:00" } }).stdout;
    expect(out).toContain("## Thank-you notes\n\n- send today (late, was due 2026-11-26): Dr. Priya Raman, Bayview IM · interview-coach followups --draft \"Bayview IM\"\n");
  });

  it("lists the missing review with the bias warning, the interview in 3 days with its checklist, due items and thank-you notes", () => {
    const { cli } = season();
    const result = cli("today");
    expect(result.code).toBe(0);
    const out = result.stdout;
    expect(out).toContain("# Today, 2026-11-25\n\nWhat is due from today through 2026-12-02.");
    expect(out).toContain('- **4 days ago**: Riverside IM: no review yet; its thank-you notes are overdue (due by 2026-11-23). Impressions fade and bias creeps in after 2 days: write it today. interview-coach review "Riverside IM"');
    expect(out).toContain("## Thank-you notes\n\n- by tomorrow: Dr. Priya Raman, Bayview IM");
    expect(out).toContain("- in 3 days 09:00 America/Chicago (15:00 your time): Lakeside IM (residency: internal medicine, virtual) · residency-interview-day 1/20 done");
    expect(out).toContain("- today: Prepare a short, honest explanation for any red flag in your file, such as a gap or failed exam (Lakeside IM, residency-interview-day)");
    expect(out).toContain("- 92 days left: deadline 2027-02-25");
    // Three weeks away: not this week's business.
    expect(out).not.toContain("Valley Health");

    const json = JSON.parse(cli("today", "--json").stdout);
    expect(json.reviewsToWrite).toEqual([{ program: "Riverside IM", kind: "residency", date: "2026-11-21", daysAgo: 4, biasWarning: true, thankYou: { sendBy: "2026-11-23", overdue: true } }]);
    expect(json.interviews.map((i: { program: string; inDays: number }) => [i.program, i.inDays])).toEqual([["Lakeside IM", 3]]);
    expect(json.thankYouNotes).toEqual([{ program: "Bayview IM", kind: "residency", person: "Dr. Priya Raman", sendBy: "2026-11-26", overdue: false }]);
  });

  it("once a review names the people met, lists each thank-you note once: the checklist's thank-you item is left out", () => {
    const { env, answers } = season();
    const after = { ...env, INTERVIEW_COACH_NOW: "2026-11-29T10:00:00" };
    const thankYouItem = "Send a brief, personal thank-you note to each person you met, unless the program asked you not to (Lakeside IM, residency-interview-day)";
    const impressions = "Spend ten minutes writing your impressions as soon as the day ends (Lakeside IM, residency-interview-day)";
    const before = run(["today"], { env: after }).stdout;
    expect(before).toContain(`- tomorrow: ${thankYouItem}\n`);
    expect(before).toContain(impressions);
    expect(run(["review", "Lakeside IM", "--answers", answers], { env: after }).code).toBe(0);
    const reviewed = run(["today"], { env: after }).stdout;
    expect(reviewed).toContain('- by tomorrow: Dr. Priya Raman, Lakeside IM · interview-coach followups --draft "Lakeside IM"\n');
    expect(reviewed).not.toContain(thankYouItem);
    // The review holds the day's impressions: that item is done by it too.
    expect(reviewed).not.toContain(impressions);
  });

  it("shows aligned text on a terminal", async () => {
    const { env } = season();
    const term = terminal(["today"], { env, cols: 100 });
    await term.waitFor("Rank-order list");
    expect((await term.exited).exitCode).toBe(0);
    expect(term.output()).toMatch(/Reviews to write\r?\n  4 days ago +Riverside IM: no review yet; its thank-you notes are overdue \(due by\r?\n +2026-11-23\)\./);
  });

  it("leaves out a withdrawn interview's thank-you notes, as the cancel message and the calendar do", () => {
    const { cli } = season();
    expect(cli("today").stdout).toContain("- by tomorrow: Dr. Priya Raman, Bayview IM");
    const cancelled = cli("interviews", "cancel", "bayview im");
    expect(cancelled.stderr).toContain("today leaves it out, and calendar marks its event cancelled");
    const out = cli("today").stdout;
    expect(out).not.toContain("Bayview IM");
    expect(out).not.toContain("## Thank-you notes");
    expect(JSON.parse(cli("today", "--json").stdout).thankYouNotes).toEqual([]);
    // The review and its people stay on record: followups still lists them.
    expect(cli("followups").stdout).toContain("| Dr. Priya Raman, Program director | Bayview IM |");
  });

  it("once an interview day has passed, only the after-interview items of its checklist are due or overdue, in today and the overview alike", () => {
    const { cli, home } = season();
    // Riverside IM was 4 days ago; its checklist opened now and left with nothing ticked.
    writeFileSync(join(home, "checklists", "residency-interview-day--riverside-im.md"), "---\ntype: checklist\nchecklist: residency-interview-day\nprogram: Riverside IM\ndone: []\n---\n");
    const items = JSON.parse(cli("today", "--json").stdout).checklistItems.filter((i: { program: string }) => i.program === "Riverside IM");
    expect(items.map((i: { text: string; due: string; overdue: boolean }) => [i.text, i.due, i.overdue])).toEqual([
      ["Spend ten minutes writing your impressions as soon as the day ends", "2026-11-21", true],
      ["Send a brief, personal thank-you note to each person you met, unless the program asked you not to", "2026-11-23", true],
    ]);
    const overview = cli("checklist").stdout;
    expect(overview).toContain("| residency-interview-day | Riverside IM | 2026-11-21 (4 days ago) | 0/20 | 2 | 2026-11-21, overdue: Spend ten minutes writing your impressions as soon as the d… |");
    // Lakeside is still to come: its preparation stays due as before.
    expect(overview).toContain("| Lakeside IM | 2026-11-28 (in 3 days) | 1/20 | 0 | 2026-11-25: Prepare a short, honest explanation");
  });

  it("leaves a withdrawn interview's checklist out of the overview, as today does, and says so", () => {
    const { cli } = season();
    expect(cli("checklist").stdout).toContain("| residency-interview-day | Lakeside IM | 2026-11-28 (in 3 days) | 1/20 |");
    expect(cli("interviews", "cancel", "Lakeside IM").code).toBe(0);
    const overview = cli("checklist");
    expect(overview.code).toBe(0);
    expect(overview.stdout).not.toContain("Lakeside IM");
    expect(overview.stderr).toContain("note: left out the residency-interview-day checklist of Lakeside IM: its interview was withdrawn on 2026-11-25.");
    expect(JSON.parse(cli("today", "--json").stdout).checklistItems.filter((i: { program: string }) => i.program === "Lakeside IM")).toEqual([]);
  });

  it("leaves the video sections out of an in-person interview's checklist: print, today, the overview and the calendar agree", () => {
    const box = sandbox({ INTERVIEW_COACH_NOW: NOW });
    const cli = (...args: string[]) => run(args, { env: box.env });
    expect(cli("interviews", "add", "Harbor IM", "--date", "2026-11-30", "--format", "in-person").code).toBe(0);
    expect(cli("interviews", "add", "Summit IM", "--date", "2026-11-30", "--format", "virtual").code).toBe(0);
    mkdirSync(join(box.home, "checklists"), { recursive: true });
    for (const [program, slug] of [["Harbor IM", "harbor-im"], ["Summit IM", "summit-im"]]) {
      writeFileSync(join(box.home, "checklists", `residency-interview-day--${slug}.md`), `---\ntype: checklist\nchecklist: residency-interview-day\nprogram: ${program}\ndone: []\n---\n`);
    }
    const harbor = cli("checklist", "--program", "Harbor IM", "--print");
    expect(harbor.stderr).toContain("note: left out 'Virtual set-up' and 'On the day, on video': the interview with Harbor IM is recorded as in-person.");
    expect(harbor.stdout).not.toContain("Raise the camera");
    expect(harbor.stdout).toContain("0/14 done");
    expect(cli("checklist", "--program", "Summit IM", "--print").stdout).toContain("Raise the camera to eye level");
    // Recorded again as virtual: the message says so, and the video sections are back.
    expect(cli("interviews", "edit", "Harbor IM", "--format", "virtual").stderr).toContain("Updated Harbor IM: 2026-11-30, residency, virtual.");
    expect(cli("checklist", "--program", "Harbor IM", "--print").stdout).toContain("0/20 done");
    expect(cli("interviews", "edit", "Harbor IM", "--format", "in-person").code).toBe(0);
    const overview = cli("checklist").stdout;
    expect(overview).toContain("| Harbor IM | 2026-11-30 (in 5 days) | 0/14 |");
    expect(overview).toContain("| Summit IM | 2026-11-30 (in 5 days) | 0/20 |");
    const today = JSON.parse(cli("today", "--json").stdout);
    expect(today.interviews.map((i: { program: string; checklists: { total: number }[] }) => [i.program, i.checklists[0]?.total])).toEqual([["Harbor IM", 14], ["Summit IM", 20]]);
    const calendar = cli("calendar").stdout;
    expect(calendar).not.toContain("harbor-im--camera-eye-level");
    expect(calendar).toContain("summit-im--camera-eye-level");
  });

  it("lists the items of an interview's checklist not opened yet, as checklist --print dates them, until a note of it is saved", () => {
    const box = sandbox({ INTERVIEW_COACH_NOW: "2026-12-01T09:00:00" });
    const cli = (...args: string[]) => run(args, { env: box.env });
    expect(cli("interviews", "add", "Brookfield IM", "--date", "2026-12-04", "--format", "in-person").code).toBe(0);
    expect(cli("interviews", "add", "Lakeview FM", "--date", "2026-12-05").code).toBe(0);
    expect(cli("interviews", "cancel", "Lakeview FM").code).toBe(0);
    const printed = cli("checklist", "--program", "Brookfield IM", "--print").stdout;
    const dueThisWeek = [...printed.matchAll(/^- \[ \] (.+) \(due (2026-12-0[1-8])\)$/gm)].map(([, text, due]) => ({ program: "Brookfield IM", checklist: "residency-interview-day", text, due, overdue: false }));
    expect(dueThisWeek.length).toBeGreaterThan(5);

    const json = JSON.parse(cli("today", "--json").stdout);
    expect(json.checklistItems).toEqual([...dueThisWeek].sort((a, b) => a.due!.localeCompare(b.due!)));
    expect(json.interviews[0]).toMatchObject({ program: "Brookfield IM", checklists: [], suggestedChecklist: "residency-interview-day" });
    const today = cli("today").stdout;
    expect(today).toContain('- in 3 days: Brookfield IM (residency, in-person) · no checklist yet: interview-coach checklist residency-interview-day --program "Brookfield IM"');
    expect(today).toContain("- today: Read the program's website and note two or three things that set it apart (Brookfield IM, residency-interview-day)");
    expect(today).not.toContain("Lakeview FM");
    // The calendar holds them too, each on its due day (the thank-you item is the season's own event);
    // the withdrawn interview's are there cancelled, which takes them out of a calendar they were imported into.
    const all = parse(cli("calendar").stdout).filter((e) => e.uid.startsWith("checklist--"));
    expect(all.filter((e) => e.summary.includes("Lakeview FM")).every((e) => e.status === "CANCELLED")).toBe(true);
    const events = all.filter((e) => !e.summary.includes("Lakeview FM"));
    const dated = [...printed.matchAll(/^- \[ \] (.+) \(due (\d{4}-\d\d-\d\d)(?:, overdue)?\)$/gm)].map(([, text, due]) => [`${text} (Brookfield IM)`, due]);
    const items = dated.filter(([summary]) => !summary!.startsWith("Send a brief, personal thank-you note"));
    expect(items.length).toBe(dated.length - 1);
    expect(events.map((e) => [e.summary, e.start]).sort()).toEqual(items.sort());
  });

  it("is quiet when there is nothing to do", () => {
    const box = sandbox({ INTERVIEW_COACH_NOW: NOW });
    const result = run(["today"], { env: box.env });
    expect(result).toEqual({ code: 0, stdout: "", stderr: "" });
  });
});

describe("calendar", () => {
  it("leaves out the preparation items of an interview day that has passed, as today does; its after-interview items stay", () => {
    const { cli, home } = season();
    // Riverside IM was 4 days ago; its checklist opened now and left with nothing ticked.
    writeFileSync(join(home, "checklists", "residency-interview-day--riverside-im.md"), "---\ntype: checklist\nchecklist: residency-interview-day\nprogram: Riverside IM\ndone: []\n---\n");
    const riverside = parse(cli("calendar").stdout).filter((e) => e.summary.endsWith("(Riverside IM)"));
    expect(riverside.map((e) => [e.summary, e.start])).toEqual([["Spend ten minutes writing your impressions as soon as the day ends (Riverside IM)", "2026-11-21"]]);
  });

  it("exports interviews at their UTC instants across zones and DST, with steps as all-day events and stable UIDs", () => {
    const { cli, dir } = season();
    expect(cli("interviews", "add", "Harbor Peds", "--date", "2027-03-15", "--time", "10:00", "--tz", "America/New_York").code).toBe(0);
    const file = join(dir, "season.ics");
    const first = cli("calendar", "--output", file);
    expect(first.code).toBe(0);
    const events = parse(readFileSync(file, "utf8"));
    const interviews = events.filter((e) => e.summary.startsWith("Interview: "));
    expect(interviews.map((e) => [e.summary, e.start])).toEqual([
      ["Interview: Riverside IM", "2026-11-21"],
      ["Interview: Bayview IM", "2026-11-24"],
      ["Interview: Lakeside IM", "2026-11-28T15:00:00.000Z"], // CST, UTC-6
      ["Interview: Valley Health", "2026-12-16T14:30:00.000Z"], // GMT
      ["Interview: Harbor Peds", "2027-03-15T14:00:00.000Z"], // EDT after the March change, UTC-4
    ]);
    const thanks = events.filter((e) => e.summary.startsWith("Thank-you notes: "));
    expect(thanks.map((e) => [e.summary, e.start, e.allDay])).toContainEqual(["Thank-you notes: Bayview IM", "2026-11-26", true]);
    expect(thanks).toHaveLength(5);
    // Lakeside's checklist: 20 items, one ticked, one without a due date, and its thank-you item,
    // which the season's own thank-you event stands for. Valley Health and Harbor Peds, still
    // ahead with no checklist opened, have the items of the one that fits them, as today lists.
    const checklists = events.filter((e) => e.uid.startsWith("checklist--"));
    expect(checklists.filter((e) => e.uid.includes("--lakeside-im--"))).toHaveLength(17);
    const unopened = checklists.filter((e) => !e.uid.includes("--lakeside-im--"));
    expect(new Set(unopened.map((e) => e.uid.split("--").slice(1, 3).join("--")))).toEqual(new Set(["second-interview--valley-health", "residency-interview-day--harbor-peds"]));
    expect(events).toContainEqual({ uid: "rank-order-list-deadline@interview-coach", summary: "Rank-order list deadline", allDay: true, start: "2027-02-25" });
    expect(events).toHaveLength(5 + 5 + 17 + unopened.length + 1);

    // Exported again after a cancellation: the same UIDs, the cancelled one marked so.
    expect(cli("interviews", "cancel", "Valley Health").code).toBe(0);
    const againText = cli("calendar").stdout;
    const again = parse(againText);
    expect(again.filter((e) => e.summary.startsWith("Interview: ")).map((e) => e.uid)).toEqual(interviews.map((e) => e.uid));
    expect(again.find((e) => e.summary === "Interview: Valley Health")?.status).toBe("CANCELLED");
    // Its description says so, instead of telling to prepare for it (lines unfolded first).
    const valley = againText.replace(/\r\n[ \t]/g, "").split("BEGIN:VEVENT").find((event) => event.includes("SUMMARY:Interview: Valley Health"))!;
    expect(valley).toMatch(/Withdrawn on 2026-\d\d-\d\d\./);
    expect(valley).not.toContain("Prepare:");
    expect(new Set(again.map((e) => e.uid)).size).toBe(again.length);
  });

  it("keeps a withdrawn program's thank-you and checklist events, cancelled, so that an import takes them out of a calendar", () => {
    const { cli } = season();
    const before = parse(cli("calendar").stdout).filter((e) => e.uid.includes("lakeside-im"));
    expect(before.length).toBeGreaterThan(2);
    expect(before.some((e) => e.uid.startsWith("thank-you--"))).toBe(true);
    expect(before.some((e) => e.uid.startsWith("checklist--"))).toBe(true);
    expect(before.every((e) => e.status === undefined)).toBe(true);
    expect(cli("interviews", "cancel", "Lakeside IM").code).toBe(0);
    const after = parse(cli("calendar").stdout).filter((e) => e.uid.includes("lakeside-im"));
    expect(after.map((e) => [e.uid, e.start])).toEqual(before.map((e) => [e.uid, e.start]));
    expect(after.every((e) => e.status === "CANCELLED")).toBe(true);
  });

  it("leaves out the day's own checklist items once the interview's review is written, that same day", () => {
    const { env, dir } = sandbox({ INTERVIEW_COACH_NOW: "2026-12-14T18:00:00" });
    expect(run(["interviews", "add", "Summit IM", "--date", "2026-12-14", "--time", "11:00"], { env }).code).toBe(0);
    const dayOf = () => (JSON.parse(run(["today", "--json"], { env }).stdout).checklistItems as { text: string; due: string }[]).filter((i) => i.due === "2026-12-14").map((i) => i.text);
    expect(dayOf()).toContain("Dress in full professional clothes from head to toe");
    const answers = join(dir, "answers.yaml");
    writeFileSync(answers, REVIEW_ANSWERS);
    expect(run(["review", "Summit IM", "--answers", answers], { env }).code).toBe(0);
    expect(dayOf()).toEqual([]);
  });

  it("the checklist overview and the calendar, as today, leave out the day's own items once the review is written that day", () => {
    const { env, dir, home } = sandbox({ INTERVIEW_COACH_NOW: "2026-12-14T18:00:00" });
    expect(run(["interviews", "add", "Summit IM", "--date", "2026-12-14", "--time", "11:00"], { env }).code).toBe(0);
    mkdirSync(join(home, "checklists"), { recursive: true });
    writeFileSync(join(home, "checklists", "residency-interview-day--summit-im.md"), "---\ntype: checklist\nchecklist: residency-interview-day\nprogram: Summit IM\ndone: []\n---\n");
    const next = () => run(["checklist"], { env }).stdout.split("\n").find((line) => line.includes("| Summit IM |"))?.split(" | ").at(-1);
    const dayEvents = () => parse(run(["calendar"], { env }).stdout).filter((e) => e.allDay && e.start === "2026-12-14").map((e) => e.summary);
    expect(next()).toBe("2026-12-14: Dress in full professional clothes from head to toe |");
    expect(dayEvents()).toContain("Dress in full professional clothes from head to toe (Summit IM)");
    const answers = join(dir, "answers.yaml");
    writeFileSync(answers, REVIEW_ANSWERS);
    expect(run(["review", "Summit IM", "--answers", answers], { env }).code).toBe(0);
    expect(next()).toBe("2026-12-16: Send a brief, personal thank-you note to each person you me… |");
    expect(dayEvents()).toEqual([]);
  });

  it("keeps the after-visit items of a checklist never opened once the interview is over, until its last item's day", () => {
    const { env } = sandbox({ TZ: "America/Denver" });
    const at = (now: string) => ({ env: { ...env, INTERVIEW_COACH_NOW: now } });
    expect(run(["interviews", "add", "Front Range", "--date", "2026-12-10", "--time", "13:30", "--kind", "job", "--specialty", "hospitalist"], at("2026-12-05T08:00:00")).code).toBe(0);
    const items = (now: string) => (JSON.parse(run(["today", "--json"], at(now)).stdout).checklistItems as { text: string; due: string }[]).map((i) => [i.text.slice(0, 30), i.due]);
    expect(items("2026-12-12T09:00:00")).toContainEqual(["Compare salary, benefits, sche", "2026-12-13"]);
    const ics = run(["calendar"], at("2026-12-12T09:00:00")).stdout;
    expect(parse(ics).some((e) => e.summary.startsWith("If the promised date passes") && e.start === "2026-12-20")).toBe(true);
    // Past the last item's day (the follow-up, ten days after), the checklist no longer follows the interview.
    expect(items("2026-12-21T09:00:00")).toEqual([]);
  });

  it("exports the checklist of a withdrawn interview cancelled, whether or not it was ever opened", () => {
    const { env } = sandbox({ INTERVIEW_COACH_NOW: "2026-11-02T09:00:00" });
    expect(run(["interviews", "add", "Alpha IM", "--date", "2026-11-20", "--time", "09:00"], { env }).code).toBe(0);
    const before = parse(run(["calendar"], { env }).stdout);
    expect(before.filter((e) => e.uid.startsWith("checklist--")).length).toBeGreaterThan(5);
    expect(run(["interviews", "cancel", "Alpha IM"], { env }).code).toBe(0);
    const after = parse(run(["calendar"], { env }).stdout);
    expect(after.map((e) => [e.uid, e.start])).toEqual(before.map((e) => [e.uid, e.start]));
    expect(after.every((e) => e.status === "CANCELLED")).toBe(true);
    expect(run(["today", "--json"], { env }).stdout).not.toContain("Alpha IM");
  });

  it("has one event for one program's thank-you notes: the checklist's thank-you item is left out where the season keeps them, kept where it does not; other UIDs stay", () => {
    const { cli, home } = season();
    const before = parse(cli("calendar").stdout);
    const onThankYouDay = before.filter((e) => e.start === "2026-11-30" && e.summary.includes("Lakeside IM"));
    expect(onThankYouDay.map((e) => [e.uid, e.summary])).toEqual([["thank-you--lakeside-im@interview-coach", "Thank-you notes: Lakeside IM"]]);
    expect(before.some((e) => /thank/i.test(e.summary) && e.uid.startsWith("checklist--"))).toBe(false);

    // A checklist for a program with no interview or review recorded: its thank-you item is the only reminder, so it stays.
    writeFileSync(
      join(home, "checklists", "residency-interview-day--harbor-peds.md"),
      "---\ntype: checklist\nchecklist: residency-interview-day\nprogram: Harbor Peds\ndate: 2026-12-05\ndone: []\n---\n",
    );
    const after = parse(cli("calendar").stdout);
    expect(after.filter((e) => /thank/i.test(e.summary) && e.summary.includes("Harbor Peds")).map((e) => [e.uid, e.start])).toEqual([
      ["checklist--residency-interview-day--harbor-peds--send-thank-yous@interview-coach", "2026-12-07"],
    ]);
    expect(after.filter((e) => !e.uid.includes("harbor-peds"))).toEqual(before);
  });

  it("is not written while an interview note is broken: an import would keep that interview's old event", () => {
    const { cli, dir, home } = season();
    const file = join(dir, "season.ics");
    expect(cli("calendar", "--output", file).code).toBe(0);
    const before = readFileSync(file, "utf8");
    const note = join(home, "interviews", "riverside-im.md");
    writeFileSync(note, readFileSync(note, "utf8").replace(/^date: .*$/m, "date: 2026-13-01"));
    const broken = cli("calendar", "--output", file);
    expect(broken.code).toBe(65);
    expect(broken.stderr).toMatch(/^warning: skipped .*riverside-im\.md:\d+:\d+: /m);
    expect(broken.stderr).toContain("\nThe calendar would leave out what the files above hold: fix them (or move them away) and run again.\n");
    expect(readFileSync(file, "utf8")).toBe(before);
    expect(cli("calendar").stdout).toBe("");
  });

  it("on a terminal without --output, says how to write the calendar file instead of printing iCalendar text; '--output -' still prints it", async () => {
    const { env } = season();
    const bare = terminal(["calendar"], { env, cols: 200 });
    expect((await bare.exited).exitCode).toBe(64);
    expect(bare.output()).toContain("error: calendar writes an iCalendar file for your calendar app: interview-coach calendar --output season.ics, then import that file");
    expect(bare.output()).not.toContain("BEGIN:VCALENDAR");
    const dash = terminal(["calendar", "--output", "-"], { env });
    expect((await dash.exited).exitCode).toBe(0);
    expect(dash.output()).toContain("BEGIN:VCALENDAR");
  });

  it("--output replaces an earlier calendar, and refuses the library's files, any file that is not a calendar and a folder that does not exist", () => {
    const { cli, dir, home } = season();
    const file = join(dir, "season.ics");
    expect(cli("calendar", "--output", file).code).toBe(0);
    const again = cli("calendar", "--output", file);
    expect(again.code).toBe(0);
    expect(readFileSync(file, "utf8")).toMatch(/^BEGIN:VCALENDAR/);

    const history = join(home, "history.jsonl");
    writeFileSync(history, '{"type":"end","session":"s","at":"2026-11-20T10:00:00Z"}\n');
    const intoLibrary = cli("calendar", "--output", history);
    expect(intoLibrary.code).toBe(64);
    expect(intoLibrary.stderr).toBe(`error: --output ${history} is inside the library (${home}), whose files only interview-coach writes: choose a file outside it\n`);
    expect(readFileSync(history, "utf8")).toBe('{"type":"end","session":"s","at":"2026-11-20T10:00:00Z"}\n');

    const notes = join(dir, "notes.md");
    writeFileSync(notes, "# My interview notes\n");
    const overNotes = cli("calendar", "--output", notes);
    expect(overNotes.code).toBe(64);
    expect(overNotes.stderr).toBe(`error: --output ${notes} already holds something that is not a calendar; the calendar replaces its file, so choose a new name or an earlier calendar export\n`);
    expect(readFileSync(notes, "utf8")).toBe("# My interview notes\n");

    // A mistyped folder is refused as practice and checklist refuse it, not made.
    const missing = join(dir, "nope", "season.ics");
    const intoMissing = cli("calendar", "--output", missing);
    expect(intoMissing.code).toBe(73);
    expect(intoMissing.stderr).toBe(`error: cannot write ${missing}: its folder does not exist; create the folder first or choose another path\n`);
    expect(existsSync(join(dir, "nope"))).toBe(false);
  });
});
