// Where settings come from: flags > env > config file > defaults, and XDG paths per the spec.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { configDir, configFile, defaultDataDir, expandPath, userContentDir } from "../../src/io/paths.js";
import { resolveSettings } from "../../src/config/settings.js";
import { ContentError } from "../../src/io/errors.js";

let dir: string;
const BUILT_IN = "/pkg/content";

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "ic-settings-"));
  vi.stubEnv("HOME", dir);
  vi.stubEnv("XDG_CONFIG_HOME", join(dir, "config"));
  vi.stubEnv("XDG_DATA_HOME", join(dir, "data"));
  for (const name of ["INTERVIEW_COACH_HOME", "INTERVIEW_COACH_CONTENT", "NO_COLOR", "FORCE_COLOR"]) vi.stubEnv(name, undefined);
});
afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(dir, { recursive: true, force: true });
});

function writeConfig(text: string): string {
  const path = join(dir, "config", "interview-coach", "config.yaml");
  mkdirSync(join(dir, "config", "interview-coach"), { recursive: true });
  writeFileSync(path, text);
  return path;
}

describe("XDG paths", () => {
  it("absolute XDG variables are used", () => {
    expect(configDir()).toBe(join(dir, "config", "interview-coach"));
    expect(configFile()).toBe(join(dir, "config", "interview-coach", "config.yaml"));
    expect(userContentDir()).toBe(join(dir, "config", "interview-coach", "content"));
    expect(defaultDataDir()).toBe(join(dir, "data", "interview-coach"));
  });

  it.each(["relative/config", "./config", "~/config", ""])("a relative or empty XDG_CONFIG_HOME (%j) is ignored", (value) => {
    vi.stubEnv("XDG_CONFIG_HOME", value);
    vi.stubEnv("XDG_DATA_HOME", value);
    expect(configDir()).toBe(join(dir, ".config", "interview-coach"));
    expect(defaultDataDir()).toBe(join(dir, ".local", "share", "interview-coach"));
  });

  it.each([
    ["~", () => dir],
    ["~/notes", () => join(dir, "notes")],
    ["notes", () => join("/base", "notes")],
    ["../x", () => "/x"],
    ["/abs/path", () => "/abs/path"],
    ["~user/x", () => join("/base", "~user/x")],
  ])("expandPath(%j) from /base", (input, expected) => {
    expect(expandPath(input, "/base")).toBe(expected());
  });
});

describe("resolveSettings", () => {
  it("defaults when nothing is set, without reading a config file", async () => {
    const settings = await resolveSettings({}, BUILT_IN);
    expect(settings.home).toEqual({ value: join(dir, "data", "interview-coach"), source: "default (XDG_DATA_HOME)" });
    expect(settings.color).toEqual({ value: "auto", source: "default" });
    expect(settings.configLoaded).toBe(false);
    expect(settings.contentLayers).toEqual([
      { layer: "built-in", dir: BUILT_IN },
      { layer: "user", dir: join(dir, "config", "interview-coach", "content") },
    ]);
  });

  it("home: flag > env > config file > default", async () => {
    const path = writeConfig("home: ~/from-config\n");
    vi.stubEnv("INTERVIEW_COACH_HOME", "~/from-env");
    expect((await resolveSettings({ home: "/from-flag" }, BUILT_IN)).home).toEqual({ value: "/from-flag", source: "flag --home" });
    expect((await resolveSettings({}, BUILT_IN)).home).toEqual({ value: join(dir, "from-env"), source: "env INTERVIEW_COACH_HOME" });
    vi.stubEnv("INTERVIEW_COACH_HOME", "");
    expect((await resolveSettings({}, BUILT_IN)).home).toEqual({ value: join(dir, "from-config"), source: `config ${path}` });
  });

  it("color: --no-color > NO_COLOR > FORCE_COLOR > config file > auto", async () => {
    const path = writeConfig("color: never\n");
    vi.stubEnv("FORCE_COLOR", "1");
    vi.stubEnv("NO_COLOR", "1");
    expect((await resolveSettings({ color: false }, BUILT_IN)).color).toEqual({ value: "never", source: "flag --no-color" });
    expect((await resolveSettings({}, BUILT_IN)).color).toEqual({ value: "never", source: "env NO_COLOR" });
    vi.stubEnv("NO_COLOR", "");
    expect((await resolveSettings({}, BUILT_IN)).color).toEqual({ value: "always", source: "env FORCE_COLOR" });
    vi.stubEnv("FORCE_COLOR", "0");
    expect((await resolveSettings({}, BUILT_IN)).color).toEqual({ value: "never", source: `config ${path}` });
  });

  it("content layers: built-in, user folder, config file folders, INTERVIEW_COACH_CONTENT in order, then each --content", async () => {
    writeConfig("content: [~/c1, c2]\n");
    vi.stubEnv("INTERVIEW_COACH_CONTENT", ["/e1", "", "/e2"].join(delimiter));
    const { contentLayers } = await resolveSettings({ content: ["/f1", "/f2"] }, BUILT_IN);
    expect(contentLayers).toEqual([
      { layer: "built-in", dir: BUILT_IN },
      { layer: "user", dir: join(dir, "config", "interview-coach", "content") },
      { layer: "config", dir: join(dir, "c1") },
      // Relative to the config file, so it means the same folder wherever the command runs.
      { layer: "config", dir: join(dir, "config", "interview-coach", "c2") },
      { layer: "env", dir: "/e1" },
      { layer: "env", dir: "/e2" },
      { layer: "flag", dir: "/f1" },
      { layer: "flag", dir: "/f2" },
    ]);
  });

  it("an empty config file is fine", async () => {
    writeConfig("# nothing yet\n");
    const settings = await resolveSettings({}, BUILT_IN);
    expect(settings.configLoaded).toBe(true);
    expect(settings.config).toEqual({});
  });

  it("a broken config file throws a ContentError with every problem at its position", async () => {
    const path = writeConfig("home: 3\ncolor: purple\npractice:\n  count: 0\n");
    const error = await resolveSettings({}, BUILT_IN).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).message).toBe(
      [
        `${path}:1:7: 'home' must be text, got the number 3`,
        `${path}:2:8: 'color' must be one of auto, always, never; got "purple"`,
        `${path}:4:10: 'count' must be more than 0, got 0`,
      ].join("\n"),
    );
  });

  it("a competency added in another form than kebab-case is refused with the form it needs", async () => {
    const path = writeConfig("competencies: [Research, teamwork]\n");
    const error = await resolveSettings({}, BUILT_IN).catch((e: unknown) => e);
    expect((error as ContentError).message).toBe(`${path}:1:16: 'competencies' entry 1 must be kebab-case (lowercase letters, digits, dashes), got "Research"`);
  });

  it("a thank-you note overdue before it is due is refused at overdueAfterDays; the same day for both is fine", async () => {
    const path = writeConfig("season:\n  thankYou:\n    sendWithinDays: 5\n    overdueAfterDays: 1\n");
    const error = await resolveSettings({}, BUILT_IN).catch((e: unknown) => e);
    expect((error as ContentError).message).toBe(
      `${path}:4:23: 'overdueAfterDays': 1 is fewer days than sendWithinDays (5): a note cannot be overdue before it is due; give 5 or more`,
    );
    writeConfig("season:\n  thankYou:\n    sendWithinDays: 5\n    overdueAfterDays: 5\n");
    expect((await resolveSettings({}, BUILT_IN)).config.season?.thankYou).toEqual({ sendWithinDays: 5, overdueAfterDays: 5 });
  });
});
