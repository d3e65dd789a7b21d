// The parts of a thank-you letter that must read as a letter, not as a note about someone: the
// salutation by title and surname, the topic said to the person ("your research"), the signature.

const TITLES: Record<string, string> = {
  dr: "Dr.",
  doctor: "Dr.",
  prof: "Prof.",
  professor: "Prof.",
  mr: "Mr.",
  mrs: "Mrs.",
  ms: "Ms.",
  mx: "Mx.",
};
/** Degrees after a name that make its holder a doctor in a salutation. */
const DOCTORATES = new Set(["md", "do", "phd", "mbbs", "mbchb", "dnp", "pharmd", "psyd", "dds", "dmd"]);
/** Other letters after a name, dropped from a salutation. */
const OTHER_POSTNOMINALS = new Set(["jr", "sr", "ii", "iii", "iv", "rn", "np", "pa", "pa-c", "mph", "mba", "facp", "faafp", "msn", "bsn", "ma", "ms", "mha"]);
/** Lower-case surname particles that belong to the surname: van der Berg, de la Cruz. */
const PARTICLES = new Set(["van", "von", "der", "den", "de", "del", "della", "da", "di", "la", "le", "du", "dos", "das", "bin", "al", "el", "ter", "ten"]);

/** A name written in Han, kana or Hangul, whose family name comes first. */
const FAMILY_NAME_FIRST = /^[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}]/u;

const bare = (word: string) => word.toLowerCase().replace(/[.,]/g, "");

/**
 * Roles held only by physicians: a resident, fellow or attending is greeted as "Dr." though the
 * name was written without it. A nurse or pharmacy resident, or a physician assistant, is not.
 */
const PHYSICIAN_ROLE = /\b(?:pgy-?\d|(?:chief |senior |junior )?resident|intern|fellow|attending|physician|surgeon|hospitalist|internist|cardiologist|oncologist|radiologist|neurologist|psychiatrist|anesthesiologist|anaesthetist|pediatrician|paediatrician)\b/i;
const OTHER_CLINICIAN = /\b(?:nurse|nursing|pharmacy|pharmacist|physician assistant|assistant|associate|coordinator|administrator|manager)\b/i;

/**
 * "Dear Dr. Raman," for "Dr. Priya Raman" or "Priya Raman, MD", or for "Priya Raman" whose `role`
 * is a physician's ("PGY-2 resident"); "Dear Ms. Lee," for "Ms. Sam Lee"; "Dear Dr. 田中," for
 * "田中 美咲", written family name first as Chinese, Japanese and Korean names are; a name with no title
 * and no such role is greeted in full ("Dear Sam Lee,"), since guessing one is worse.
 */
export function salutation(name: string, role = ""): string {
  const parts = nameParts(name);
  const words = parts.words;
  const title = parts.title ?? (PHYSICIAN_ROLE.test(role) && !OTHER_CLINICIAN.test(role) ? "Dr." : undefined);
  if (words.length === 0) return `Dear ${name.trim()},`;
  if (!title) return `Dear ${words.join(" ")},`;
  // Chinese, Japanese and Korean names put the family name first: "田中 美咲" is Dr. 田中.
  if (FAMILY_NAME_FIRST.test(words[0]!)) return `Dear ${title} ${words[0]},`;
  let start = words.length - 1;
  while (start > 1 && PARTICLES.has(words[start - 1]!.toLowerCase())) start--;
  return `Dear ${title} ${words.slice(start).join(" ")},`;
}

/**
 * A person's name without its title or the letters after it, and the title it is said with:
 * "Dr. Priya Raman" and "Priya Raman, MD" are both "Priya Raman", with "Dr.".
 */
export function nameParts(name: string): { title?: string; words: string[] } {
  const words = name.replace(/,/g, " , ").split(/\s+/).filter(Boolean);
  let title: string | undefined;
  const first = words[0];
  if (first && TITLES[bare(first)]) {
    title = TITLES[bare(first)];
    words.shift();
  }
  // Letters after the name (after a comma, or known degrees at the end) are not the surname.
  const comma = words.indexOf(",");
  const tail = comma === -1 ? [] : words.splice(comma).filter((w) => w !== ",");
  while (words.length > 1 && (DOCTORATES.has(bare(words.at(-1)!)) || OTHER_POSTNOMINALS.has(bare(words.at(-1)!)))) tail.unshift(words.pop()!);
  if (!title && tail.some((w) => DOCTORATES.has(bare(w)))) title = "Dr.";
  return { ...(title ? { title } : {}), words };
}

/** Verbs after he/she that change for "you": "she is" → "you are". */
const IRREGULAR: Record<string, string> = { is: "are", was: "were", has: "have", does: "do", "doesn't": "don't", "isn't": "aren't", "wasn't": "weren't", "hasn't": "haven't" };
const PREPOSITION_OR_END = /^(?:$|[.,;:!?)]|(?:about|at|by|for|from|in|on|to|with|and|or|but)\b)/i;

/**
 * A topic noted about the person ("her research on heart failure readmissions"), as said to them
 * in the letter ("your research on heart failure readmissions"). Only the person's own pronouns
 * change; "their" is left alone, as it usually means the program's people.
 */
export function topicForLetter(topic: string): string {
  return topic
    .replace(/\b(he|she)\s+([A-Za-z']+)/gi, (_, pronoun: string, verb: string) => {
      const lower = verb.toLowerCase();
      const changed = IRREGULAR[lower] ?? (/[^s]s$/.test(lower) && lower.length > 3 ? verb.replace(/ies$/i, "y").replace(/(sh|ch|x|ss|o)es$/i, "$1").replace(/s$/i, "") : verb);
      return `${keepCase(pronoun, "you")} ${changed}`;
    })
    .replace(/\b(himself|herself)\b/gi, (word: string) => keepCase(word, "yourself"))
    .replace(/\bhis\b/gi, (word: string) => keepCase(word, "your"))
    .replace(/\bher\b(\s*)(\S*)/gi, (_, space: string, next: string) => `${PREPOSITION_OR_END.test(next) ? "you" : "your"}${space}${next}`)
    .replace(/\bhim\b/gi, (word: string) => keepCase(word, "you"));
}

function keepCase(original: string, replacement: string): string {
  return original[0] === original[0]!.toUpperCase() ? replacement[0]!.toUpperCase() + replacement.slice(1) : replacement;
}

/** "Best regards," and the user's name from config (`me.name`), or a placeholder to fill in. */
export function closing(signature: string | undefined): string[] {
  return ["Best regards,", signature?.trim() || "[Your name: set `me: { name: ... }` in config.yaml to sign drafts]"];
}
