// The program's surface through the built binary: --help with examples for every command,
// --version, usage errors (64), `config` and the precedence flags > env > config file > defaults,
// a broken config.yaml (65), and documents on stdout that stay free of colour codes.
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, run, sandbox, type Sandbox } from "../helpers/cli.js";

let box: Sandbox;

const ANSI = /\u001b\[/;

function write(path: string, text: string): string {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return path;
}

describe("help, version, usage errors", () => {
  const help = () => run(["--help"], { env: box.env });

  it("--help lists the commands, has an Examples section and the exit codes, and names the library INTERVIEW_COACH_HOME sets", () => {
    box = sandbox();
    const result = help();
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/\nExamples:\n {2}\$ interview-coach /);
    expect(result.stdout).toContain("Exit codes: 0 ok");
    // The sandbox sets INTERVIEW_COACH_HOME: --home's help says so, not the XDG default it overrides.
    const flat = result.stdout.replace(/\s+/g, " ");
    expect(flat).toContain(`--home <dir> library folder for notes and history (when not given, taken from INTERVIEW_COACH_HOME: ${box.home})`);
    expect(flat).not.toContain("$XDG_DATA_HOME");
  });

  it("every command's --help has an Examples section with that command", () => {
    box = sandbox();
    const commands = [...help().stdout.matchAll(/^ {2}([a-z]+) /gm)].map((m) => m[1]!).filter((name) => name !== "help");
    expect(commands).toEqual(["practice", "checklist", "review", "rank", "followups", "interviews", "today", "calendar", "stories", "list", "show", "validate", "stats", "config", "completion"]);
    for (const command of commands) {
      const result = run([command, "--help"], { env: box.env });
      expect(result.code, command).toBe(0);
      expect(result.stdout, command).toMatch(new RegExp(`\\nExamples:\\n {2}\\$ interview-coach (.* )?${command}\\b`));
    }
  });

  it("every subcommand's --help has an Examples section with that subcommand", () => {
    box = sandbox();
    for (const [command, sub] of [["interviews", "add"], ["interviews", "edit"], ["interviews", "cancel"], ["stories", "add"], ["stories", "show"], ["stories", "check"]] as const) {
      const result = run([command, sub, "--help"], { env: box.env });
      expect(result.code, sub).toBe(0);
      expect(result.stdout, `${command} ${sub}`).toMatch(new RegExp(`\\nExamples:\\n {2}\\$ interview-coach ${command} ${sub}\\b`));
      // The options every command takes are listed; those of the command above it are not its own.
      const global = result.stdout.slice(result.stdout.indexOf("Global Options:"), result.stdout.indexOf("Examples:"));
      expect(global, `${command} ${sub}`).toContain("--home <dir>");
      expect(global, `${command} ${sub}`).not.toMatch(/--json|--format|--deck/);
    }
  });

  it("--version prints the package version", () => {
    box = sandbox();
    const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    const result = run(["--version"], { env: box.env });
    expect(result.stdout).toBe(`${version}\n`);
    expect(result.code).toBe(0);
  });

  it.each([
    [["nope"], "error: unknown command 'nope'"],
    [["list", "--bogus"], "error: unknown option '--bogus'"],
    [["show"], "error: missing required argument 'id'"],
    [["lst"], "(Did you mean list?)"],
    // A mistyped subcommand of a command that also runs alone: named as such, whatever follows it.
    [["interviews", "ad", "Foo"], "error: unknown command 'ad' (did you mean add?)\n"],
    [["interviews", "ad", "Foo", "--date", "2026-12-15"], "error: unknown command 'ad' (did you mean add?)\n"],
    [["interviews", "--json", "ad"], "error: unknown command 'ad' (did you mean add?)\n"],
    [["interviews", "delete", "Foo"], "error: unknown command 'delete'; the commands of 'interviews' are add, edit, cancel, remove\n"],
    [["stories", "ad", "Night shift", "--answers", "story.yaml"], "error: unknown command 'ad' (did you mean add?)\n"],
    [["stories", "shw", "Night shift"], "error: unknown command 'shw' (did you mean show?)\n"],
    // An unknown option of such a command alone is still refused as for any command.
    [["interviews", "--jsn"], "error: unknown option '--jsn'\n(Did you mean --json?)"],
    [["stories", "--formt", "md"], "error: unknown option '--formt'\n(Did you mean --format?)"],
  ])("%j is a usage error (64)", (args, message) => {
    box = sandbox();
    const result = run(args, { env: box.env });
    expect(result.code).toBe(64);
    expect(result.stderr).toContain(message);
    expect(result.stderr.split("\n")[0]).not.toMatch(/too many arguments/);
    expect(result.stdout).toBe("");
  });
});

