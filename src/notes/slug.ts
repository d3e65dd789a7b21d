// User-supplied names (programs, decks) become file names. A slug is lowercase ASCII letters,
// digits and single dashes: no dot, slash or backslash survives, so no name leaves its folder.

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
