// list, show and validate through the built binary: the built-in content, a hand-written
// --content folder, the content layers and their order, and broken user files that do not hide
// the rest. Help, exit codes, config and colour are in cli-settings.test.ts.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadContentFile } from "../../src/content/load.js";
import { countOf } from "../../src/content/catalog.js";
import { ROOT, run, sandbox, type Sandbox } from "../helpers/cli.js";

let box: Sandbox;

interface Listed {
  kind: "deck" | "checklist";
  id: string;
  title: string;
  count: number;
  categories?: string[];
  source: string;
  file: string;
}

const BUILT_IN_DECKS = ["networking", "patient-coordinator", "residency", "second-interview"];
const BUILT_IN_CHECKLISTS = ["after-interview", "networking-event", "patient-coordinator", "residency-interview-day", "second-interview"];

function write(path: string, text: string): string {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return path;
}

const deckYaml = (title: string, ids = ["one"]) =>
  `title: ${title}\nquestions:\n${ids.map((id) => `  - id: ${id}\n    text: Question ${id}?\n`).join("")}`;

function listJson(args: string[], env: NodeJS.ProcessEnv): Listed[] {
  const result = run([...args, "list", "--json"], { env });
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Listed[];
}

describe("list", () => {
  it("--json lists the 4 built-in decks and 5 checklists with ids, titles, counts and source", () => {
    box = sandbox();
    const entries = listJson([], box.env);
    expect(entries.filter((e) => e.kind === "deck").map((e) => e.id)).toEqual(BUILT_IN_DECKS);
    expect(entries.filter((e) => e.kind === "checklist").map((e) => e.id)).toEqual(BUILT_IN_CHECKLISTS);
    for (const entry of entries) {
      // The count and title must match what the YAML file itself holds (not a stale snapshot).
      const loaded = loadContentFile(entry.file);
      expect(loaded.ok).toBe(true);
      if (!loaded.ok) continue;
      expect(entry).toMatchObject({ source: "built-in", title: loaded.content.title, count: countOf(loaded.content) });
      expect(entry.file).toBe(join(ROOT, "content", `${entry.kind}s`, `${entry.id}.yaml`));
    }
  });

  it("`list decks` and `list checklists` show one kind, as a Markdown table", () => {
    box = sandbox();
    const decks = run(["list", "decks"], { env: box.env });
    const checklists = run(["list", "checklists"], { env: box.env });
    expect(decks.code).toBe(0);
    expect(checklists.code).toBe(0);
    expect(decks.stdout.split("\n")[0]).toBe("| kind | id | title | count | source | categories |");
    // Checklists have no categories: without a deck in the list, the column is left out.
    expect(checklists.stdout.split("\n")[0]).toBe("| kind | id | title | count | source |");
    const rows = (text: string) => text.split("\n").filter((line) => /^\| (deck|checklist) \|/.test(line));
    expect(rows(decks.stdout).map((row) => row.split(" | ")[1])).toEqual(BUILT_IN_DECKS);
    expect(rows(checklists.stdout).map((row) => row.split(" | ")[1])).toEqual(BUILT_IN_CHECKLISTS);
    expect(rows(decks.stdout).every((row) => / \d+ questions \| built-in \| [a-z-]+(, [a-z-]+)* \|$/.test(row))).toBe(true);
    expect(rows(checklists.stdout).every((row) => / \d+ items \| built-in \|$/.test(row))).toBe(true);
  });

  it("shows each deck's categories, the names --category takes, in the order the deck first uses them", () => {
    box = sandbox();
    const residency = loadContentFile(join(ROOT, "content", "decks", "residency.yaml"));
    if (!residency.ok || residency.content.kind !== "deck") throw new Error("the built-in residency deck does not load");
    const expected = [...new Set(residency.content.questions.flatMap((q) => (q.category ? [q.category] : [])))];
    expect(expected.length).toBeGreaterThan(3);
    expect(listJson([], box.env).find((e) => e.id === "residency")?.categories).toEqual(expected);
    const table = run(["list", "decks"], { env: box.env });
    expect(table.stdout).toContain(`| residency | Residency program interviews | 41 questions | built-in | ${expected.join(", ")} |`);
    const counted = expected.map((name) => `${name} (${residency.content.kind === "deck" ? residency.content.questions.filter((q) => q.category === name).length : 0})`);
    const sheet = run(["show", "residency"], { env: box.env });
    expect(sheet.stdout.split("\n")).toContain(`Categories: ${counted.join(" · ")}`);
    // Every name shown is one --category accepts: together they plan the whole deck.
    const plan = run(["practice", "residency", "--plan", "--json", "-n", "100", ...expected.flatMap((c) => ["--category", c])], { env: box.env });
    expect((JSON.parse(plan.stdout) as { questions: unknown[] }).questions).toHaveLength(residency.content.questions.length);
  });

  it("an unknown kind is a usage error (64)", () => {
    box = sandbox();
    const result = run(["list", "cards"], { env: box.env });
    expect(result.code).toBe(64);
    expect(result.stderr).toContain("'cards'");
  });
});

