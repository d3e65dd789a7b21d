// `rank --weights FILE`: a YAML mapping of criterion id to weight. Every problem is reported at
// its position; an unknown criterion gets a "did you mean", since a typo would otherwise be
// a weight silently ignored.
import type { ContentIssue } from "../io/errors.js";
import { positionAt, type YamlFile } from "../io/yaml-file.js";
import { kindOf } from "../io/validate.js";
import { didYouMean } from "../io/suggest.js";

export const MAX_WEIGHT = 10;

export type WeightsResult = { ok: true; weights: Map<string, number> } | { ok: false; issues: ContentIssue[] };

export function parseWeights(yaml: YamlFile, known: readonly string[]): WeightsResult {
  const data = yaml.data;
  const issueAt = (path: string[], message: string, key = false): ContentIssue => ({ file: yaml.file, ...positionAt(yaml, path, { key }), message });
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return { ok: false, issues: [issueAt([], `a weights file is a mapping of criterion: weight (e.g. "culture: 3"), got ${kindOf(data)}`)] };
  }
  const weights = new Map<string, number>();
  const issues: ContentIssue[] = [];
  for (const [id, value] of Object.entries(data)) {
    if (!known.includes(id)) {
      const hint = didYouMean(id, known);
      issues.push(issueAt([id], `unknown criterion '${id}'.${hint || ` Known criteria: ${known.join(", ")}.`}`, true));
    } else if (typeof value !== "number" || !Number.isFinite(value) || value < 0 || value > MAX_WEIGHT) {
      issues.push(issueAt([id], `the weight of '${id}' must be a number from 0 to ${MAX_WEIGHT}, got ${kindOf(value)}`));
    } else {
      weights.set(id, value);
    }
  }
  return issues.length ? { ok: false, issues } : { ok: true, weights };
}