describe("config: flags > env > config file > defaults", () => {
  type Row = { setting: string; value: string; source: string };
  function settings(args: string[], env: NodeJS.ProcessEnv): Record<string, Row> {
    const result = run([...args, "config", "--json"], { env });
    expect(result.code, result.stderr).toBe(0);
    const rows = (JSON.parse(result.stdout) as { settings: Row[] }).settings;
    return Object.fromEntries(rows.map((row) => [row.setting, row]));
  }
  const configFile = () => join(box.env.XDG_CONFIG_HOME!, "interview-coach", "config.yaml");

  it("home: --home beats INTERVIEW_COACH_HOME beats config.yaml beats the XDG default", () => {
    box = sandbox();
    const path = configFile();
    write(path, "home: ~/from-config\n");
    const env = { ...box.env, INTERVIEW_COACH_HOME: join(box.dir, "from-env") };
    expect(settings(["--home", join(box.dir, "from-flag")], env).home).toEqual({ setting: "home", value: join(box.dir, "from-flag"), source: "flag --home" });
    expect(settings([], env).home).toEqual({ setting: "home", value: join(box.dir, "from-env"), source: "env INTERVIEW_COACH_HOME" });
    const noEnv = { ...box.env, INTERVIEW_COACH_HOME: undefined };
    expect(settings([], noEnv).home).toEqual({ setting: "home", value: join(box.dir, "from-config"), source: `config ${path}` });
    write(path, "color: never\n");
    expect(settings([], noEnv).home).toEqual({ setting: "home", value: join(box.env.XDG_DATA_HOME!, "interview-coach"), source: "default (XDG_DATA_HOME)" });
  });

  it("color: --no-color > NO_COLOR > FORCE_COLOR > config.yaml > auto", () => {
    box = sandbox();
    write(configFile(), "color: always\n");
    const bare = { ...box.env, NO_COLOR: undefined };
    expect(settings(["--no-color"], { ...bare, FORCE_COLOR: "1" }).color).toMatchObject({ value: "never", source: "flag --no-color" });
    expect(settings([], { ...bare, NO_COLOR: "1", FORCE_COLOR: "1" }).color).toMatchObject({ value: "never", source: "env NO_COLOR" });
    write(configFile(), "color: never\n");
    expect(settings([], { ...bare, FORCE_COLOR: "1" }).color).toMatchObject({ value: "always", source: "env FORCE_COLOR" });
    expect(settings([], bare).color).toMatchObject({ value: "never", source: `config ${configFile()}` });
    write(configFile(), "home: ~/x\n");
    expect(settings([], bare).color).toMatchObject({ value: "auto", source: "default" });
  });

  it("content layers are listed in order, config-file folders after the user folder", () => {
    box = sandbox();
    write(configFile(), "content: [~/from-config]\n");
    const rows = settings(["--content", "from-flag"], { ...box.env, INTERVIEW_COACH_CONTENT: "/tmp/env-a:/tmp/env-b" });
    const layers = Object.values(rows).filter((row) => row.setting.startsWith("content "));
    expect(layers.map((row) => [row.value, row.source])).toEqual([
      [join(ROOT, "content"), "built-in"],
      [join(box.env.XDG_CONFIG_HOME!, "interview-coach", "content"), "user folder"],
      [join(box.dir, "from-config"), "config file"],
      ["/tmp/env-a", "env INTERVIEW_COACH_CONTENT"],
      ["/tmp/env-b", "env INTERVIEW_COACH_CONTENT"],
      [join(ROOT, "from-flag"), "flag --content"],
    ]);
  });

  it("the competencies and review criteria a config adds are listed, with the weights rank uses; a kind it leaves alone, with the defaults", () => {
    box = sandbox();
    write(configFile(), "competencies: [research, teaching]\nreview:\n  criteria:\n    job:\n      - { id: pay, label: Pay, weight: 3 }\n      - { id: team, label: Team }\n");
    const rows = settings([], box.env);
    expect(rows.competencies).toEqual({ setting: "competencies", value: "built-in and research, teaching", source: "config file" });
    expect(rows["review.criteria.job"]).toEqual({ setting: "review.criteria.job", value: "pay (weight 3), team (weight 1)", source: "config file" });
    expect(rows["review.criteria.residency"]).toEqual({
      setting: "review.criteria.residency",
      value: "training (weight 3), culture (weight 3), faculty (weight 2), location (weight 2), schedule (weight 1), outcomes (weight 2)",
      source: "default",
    });
  });

  it("a relative XDG_CONFIG_HOME is ignored: the config comes from ~/.config", () => {
    box = sandbox();
    write(join(box.dir, ".config", "interview-coach", "config.yaml"), "home: ~/from-dot-config\n");
    const rows = settings([], { ...box.env, XDG_CONFIG_HOME: "relative/config", INTERVIEW_COACH_HOME: undefined });
    expect(rows["config file"]).toMatchObject({ value: join(box.dir, ".config", "interview-coach", "config.yaml"), source: "found" });
    expect(rows.home).toMatchObject({ value: join(box.dir, "from-dot-config") });
  });

  it("a broken config.yaml exits 65 with every problem at its position, for any command", () => {
    box = sandbox();
    const path = write(configFile(), "home: [unclosed\ncolour: never\n");
    const result = run(["list"], { env: box.env });
    expect(result.stderr).toBe(`${path}:1:7: this [ is not closed with ] on its line\n`);
    expect(result.code).toBe(65);
    write(path, "colour: never\npractice:\n  count: many\n");
    const second = run(["config"], { env: box.env });
    expect(second.stderr).toBe(`${path}:1:1: unknown key 'colour'. Did you mean 'color'?\n${path}:3:10: 'count' must be a number, got text "many"\n`);
    expect(second.code).toBe(65);
    // --debug is for unexpected errors: a mistake in a file is said the same, with no stack.
    expect(run(["--debug", "config"], { env: box.env }).stderr).toBe(second.stderr);
  });

  it("a name with a comma inside { } is read as a second key: the error says to quote it, and quoted it is taken", () => {
    box = sandbox();
    const path = write(configFile(), "me: { name: Amara Okonkwo, MD }\n");
    const broken = run(["config"], { env: box.env });
    expect(broken.stderr).toBe(`${path}:1:28: unknown key 'MD': a value with a comma inside { } needs quotes, e.g. name: "Amara Okonkwo, MD"\n`);
    expect(broken.code).toBe(65);
    write(path, 'me: { name: "Amara Okonkwo, MD" }\n');
    expect(run(["config"], { env: box.env }).code).toBe(0);
  });

  it("a config.yaml that is a link to nothing is refused in one line (exit 65) rather than passed over as no config", () => {
    box = sandbox();
    const path = configFile();
    mkdirSync(dirname(path), { recursive: true });
    symlinkSync(join(box.dir, "synced", "config.yaml"), path);
    const linked = run(["list"], { env: box.env });
    expect(linked.stderr).toBe(`${path}:1:1: is a link to ${join(box.dir, "synced", "config.yaml")}, which does not exist\n`);
    expect(linked.code).toBe(65);
  });
});

describe("colour", () => {
  it.each([["list"], ["show", "residency"], ["show", "checklist/second-interview"], ["config"], ["list", "--json"]])(
    "stdout of %j never carries ANSI escapes, even with FORCE_COLOR=1",
    (...args) => {
      box = sandbox({ NO_COLOR: undefined, FORCE_COLOR: "1" });
      const result = run(args, { env: box.env });
      expect(result.code).toBe(0);
      expect(result.stdout.length).toBeGreaterThan(0);
      expect(ANSI.test(result.stdout)).toBe(false);
    },
  );
});

