// User-supplied names (programs, decks, checklists) become file names. Every slug here is made of
// letters, marks, digits, single dashes and (for record files) one underscore: no dot, slash or
// backslash survives, so no name leaves its folder.
import { UsageError } from "./errors.js";
import { fnv1a } from "./fnv1a.js";

/** Letters that Unicode does not decompose into ASCII, spelled as their languages do. */
const LETTERS: Record<string, string> = { æ: "ae", ø: "o", å: "a", œ: "oe", ß: "ss", ð: "d", đ: "d", þ: "th", ł: "l", ı: "i" };

/**
 * An ASCII slug: lowercase a-z, digits and single dashes, at most 60 characters. Used for ids
 * that are ASCII already (decks, checklists), and for the file names of earlier versions
 * (see legacyProgramSlug). Two names can share a slug: never use it alone to name a record.
 */
export function slugify(name: string, fallback = "untitled"): string {
  const slug = name
    .toLowerCase()
    .replace(/[æøåœßðđþłı]/g, (letter) => LETTERS[letter] ?? letter)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "") // accents off: "Clínica" -> "clinica"
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return slug || fallback;
}

/**
 * The file slug earlier versions gave a program: ASCII only, cut at 60 characters, so
 * "서울 병원 IM" and "부산 병원 IM" both became "im". Kept only to find notes users already
 * have; new files are named by recordSlug.
 */
export function legacyProgramSlug(program: string): string {
  const slug = slugify(program, "");
  if (slug) return slug;
  const codePoints = Array.from(program, (char) => char.codePointAt(0)!);
  return `program-${fnv1a(codePoints).toString(16).padStart(8, "0")}`;
}

/** Combining accents of the Latin, Greek and Cyrillic scripts (what "accent" folds away). */
const ACCENTS = /[\u0300-\u036f]/g;

/**
 * The form in which two record names are the same record: Unicode NFD with the accents of
 * U+0300-U+036F removed, lowercase, every run of white space one space, trimmed, then NFC.
 * "Clínica  Norte" and "clinica norte" fold alike; "東京病院 IM" and "大阪病院 IM" do not;
 * marks that are letters' own (Japanese dakuten, Arabic vowel signs) are kept.
 */
export function foldName(name: string): string {
  return name.normalize("NFD").replace(ACCENTS, "").toLowerCase().replace(/\s+/gu, " ").trim().normalize("NFC");
}

/** True when two names fold alike (see foldName): the same program, typed another way. */
export function sameName(a: string, b: string): boolean {
  return foldName(a) === foldName(b);
}

/** Characters of a readable slug before the hash takes over. */
const MAX_SLUG = 60;

/**
 * The file base of a named record: the folded name (see foldName) with letters of every script
 * kept (NFC), every other run of characters one dash, at most 60 characters. When that loses
 * anything the folded name holds (punctuation, a dash of its own, a cut), `_` and 10 hex digits
 * of the SHA-256 of the folded name follow. So the base is a function of the folded name, and
 * two names that fold differently get different bases ("mercy-north" for "Mercy North",
 * "mercy-north_…" for "Mercy (North)"): a readable slug never contains `_`.
 */
export function recordSlug(name: string): string {
  const folded = foldName(name);
  const letters = folded.replace(/[^\p{L}\p{M}\p{N}]+/gu, "-").replace(/^-+|-+$/g, "");
  const chars = Array.from(letters);
  const cut = chars.slice(0, MAX_SLUG).join("").replace(/-+$/, "");
  if (cut && chars.length <= MAX_SLUG && cut.replace(/-/g, " ") === folded) return cut;
  // node:crypto is loaded on first use rather than imported: loading it adds about 4 ms of CPU to
  // every start of the CLI, and most names never need a hash.
  const { createHash } = process.getBuiltinModule("node:crypto");
  return `${cut}_${createHash("sha256").update(folded).digest("hex").slice(0, 10)}`;
}

/**
 * The slug of a program name for its note's file name (see recordSlug): "서울 병원 IM" is
 * "서울-병원-im", and no two programs that fold differently share it.
 */
export function programSlug(program: string): string {
  return recordSlug(program);
}

/**
 * Refuses a name that cannot be the name of a file or a record: U+FFFD stands for bytes that
 * were not text in the terminal's encoding (a Latin-1 "Clínica" under LANG=C arrives as
 * "Cl\uFFFDnica", and two such names would meet), and a lone surrogate cannot be written as
 * UTF-8. Returns the name unchanged; throws UsageError (exit 64) naming `what` ("the program name").
 */
export function checkRecordName(name: string, what: string): string {
  if (name.includes("\ufffd") || /\p{Cs}/u.test(name)) {
    throw new UsageError(
      `${what} is not valid UTF-8 text (a character shows as \ufffd): type it again in a UTF-8 terminal, e.g. with LANG=C.UTF-8`,
    );
  }
  return name;
}
