// When and where a story is set: the words that date it ("one night", "two years ago") and the
// places and periods of training and work it happens in. Shared by the STAR reading, which finds
// the Situation by them, and the reading of tense, which tells a story told in the present by them.

/** Words for a stretch of time, in phrases that date a story or an outcome ("one night", "in the first year"). */
export const TIME_WORD = "time|day|night|morning|afternoon|evening|weekend|week|month|year|spring|summer|autumn|fall|winter|season|shift|monday|tuesday|wednesday|thursday|friday|saturday|sunday";
/** Counts said in words or digits ("two weeks ago", "down by a third"). */
export const NUMBER_WORD = "\\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of|several|some|many";
/** Places and periods a story is set in ("on my sub-I", "during finals", "at the VA"). */
export const SETTING = "night|day|morning|shift|rotation|placement|clerkship|block|shift|rounds?|observership|externship|residency|internship|sub-?internship|sub-?i|acting internship|fellowship|locum|job|post|elective|call|season|clinic|practice|group|hospital|va|ward|unit|icu|nicu|picu|ccu|ed|er|surgery|desk|window|dinner|meeting|conference|event|office|department|team|course|exam|finals|year|week|month";
/**
 * Settings named without "my" or "the", as speakers whose first language has no articles name
 * them: "on surgery rotation", "in medicine ward", "in internship year".
 */
export const BARE_SETTING = /\b(?:on|in|at|during)\s+(?:[\w'-]+\s+){0,2}(?:rotation|internship|clerkship|placement|posting|externship|observership|elective|ward|emergency|night shift|internship year)\b/;
/** Where an international graduate worked before: "back home in my own clinic", "in my country". */
export const BACK_HOME = /\b(?:back home|(?:in|at) my (?:home )?country|at home in [a-z]+)\b/;
/** A setting named as what it is: "it's my sub-I on medicine", "it was the night shift", "it's my first week". */
export const NAMED_SETTING = /^it (?:'s|is|was) (?:my|our|the) (?:[\w'-]+ ){0,2}(?:rotation|clerkship|sub-?i|sub-?internship|internship|elective|placement|night|shift|first (?:week|day|night|month|shift))\b/;
/**
 * One patient or relative named as a case is: "Mrs. Patel", "the man in bed 12", "room 414". A
 * habit is told of patients in general, never of Mrs. Patel.
 */
export const NAMED_CASE = /\b(?:(?:mr|mrs|ms|miss)\.? [a-z]+|(?:room|bed) \d+)\b/;
/** What sets a story in one time or place: "one night", "two years ago", "during my surgery rotation", "in 2021". */
export const ANCHORS = [
  new RegExp(`\\b(?:one|last|that|this past|the following|the next|early one|late one)\\s+(?:${TIME_WORD})\\b`),
  // With a word between: "last flu season", "one busy Monday", "that first night" (not "that every day", "one more time").
  new RegExp(`\\b(?:one|last|that)\\s+(?!every\\b|each\\b|other\\b|single\\b|more\\b)[\\w'-]+\\s+(?:${TIME_WORD.replace("time|", "")})\\b`),
  new RegExp(`\\b(?:${NUMBER_WORD})\\s+(?:days?|weeks?|months?|years?)\\s+(?:ago|earlier|before)\\b`),
  new RegExp(`\\b(?:during|on|in|at|through|into|after|before)\\s+(?:my|our|a|an|the|his|her|their)\\s+(?:[\\w'-]+\\s+){0,3}(?:${SETTING})s?\\b`),
  // "During finals", "during intern year": "during" names a period without a determiner too.
  new RegExp(`\\bduring\\s+(?:[\\w'-]+\\s+){0,3}(?:${SETTING})s?\\b`),
  /^(?:when|while)\s+(?:i|we|my|our|a|an|the|he|she|they)\b/,
  // A year of training or a rota named without "my": "in second year", "on nights", "on call".
  /\b(?:in|during) (?:first|second|third|fourth|fifth|sixth|final|intern) year\b|\b(?:on|during) (?:nights|night shift|nightshift|call|weekend call)\b/,
  /\b(?:19|20)\d\d\b/,
  // A month ("a man phoned in June"); "may" only where it cannot be the verb.
  /\b(?:in|during|last|one|early|late) (?:january|february|march|april|june|july|august|september|october|november|december)\b|\b(?:in|during|last) may\b/,
  /\bthere (?:was|were) (?:a|an|one)\b/,
  BARE_SETTING,
  BACK_HOME,
  NAMED_SETTING,
  NAMED_CASE,
  // The one case a story told in the present opens with: "So I have this patient, fifty-two".
  /\bi (?:(?:'ve|have) got|have) this (?:patient|man|woman|lady|guy|kid|child|baby|family)\b/,
  // A named day: "the Monday after Thanksgiving", "on a Friday in June" (not "on Mondays").
  /\b(?:the|on a|on)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(?!s)/,
];