describe("content written by hand in a --content folder", () => {
  const handDeck = [
    "# yaml-language-server: $schema=../schema/deck.schema.json",
    "title: Night shift interviews",
    "defaults: { prep: 10s, answer: 1m30s }",
    "questions:",
    "  - id: why-nights",
    "    text: Why do you want to work nights?",
    "    category: motivation",
    "    format: open",
    "    answer: 45s",
    "    points:",
    "      - text: A reason that is about the patients",
    "        keywords: [patients, continuity]",
    "    tips: [Be honest about sleep]",
    "    followups: [How do you stay alert at 4 a.m.?]",
    "  - id: handover",
    "    text: Tell me about a handover that went wrong.",
    "    format: star",
    "",
  ].join("\n");
  const handChecklist = [
    "title: Night shift visit",
    "sections:",
    "  - title: Before",
    "    phase: before",
    "    items:",
    "      - id: sleep",
    "        text: Sleep the afternoon before",
    "        why: You will be judged at the end of a long day",
    "        due: -1d",
    "",
  ].join("\n");

  function handFolder(): string {
    const dir = join(box.dir, "mine");
    write(join(dir, "decks", "night-shift.yaml"), handDeck);
    write(join(dir, "checklists", "night-visit.yaml"), handChecklist);
    return dir;
  }

  it("is listed with source --content", () => {
    box = sandbox();
    const entries = listJson(["--content", handFolder()], box.env);
    expect(entries.find((e) => e.id === "night-shift")).toMatchObject({ kind: "deck", title: "Night shift interviews", count: 2, categories: ["motivation"], source: "--content" });
    expect(entries.find((e) => e.id === "night-visit")).toMatchObject({ kind: "checklist", title: "Night shift visit", count: 1, source: "--content" });
    expect(entries).toHaveLength(11);
  });

  it("is validated, alone and with all content", () => {
    box = sandbox();
    const dir = handFolder();
    const alone = run(["validate", dir], { env: box.env });
    expect(alone.stderr).toBe(`ok  ${join(dir, "decks", "night-shift.yaml")}\nok  ${join(dir, "checklists", "night-visit.yaml")}\n2 files valid\n`);
    expect(alone.code).toBe(0);
    const all = run(["--content", dir, "validate"], { env: box.env });
    expect(all.stderr.split("\n").at(-2)).toBe("11 files valid");
    expect(all.code).toBe(0);
  });

  it("is shown: the deck as a study sheet, the checklist with boxes and due offsets", () => {
    box = sandbox();
    const dir = handFolder();
    const deck = run(["--content", dir, "show", "night-shift"], { env: box.env });
    expect(deck.code).toBe(0);
    expect(deck.stdout).toBe(
      [
        "# Night shift interviews",
        "",
        "2 questions · think 10s · answer 1m30s unless noted",
        "",
        "Categories: motivation (1)",
        "",
        "## 1. Why do you want to work nights?",
        "",
        "*motivation · 45s* · id `why-nights`",
        "",
        "What a strong answer covers:",
        "- A reason that is about the patients",
        "",
        "Tips:",
        "- Be honest about sleep",
        "",
        "Likely follow-ups:",
        "- How do you stay alert at 4 a.m.?",
        "",
        "## 2. Tell me about a handover that went wrong.",
        "",
        "*STAR · 1m30s* · id `handover`",
        "",
      ].join("\n"),
    );
    const checklist = run(["--content", dir, "show", "night-visit"], { env: box.env });
    expect(checklist.stdout).toBe(
      "# Night shift visit\n\n## Before\n\n- [ ] Sleep the afternoon before (due 1 day before)\n  - You will be judged at the end of a long day\n",
    );
  });

  it("overrides a built-in deck with the same id", () => {
    box = sandbox();
    const dir = join(box.dir, "override");
    write(join(dir, "decks", "residency.yaml"), deckYaml("My own residency deck", ["a", "b"]));
    const entries = listJson(["--content", dir], box.env);
    expect(entries.filter((e) => e.id === "residency")).toEqual([
      { kind: "deck", id: "residency", title: "My own residency deck", count: 2, categories: [], source: "--content", file: join(dir, "decks", "residency.yaml") },
    ]);
    const shown = run(["--content", dir, "show", "residency"], { env: box.env });
    expect(shown.stdout.split("\n")[0]).toBe("# My own residency deck");
  });
});

