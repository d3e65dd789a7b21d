// Warns when an answer looks as if it holds a patient's identifiers. Practice notes and
// history are plain, unencrypted files, and interview stories are often about real patients:
// a date of birth, a record number, a phone number or a name turns a story into a record.
// Heuristics, tuned to miss plain years ("in 2019"), ranges ("2019-2020"), percentages and counts.
import { normaliseQuotes } from "./words.js";

interface Finding {
  at: number;
  end: number;
  sentence: string;
}

const MONTH = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
/** A day and month without a year: "March 14", "14th March", "the 3rd of June". */
const DAY_AND_MONTH = `(?:(?:${MONTH})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTH}))\\b`;
/** Words that say the date next to them is a birth date. */
const BIRTH_CUE = /\b(?:dob|d\.o\.b|date of birth|birth ?date|birthday|born)\b/i;
/** A year this early in a story about a patient is almost always a birth year, not a visit. */
const BIRTH_YEAR_BEFORE = 2010;

/** Capitalised words that follow "patient" or a title without being a name. */
const NOT_NAMES = new Set(
  `The A An And But Or So Then When While Who Whom Whose With Without In On At For From To Of By I I'm I'd I've This That
  These Those It He She They We You My His Her Their Our Was Is Had Has If After Before During Because Although Though
  Since As Care Safety Experience Advocate Advocacy Satisfaction Education Portal Navigator Navigation Coordinator Access
  Centered Centred Services Service Relations Flow Intake Registration Transport Monday Tuesday Wednesday Thursday Friday
  Saturday Sunday January February March April May June July August September October November December`.split(/\s+/),
);

const show = (text: string) => text.replace(/\s+/g, " ").trim();

