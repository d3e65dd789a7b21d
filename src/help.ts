// The Examples sections of --help: what people actually type, one line each.
import { visible } from "./io/control-chars.js";

/**
 * --home's help: where the library is when --home is not given. INTERVIEW_COACH_HOME wins over
 * the config file and the XDG default (as resolveSettings orders them), so when it is set the
 * help names it and its value; read from `env` only, so --help loads nothing more.
 */
export function homeOptionHelp(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.INTERVIEW_COACH_HOME;
  return `library folder for notes and history (${fromEnv ? `when not given, taken from INTERVIEW_COACH_HOME: ${visible(fromEnv, { oneLine: true })}` : "default: $XDG_DATA_HOME/interview-coach"})`;
}

/** A whole --answers file for `review`, people's keys too: the form's questions are not the keys. */
const REVIEW_ANSWERS = `
An answers file (lakeside.yaml); a key left out keeps the earlier answer:
  date: 2026-11-20
  kind: residency                 # or job; networking (an event) has no scores, gut or dealBreakers
  specialty: Internal medicine
  people:
    - name: Dr. Ana Rivera
      role: Program director
      detail: the sepsis project  # one thing you talked about
      thanked: null               # or the day the note was sent
  # 1-5 per criterion: the built-in residency ones here; review.criteria in
  # config.yaml replaces them (\`interview-coach config\` lists yours)
  scores: { training: 5, culture: 4, faculty: 4, location: 3, schedule: 3, outcomes: 4 }
  gut: 4                          # could this be home? 1-5
  dealBreakers: []
  redFlags: [Residents looked tired]
  stillUnknown: [Moonlighting policy]
  notes: Ask about research time.
`;

const section = (lines: string[]) => `\nExamples:\n${lines.map((line) => `  $ ${line}`).join("\n")}\n`;