describe("content layers: built-in < ~/.config/interview-coach/content < INTERVIEW_COACH_CONTENT (in order) < --content", () => {
  it("a later layer wins by id; each entry says where it came from", () => {
    box = sandbox();
    const user = join(box.env.XDG_CONFIG_HOME!, "interview-coach", "content");
    const env1 = join(box.dir, "env1");
    const env2 = join(box.dir, "env2");
    const flag = join(box.dir, "flag");
    for (const id of ["a", "b", "c", "d"]) write(join(user, "decks", `${id}.yaml`), deckYaml(`user ${id}`));
    for (const id of ["b", "c", "d"]) write(join(env1, "decks", `${id}.yaml`), deckYaml(`env1 ${id}`));
    // A loose file: its kind comes from its keys.
    for (const id of ["c", "d"]) write(join(env2, `${id}.yaml`), deckYaml(`env2 ${id}`));
    write(join(flag, "decks", "d.yaml"), deckYaml("flag d"));

    const env = { ...box.env, INTERVIEW_COACH_CONTENT: `${env1}:${env2}` };
    const entries = listJson(["--content", flag], env);
    const mine = entries.filter((e) => ["a", "b", "c", "d"].includes(e.id)).map((e) => [e.id, e.title, e.source]);
    expect(mine).toEqual([
      ["a", "user a", "user"],
      ["b", "env1 b", "env"],
      ["c", "env2 c", "env"],
      ["d", "flag d", "--content"],
    ]);
  });

  it("a broken user file is a warning with its position; the rest stays usable", () => {
    box = sandbox();
    const user = join(box.env.XDG_CONFIG_HOME!, "interview-coach", "content");
    write(join(user, "decks", "broken.yaml"), "title: Broken\nquestions:\n  - id: one\n    text: One?\n    anwser: 90s\n");
    write(join(user, "decks", "fine.yaml"), deckYaml("Fine deck"));
    const file = join(user, "decks", "broken.yaml");

    const list = run(["list", "decks"], { env: box.env });
    expect(list.code).toBe(0);
    expect(list.stderr).toBe(`warning: skipped ${file}:5:5: unknown key 'anwser'. Did you mean 'answer'?\n`);
    expect(list.stdout).toContain("| deck | fine | Fine deck | 1 question | user |");
    expect(list.stdout).toContain("| deck | residency |");
    expect(list.stdout).not.toContain("broken");

    const show = run(["show", "fine"], { env: box.env });
    expect(show.code).toBe(0);
    expect(show.stdout.split("\n")[0]).toBe("# Fine deck");

    const validate = run(["validate"], { env: box.env });
    expect(validate.code).toBe(65);
    expect(validate.stderr).toContain(`${file}:5:5: unknown key 'anwser'. Did you mean 'answer'?\n1 problem in 1 file of 11\n`);

    // Asked for by name, the broken deck is the error: its problem, not "no deck named 'broken'".
    const practice = run(["practice", "broken", "--plan"], { env: box.env });
    expect(practice.code).toBe(65);
    expect(practice.stderr).toBe(
      `warning: skipped ${file}:5:5: unknown key 'anwser'. Did you mean 'answer'?\n${file}:5:5: unknown key 'anwser'. Did you mean 'answer'? So the deck 'broken' could not be read (interview-coach validate ${file} lists every problem)\n`,
    );
  });
});

