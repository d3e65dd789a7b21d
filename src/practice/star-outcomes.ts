// What tells how a story ended, for the Result of STAR: an outcome (a number that moved, a
// patient who went home, someone's decision after the speaker's steps), when it happened ("in
// the end", "the next day"), or the speaker's verdict on it ("thankfully"). Kept apart from the
// other parts' rules because there are many ways to say how things went.
import type { Clause } from "./clauses.js";
import { NUMBER_WORD, TIME_WORD } from "./story-setting.js";

/** A count in figures or words, up to the tens ("ninety minutes to fifty"). */
const COUNT = "\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";

/**
 * "It turned out (that) ...", "the day team found it the next morning": something found out,
 * unless it says how things went ("turned out fine"); a test's result on the way ("a CT head,
 * which was normal"). A later outcome says how the story ended.
 */
export const FINDING = /\bturned out\b(?! (?:well|fine|okay|ok|great|badly|all right|alright|for the best|better|worse)\b)|\b(?:found|noticed|caught|spotted) (?:it|that|the error|the mistake)\b|\b(?:which|that) (?:was|were|came back) (?:\w+ )?(?:normal|negative|clear|unremarkable)\b/;
/** When something happened later in the story ("in the end", "the next day"); on a step of the speaker's alone, no outcome (nextStep). */
export const TIME_MARKER = /\b(?:turned out|in the end|ended up|eventually|ultimately|afterwards|after that|after all|since then|from then on|at the end of|by the (?:end|time|last|next)|by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|then|now|lunch|lunchtime|noon|midnight|morning|the (?:afternoon|evening|morning|weekend))|(?<!\b(?:before|until|till|for) )the (?:next|following) (?:day|week|month|morning|year|spring|summer)(?! ?'s)|(?:days?|weeks?|months?|years?) (?:later|after that)|(?:days|weeks|months|years) on|(?:in|over|for) the (?:next|following) (?:\w+ )?(?:days?|weeks?|months?|years?)|at (?:his|her|their|the|my|our) next (?:visit|appointment|review|check-?up|follow-?up|clinic|session)|that (?:spring|summer|autumn|fall|winter|year))\b/;
/** A time span from the start of the change: "in the first year", "within two weeks", "after two weeks" ("after the shift" is a point in time, as a next step is dated). */
export const TIME_SPAN = new RegExp(`\\b(?:in the first (?:few )?(?:${TIME_WORD}|days|weeks|months|years)|(?:within (?:${NUMBER_WORD}|the|an?)|after (?:${NUMBER_WORD}|an?)) (?:minutes?|hours?|days?|weeks?|months?|years?|shifts?))\\b`);
export const OUTCOME = [
  TIME_MARKER,
  /\b(?:halved|doubled|tripled|(?<!\b(?:that|which|what|whatever) )(?:went|came|got|has come|have come|has gone|have gone) (?:down|up)|(?:went|came|got) back(?! (?:through|over|to|into|and|in|out|for|home)\b)|got (?:a |the |his |her |their )?(?:pulse|rhythm|output|circulation|sats|pressure) back|(?:got|brought) (?:him|her|them) back(?! (?:to|into|in|on|up|for|and)\b)|(?:got|achieved|had) rosc|(?:was|were|is|are) back (?:under|below|above|over|up|down|to|in|on)|back to normal|dropped(?! out| off)|fell|rose|improved|reduced|increased|decreased|shortened|saved (?:\w+ ){0,3}(?:time|hours?|minutes|days|money|trips?|lives?|a life|visits?)|instead of (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|a|an|hours|days|weeks|months)\b|down to|up to|fewer|no longer|never again|any more|anymore)\b/,
  TIME_SPAN,
  // How it went, said by the speaker: "it ended okay", "she was kind about it".
  // ("a night shift that went badly" describes something met on the way.)
  /\b(?<!\b(?:that|which|who) )(?:ended|went|finished) (?:okay|ok|well|fine|badly|smoothly|happily|up)\b|\b(?:kind|good|gracious|understanding|relieved|lovely) about it\b/,
  // "We ended the day with no double bookings": where things stood at the end.
  /\b(?:ended|finished|closed) the (?:day|week|shift|month|quarter|year|session|clinic) (?:with|on)\b/,
  // ("I set up a rule that nothing got booked without checking": the rule, not how it went.)
  /\b(?<!\b(?:rule|policy|sure) that )(?:nothing|nobody|no one|no harm|none)\b.*\b(?:happened|came|come|went|waited|was|were|got|had)\b|\b(?:was|were) no harm\b/,
  // None at all of what was counted: "there wasn't a single registration error", "not one complaint".
  /(?:\bnot|n't|\bwithout)(?: \w+)? (?:a single|one single)\b|\bnot one (?!of\b)\w+/,
  // The same outcomes in a story told in the present ("patient go home on Monday", "he gets
  // better"): only clauses read as past are looked at for the Result, so a habit never is one.
  /\b(?:go|goes|come|comes) home\b|\bgets? (?:better|discharged)\b|\b(?:recovers|survives|improves)\b/,
  // Something that did not happen again: "he had no admissions", "the patient received no wrong dose".
  /\b(?:had|saw|needed|suffered|showed|received|receives|got|gets) no (?:more |further |other |new |wrong )?(?!idea\b|time\b|choice\b|way\b|clue\b|chance\b|one\b|reason\b|doubt\b|experience\b|training\b|help\b)\w+/,
  /\b(?:did not|didn't|never|has not|hasn't|have not|haven't) (?:rise|risen|increase|increased|go (?:up|back)|gone (?:up|back)|get worse|got worse|gotten worse|happen again|happened again|come back|recur|recurred|return|returned|lose|lost)\b/,
  // A repeat spared: "he didn't have to make the drive again".
  /\b(?:did not|didn't|never) (?:have|need) to (?:\S+ ){1,4}again\b/,
  // Back as it should be: "by eleven the system was back", "every patient had been seen".
  /\b(?:was|were|came) back(?: online| up| up and running| to normal)?\W*$/,
  /\b(?:every|all|everyone|everybody)\b.*\b(?:had been|were|was|got) (?:seen|done|booked|covered|called|treated|paid|fixed|sorted)\b/,
  /\b(?:was|were|is|seemed|looked|came back|stayed|went home|got home|left)\s+(?:\w+ )?(?:fine|normal|negative|unharmed|stable|safe|safely|benign|better|well|ok|okay|happy|grateful|pleased|calm|healthy|home|resolved|fixed|sorted|settled|discharged|comfortable|reassured|relieved)\b/,
  // How something changed, in a comparison: "my presentations were much clearer".
  /\b(?:was|were|got|became|seemed)\s+(?:much |far |a lot |a bit |noticeably )?(?:clearer|shorter|faster|quicker|safer|calmer|easier|smoother|simpler|stronger|tighter|more (?:confident|organi[sz]ed|concise|focused|efficient|reliable|accurate))\b/,
  // "she went to the ICU stable": where someone went, then how they were.
  /\b(?:went|was moved|was transferred|was taken) (?:up |down |back )?to (?:the |a )?\w+(?: \w+)? (?:stable|safely|safe)\b/,
  // ("I came home a lot more humble", "I went home after my shift": the speaker's trip, not an outcome.)
  /\b(?:recovered|survived|passed(?! (?:a|an|it|them|him|her|on|over|along|round|around|out|by|through)\b)(?! the (?!exams?\b|audit\b|inspection\b|tests?\b|boards\b|assessment\b|course\b|review\b))|(?<!\bi (?:\w+ )?)(?:went|came) home|got in|got through|did (?:fine|well|better|ok|okay|all right|alright)|thanked|(?:came|wrote|called|rang) (?:back )?to thank|died|passed away|was discharged|worked out|paid off|got better|settled|came to no harm|went ahead|resolved|cleared up|healed|calmed down|settled down)\b/,
  // A change from one number to another: "our no-shows went from about twenty a week to eight".
  new RegExp(`\\bwent from\\b|\\bfrom (?:about |around |roughly |over |under )?(?:${COUNT}|a hundred) (?:\\w+ ){0,3}to (?:${COUNT})\\b`),
  // A measure reached: "by go-live I was registering patients in under four minutes".
  new RegExp(`\\b(?:in|to|within) (?:under|less than|fewer than|below|just over|over) (?:${NUMBER_WORD}) (?:seconds?|minutes?|hours?|days?|weeks?|percent|%)`),
  /\bby (?:go-?live|launch|discharge|the (?:go-?live|launch|deadline|audit|inspection|handover|end of (?:it|that)))\b/,
  // A value back where it should be: "his INR stayed in range".
  /\b(?:stayed|remained|was|were|kept|came back) (?:\w+ )?(?:in|within) (?:the )?(?:\w+ )?range\b/,
  /\b(?:result|outcome) was\b|\bas a result\b/,
  // Where it led in a career: "that's how I got the job I have now", "I got an interview".
  /\bgot (?:the|a|an|my|our) (?:job|post|position|place|offer|interview|spot|contract)\b/,
  // Someone else's decision after the speaker's steps: "she agreed to the tablets", "he signed the AMA form".
  /\b(?:he|she|they|the (?:patient|family|team|attending|consultant|surgeon|resident|nurse|manager|doctor|client)) (?:\w+ )?(?:agreed|accepted|signed|consented)\b/,
  // ...or against them, which is how it ended too: "she asked me to leave", "he refused the scan".
  /\b(?:he|she|they|the (?:patient|family|daughter|son|husband|wife|mother|father)) (?:\w+ )?(?:asked (?:me|us) to (?:leave|go)|asked for (?:a different|another|the) \w+|refused|declined|complained)\b/,
  // A disagreement settled: "we agreed to keep her one more night", "we decided together to hold it".
  /\bwe (?:both |all |eventually |finally )?(?:agreed|came to an agreement|settled on)\b|\bwe (?:\w+ )?decided together\b|\btogether we decided\b/,
  // Harm that never came: "the patient never got the second dose".
  /\bnever (?:got|received|needed|had|reached)\b/,
  // A measure moved: "brought the length of stay down by almost a day".
  new RegExp(`\\b(?:down|up) by (?:about |almost |nearly |over |more than |roughly )?(?:${NUMBER_WORD}|half|a third|a quarter)\\b`),
  // Harm spared: "so she wasn't delayed", "he was never charged".
  /\b(?:was|were)(?: not|n't| never) (?:delayed|harmed|hurt|charged|billed|kept waiting)\b/,
  // Put right: "it got fixed", "the bill got sorted out" (told in the past: "so it gets fixed" is a purpose).
  /\bgot (?:\w+ )?(?:fixed|sorted|resolved|corrected|cleared up|put right)\b/,
  // Set against what came before: "412 flu shots, almost double the year before".
  /\b(?:almost |nearly |about |more than )?(?:double|twice|triple|half) (?:the (?:year|month|week|number|rate)|what (?:we|it|they) (?:had|did|was|were)|last (?:year|month|week))\b/,
  // "It worked", "that helped": the speaker's verdict on the step, not "I worked nights".
  /\b(?:it|this|that|the (?:plan|change|idea|system|approach|list|rota|checklist)) (?:really |actually )?(?:worked|helped)\b/,
];

/**
 * The speaker has no news of how it went: "I haven't really had feedback on it since", "I
 * couldn't tell you where she ended up", "we lost touch", "I never found out whether he came
 * back", "I'm not sure how it turned out". What such a sentence says happened, or leaves open, is
 * not how the story ended. Not "I wasn't sure how to tell him": a doubt about what to do.
 */
export const NO_NEWS = /\b(?:not|never|un)(?: \w+)? ?sure (?:how|what|whether|if|where)\b(?! to\b)|\bno idea (?:how|what|whether|if|where)\b(?! to\b)|\b(?:(?:have|has|had)(?: not|n't)|never) (?:\w+ )?(?:had|got|gotten|received) (?:any |much )?(?:feedback|news|word|updates?)\b|\b(?:don't|do not|didn't|did not|never|couldn't|could not|can't|cannot) (?:\w+ )?(?:know|find out|found out|hear|heard|tell you|learn|learned|learnt)(?: back)? (?:how|what|whether|if|where)\b|\bnever heard back\b|\b(?:never|didn't|did not) hear(?:d)? (?:anything |back |more )?from\b|\blost (?:touch|track|contact)\b/;

/**
 * Said with no news of how it went (NO_NEWS), in the clause or just before it in its sentence:
 * "I couldn't tell you where she ended up", "I haven't had feedback since, because the rotation
 * ended the week after".
 */
export function toldWithNoNews(clauses: readonly Clause[], clause: Clause): boolean {
  return NO_NEWS.test(clauses.slice(Math.max(0, clause.index - 2), clause.index + 1).filter((c) => c.sentence === clause.sentence).map(lower).join(" "));
}

/** The clause in lowercase as written, without a leading "and"/"but"/"so", and "didn't" (split by the tokenizer) whole again. */
export const lower = (c: Clause) => c.words.map((w) => w.text.toLowerCase()).join(" ").replace(/ (?=n't\b)/g, "").replace(/^(?:and|but|so|then|or)\s+/, "");

/**
 * The speaker leaving the story ("I rotated off the next morning", "I left that practice a month
 * later"): dated like an outcome, but it says nothing of how things went.
 */
export const LEFT_THE_STORY = /^(?:and |so |then )?i (?:\w+ )?(?:rotated (?:off|out|on)|left|moved (?:on|away|to)|finished (?:my|the|that) (?:rotation|placement|block|elective|clerkship)|went on (?:leave|holiday|vacation)|(?:was|went|rotated) off (?:service|duty|shift|the (?:service|ward|unit|team))|changed (?:rotations?|jobs?|teams?|sites?))\b/;

/** The speaker's verdict on how it went ("thankfully ..."): an outcome only after the speaker's own steps. */
export const VERDICT = /\b(?:thankfully|luckily|fortunately|happily|sadly|unfortunately)\b/;

/**
 * What else was going on at the time ("there were a lot of changes that year"): dated like an
 * outcome by "that year", but background, unless it says what changed ("there were fewer falls that year").
 */
export function alsoGoingOn(text: string): boolean {
  return /^(?:\w+ )?there (?:was|were) (?!no\b|nothing\b|not\b)(?:\S+ ){0,6}that (?:spring|summer|autumn|fall|winter|year)\b/.test(text) && !OUTCOME.some((o) => o !== TIME_MARKER && o.test(text));
}
