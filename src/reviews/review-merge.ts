// Two edits of one review saved close together (two terminals, `followups --done` while the form
// is open): the one saving now is merged into the note as it is on disk, field by field, from
// the review both started from. Only a field both changed to different values is a conflict:
// this edit's value is kept in the field and the other's in a dated line under "Changes".
import { isoDay } from "../io/dates.js";
import { mergeList } from "../io/three-way.js";
import type { Person, Review } from "./review.js";

export interface MergedReview {
  review: Review;
  /** One line per field both edits changed differently, e.g. "culture: 4 here, 3 in the other edit". */
  conflicts: string[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * `mine` (this edit, made from `base`) merged into `theirs` (the note on disk now). `base` is
 * undefined when this edit started a new review; `theirs` undefined when there is no file.
 * Lists merge as sets (additions and removals of both kept); people by name (the n-th "Dr. Lee"
 * with the n-th); scalars, scores and hand-added keys one by one. `today` dates the conflict line.
 */
export function mergeReview(base: Review | undefined, theirs: Review | undefined, mine: Review, today: Date): MergedReview {
  if (!theirs || (base && same(base, theirs))) return { review: mine, conflicts: [] };
  const conflicts: string[] = [];
  const pick = <T>(field: string, b: T | undefined, t: T, m: T, show = (v: T) => String(v ?? "none")): T => {
    if (same(m, b) || same(m, t)) return t;
    if (same(t, b)) return m;
    conflicts.push(`${field}: ${show(m)} here, ${show(t)} in the other edit`);
    return m;
  };
  const text = (field: string, b: string | undefined, t: string, m: string): string => {
    if (same(m, b) || same(m, t) || !m) return t || m;
    if (same(t, b) || !t) return m;
    conflicts.push(`${field}: both edits changed it; both texts are kept`);
    return `${m}\n\n${t}`;
  };
  const scores: Record<string, number> = {};
  for (const id of new Set([...Object.keys(theirs.scores), ...Object.keys(mine.scores)])) {
    const value = pick(id, base?.scores[id], theirs.scores[id], mine.scores[id]);
    if (value !== undefined) scores[id] = value;
  }
  const extra: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(theirs.extra), ...Object.keys(mine.extra)])) {
    const value = pick(key, base?.extra[key], theirs.extra[key], mine.extra[key], (v) => JSON.stringify(v) ?? "none");
    if (value !== undefined) extra[key] = value;
  }
  const merged: Review = {
    ...mine,
    program: theirs.program,
    date: pick("date", base?.date, theirs.date, mine.date),
    kind: pick("kind", base?.kind, theirs.kind, mine.kind),
    specialty: pick("specialty", base?.specialty, theirs.specialty, mine.specialty),
    scores,
    gut: pick("gut", base?.gut, theirs.gut, mine.gut),
    dealBreakers: mergeList(base?.dealBreakers ?? [], theirs.dealBreakers, mine.dealBreakers),
    people: mergePeople(base?.people ?? [], theirs.people, mine.people, pick),
    redFlags: mergeList(base?.redFlags ?? [], theirs.redFlags, mine.redFlags),
    stillUnknown: mergeList(base?.stillUnknown ?? [], theirs.stillUnknown, mine.stillUnknown),
    notes: text("notes", base?.notes, theirs.notes, mine.notes),
    otherSections: text("sections added by hand", base?.otherSections, theirs.otherSections, mine.otherSections),
    changes: mergeList(base?.changes ?? [], theirs.changes, mine.changes),
    extra,
  };
  // Lines typed into the note by hand while the form was open: the form never changes them.
  if (same(mine.handLines, base?.handLines)) {
    if (theirs.handLines) merged.handLines = theirs.handLines;
    else delete merged.handLines;
  }
  const after = pick("written after (days)", base?.writtenAfterDays, theirs.writtenAfterDays, mine.writtenAfterDays);
  if (after === undefined) delete merged.writtenAfterDays;
  else merged.writtenAfterDays = after;
  if (conflicts.length) merged.changes = [...merged.changes, `${isoDay(today)}: two edits at once, this one kept: ${conflicts.join("; ")}`];
  return { review: merged, conflicts };
}

type Pick = <T>(field: string, b: T | undefined, t: T, m: T, show?: (v: T) => string) => T;

/** People keyed by name and occurrence, so the second "Dr. Lee" meets the second one. */
function mergePeople(base: readonly Person[], theirs: readonly Person[], mine: readonly Person[], pick: Pick): Person[] {
  const keyed = (list: readonly Person[]) => {
    const seen = new Map<string, number>();
    return new Map(
      list.map((p) => {
        const n = (seen.get(p.name) ?? 0) + 1;
        seen.set(p.name, n);
        return [`${p.name}\u0000${n}`, p] as const;
      }),
    );
  };
  const [b, t, m] = [keyed(base), keyed(theirs), keyed(mine)];
  const out: Person[] = [];
  for (const [key, person] of t) {
    const before = b.get(key);
    const mineNow = m.get(key);
    if (before && !mineNow && same(before, person)) continue; // removed here, untouched there
    if (!mineNow) {
      out.push(person);
      continue;
    }
    const who = person.name;
    out.push({
      name: who,
      role: pick(`${who}'s role`, before?.role, person.role, mineNow.role),
      detail: pick(`${who}'s detail`, before?.detail, person.detail, mineNow.detail),
      thanked: pick(`${who}'s thank-you date`, before?.thanked, person.thanked, mineNow.thanked),
    });
  }
  for (const [key, person] of m) if (!t.has(key) && !b.has(key)) out.push(person);
  return out;
}
