// Three-way merge of lists, for notes two processes changed at once: what one side added or
// removed since the common start is applied to what the other side saved.

/**
 * `theirs` (saved meanwhile) with what `mine` added since `base`, less what `mine` removed since
 * `base`; items are the same when `key` says so (default: equal JSON). Order: theirs', then mine's new ones.
 */
export function mergeList<T>(base: readonly T[], theirs: readonly T[], mine: readonly T[], key: (item: T) => string = (item) => JSON.stringify(item)): T[] {
  const keys = (list: readonly T[]) => new Set(list.map(key));
  const [inBase, inMine] = [keys(base), keys(mine)];
  const removed = new Set([...inBase].filter((k) => !inMine.has(k)));
  const kept = theirs.filter((item) => !removed.has(key(item)));
  const inKept = keys(kept);
  return [...kept, ...mine.filter((item) => !inBase.has(key(item)) && !inKept.has(key(item)))];
}
