// `rank --weights FILE`: a YAML mapping of criterion id to weight, for every kind that has the
// criterion, and, under `residency:` or `job:`, weights for that kind's list alone (a user
// applying for both weighs culture differently in each). Every problem is reported at its
// position; an unknown criterion gets a "did you mean", since a typo would otherwise be a weight
// silently ignored.
import type { ContentIssue } from "../io/errors.js";
import { positionAt, type YamlFile } from "../io/yaml-file.js";
import { kindOf } from "../io/validate.js";
import { didYouMean } from "../io/suggest.js";
import { PLACE_KINDS, type PlaceKind } from "../content/interview-kinds.js";

export const MAX_WEIGHT = 10;

/** Weights by criterion id: `all` for every kind that has the criterion, `byKind` for one list only (over `all`). */
export interface Weights {
  all: Map<string, number>;
  byKind: Partial<Record<PlaceKind, Map<string, number>>>;
}

export type WeightsResult = { ok: true; weights: Weights } | { ok: false; issues: ContentIssue[] };

/** `criteria`: each kind's criteria, whose ids the file may name. */
export function parseWeights(yaml: YamlFile, criteria: Readonly<Record<PlaceKind, readonly { id: string }[]>>): WeightsResult {
  const known = (kind: PlaceKind) => criteria[kind].map((c) => c.id);
  const data = yaml.data;
  const issueAt = (path: string[], message: string, key = false): ContentIssue => ({ file: yaml.file, ...positionAt(yaml, path, { key }), message });
  const isMapping = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === "object" && !Array.isArray(value);
  if (!isMapping(data)) {
    return { ok: false, issues: [issueAt([], `a weights file is a mapping of criterion: weight (e.g. "culture: 3"), or of residency: or job: to such a mapping, got ${kindOf(data)}`)] };
  }
  const issues: ContentIssue[] = [];
  const read = (entries: Record<string, unknown>, ids: readonly string[], path: string[], into: Map<string, number>, extra: readonly string[] = []) => {
    for (const [id, value] of Object.entries(entries)) {
      if (!ids.includes(id)) {
        const hint = didYouMean(id, [...ids, ...extra]);
        issues.push(issueAt([...path, id], `unknown criterion '${id}'.${hint || ` Known criteria: ${ids.join(", ")}.`}`, true));
      } else if (typeof value !== "number" || !Number.isFinite(value) || value < 0 || value > MAX_WEIGHT) {
        issues.push(issueAt([...path, id], `the weight of '${id}' must be a number from 0 to ${MAX_WEIGHT}, got ${kindOf(value)}`));
      } else {
        into.set(id, value);
      }
    }
  };
  const weights: Weights = { all: new Map(), byKind: {} };
  const allIds = [...new Set(PLACE_KINDS.flatMap(known))];
  const shared: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    const kind = PLACE_KINDS.find((k) => k === key);
    if (!kind) shared[key] = value;
    else if (!isMapping(value)) issues.push(issueAt([key], `'${key}:' holds that list's weights as criterion: weight (e.g. "culture: 3"), got ${kindOf(value)}`));
    else read(value, known(kind), [key], (weights.byKind[kind] = new Map()));
  }
  read(shared, allIds, [], weights.all, PLACE_KINDS);
  return issues.length ? { ok: false, issues } : { ok: true, weights };
}