function dates(text: string): Finding[] {
  const found: Finding[] = [];
  const add = (at: number, match: string, year: number, twoDigitYear = false) => {
    const before = text.slice(Math.max(0, at - 30), at);
    const isBirth = twoDigitYear || year < BIRTH_YEAR_BEFORE || BIRTH_CUE.test(before);
    const sentence = isBirth ? `looks like a date of birth (${show(match)})` : `has a full date (${show(match)}), which can identify a patient`;
    found.push({ at, end: at + match.length, sentence });
  };
  // 03/14/1962, 14.03.1962, 3/14/62: month and day in either order, as long as one can be a month.
  for (const m of text.matchAll(/(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/-]|\.\d)/g)) {
    const [a, b] = [Number(m[1]), Number(m[3])];
    const plausible = a >= 1 && b >= 1 && ((a <= 12 && b <= 31) || (b <= 12 && a <= 31));
    const twoDigit = m[4]!.length === 2;
    if (!plausible || (twoDigit && m[2] !== "/")) continue;
    add(m.index, m[0], twoDigit ? 0 : Number(m[4]), twoDigit);
  }
  // 1962-03-14 and 1962/03/14.
  for (const m of text.matchAll(/(?<![\d/.-])((?:19|20)\d{2})([/-])(\d{1,2})\2(\d{1,2})(?![\d/-])/g)) {
    if (Number(m[3]) >= 1 && Number(m[3]) <= 12 && Number(m[4]) >= 1 && Number(m[4]) <= 31) add(m.index, m[0], Number(m[1]));
  }
  // March 14, 1962 and 14 March 1962 (a month and a year alone, "May 2019", is not a date of anyone).
  const written = [
    new RegExp(`\\b(?:${MONTH})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b`, "gi"),
    new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTH})\\.?,?\\s+((?:19|20)\\d{2})\\b`, "gi"),
  ];
  for (const pattern of written) for (const m of text.matchAll(pattern)) add(m.index, m[0], Number(m[1]));
  return found;
}

/**
 * "DOB 3/14" or "date of birth was March 14": a birth date without its year. A bare mention
 * ("I always confirm the date of birth") is part of the job, not an identifier.
 */
function partialBirthDates(text: string, datesFound: Finding[]): Finding[] {
  const value = `(?:\\d{1,4}[/.-]\\d{1,2}(?:[/.-]\\d{2,4})?|${DAY_AND_MONTH})`;
  const pattern = new RegExp(`\\b(?:dob|d\\.o\\.b\\.?|date of birth|birth ?date|born on)[ \\t]*(?:is|was|of|:|-)?[ \\t]*:?[ \\t]*${value}`, "gi");
  const found: Finding[] = [];
  for (const m of text.matchAll(pattern)) {
    const end = m.index + m[0].length;
    if (datesFound.some((d) => d.at < end && m.index < d.end)) continue; // the full date is reported already
    found.push({ at: m.index, end, sentence: `looks like a date of birth (${show(m[0])})` });
  }
  return found;
}

/** Days named after a holiday rather than a number ("on Christmas Eve 2023"): as much a day of the year as "December 24". */
const HOLIDAY = "christmas(?: eve| day)?|new year's (?:eve|day)|thanksgiving(?: day)?|halloween|valentine's day|independence day|fourth of july|july 4th|boxing day|easter (?:sunday|monday)";

/** Events of a patient's care, a visit included ("a man I met on March 14 in the ED"): a day of one of them is a date HIPAA's Safe Harbor rule counts as an identifier. */
const CARE_EVENT = /\b(?:admitted|admission|discharged?|biops(?:y|ies)|mri|ct scan|(?:his|her|their|the patient's) (?:surgery|operation|results?|scan|diagnosis)|(?:had|underwent) (?:surgery|an operation)|operated on|diagnosed|died|death|passed away|delivered|gave birth|transplant|transfused|intubated|coded|(?:man|woman|boy|girl|patient|child|baby|lady|gentleman) (?:i|we) (?:met|saw|treated|examined|admitted)|(?:met|saw|seen|treated|examined) (?:him|her|them|the patient)|(?:he|she|they|the patient) (?:presented|came in|was brought in|were brought in|was seen)|(?<!\b(?:i|we) )came in (?:on|over|at)|brought in (?:on|over|at))\b/i;

/**
 * "Her biopsy results came back on March 14": a day and month (written with the month's name) near
 * an event of the patient's care. Safe Harbor (45 CFR 164.514(b)(2)) counts every element of such
 * a date but the year as an identifier; a bare "in March" or "on the 14th" names no day.
 */
function datesOfCare(text: string, taken: Finding[]): Finding[] {
  const found: Finding[] = [];
  for (const m of text.matchAll(new RegExp(`\\b(?:${DAY_AND_MONTH}|(?:${HOLIDAY})\\b)`, "gi"))) {
    const end = m.index + m[0].length;
    if (taken.some((t) => t.at < end && m.index < t.end)) continue;
    if (CARE_EVENT.test(text.slice(Math.max(0, m.index - 50), end + 50))) found.push({ at: m.index, end, sentence: `has a date of care (${show(m[0])}), which can identify a patient` });
  }
  return found;
}

function recordNumbers(text: string): Finding[] {
  const found: Finding[] = [];
  const labelled = /\b(?:mrn|medical record(?:\s+(?:number|no\.?|#))?|record\s+(?:number|no\.?|#)|chart\s+(?:number|no\.?|#)|patient\s+(?:id|number))\s*(?:is|was|of|=)?\s*[:#]?\s*[a-z]{0,3}\d[\d-]{2,}\d\b/gi;
  for (const m of text.matchAll(labelled)) found.push({ at: m.index, end: m.index + m[0].length, sentence: `looks like a medical record number (${show(m[0])})` });
  // A bare long number counts when "record", "MRN" or "chart" is nearby.
  for (const m of text.matchAll(/(?<![\d,.])\d{6,}(?![\d,]|\.\d)/g)) {
    if (found.some((f) => m.index >= f.at && m.index < f.end)) continue;
    const around = text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40);
    if (/\b(?:records?|mrn|charts?)\b/i.test(around)) found.push({ at: m.index, end: m.index + m[0].length, sentence: `looks like a medical record number (${m[0]})` });
  }
  return found;
}

function phoneNumbers(text: string): Finding[] {
  const found: Finding[] = [];
  const patterns = [
    // (555) 123-4567, 555-123-4567, 555.123.4567, +1 555 123 4567
    /(?<![\w+])(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?![\w]|[.-]\d)/g,
    // +44 20 7946 0958 and other international numbers
    /(?<![\w+])\+\d{1,3}(?:[\s.-]\d{1,4}){2,5}(?![\w]|[.-]\d)/g,
  ];
  for (const pattern of patterns) {
    for (const m of text.matchAll(pattern)) {
      if (m[0].replace(/\D/g, "").length >= 8) found.push({ at: m.index, end: m.index + m[0].length, sentence: `looks like a phone number (${show(m[0])})` });
    }
  }
  return found;
}

/** Who a story's patient is: "a patient named Tom", "a farmer called Ade". */
const PATIENT_NOUN = "[Pp]atient|man|woman|boy|girl|lady|gentleman|child|baby|toddler|teen(?:ager)?|kid|mother|father|grandmother|grandfather|veteran|farmer|teacher|student|nurse's son|nurse's daughter";

function names(text: string): Finding[] {
  const found: Finding[] = [];
  const name = "(\\p{Lu}[\\p{Ll}'-]+)(?:[ \\t]+(\\p{Lu}[\\p{Ll}'-]+))?";
  const patterns = [
    new RegExp(`\\b(?:[Pp]atient|[Pp]t\\.|Mr\\.?|Mrs\\.?|Ms\\.?|Miss)[ \\t]+${name}`, "gu"),
    new RegExp(`\\b(?:[Pp]atient's|[Hh]is|[Hh]er|[Tt]heir)\\s+name\\s+(?:is|was)\\s+${name}`, "gu"),
    new RegExp(`\\b(?:${PATIENT_NOUN})\\s+(?:named|called)\\s+${name}`, "gu"),
    // "John Reyes, a 34-year-old teacher": a full name and an age, who the story is about.
    // (Not a colleague's, said with a title: "Dr. Sarah Patel, a 45-year-old attending".)
    /(?<!\b(?:Dr|Prof|Doctor|Professor)\.?[ \t]+)\b(\p{Lu}[\p{Ll}'-]+)[ \t]+(\p{Lu}[\p{Ll}'-]+)(?=,?[ \t]+(?:an?|the)[ \t]+\d{1,3}[- ]year[- ]old\b)/gu,
  ];
  for (const pattern of patterns) {
    for (const m of text.matchAll(pattern)) {
      if (NOT_NAMES.has(m[1]!)) continue;
      // Keep the second word only when it is a surname, not the start of the next clause.
      const whole = m[2] && NOT_NAMES.has(m[2]) ? m[0].slice(0, m[0].lastIndexOf(m[2])).trimEnd() : m[0];
      found.push({ at: m.index, end: m.index + whole.length, sentence: `looks like a patient's name (${show(whole)})` });
    }
  }
  return found;
}

