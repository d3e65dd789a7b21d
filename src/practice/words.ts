// Words of an answer, as the feedback counts them (length, repetition). Kept apart from
// feedback.ts so the rules for "what is a word" live in one place and are tested once; matching
// points by meaning reads the answer with the language model instead (points.ts).

/** Curly quotes typed by phones and word processors count as the straight ones. */
export function normaliseQuotes(text: string): string {
  return text.replace(/[\u2018\u2019\u02bc\u2032]/g, "'").replace(/[\u201c\u201d]/g, '"');
}

/**
 * Words as Unicode text segmentation finds them (UAX #29, with ICU's dictionaries for scripts
 * written without spaces): a Japanese or Chinese answer is many words, not one run of letters.
 * Inner apostrophes stay in ("didn't", "I'm": one word, as a listener hears it). Made on first
 * use: building it loads ICU's word-break data, about 15 ms that a command which imports these
 * rules but counts no words (a plan, a session stopped before its first answer) need not wait for.
 */
let segmenter: Intl.Segmenter | undefined;

/**
 * V8 segments a long text in time that grows with the square of its length (a 200 KB pasted
 * answer took 100 s, against 0.1 s in pieces). Words never span whitespace, so the text is
 * segmented in pieces of about this many characters, cut after a space, a line break or a
 * Japanese full stop.
 */
const PIECE = 500;

/** Start and end offsets of the pieces of `text` (see PIECE). */
function* pieces(text: string): Generator<[number, number]> {
  for (let start = 0; start < text.length; ) {
    let end = Math.min(text.length, start + PIECE);
    if (end < text.length) {
      const window = text.slice(start, end);
      const cut = Math.max(window.lastIndexOf(" "), window.lastIndexOf("\n"), window.lastIndexOf("。"));
      if (cut > PIECE / 2) end = start + cut + 1;
    }
    yield [start, end];
    start = end;
  }
}

/**
 * Lowercased words in order. Parts joined by a hyphen with no space count as one word
 * ("day-to-day", "j-1"), as they are said; segmentation alone would split them.
 */
export function wordsOf(text: string): string[] {
  const lower = normaliseQuotes(text).toLowerCase();
  const words: string[] = [];
  let hyphenAt = -1;
  let lastEnd = -1;
  segmenter ??= new Intl.Segmenter(undefined, { granularity: "word" });
  for (const [start, end] of pieces(lower)) {
    for (const { segment, index: offset, isWordLike } of segmenter.segment(lower.slice(start, end))) {
      const index = start + offset;
      if (isWordLike) {
        if (hyphenAt === index - 1 && words.length > 0) words[words.length - 1] += `-${segment}`;
        else words.push(segment);
        lastEnd = index + segment.length;
      } else {
        hyphenAt = segment === "-" && index === lastEnd ? index : -1;
      }
    }
  }
  return words;
}

/**
 * Words too common to say anything about an answer, for "most repeated words". Fillers are here
 * too: they are reported on their own line.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are aren't as at be because been before
  being below between both but by can can't cannot could couldn't did didn't do does doesn't doing don't
  down during each even ever every few for from further get got had hadn't has hasn't have haven't having
  he he'd he'll he's her here here's hers herself him himself his how how's i i'd i'll i'm i've if in
  into is isn't it it's its itself just let's like made make many me more most much must mustn't my
  myself no nor not now of off on once one only or other ought our ours ourselves out over own really
  same say said she she'd she'll she's should shouldn't so some such than that that's the their theirs
  them themselves then there there's these they they'd they'll they're they've thing things this those
  through to too under until up upon us very was wasn't we we'd we'll we're we've were weren't what
  what's when when's where where's which while who who's whom why why's will with won't would wouldn't
  yes yet you you'd you'll you're you've your yours yourself yourselves also well lot lots um uh umm
  uhm erm basically actually literally maybe know mean kind sort guess going went go get gets getting
  able still back way ways`.split(/\s+/),
);

/**
 * Numbers said as words. Counting aloud ("two nurses, two shifts, two weeks") is how a spoken
 * answer gives figures, not a verbal tic: "most repeated words" leaves them out, as it does digits.
 */
const NUMBER_WORDS: ReadonlySet<string> = new Set(
  `zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
  sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred
  thousand million billion dozen dozens hundreds thousands millions once twice thrice half
  first second third fourth fifth sixth seventh eighth ninth tenth`.split(/\s+/),
);

/**
 * Whether a word (as wordsOf gives it: lowercased) is a number: digits ("3", "2019", "3rd",
 * "24-hour") or number words, alone or joined by hyphens ("twenty-four", "one-third").
 */
export function isNumberWord(word: string): boolean {
  return /^\d/.test(word) || word.split("-").every((part) => NUMBER_WORDS.has(part));
}
