// User-supplied names (programs, decks) become file names. A slug is lowercase ASCII letters,
// digits and single dashes: no dot, slash or backslash survives, so no name leaves its folder.
import { fnv1a } from "./fnv1a.js";

/** Letters that Unicode does not decompose into ASCII, spelled as their languages do. */
const LETTERS: Record<string, string> = { æ: "ae", ø: "o", å: "a", œ: "oe", ß: "ss", ð: "d", đ: "d", þ: "th", ł: "l", ı: "i" };

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
 * The slug of a program name for its note's file name. A name with no Latin letters or digits
 * ("東京病院") has an empty slug; it gets one from a hash of the name instead of a shared word,
 * so two such programs never share (and overwrite) one note.
 */
export function programSlug(program: string): string {
  const slug = slugify(program, "");
  if (slug) return slug;
  const codePoints = Array.from(program, (char) => char.codePointAt(0)!);
  return `program-${fnv1a(codePoints).toString(16).padStart(8, "0")}`;
}
