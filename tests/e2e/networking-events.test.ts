// A networking event in the season (`interviews add --kind networking`): recorded like an
// interview, prepared with its own checklist and deck, called an event wherever the season shows
// it, reviewed for the people met (no scores), followed up, and never ranked.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { run, sandboxFrom, terminal, type Sandbox } from "../helpers/cli.js";
import { form, WAIT } from "../helpers/review-steps.js";

const EVENT = "Chicago Physician Leaders Mixer";
const NOTE = join("interviews", "chicago-physician-leaders-mixer.md");
const BEFORE = { INTERVIEW_COACH_NOW: "2026-12-05T10:00:00" };
const EVENING = { INTERVIEW_COACH_NOW: "2026-12-09T22:00:00" };
const PEOPLE = `people:
  - name: Dr. Maya Chen
    role: Chief medical officer
    detail: her plan for a physician leadership track
`;

/** The event on 9 December (the role networked towards given) and a residency interview on the 7th. */
const seasonBox = sandboxFrom((box) => {
  for (const args of [
    [EVENT, "--date", "2026-12-09", "--kind", "networking", "--specialty", "physician executive"],
    ["Lakeside IM", "--date", "2026-12-07", "--specialty", "internal medicine"],
  ]) {
    const added = run(["interviews", "add", ...args], { env: { ...box.env, ...BEFORE } });
    expect(added.code, added.stderr).toBe(0);
  }
});

/** A copy of the season, with the CLI run in it on `now` (see BEFORE, EVENING). */
function season(now: Record<string, string> = BEFORE): Sandbox & { cli: (...args: string[]) => ReturnType<typeof run> } {
  const box = seasonBox();
  const env = { ...box.env, ...now };
  return { ...box, env, cli: (...args: string[]) => run(args, { env }) };
}

/** Writes `text` as an answers file in the sandbox; returns its path. */
function answersFile(box: Sandbox, text: string): string {
  const file = join(box.dir, "answers.yaml");
  writeFileSync(file, text);
  return file;
}

const calendarEvents = (text: string) =>
  new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent").map((component) => {
    const event = new ICAL.Event(component);
    return { summary: event.summary, start: event.startDate.toString() };
  });

