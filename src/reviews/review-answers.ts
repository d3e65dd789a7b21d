// `review --answers FILE`: the form's answers from YAML, checked with positions. Fields left out
// keep the earlier review's answers, as pressing Enter would in the form.
import type { ContentIssue } from "../io/errors.js";
import { positionAt, type YamlFile } from "../io/yaml-file.js";
import { sortIssues, validate } from "../io/validate.js";
import { daysBetween, parseDay } from "../io/dates.js";
import { didYouMean } from "../io/suggest.js";
import type { Criterion, Kind } from "./criteria.js";
import { normalisePerson, type Review } from "./review.js";
import { reviewAnswersSchema } from "./review-schema.js";

export type AnswersResult = { ok: true; review: Review; warnings: string[] } | { ok: false; issues: ContentIssue[] };

export function applyAnswers(base: Review, yaml: YamlFile, criteriaOf: (kind: Kind) => readonly Criterion[], today: Date): AnswersResult {
  if (yaml.data === null || yaml.data === undefined) yaml = { ...yaml, data: {} };
  const checked = validate(reviewAnswersSchema, yaml);
  if (!checked.ok) return checked;
  const answers = checked.value;
  const issues: ContentIssue[] = [];
  const at = (path: PropertyKey[], message: string, key = false) => issues.push({ file: yaml.file, ...positionAt(yaml, path, { key }), message });
  const warnings: string[] = [];

  if (answers.program !== undefined && answers.program.trim().toLowerCase() !== base.program.toLowerCase()) {
    warnings.push(`${yaml.file}: this file says program '${answers.program}'; the review is saved for '${base.program}', as given on the command line`);
  }
  if (answers.date !== undefined && daysBetween(parseDay(answers.date)!, today) < 0) at(["date"], `'date' ${answers.date} is after today; review an interview once it has happened`);
  // Without 'date' the review takes the recorded interview's day, which may be still to come.
  else if (answers.date === undefined && daysBetween(parseDay(base.date)!, today) < 0) {
    at([], `the review would be dated ${base.date}, the day recorded for the interview, which is after today; review an interview once it has happened, or give its real 'date' here`);
  }

  const kind = answers.kind ?? base.kind;
  const criteria = criteriaOf(kind);
  const ids = criteria.map((c) => c.id);
  const scores: Record<string, number> = {};
  for (const id of ids) if (base.scores[id] !== undefined && base.kind === kind) scores[id] = base.scores[id]!;
  for (const [id, score] of Object.entries(answers.scores ?? {})) {
    if (ids.includes(id)) scores[id] = score;
    else at(["scores", id], `unknown criterion '${id}' for a ${kind} review.${didYouMean(id, ids) || ` Criteria: ${ids.join(", ")}.`}`, true);
  }
  const missing = ids.filter((id) => scores[id] === undefined);
  if (missing.length) {
    const list = missing.map((id) => `${id} (${criteria.find((c) => c.id === id)!.label})`).join(", ");
    at(answers.scores ? ["scores"] : [], `missing score${missing.length === 1 ? "" : "s"} (1-5) for ${list}`);
  }
  const gut = answers.gut ?? base.gut;
  if (gut === null) at([], "missing 'gut': your gut feeling from 1 to 5, could this be home?");
  if (issues.length) return { ok: false, issues: sortIssues(issues) };

  // Someone listed again keeps the date their thank-you note was recorded.
  const people = answers.people?.map((p) => {
    const earlier = base.people.find((o) => o.name.toLowerCase() === p.name.trim().toLowerCase());
    return normalisePerson({ ...p, thanked: p.thanked !== undefined ? p.thanked : (earlier?.thanked ?? null) });
  });
  return {
    ok: true,
    warnings,
    review: {
      ...base,
      date: answers.date ?? base.date,
      kind,
      specialty: answers.specialty ?? base.specialty,
      scores,
      gut,
      dealBreakers: answers.dealBreakers ?? base.dealBreakers,
      people: people ?? base.people,
      redFlags: answers.redFlags ?? base.redFlags,
      stillUnknown: answers.stillUnknown ?? base.stillUnknown,
      notes: answers.notes ?? base.notes,
    },
  };
}
