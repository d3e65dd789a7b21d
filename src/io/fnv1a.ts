/**
 * FNV-1a (32-bit) over a sequence of numbers (bytes or code points), as an unsigned integer.
 * Used where a short, stable fingerprint is enough and nothing needs to resist forgery (a slug
 * for a name with no Latin letters, "is this file still what was cached"); plain JS keeps
 * node:crypto (about 5 ms to load) off the start-up path.
 */
export function fnv1a(values: Iterable<number>): number {
  let hash = 0x811c9dc5;
  for (const value of values) {
    hash ^= value;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** A file's fingerprint: its length and the FNV-1a of its bytes, e.g. "2048-9e3779b9". */
export function hashBytes(bytes: Uint8Array): string {
  return `${bytes.length}-${fnv1a(bytes).toString(16)}`;
}
