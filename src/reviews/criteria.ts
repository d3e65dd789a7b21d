// Criteria, weights and deal-breakers per kind of interview. The defaults encode common advice
// to applicants: what you will learn and who you will work with matter most. A user's config
// list replaces the defaults, which is how criteria are added, renamed or dropped. Only an
// interview for a place has them: a networking event is not scored (see PLACE_KINDS).
import type { CriterionConfig } from "../config/schema.js";
import { INTERVIEW_KINDS, isPlaceKind, type InterviewKind, type PlaceKind } from "../content/interview-kinds.js";

export interface Criterion {
  id: string;
  label: string;
  weight: number;
}

export const DEFAULT_CRITERIA: Record<PlaceKind, readonly Criterion[]> = {
  residency: [
    { id: "training", label: "Training and clinical exposure", weight: 3 },
    { id: "culture", label: "Resident culture and wellness", weight: 3 },
    { id: "faculty", label: "Faculty and mentorship", weight: 2 },
    { id: "location", label: "Location and support network", weight: 2 },
    { id: "schedule", label: "Schedule and workload", weight: 1 },
    { id: "outcomes", label: "Career outcomes", weight: 2 },
  ],
  job: [
    { id: "compensation", label: "Compensation and benefits", weight: 2 },
    // Hours, not call: a job review is also for roles with no call (a patient coordinator).
    { id: "schedule", label: "Schedule and hours", weight: 2 },
    { id: "culture", label: "Group culture", weight: 3 },
    { id: "growth", label: "Growth and leadership", weight: 2 },
    { id: "location", label: "Location", weight: 2 },
    { id: "expectations", label: "Practical expectations", weight: 1 },
  ],
};

/**
 * Labels the defaults had before, by criterion id: a review written then has them in its score
 * table, and a rewrite must take that row for its own (and relabel it), not for one added by hand.
 */
export const FORMER_LABELS: Readonly<Record<string, readonly string[]>> = { schedule: ["Schedule and call"] };

/** Asked as yes/no questions in every review of that kind; custom ones are typed in. */
export const DEFAULT_DEAL_BREAKERS: Record<PlaceKind, readonly string[]> = {
  residency: ["No visa sponsorship I can use", "A location I cannot move my family to", "Accreditation trouble (probation or warning)"],
  job: ["No visa sponsorship I can use", "A location I cannot move my family to", "Call or schedule I cannot sustain", "Non-compete terms I cannot accept"],
};

/** What a deal-breaker would make the candidate do, as the review form introduces them: a residency is matched into, a job taken. */
export const DEAL_BREAKER_MEANS: Record<PlaceKind, string> = { residency: "rather not match there", job: "rather not take the job" };

export interface CriteriaConfig {
  residency?: CriterionConfig[];
  job?: CriterionConfig[];
}

/**
 * The criteria for a kind: the config list when there is one, else the defaults; none for a
 * networking event. A configured criterion without a weight keeps the default weight of the same
 * id (a renamed label should not change the ranking), else 1.
 */
export function criteriaFor(kind: InterviewKind, config: CriteriaConfig = {}): Criterion[] {
  if (!isPlaceKind(kind)) return [];
  const configured = config[kind];
  if (!configured) return DEFAULT_CRITERIA[kind].map((c) => ({ ...c }));
  return configured.map((c) => ({
    id: c.id,
    label: c.label,
    weight: c.weight ?? DEFAULT_CRITERIA[kind].find((d) => d.id === c.id)?.weight ?? 1,
  }));
}

/** The criteria in effect for every kind (see criteriaFor): a networking event's list is empty. */
export function allCriteria(config: CriteriaConfig = {}): Record<InterviewKind, Criterion[]> {
  return byKind((kind) => criteriaFor(kind, config));
}

/** The deal-breakers asked about in a review of `kind`: none for a networking event, which is no place to go to. */
export function dealBreakersOf(kind: InterviewKind): readonly string[] {
  return isPlaceKind(kind) ? DEFAULT_DEAL_BREAKERS[kind] : [];
}

/**
 * Weights from a --weights file: by id to every kind that has that criterion (`all`), and a
 * kind's own (`byKind`, a list of its own) over those.
 */
export function applyWeights(
  criteria: Record<InterviewKind, Criterion[]>,
  weights: { all: ReadonlyMap<string, number>; byKind?: Partial<Record<InterviewKind, ReadonlyMap<string, number>>> },
): Record<InterviewKind, Criterion[]> {
  return byKind((kind) => criteria[kind].map((c) => ({ ...c, weight: weights.byKind?.[kind]?.get(c.id) ?? weights.all.get(c.id) ?? c.weight })));
}

function byKind(make: (kind: InterviewKind) => Criterion[]): Record<InterviewKind, Criterion[]> {
  return Object.fromEntries(INTERVIEW_KINDS.map((kind) => [kind, make(kind)])) as Record<InterviewKind, Criterion[]>;
}