describe("show", () => {
  it("residency prints a study sheet: title, numbered questions, points, tips", () => {
    box = sandbox();
    const result = run(["show", "residency"], { env: box.env });
    expect(result.code).toBe(0);
    const lines = result.stdout.split("\n");
    expect(lines[0]).toBe("# Residency program interviews");
    const questions = lines.filter((line) => /^## \d+\. /.test(line));
    const deck = loadContentFile(join(ROOT, "content", "decks", "residency.yaml"));
    expect(deck.ok && deck.content.kind === "deck").toBe(true);
    if (!deck.ok || deck.content.kind !== "deck") return;
    expect(questions).toEqual(deck.content.questions.map((q, i) => `## ${i + 1}. ${q.text}`));
    expect(questions.length).toBeGreaterThanOrEqual(30);
    expect(lines.filter((line) => line === "What a strong answer covers:")).toHaveLength(questions.length);
    expect(lines.filter((line) => line === "Tips:")).toHaveLength(questions.length);
    expect(result.stderr).toBe("");
  });

  it("second-interview (a deck and a checklist) shows the deck and hints at the checklist on stderr", () => {
    box = sandbox();
    const result = run(["show", "second-interview"], { env: box.env });
    expect(result.code).toBe(0);
    expect(result.stdout.split("\n")[0]).toBe("# Second interview with a health group");
    expect(result.stdout).toMatch(/^## 1\. /m);
    expect(result.stdout).not.toContain("- [ ]");
    expect(result.stderr).toBe("note: 'second-interview' is also a checklist: `interview-coach show checklist/second-interview`\n");
  });

  it("checklist/second-interview prints unticked items", () => {
    box = sandbox();
    const result = run(["show", "checklist/second-interview"], { env: box.env });
    expect(result.code).toBe(0);
    const items = result.stdout.split("\n").filter((line) => line.startsWith("- [ ] "));
    expect(items.length).toBeGreaterThanOrEqual(10);
    // Sections in phase order; a title that already names its phase is not followed by it again.
    expect(result.stdout).toMatch(/^## Before the visit\n[\s\S]*^## On the day\n[\s\S]*^## After the visit\n/m);
    expect(result.stderr).toBe("");
  });

  it("a checklist's thank-you and follow-up items fall due by the season's thank-you rule, as checklist and calendar date them", () => {
    box = sandbox();
    const followUp = (out: string) => out.split("\n").find((line) => line.startsWith("- [ ] Send a short follow-up to each new contact"));
    expect(followUp(run(["show", "checklist/networking-event"], { env: box.env }).stdout)).toMatch(/\(due 2 days after\)$/);
    const config = join(box.env.XDG_CONFIG_HOME!, "interview-coach", "config.yaml");
    mkdirSync(dirname(config), { recursive: true });
    writeFileSync(config, "season:\n  thankYou:\n    sendWithinDays: 1\n");
    expect(followUp(run(["show", "checklist/networking-event"], { env: box.env }).stdout)).toMatch(/\(due 1 day after\)$/);
    const json = JSON.parse(run(["show", "checklist/after-interview", "--json"], { env: box.env }).stdout);
    const thanks = json.sections.flatMap((s: { items: { doneBy?: string; dueDays: number }[] }) => s.items).find((i: { doneBy?: string }) => i.doneBy === "thank-you-notes");
    expect(thanks.dueDays).toBe(1);
  });

  it("--json gives the normalised content (durations in seconds)", () => {
    box = sandbox();
    const result = run(["show", "networking", "--json"], { env: box.env });
    const deck = JSON.parse(result.stdout) as { kind: string; id: string; answerSeconds: number; questions: unknown[] };
    expect(deck).toMatchObject({ kind: "deck", id: "networking", source: { layer: "built-in" } });
    expect(typeof deck.answerSeconds).toBe("number");
  });

  it.each([
    ["nope", "error: no deck or checklist named 'nope'. Known ids: networking, patient-coordinator, residency, second-interview, after-interview, networking-event, residency-interview-day. See `interview-coach list`."],
    ["residncy", "error: no deck or checklist named 'residncy'. Did you mean 'residency'? See `interview-coach list`."],
    ["checklist/after-interviw", "error: no checklist named 'after-interviw'. Did you mean 'after-interview'? See `interview-coach list checklists`."],
    ["deck/nope", "error: no deck named 'nope'. Known ids: networking, patient-coordinator, residency, second-interview. See `interview-coach list decks`."],
  ])("an unknown id (%s) exits 66 and names the closest or known ids", (id, message) => {
    box = sandbox();
    const result = run(["show", id], { env: box.env });
    expect(result.stderr).toBe(`${message}\n`);
    expect(result.code).toBe(66);
    expect(result.stdout).toBe("");
  });
});

describe("validate", () => {
  it("with no arguments passes on all built-in content", () => {
    box = sandbox();
    const result = run(["validate"], { env: box.env });
    expect(result.code).toBe(0);
    const ok = result.stderr.split("\n").filter((line) => line.startsWith("ok  "));
    expect(ok).toHaveLength(9);
    expect(result.stderr.trimEnd().split("\n").at(-1)).toBe("9 files valid");
  });
});

describe("show with a path to a file", () => {
  it("shows a deck being written, as practice takes it, and says when there is no such file", () => {
    const made = sandbox();
    const deck = join(made.dir, "cardio.yaml");
    writeFileSync(deck, "title: Cardiology\nquestions:\n  - id: why-cardio\n    text: Why cardiology?\n    format: open\n    points:\n      - text: A moment that drew you to it\n        keywords: [moment]\n");
    const shown = run(["show", deck], { env: made.env });
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(/^# Cardiology\n/);
    expect(shown.stdout).toContain("## 1. Why cardiology?");
    const missing = run(["show", join(made.dir, "nope.yaml")], { env: made.env });
    expect(missing.code).toBe(66);
    expect(missing.stderr).toBe(`error: no deck or checklist file at ${join(made.dir, "nope.yaml")}\n`);
  });
});
