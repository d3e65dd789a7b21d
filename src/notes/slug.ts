// User-supplied names (programs, decks) become file names. A slug is lowercase ASCII letters,
// digits and single dashes: no dot, slash or backslash survives, so no name leaves its folder.

export function slugify(name: string, fallback = "untitled"): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "") // accents off: "Clínica" -> "clinica"
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return slug || fallback;
}
