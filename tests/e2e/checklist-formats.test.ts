// The built-in checklists read right for the format an interview is recorded with: what holds
// for one format only (parking, a video link, the camera, the number to call) sits in a section
// limited to that format, so a phone interview is never told to look into the camera. On the
// BUILT binary, with --print, which shows the items as the terminal, today and calendar count them.
import { describe, expect, it } from "vitest";
import { run, sandboxFrom } from "../helpers/cli.js";

const FORMATS = ["in-person", "virtual", "phone"] as const;
type Format = (typeof FORMATS)[number];
const KINDS = { Clinic: ["--kind", "job", "--specialty", "patient coordinator"], Group: ["--kind", "job", "--specialty", "hospitalist"], Program: ["--kind", "residency"] };

/** One interview of each kind in each format, a week ahead: "Clinic phone", "Group virtual", "Program in-person"… */
const season = sandboxFrom(
  (box) => {
    for (const format of FORMATS) {
      for (const [name, kind] of Object.entries(KINDS)) run(["interviews", "add", `${name} ${format}`, "--date", "2026-12-09", ...kind, "--format", format], { env: box.env });
    }
  },
  { INTERVIEW_COACH_NOW: "2026-12-02T10:00:00" },
);

function printed(env: NodeJS.ProcessEnv, checklist: string, program?: string): string {
  const result = run(["checklist", checklist, ...(program ? ["--program", program] : []), "--print"], { env });
  expect(result.code, result.stderr).toBe(0);
  return result.stdout;
}

/** What a section title or an item (not its "why") may not say for an interview of that format. */
const WRONG: Record<Format, RegExp> = {
  phone: /camera|video|on screen|log (in|off)|parking|directions|the address|arrive|in the room|you leave|meals|business cards|chat/i,
  virtual: /parking|directions|the address|arrive|in the room|you leave|meals|business cards|spouse|by phone|number they will call/i,
  "in-person": /camera|video|on screen|log (in|off)|chat|number they will call/i,
};

describe("the built-in checklists for each interview format", () => {
  it.each(FORMATS)("%s: no item of any built-in checklist speaks of another format", (format) => {
    const { env } = season();
    for (const [checklist, program] of [
      ["patient-coordinator", "Clinic"],
      ["second-interview", "Group"],
      ["residency-interview-day", "Program"],
      ["after-interview", "Program"],
      ["networking-event", "Group"],
    ] as const) {
      const lines = printed(env, checklist, `${program} ${format}`).split("\n");
      const items = lines.filter((line) => line.startsWith("- [ ] "));
      expect(items.length, checklist).toBeGreaterThan(10);
      const headings = lines.filter((line) => line.startsWith("## "));
      expect([...headings, ...items].filter((line) => WRONG[format].test(line)), `${checklist}, ${format}`).toEqual([]);
    }
  });

  it("patient-coordinator: the same preparation and day for all, then the trip, the video call or the phone call", () => {
    const { env } = season();
    const shared = [
      "- [ ] Confirm the time of the interview and the name of the person who will lead it (due 2026-12-08)",
      "- [ ] Smile, and hear each question out before you answer (due 2026-12-09)",
      "- [ ] As soon as the interview ends, note the names of the people you spoke with and one thing each said (due 2026-12-09)",
    ];
    const phone = printed(env, "patient-coordinator", "Clinic phone");
    expect(phone).toContain("\nInterview 2026-12-09 · 0/17 done, 0 overdue as of 2026-12-02\n");
    for (const line of [...shared, "- [ ] Confirm which number they will call, or which one you should dial, and choose a quiet spot with good signal (due 2026-12-08)"]) expect(phone).toContain(`${line}\n`);

    const video = printed(env, "patient-coordinator", "Clinic virtual");
    expect(video).toContain("\nInterview 2026-12-09 · 0/18 done, 0 overdue as of 2026-12-02\n");
    for (const line of [
      ...shared,
      "- [ ] Open the video link on the device you will use and check its camera and microphone (due 2026-12-08)",
      "- [ ] Look into the camera, not at the faces on screen, while you speak (due 2026-12-09)",
    ])
      expect(video).toContain(`${line}\n`);

    const visit = printed(env, "patient-coordinator", "Clinic in-person");
    expect(visit).toContain("\nInterview 2026-12-09 · 0/20 done, 0 overdue as of 2026-12-02\n");
    for (const line of [
      ...shared,
      "- [ ] Look up the address, how long the trip takes and where to park (due 2026-12-08)",
      "- [ ] Bring copies of your résumé, your references and any certificates (due 2026-12-09)",
      "- [ ] Keep eye contact with whoever is speaking (due 2026-12-09)",
    ])
      expect(visit).toContain(`${line}\n`);
  });

  it("second-interview: the trip, the family's visit and the meals only in person; the camera only on video", () => {
    const { env } = season();
    const visit = printed(env, "second-interview", "Group in-person");
    expect(visit).toContain("\nInterview 2026-12-09 · 0/22 done, 0 overdue as of 2026-12-02\n");
    expect(visit).toContain("- [ ] If your spouse or family is coming, book time to see neighbourhoods, schools and the wider community (due 2026-12-02)\n");
    expect(visit).toContain("- [ ] Get directions and parking details, and plan to arrive early (due 2026-12-07)\n");
    expect(visit).toContain("- [ ] Keep an open posture and steady eye contact, at meals as much as in meetings (due 2026-12-09)\n");
    const video = printed(env, "second-interview", "Group virtual");
    expect(video).toContain("\nInterview 2026-12-09 · 0/20 done, 0 overdue as of 2026-12-02\n");
    expect(video).toContain("- [ ] Sit with an open posture and look into the camera when you speak (due 2026-12-09)\n");
    const phone = printed(env, "second-interview", "Group phone");
    expect(phone).toContain("\nInterview 2026-12-09 · 0/19 done, 0 overdue as of 2026-12-02\n");
    expect(phone).toContain("- [ ] Keep a confident, positive tone all day, however close the offer feels (due 2026-12-09)\n");
  });

  it("with no format recorded, every section is there, each named for its format", () => {
    const { env } = season();
    const all = printed(env, "patient-coordinator");
    expect(all).toContain("\n0/23 done · no interview date");
    expect(all.split("\n").filter((line) => line.startsWith("## "))).toEqual([
      "## Before the interview",
      "## Getting there (before)",
      "## Video set-up (before)",
      "## Phone set-up (before)",
      "## On the day",
      "## In person (on the day)",
      "## On the day, on video",
      "## After the interview",
    ]);
  });
});

describe("an interview recorded with no format", () => {
  it("gets every format's sections, with a note that says why and how to keep only its own; one with a format gets none", () => {
    const { env } = season();
    expect(run(["interviews", "add", "Group unknown", "--date", "2026-12-09", ...KINDS.Group], { env }).code).toBe(0);
    const unknown = run(["checklist", "--program", "Group unknown", "--print"], { env });
    expect(unknown.code, unknown.stderr).toBe(0);
    expect(unknown.stderr).toContain('note: no format is recorded for the interview with Group unknown, so sections for every format are listed; to keep only yours: interview-coach interviews edit "Group unknown" --format in-person|virtual|phone\n');
    expect(unknown.stdout).toContain("## Getting there");
    expect(unknown.stdout).toContain("## On the day, on video");
    expect(run(["checklist", "--program", "Group phone", "--print"], { env }).stderr).not.toContain("no format is recorded");
  });
});
