// The bad-input fixtures of tests/fixtures/content/ and the exact lines each must produce.
// Shared by the unit test of loadContentFile and the end-to-end test of `validate`, so the
// library and the binary are held to the same words and positions.
// Files in decks/ and checklists/ take their kind from the folder; loose files from their keys.

export const CONTENT_FIXTURES = "tests/fixtures/content";

export interface BadContentCase {
  /** What a user did wrong. */
  name: string;
  /** Path under tests/fixtures/content/. */
  file: string;
  /** "LINE:COL: message", in the order they must appear. */
  problems: string[];
}

export const BAD_CONTENT: BadContentCase[] = [
  // YAML itself
  { name: "YAML syntax: unclosed quote (points at the opening quote)", file: "decks/yaml-syntax.yaml", problems: ['4:11: the quoted text that starts here has no closing "'] },
  { name: "YAML syntax: unclosed [ list", file: "decks/yaml-unclosed-list.yaml", problems: ["5:11: this [ is not closed with ] on its line"] },
  { name: "YAML syntax: missing colon after a key", file: "decks/yaml-missing-colon.yaml", problems: ["4:5: expected 'key: value' on this line; check for a missing ':' or a wrong indentation"] },
  {
    name: "YAML syntax: unquoted ': ' inside a value",
    file: "decks/yaml-colon-in-value.yaml",
    problems: ["4:11: unexpected ': ' in a value; quote the value if it contains ': ', or check the indentation"],
  },
  { name: "YAML syntax: two documents in one file", file: "decks/yaml-two-documents.yaml", problems: ["5:1: a second YAML document starts here (---); a content file holds one document"] },
  { name: "tab indentation", file: "decks/tab-indent.yaml", problems: ["4:1: tab used for indentation; YAML indents with spaces"] },
  { name: "duplicate mapping key", file: "decks/duplicate-key.yaml", problems: ["5:5: key 'text' appears twice in the same mapping; keep one"] },
  { name: "alias without an anchor", file: "decks/unknown-alias.yaml", problems: ["4:11: alias *why-text has no anchor &why-text before it"] },
  {
    name: "a YAML merge key (<<), which YAML 1.2 does not have",
    file: "decks/merge-key.yaml",
    problems: ["8:5: merge keys (<<) are not supported; write the keys out in full (an alias *name repeats a whole value, not part of a mapping)"],
  },
  { name: "alias bomb (billion laughs)", file: "alias-bomb.yaml", problems: ["2:8: too many aliases: this file expands into far more data than it holds"] },

  // Bytes
  { name: "binary file (NUL bytes)", file: "binary.yaml", problems: ["1:1: is a binary file (it contains NUL bytes), not YAML text"] },
  { name: "non-UTF-8 (a Latin-1 é)", file: "decks/latin1.yaml", problems: ["1:11: byte 0xE9 is not UTF-8 (a Latin-1 or Windows file?); save the file as UTF-8"] },

  // Shape and types
  { name: "wrong type: title is a list", file: "decks/wrong-type-title.yaml", problems: ["1:8: 'title' must be text, got a list"] },
  { name: "wrong type: tags is a number", file: "decks/wrong-type-tags.yaml", problems: ["5:11: 'tags' must be a list, got the number 3"] },
  { name: "bad duration", file: "decks/bad-duration.yaml", problems: ['5:13: \'answer\' must be a duration like 90s or 2m, got "ninety"'] },
  { name: "negative time", file: "decks/negative-answer.yaml", problems: ["5:13: 'answer' must be more than zero, got -5"] },
  { name: "zero time as text (0s)", file: "decks/zero-answer.yaml", problems: ['5:13: \'answer\' must be more than zero, got "0s"'] },
  { name: "zero default prep", file: "decks/zero-prep.yaml", problems: ["3:9: 'prep' must be more than zero, got 0"] },
  { name: "unknown key near a known one", file: "decks/unknown-key-near.yaml", problems: ["5:5: unknown key 'anwser'. Did you mean 'answer'?"] },
  {
    name: "unknown key far from any",
    file: "decks/unknown-key-far.yaml",
    problems: ["5:5: unknown key 'difficulty'; allowed here: id, text, category, tags, format, answer, points, competencies, tips, followups"],
  },
  {
    // yaml turns the list into the text '[ tags, format ]' and used to warn about it on stderr.
    name: "a list used as a key (no stray warning around the message)",
    file: "decks/collection-key.yaml",
    problems: ["5:7: unknown key '[ tags, format ]'. Did you mean 'format' or 'tags'?"],
  },
  { name: "duplicate question id", file: "decks/duplicate-question-id.yaml", problems: ["7:9: duplicate question id 'why' (first used on line 3); ids must be unique"] },
  { name: "duplicate item id across sections", file: "checklists/duplicate-item-id.yaml", problems: ["11:13: duplicate item id 'print-cv' (first used on line 6); ids must be unique"] },
  { name: "question without text", file: "decks/missing-text.yaml", problems: ["3:5: missing 'text' in question 1"] },
  { name: "checklist item without text", file: "checklists/missing-item-text.yaml", problems: ["6:9: missing 'text' in item 1"] },
  { name: "empty deck", file: "decks/empty-deck.yaml", problems: ["2:12: 'questions' is empty; it needs at least 1 entry"] },
  { name: "empty section", file: "checklists/empty-section.yaml", problems: ["5:12: 'items' is empty; it needs at least 1 entry"] },
  { name: "format not allowed", file: "decks/enum-format.yaml", problems: ['5:13: \'format\' must be one of star, open, ask; got "essay"'] },
  { name: "phase not allowed", file: "checklists/enum-phase.yaml", problems: ['4:12: \'phase\' must be one of before, day-of, after; got "during"'] },
  { name: "id not kebab-case (loose deck: kind from 'questions')", file: "loose-deck.yaml", problems: ['3:9: \'id\' must be kebab-case (lowercase letters, digits, dashes), got "Why"'] },
  {
    name: "missing phase (loose checklist: kind from 'sections')",
    file: "loose-checklist.yaml",
    problems: ["3:5: missing 'phase' in section 1 (one of before, day-of, after)"],
  },
  {
    name: "a checklist in a decks/ folder (kind from the folder)",
    file: "decks/has-sections.yaml",
    problems: ["2:1: 'sections' makes this a checklist, but it is in a decks/ folder; move it to checklists/ (a deck has 'questions')"],
  },
  {
    name: "loose file with neither questions nor sections",
    file: "loose-neither.yaml",
    problems: ["1:1: cannot tell a deck from a checklist: a deck has 'questions', a checklist has 'sections' (or put the file in a decks/ or checklists/ folder)"],
  },
  {
    name: "not a mapping: a list",
    file: "loose-list.yaml",
    problems: ["1:1: expected a mapping with 'title' and 'questions' (a deck) or 'sections' (a checklist), got a list"],
  },
  {
    name: "not a mapping: a scalar",
    file: "loose-scalar.yaml",
    problems: ['1:1: expected a mapping with \'title\' and \'questions\' (a deck) or \'sections\' (a checklist), got text "just some words"'],
  },

  // Found by the property tests over the loader: YAML 1.1 habits and numbers that read as Infinity.
  { name: "a number with underscores (YAML 1.1 style) as a duration", file: "decks/underscore-number.yaml", problems: ['5:13: \'answer\' must be a duration like 90s or 2m, got "1_000"'] },
  { name: "a tab at the start of a line of quoted text", file: "decks/tab-in-quoted.yaml", problems: ["4:11: a line of the quoted text that starts here begins with a tab; indent it with spaces"] },
  { name: "a %YAML 1.1 directive makes 'yes' a boolean", file: "decks/yaml-11-yes.yaml", problems: ["6:11: 'text' must be text, got boolean true"] },
  { name: "400 digits of answer time (read as Infinity)", file: "decks/endless-answer.yaml", problems: [`5:13: 'answer' must be a duration like 90s or 2m, got "${"9".repeat(40)}…"`] },
  { name: "a due offset past any calendar", file: "checklists/far-due.yaml", problems: ['8:14: \'due\' must be a day offset like -2d, 0d or +1w, got "-100000d"'] },

  // All problems of a file, in position order (a duplicate id sits between two schema problems).
  {
    name: "three problems, three lines",
    file: "decks/three-problems.yaml",
    problems: [
      '5:13: \'answer\' must be a duration like 90s or 2m, got "ninety"',
      "6:9: duplicate question id 'why' (first used on line 3); ids must be unique",
      '10:13: \'format\' must be one of star, open, ask; got "essay"',
    ],
  },
];

/** Valid files that exercise the byte-level edge cases: they must load and validate. */
export const ACCEPTED_CONTENT = [
  { name: "UTF-8 byte order mark", file: "ok/decks/bom.yaml", kind: "deck", title: "With a BOM" },
  { name: "CRLF line endings", file: "ok/checklists/crlf.yaml", kind: "checklist", title: "Windows line endings" },
] as const;

/** The exact lines for a case: "tests/fixtures/content/FILE:LINE:COL: message". */
export function expectedLines(testCase: BadContentCase): string[] {
  return testCase.problems.map((problem) => `${CONTENT_FIXTURES}/${testCase.file}:${problem}`);
}

/** A file just over 1 MiB, of text that would also be broken YAML: the size check must come first. */
export function oversizedYaml(): string {
  const line = "\tnot: [valid\n";
  return `title: Too big\n${line.repeat(Math.ceil((1024 * 1024) / line.length) + 1)}`;
}