export const examples = {
  program: `${section([
    "interview-coach practice residency                # a timed session; notes saved in your library",
    "interview-coach practice residency >> notes.md    # the same, notes appended to your own file",
    'interview-coach checklist second-interview --program "Lakeside Health" --date 2026-12-03',
    'interview-coach interviews add "Lakeside IM" --date 2026-12-04   # an invitation, recorded',
    "interview-coach today                             # what to do today and this week",
    'interview-coach review "Lakeside IM"              # right after the interview',
    "interview-coach rank                              # the rank-order list from your reviews",
    "interview-coach list",
  ])}
Exit codes: 0 ok, 1 unexpected, 64 usage, 65 bad content, 66 unknown deck/checklist/program,
73 cannot write, 130 interrupted (your work so far is saved).
`,
  practice: section([
    "interview-coach practice residency",
    "interview-coach practice residency --count 3 --category img --time 90s",
    "interview-coach practice second-interview --mode aloud --program \"Lakeside Health\"",
    "interview-coach practice residency --plan",
    "interview-coach practice residency --answers my-answers.yaml --output -",
  ]),
  checklist: section([
    "interview-coach checklist",
    'interview-coach checklist second-interview --program "Lakeside Health" --date 2026-12-03',
    'interview-coach checklist second-interview --program "Lakeside Health" --print >> notes.md',
    'interview-coach checklist --program "Lakeside IM"   # the checklist for the kind of interview recorded',
    'interview-coach checklist after-interview --program "Lakeside IM" --reset',
  ]),
  review: `${section([
    'interview-coach review "Lakeside IM"',
    'interview-coach review "Lakeside IM" --answers lakeside.yaml',
    'interview-coach review "Chicago Physician Leaders Mixer"   # a networking event: the people met, no scores',
  ])}${REVIEW_ANSWERS}`,
  rank: section(["interview-coach rank", "interview-coach rank --format csv > rank.csv", "interview-coach rank --weights my-weights.yaml"]),
  followups: section([
    "interview-coach followups",
    'interview-coach followups --draft "Lakeside IM"',
    'interview-coach followups --done "Lakeside IM" "Dr. Rivera"',
    'interview-coach followups --draft "Chicago Physician Leaders Mixer"   # follow-up notes after an event',
  ]),
  interviews: section([
    'interview-coach interviews add "Lakeside IM" --date 2026-12-04 --time 09:00 --tz America/Chicago --specialty "internal medicine"',
    'interview-coach interviews add "Valley Health" --date 2026-12-10 --kind job --specialty hospitalist --format virtual',
    'interview-coach interviews add "Chicago Physician Leaders Mixer" --date 2026-12-09 --kind networking',
    "interview-coach interviews",
    'interview-coach interviews edit "Lakeside IM" --date 2026-12-05',
    'interview-coach interviews cancel "Valley Health"',
    'interview-coach interviews remove "Lakeside Internal Medicine"   # a record made by mistake',
  ]),
  today: section(["interview-coach today", "interview-coach today > agenda.md", "interview-coach today --json"]),
  calendar: section(["interview-coach calendar --output season.ics", "interview-coach calendar > season.ics"]),
  stories: `${section([
    'interview-coach stories add "Night shift handover"        # a form on the terminal',
    'interview-coach stories add "Night shift handover" --answers story.yaml',
    "interview-coach stories                                    # your stories, competencies, times told",
    "interview-coach stories check residency                    # gaps, missing STAR parts, near-duplicates",
    'interview-coach stories show "Night shift handover"',
    "interview-coach stories --format md --deck residency > sheet.md",
  ])}
Competencies: teamwork, conflict, leadership, mistake, pressure, difficult-conversation,
patient-care, adaptability, initiative, ethics, communication; add your own in config.yaml
(competencies: [research]).
`,
  storiesAdd: `${section(['interview-coach stories add "Night shift handover"', 'interview-coach stories add "Night shift handover" --answers story.yaml'])}
A --answers file:
  situation: On my medicine sub-internship the night team had no written handover.
  task: I needed to make sure overnight tasks were not lost.
  action: I drafted a one-page checklist with the senior resident and trialled it for two weeks.
  result: Missed overnight tasks fell from four a week to one.
  learned: Ask the people who use a tool before you build it.
  competencies: [teamwork, initiative]
  where: Medicine sub-internship
`,
  interviewsAdd: section([
    'interview-coach interviews add "Lakeside IM" --date 2026-12-04 --time 09:00 --tz America/Chicago --specialty "internal medicine"',
    'interview-coach interviews add "Valley Health" --date 2026-12-10 --kind job --specialty hospitalist --format virtual',
    'interview-coach interviews add "Chicago Physician Leaders Mixer" --date 2026-12-09 --kind networking --specialty "physician executive"',
  ]),
  interviewsEdit: section(['interview-coach interviews edit "Lakeside IM" --date 2026-12-05 --time 10:30', 'interview-coach interviews edit "Valley Health" --format in-person --where "12 Main St"']),
  interviewsCancel: section(['interview-coach interviews cancel "Valley Health"   # kept for your records, marked withdrawn']),
  interviewsRemove: `${section(['interview-coach interviews remove "Lakeside Internal Medicine"   # a duplicate of "Lakeside IM"', 'interview-coach interviews remove "Valley Helth" --yes'])}
Only for a record made by mistake: while its review or a draft, ticks in its
checklist, practice notes or notes of your own in its record name it, it is
refused (\`interviews cancel\` withdraws it instead). A checklist note with
nothing ticked goes with the record; events a calendar import added stay in
your calendar app.`,
  storiesShow: section(['interview-coach stories show "Night shift handover"', 'interview-coach stories show night-shift-handover --json']),
  storiesCheck: section(["interview-coach stories check residency", "interview-coach stories check > coverage.md", "interview-coach stories check second-interview --json"]),
  list: section(["interview-coach list", "interview-coach list decks --json", "interview-coach --content ./my-content list"]),
  show: section(["interview-coach show residency > residency-study.md", "interview-coach show checklist/second-interview", "interview-coach show networking --json"]),
  validate: section(["interview-coach validate", "interview-coach validate my-deck.yaml", "interview-coach validate ./my-content"]),
  stats: section(["interview-coach stats", "interview-coach stats residency --since 2026-11-01", "interview-coach stats --json"]),
  config: `${section(["interview-coach config", "interview-coach --home ~/notes/interviews config"])}
The settings come from config.yaml, whose path is the first row: home, color,
content, practice, competencies, review.criteria, me.name and season (README,
"Where your data lives"). Each review criterion is listed with the weight rank
uses, defaults included.`,
  completion: section([
    "interview-coach completion bash >> ~/.bashrc",
    "interview-coach completion zsh > ~/.zfunc/_interview-coach",
    "interview-coach completion fish > ~/.config/fish/completions/interview-coach.fish",
  ]),
};