/** "42 Elm Street", "7 Harbour Road": a street address, which Safe Harbor counts as an identifier. */
function addresses(text: string): Finding[] {
  const found: Finding[] = [];
  const street = /\b\d{1,5}[ \t]+(?:\p{Lu}[\p{Ll}'-]+[ \t]+){1,3}(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Lane|Drive|Boulevard|Blvd\.|Court|Terrace|Crescent|Close)(?![\p{L}])/gu;
  for (const m of text.matchAll(street)) found.push({ at: m.index, end: m.index + m[0].length, sentence: `looks like a street address (${show(m[0])})` });
  return found;
}

/** Human sentences, in the order the identifiers appear in the answer; empty when none. */
export function privacyWarnings(answer: string): string[] {
  const text = normaliseQuotes(answer);
  const found = dates(text);
  const phones = phoneNumbers(text);
  // A number already read as a date or a phone number is not also a record number.
  const overlaps = (f: Finding, others: Finding[]) => others.some((o) => f.at < o.end && o.at < f.end);
  const records = recordNumbers(text).filter((f) => !overlaps(f, found));
  const births = partialBirthDates(text, found);
  const all = [...found, ...births, ...datesOfCare(text, [...found, ...births]), ...records, ...phones.filter((f) => !overlaps(f, [...found, ...records])), ...names(text), ...addresses(text)];
  return [...new Set(all.sort((a, b) => a.at - b.at).map((f) => f.sentence))];
}