describe("recording a networking event", () => {
  it("interviews add --kind networking records an event: the list counts and names it as one, the note and the Next hint fit it", () => {
    const box = seasonBox();
    const added = run(["interviews", "add", "Boston Leaders Breakfast", "--date", "2026-12-12", "--kind", "networking"], { env: { ...box.env, ...BEFORE } });
    expect(added.code, added.stderr).toBe(0);
    expect(added.stderr).toContain("Recorded Boston Leaders Breakfast: 2026-12-12, networking event, in ");
    expect(added.stderr).toContain('Next: interview-coach checklist networking-event --program "Boston Leaders Breakfast" · interview-coach today\n');
    const { cli, home } = season();
    const list = cli("interviews").stdout;
    expect(list).toContain("1 interview and 1 networking event: 2 scheduled, 0 done, 0 reviewed, 0 withdrawn (as of 2026-12-05).");
    expect(list).toContain(`| 2026-12-09 (in 4 days) | ${EVENT} | networking event: physician executive | scheduled | prepare: checklist, practice (in 4 days) |`);
    expect(list).toContain("| 2026-12-07 (in 2 days) | Lakeside IM | residency: internal medicine | scheduled |");
    const note = readFileSync(join(home, NOTE), "utf8");
    expect(note).toContain("kind: networking\nspecialty: physician executive\n");
    expect(note).toContain(`# Networking event: ${EVENT}\n\nYour notes on this networking event (who you hope to meet, what to ask them) go here.\n`);
  });

  it("an event first recorded as a job is corrected with edit --kind networking, and help says what each kind and --specialty are", () => {
    const { cli } = season();
    expect(cli("interviews", "add", "Denver Mixer", "--date", "2026-12-20", "--kind", "job").code).toBe(0);
    const edited = cli("interviews", "edit", "Denver Mixer", "--kind", "networking");
    expect(edited.code, edited.stderr).toBe(0);
    expect(edited.stderr).toBe("Updated Denver Mixer: 2026-12-20, networking event.\n");
    expect(cli("checklist", "--program", "Denver Mixer", "--print").stderr).toContain("Checklist networking-event, the one for Denver Mixer (networking event).");
    const help = cli("interviews", "add", "--help").stdout.replace(/\s+/g, " ");
    expect(help).toContain(
      "--kind <kind> residency: a residency program's interview; job: a job interview (health group, hospital, practice); networking: a networking event, such as a mixer or a conference reception (not scored or ranked) (default residency)",
    );
    expect(help).toContain("--specialty <text> specialty (residency), role (job) or role you network towards (networking)");
  });

  it("a name like the event's, or one given to an event's checklist or deck, is to be recorded with --kind networking: following that records an event", () => {
    const { cli } = season();
    const typo = "Chicago Physician Leadrs Mixer";
    const addEvent = (name: string) => `interview-coach interviews add "${name}" --date YYYY-MM-DD --kind networking`;
    // The closest recorded name is the event: a command that says nothing of the kind.
    const chosen = cli("checklist", "--program", typo);
    expect(chosen.code).toBe(66);
    expect(chosen.stderr).toBe(
      `error: no networking event recorded for '${typo}' (did you mean '${EVENT}'?), so no checklist was chosen. Use the recorded name: interview-coach checklist --program "${EVENT}"; or, for another networking event, record it first: ${addEvent(typo)}\n`,
    );
    expect(cli("review", typo).stderr).toContain(`or, for another networking event, record it first: ${addEvent(typo)}\n`);
    // A name like none recorded, for the event's checklist or deck.
    expect(cli("checklist", "networking-event", "--program", "Denver Mixer", "--print").stderr).toBe(
      `No networking event recorded for 'Denver Mixer'; the checklist keeps its saved date, or --date gives one. To record it: ${addEvent("Denver Mixer")}\n`,
    );
    const plan = cli("practice", "networking", "--program", "Denver Mixer", "--plan");
    expect(plan.stderr).toBe(`No networking event recorded for 'Denver Mixer'; nothing is saved. To record it: ${addEvent("Denver Mixer")}\n`);
    // The way on, followed as given (with a date for YYYY-MM-DD), records an event.
    const way = plan.stderr.split("To record it: ")[1]!.trim().replace("YYYY-MM-DD", "2026-12-20");
    const added = cli(...way.match(/"[^"]*"|\S+/g)!.slice(1).map((word) => word.replace(/^"(.*)"$/, "$1")));
    expect(added.stderr).toContain("Recorded Denver Mixer: 2026-12-20, networking event, in ");
  });

  it("an unknown kind is refused on the command line (64) and, in a note edited by hand, reported at its line and column", () => {
    const { cli, home } = season();
    const refused = cli("interviews", "add", "Denver Mixer", "--date", "2026-12-20", "--kind", "mixer");
    expect(refused.code).toBe(64);
    expect(refused.stderr).toContain("Allowed choices are residency, job, networking.");
    const path = join(home, NOTE);
    writeFileSync(path, readFileSync(path, "utf8").replace("kind: networking", "kind: mixer"));
    const listed = cli("interviews");
    expect(listed.stderr).toContain(`warning: skipped ${path}:6:7: 'kind' must be one of residency, job, networking; got "mixer"\n`);
  });
});

describe("the season calls it an event", () => {
  it("review --help and followups --help say what they do for a networking event", () => {
    const { cli } = season();
    const review = cli("review", "--help").stdout.replace(/\s+/g, " ");
    expect(review).toContain("right after an interview or a networking event: impressions and people met; for an interview, scores, deal-breakers and gut feeling");
    expect(review).toContain("program the program or employer you interviewed with, or the networking event");
    expect(review).toContain(`$ interview-coach review "${EVENT}" # a networking event: the people met, no scores`);
    const followups = cli("followups", "--help").stdout.replace(/\s+/g, " ");
    expect(followups).toContain("thank-you notes due for everyone you met, overdue first (follow-up notes after a networking event)");
    expect(followups).toContain("program with --draft or --done: the program or networking event");
    expect(followups).toContain("--draft print a draft thank-you note (follow-up note after an event) for each person met at <program>");
    expect(followups).toContain(`$ interview-coach followups --draft "${EVENT}" # follow-up notes after an event`);
  });

  it("today lists it among interviews and networking events, with its checklist to start", () => {
    const { cli } = season();
    const today = cli("today").stdout;
    expect(today).toContain("## Interviews and networking events\n");
    expect(today).toContain(`- in 4 days: ${EVENT} (networking event: physician executive) · no checklist yet: interview-coach checklist networking-event --program "${EVENT}"\n`);
    expect(today).toContain("- in 2 days: Lakeside IM (residency: internal medicine) · no checklist yet: interview-coach checklist residency-interview-day --program");
  });

  it("the calendar titles it a networking event with follow-up notes (one event for them), the interview with thank-you notes", () => {
    const { cli } = season();
    const events = calendarEvents(cli("calendar").stdout);
    expect(events).toContainEqual({ summary: `Networking event: ${EVENT}`, start: "2026-12-09" });
    expect(events).toContainEqual({ summary: `Follow-up notes: ${EVENT}`, start: "2026-12-11" });
    expect(events).toContainEqual({ summary: "Interview: Lakeside IM", start: "2026-12-07" });
    expect(events).toContainEqual({ summary: "Thank-you notes: Lakeside IM", start: "2026-12-09" });
    expect(events.map((e) => e.summary).filter((s) => s.includes(EVENT) && /Interview|Thank-you/.test(s))).toEqual([]);
    // The checklist's own follow-up item is the notes event: not a second event on another day.
    expect(events.filter((e) => e.summary.startsWith("Send a short follow-up"))).toEqual([]);
  });

  it("once the event is over with nothing written, today asks for its review with its follow-up notes due", () => {
    const { cli } = season({ INTERVIEW_COACH_NOW: "2026-12-10T10:00:00" });
    expect(cli("today").stdout).toContain(`- yesterday: ${EVENT}: no review yet; its follow-up notes are due by 2026-12-11. interview-coach review "${EVENT}"\n`);
  });
});

describe("its checklist and deck", () => {
  it("checklist --program picks networking-event, and its header names the event's day", () => {
    const { cli } = season();
    const printed = cli("checklist", "--program", EVENT, "--print");
    expect(printed.code, printed.stderr).toBe(0);
    expect(printed.stderr).toContain(`Checklist networking-event, the one for ${EVENT} (networking event: physician executive).\n`);
    // An event is not something one is "with": its name follows its noun.
    expect(printed.stderr).toContain(`note: no format is recorded for the ${EVENT}, so sections for every format are listed;`);
    expect(cli("checklist", "networking-event", "--program", EVENT, "--date", "2026-12-10", "--print").stderr).toContain(`note: the networking event recorded for '${EVENT}' is on 2026-12-09;`);
    expect(printed.stdout).toMatch(new RegExp(`^# Networking event: ${EVENT}\n\nNetworking event 2026-12-09 · 0/17 done, 1 overdue as of 2026-12-05\n`));
    // Not recorded, the networking-event checklist still calls its day an event's.
    const unrecorded = cli("checklist", "networking-event", "--program", "Boston Leaders Breakfast", "--date", "2026-12-12", "--print").stdout;
    expect(unrecorded).toContain("\nNetworking event 2026-12-12 · 0/17 done, 0 overdue as of 2026-12-05\n");
  });

  it("an event edited into a job keeps its checklist's ticks, and the edit says where they are and how to open them", async () => {
    const { env, cli } = season();
    const term = terminal(["checklist", "--program", EVENT], { env });
    await term.waitFor("Before the event", WAIT);
    term.write(" q");
    expect((await term.exited).exitCode).toBe(0);
    const edited = cli("interviews", "edit", EVENT, "--kind", "job");
    expect(edited.code, edited.stderr).toBe(0);
    expect(edited.stderr).toContain(`note: checklist --program "${EVENT}" now opens second-interview; your ticks in networking-event stay in its note: interview-coach checklist networking-event --program "${EVENT}"\n`);
    // An edit that keeps the checklist says nothing of it.
    expect(cli("interviews", "edit", EVENT, "--specialty", "medical director").stderr).not.toContain("now opens");
  });

  it("on a terminal, the checklist's heading names the event's day", async () => {
    const { env } = season();
    const term = terminal(["checklist", "--program", EVENT], { env });
    await term.waitFor("Networking event 2026-12-09 (in 4 days) · 0/17 done, 1 overdue", WAIT);
    await term.waitFor("Before the event", WAIT);
    term.write("q");
    expect((await term.exited).exitCode).toBe(0);
    expect(term.output()).not.toContain("Interview 2026-12-09");
  });

  it("the checklist overview calls its rows interviews and networking events, the column of days too", () => {
    const { cli } = season();
    const both = cli("checklist").stdout;
    expect(both).toContain("## Your interviews and networking events\n\n| Checklist | Program | Interview or event | Done | Overdue | Next |\n");
    expect(both).toContain(`| networking-event | ${EVENT} | 2026-12-09 (in 4 days) | 0/17, not opened |`);
    expect(cli("interviews", "cancel", "Lakeside IM").code).toBe(0);
    expect(cli("checklist").stdout).toContain("## Your networking events\n\n| Checklist | Program | Networking event | Done | Overdue | Next |\n");
  });

  it("practice --program picks the networking deck", () => {
    const { cli } = season();
    const plan = cli("practice", "--program", EVENT, "--plan");
    expect(plan.code, plan.stderr).toBe(0);
    expect(plan.stderr).toContain(`Practising networking, the deck for ${EVENT} (networking event: physician executive).\n`);
    expect(plan.stdout).toMatch(/^# Plan: Networking for physicians\n/);
  });
});

describe("its review and follow-ups", () => {
  it("the form asks for the people met, red flags, what is unknown and notes: no scores, deal-breakers or gut; the note is finished and unscored", async () => {
    const box = season(EVENING);
    const term = terminal(["review", EVENT], { env: box.env });
    const answer = form(term);
    await answer("? Networking event date (YYYY-MM-DD) (2026-12-09)");
    await answer("? Kind of event or interview");
    await answer("? Role you network towards (e.g. physician executive) (physician executive)");
    await term.waitFor("One thing you talked about makes the follow-up note easy.", WAIT);
    await answer("? Name (empty when done)", "Dr. Maya Chen");
    await answer("? Dr. Maya Chen's role", "Chief medical officer");
    await answer("? One thing you talked about with Dr. Maya Chen", "her plan for a physician leadership track");
    await answer("? Name (empty when done)");
    await answer("? A red flag (empty when done)");
    await answer("? Something still unknown, to ask about (empty when done)", "When the spring cohort opens");
    await answer("? Something still unknown, to ask about (empty when done)");
    await answer("? Anything else to remember (empty to skip)");
    expect((await term.exited).exitCode).toBe(0);
    const screen = term.output();
    for (const asked of ["Score each criterion", "Deal-breaker", "Gut feeling"]) expect(screen).not.toContain(asked);
    expect(screen).toContain(`Follow-up notes: interview-coach followups --draft "${EVENT}"`);
    expect(screen).not.toContain("interview-coach rank");
    const note = readFileSync(join(box.home, "reviews", "chicago-physician-leaders-mixer.md"), "utf8");
    expect(note).toMatch(/^---\ntype: review\nprogram: Chicago Physician Leaders Mixer\ndate: 2026-12-09\nkind: networking\nspecialty: physician executive\npeople:\n/);
    for (const key of ["draft:", "scores:", "gut:", "dealBreakers:"]) expect(note).not.toContain(key);
    expect(note).toContain("\nNetworking event · physician executive\n");
    expect(note).toContain("## Still unknown\n\n- When the spring cohort opens\n");
    expect(box.cli("interviews").stdout).toContain(`| ${EVENT} | networking event: physician executive | reviewed | follow-up notes |`);
  });

  it("--answers takes the people met; scores, a gut or deal-breakers for an event are refused at their line (65)", () => {
    const box = season(EVENING);
    const refused = box.cli("review", EVENT, "--answers", answersFile(box, `${PEOPLE}scores: { culture: 4 }\ngut: 4\ndealBreakers: [Too far]\n`));
    expect(refused.code).toBe(65);
    const leaveOut = (key: string) => `a networking event is not scored or ranked: leave out '${key}' (its review keeps the people met, red flags, what is still unknown and notes)`;
    expect(refused.stderr).toContain(`answers.yaml:5:1: ${leaveOut("scores")}\n`);
    expect(refused.stderr).toContain(`answers.yaml:6:1: ${leaveOut("gut")}\n`);
    expect(refused.stderr).toContain(`answers.yaml:7:1: ${leaveOut("dealBreakers")}\n`);
    const saved = box.cli("review", EVENT, "--answers", answersFile(box, PEOPLE));
    expect(saved.code, saved.stderr).toBe(0);
    expect(saved.stderr).toBe(`Saved ${join(box.home, "reviews", "chicago-physician-leaders-mixer.md")}.\nFollow-up notes: interview-coach followups --draft "${EVENT}"\n`);
  });

  it("followups lists the people met as follow-up notes and drafts a letter that follows up the conversation", () => {
    const box = season(EVENING);
    expect(box.cli("review", EVENT, "--answers", answersFile(box, PEOPLE)).code).toBe(0);
    const listed = box.cli("followups").stdout;
    expect(listed).toMatch(/^# Follow-up notes\n\nAs of 9 Dec 2026: 0 overdue, 1 to send, 0 sent\.\n/);
    expect(listed).toContain(`| due in 2 days | 11 Dec 2026 | Dr. Maya Chen, Chief medical officer | ${EVENT} | her plan for a physician leadership track |`);
    const draft = box.cli("followups", "--draft", EVENT).stdout;
    expect(draft).toContain(`# Follow-up notes: ${EVENT}\n\nNetworking event on 9 Dec 2026; send by 11 Dec 2026.\n`);
    expect(draft).toContain(
      `Subject: Good to meet you – ${EVENT}\n\nDear Dr. Chen,\n\nIt was a pleasure to meet you at the ${EVENT} on 9 December. I especially enjoyed our conversation about your plan for a physician leadership track, and I would be glad to continue it.\n`,
    );
    expect(draft).not.toMatch(/interview|Thank you for/i);
    // The event's name comes after its noun: "at Chicago Physician Leaders Mixer" wants an article no name tells.
    const done = box.cli("followups", "--done", EVENT, "Dr. Maya Chen");
    expect(done.stderr).toBe(`Recorded: follow-up note to Dr. Maya Chen at the ${EVENT}, sent 9 Dec 2026.\n`);
    expect(box.cli("followups", "--done", EVENT, "Dr. Maya Chen").stderr).toBe(`Dr. Maya Chen at the ${EVENT}: already recorded as sent on 9 Dec 2026.\n`);
    expect(box.cli("followups", "--draft", EVENT).stderr).toContain(`Everyone at the ${EVENT} has their follow-up note already; here are the drafts anyway.\n`);
    expect(box.cli("interviews").stdout).toContain(`| ${EVENT} | networking event: physician executive | reviewed | nothing left to do |`);
  });
});

describe("rank", () => {
  it("leaves an event out of the rank-order list and its count, and says that it did", () => {
    const box = season(EVENING);
    expect(box.cli("review", EVENT, "--answers", answersFile(box, PEOPLE)).code).toBe(0);
    const lakeside = "scores: { training: 4, culture: 4, faculty: 3, location: 3, schedule: 3, outcomes: 4 }\ngut: 4\n";
    expect(box.cli("review", "Lakeside IM", "--answers", answersFile(box, lakeside)).code).toBe(0);
    const ranked = box.cli("rank");
    expect(ranked.code, ranked.stderr).toBe(0);
    expect(ranked.stdout).toContain("As of 9 Dec 2026, from 1 review; 1 networking event is not ranked.\n\n## Residency programs\n");
    expect(ranked.stdout).toContain("| 1 | Lakeside IM |");
    expect(ranked.stdout).not.toContain(`| ${EVENT} |`);
    const json = JSON.parse(box.cli("rank", "--format", "json").stdout);
    expect(json.lists.map((list: { kind: string }) => list.kind)).toEqual(["residency"]);
  });

  it("with only an event reviewed, says that events are not ranked and how to start the list", () => {
    const box = season(EVENING);
    expect(box.cli("review", EVENT, "--answers", answersFile(box, PEOPLE)).code).toBe(0);
    const ranked = box.cli("rank");
    expect(ranked.code).toBe(0);
    expect(ranked.stdout).toBe("");
    expect(ranked.stderr).toBe(
      `No interview reviews yet in ${join(box.home, "reviews")}; a networking event is not ranked, so the review of ${EVENT} is left out. Right after each interview, run:\n  interview-coach review "<program>"\nthen come back to rank.\n`,
    );
  });
});

describe("its kind, once reviewed", () => {
  const JOB_SCORES = "kind: job\nscores: { compensation: 3, schedule: 3, culture: 4, growth: 4, location: 3, expectations: 3 }\ngut: 4\n";

  it("edit --kind job of a reviewed event is refused (64) and changes nothing, until its review is made a job interview's, scored: then the record follows and every view calls it a job", () => {
    const box = season(EVENING);
    expect(box.cli("review", EVENT, "--answers", answersFile(box, PEOPLE)).code).toBe(0);
    const note = join(box.home, NOTE);
    const before = readFileSync(note, "utf8");
    const review = join(box.home, "reviews", "chicago-physician-leaders-mixer.md");
    const refused = box.cli("interviews", "edit", EVENT, "--kind", "job");
    expect([refused.code, refused.stdout, refused.stderr]).toEqual([
      64,
      "",
      `error: ${EVENT} has a review written for a networking event (${review}): it has no scores or gut feeling, which a job interview's review gives rank. Change the review's kind first, and its form asks for them: interview-coach review "${EVENT}"; then: interview-coach interviews edit "${EVENT}" --kind job\n`,
    ]);
    expect(readFileSync(note, "utf8")).toBe(before);
    expect(box.cli("interviews").stdout).toContain(`| ${EVENT} | networking event: physician executive | reviewed | follow-up notes |`);
    expect(box.cli("followups", "--draft", EVENT).stdout).toContain(`# Follow-up notes: ${EVENT}\n\nNetworking event on 9 Dec 2026; send by 11 Dec 2026.\n`);

    const scored = box.cli("review", EVENT, "--answers", answersFile(box, JOB_SCORES));
    expect(scored.code, scored.stderr).toBe(0);
    const edited = box.cli("interviews", "edit", EVENT, "--kind", "job");
    expect([edited.code, edited.stderr]).toEqual([0, `Updated ${EVENT}: 2026-12-09, job (physician executive).\n`]);
    expect(box.cli("interviews").stdout).toContain(`| ${EVENT} | job: physician executive | reviewed | thank-you notes, then rank |`);
    expect(box.cli("followups", "--draft", EVENT).stdout).toContain(`# Thank-you notes: ${EVENT}\n\nInterview on 9 Dec 2026; send by 11 Dec 2026.\n`);
    expect(box.cli("rank").stdout).toContain(`| 1 | ${EVENT} |`);
  });

  it("a scored residency review keeps its interview from becoming a job or an event, each refusal saying what the review holds", () => {
    const box = season(EVENING);
    const lakeside = "scores: { training: 4, culture: 4, faculty: 3, location: 3, schedule: 3, outcomes: 4 }\ngut: 4\n";
    expect(box.cli("review", "Lakeside IM", "--answers", answersFile(box, lakeside)).code).toBe(0);
    const review = join(box.home, "reviews", "lakeside-im.md");
    const job = box.cli("interviews", "edit", "Lakeside IM", "--kind", "job");
    expect([job.code, job.stderr]).toEqual([
      64,
      `error: Lakeside IM has a review written for a residency interview (${review}): it is scored on a residency interview's criteria, not a job interview's. Change the review's kind first, and its form asks for those: interview-coach review "Lakeside IM"; then: interview-coach interviews edit "Lakeside IM" --kind job\n`,
    ]);
    const event = box.cli("interviews", "edit", "Lakeside IM", "--kind", "networking", "--date", "2026-12-08");
    expect([event.code, event.stderr]).toEqual([
      64,
      `error: Lakeside IM has a review written for a residency interview (${review}): its scores and gut feeling are for rank, which leaves a networking event out. Change the review's kind first, and its form leaves them out: interview-coach review "Lakeside IM"; then: interview-coach interviews edit "Lakeside IM" --kind networking\n`,
    ]);
    expect(box.cli("interviews").stdout).toContain("| 2026-12-07 (2 days ago) | Lakeside IM | residency: internal medicine | reviewed |");
    // The kind it has already: any other change goes through.
    expect(box.cli("interviews", "edit", "Lakeside IM", "--kind", "residency", "--time", "09:00").code).toBe(0);
  });
});
