// STAR parts of a spoken or written story, read from its structure rather than from cue words:
// Situation = a specific occasion or setting (a time or place anchor in a past narrative);
// Task = what the speaker had to do, was responsible for or set out to do; Action = the
// speaker's own first-person steps, with any verb that is a deed (not "felt", "realised");
// Result = how it turned out (an outcome, a number, a changed state), told after the setting. Labels ("Task: ...") always count.
import { evidenceOf, readClauses, type Clause, type Reading } from "./clauses.js";
import { loadLanguage } from "./language.js";
import { tellsLesson } from "./lessons.js";
import { closing, toldAsNow } from "./star-closing.js";
import { OPENERS } from "./fillers.js";
import { alsoGoingOn, FINDING, LEFT_THE_STORY, lower, OUTCOME, TIME_MARKER, TIME_SPAN, toldWithNoNews, VERDICT } from "./star-outcomes.js";
import { ANCHORS, NUMBER_WORD } from "./story-setting.js";

export const STAR_PARTS = ["situation", "task", "action", "result"] as const;
export type StarPart = (typeof STAR_PARTS)[number];

/** The sentence that shows each part, for the parts found. */
export interface StarFound {
  situation?: string;
  task?: string;
  action?: string;
  result?: string;
  /** Steps were told only as "we": the coach asks what the speaker did. */
  weOnly: boolean;
}

/** Verbs that report a state of mind or body, not a step taken. */
const NOT_A_STEP = new Set(["be", "have", "feel", "think", "assume", "presume", "know", "notice", "realize", "see", "hear", "want", "wish", "hope", "like", "love", "enjoy", "need", "seem", "remember", "forget", "understand", "believe", "guess", "worry", "freeze", "panic", "tend", "mean", "care", "prefer", "happen", "suppose", "expect", "imagine", "wonder", "doubt", "learn", "get", "become", "wait", "sleep", "disagree", "watch", "observe", "stand", "'m", "am", "do"]);
/**
 * The speaker's own duty: "I" right before it (one adverb may come between), or no subject after a
 * link word ("in the order it had to happen" is the order's), or the "who" of "I was the one who".
 */
const BY_ME = String.raw`(?:^|\bi\s+(?:\S+\s+)?|^(?:and|then|so|but|who|that)\s+)`;
/** A standing duty told in the past: "I was in charge of the rota", "I was handling the schedule". */
const STANDING_DUTY = new RegExp(String.raw`${BY_ME}(?:was|were) (?:responsible|in charge|on the hook|covering|the only one|handling|managing|running|looking after)\b`);
/** Going somewhere, which an aim may follow ("I went in hoping to"). */
const WENT = "went|gone|go|going|came|come|turned up|showed up|headed";
const AIM = String.raw`(?:(?:mostly|partly|really|secretly|half|just) )?(?:wanting|hoping|trying|looking|determined) to\b`;
/** The going, and its aim in a clause of its own: "I went to a mixer in Austin, | mostly hoping to find out". */
const WENT_TO = new RegExp(String.raw`\b(?:${WENT})\b`);
const AIM_GOING_ON = new RegExp(`^${AIM}`);
/** Whom a promise is made to: "promised him", "promised his daughter". */
const PROMISEE = String.raw`(?:him|her|them|us|the \S+|his \S+|her \S+|their \S+|my \S+)`;
const TASK = [
  new RegExp(String.raw`${BY_ME}(?:had|needed|was supposed|was expected|was asked|was meant|was told|was tasked|was assigned|was determined|was due|set out|planned|hoped|was planning|was hoping|was trying|was aiming|wanted|intended|aimed|tried|promised|agreed|offered|(?:needed|wanted) (?:him|her|them|us|everyone)) to\b`),
  STANDING_DUTY,
  /\b(?:volunteered|set myself|took it on myself) to\b|\bwas (?:given|handed|assigned) (?:the|a|an) (?:task|job|role|responsibility|project)\b|\bwas (?:put in charge|charged with)\b|\btook (?:on|charge)\b/,
  // Where the speaker went and what for: "I went in wanting to", "I'd gone hoping to hear whether".
  new RegExp(String.raw`\b(?:${WENT})(?: (?:in|along|there|over))? ${AIM}`),
  // A promise made to someone, with what was promised: "I had promised the family an update".
  new RegExp(String.raw`${BY_ME}(?:had )?promised ${PROMISEE} (?:an?|the|my|our|some|that|to|i(?: ?'d| would))\b`),
  // A duty with its deadline: "I had two weeks to learn the new system".
  new RegExp(String.raw`${BY_ME}had (?:only |just )?(?:${NUMBER_WORD}) (?:minutes?|hours?|days?|weeks?|months?|shifts?) to\b`),
];
/** A promise to someone, its content in the clause after: "I'd promised his daughter". */
const PROMISED_SOMEONE = new RegExp(String.raw`${BY_ME}(?:had |'d )?promised ${PROMISEE}$`);
/** Ways of keeping in touch: promised ("I said I'd call her every afternoon"), they are the follow-up. */
const CONTACT = new Set(["call", "ring", "phone", "email", "text", "update", "contact", "visit"]);
const FOLLOW_UP = new RegExp(`\\b(?:offered|promised|agreed) to (?:${[...CONTACT].join("|")})\\b`);
/** Whoever says it: the aim of the whole story. */
const GOAL = [
  // "My job that night was", "the goal I set myself was" ("my job is" only in a story told in the present, read as past).
  /\b(?:my|our|the) (?:(?:first|main|only|immediate|own|primary|real|whole) )?(?:job|role|part|task|goal|aim|responsibility|priority|plan|brief|remit|challenge)(?: [\w'-]+){0,3}? (?:was|were|had been|is)\b/,
  // "What I owed him was", "checking labs was on me" (not "that one was on me": a mistake owned).
  /^what (?:i|we) (?:owed|promised) (?:him|her|them|the \S+)\b|^(?:i|we) set (?:myself|ourselves) (?:was|is) to\b|(?<!\b(?:that|this|that one|this one|mistake|error|blame|fault|miss) )\b(?:was|were) (?:all )?on me\b/,
  // "it fell to me", "I saw it as my job to make sure", "I set myself the goal of getting every presentation under three minutes".
  /\b(?:it (?:was (?:(?:kind of|sort of|really|basically) )?(?:up to me|my job|on me)|fell to (?:me|us))|(?:saw|took|treated) it as (?:my|our) (?:job|responsibility|role|duty)|set (?:myself|ourselves) (?:a|the|one) (?:goal|target|task|aim|challenge))\b/,
  // "the final plan was my responsibility", "the decision to escalate was mine": the duty named after it.
  /\b(?:was|were) (?:my|our) (?:responsibility|job|task|call|decision)\b|\b(?:responsibility|job|task|call|decision|choice)\b(?: \S+){0,4} (?:was|were) (?:mine|ours)\b/,
];
/**
 * What someone asked of the speaker ("my manager asked me to get the bookings under control"):
 * the task when told before the speaker's own steps; after them ("the attending asked me to
 * present first") it is how things turned out.
 */
const ASKED_OF_ME = /\b(?:asked|told|needed|wanted|tasked|charged|trusted) (?:me|us) (?:\S+ )?to\b(?! (?:leave|go|stop|wait|sit|come in)\b)|\bput (?:me|us) in charge\b/;
/** The team's duty ("we still had to hit our targets"): the task when told before the speaker's own steps. */
const TEAM_DUTY = /^(?:we|our team) (?:still |also |all |really |just )?(?:had|needed) to\b/;
export const REPORTING = new Set(["tell", "promise", "say", "assure", "agree", "reassure", "explain", "decide"]);
const LABEL = /^\s*(?:#{1,6}\s*|\*\*|__)?\s*(situation|task|actions?|results?|outcome)\s*(?:\*\*|__)?\s*(?::|-|—|–|$)\s*(.*)$/i;

/** Parts named by the candidate: "Task: ...", "### Action" (the text below the heading). */
function labelledParts(text: string): Partial<Record<StarPart, string>> {
  const found: Partial<Record<StarPart, string>> = {};
  // A label may also start a sentence inside a line: "... she agreed. Result: By May the wait halved."
  const lines = text.split(/\r?\n|(?<=[.!?])[ \t]+(?=(?:\*\*|__)?(?:situation|task|actions?|results?|outcome)\s*(?:\*\*|__)?\s*:)/i);
  lines.forEach((line, i) => {
    const m = LABEL.exec(line);
    if (!m) return;
    const name = m[1]!.toLowerCase();
    const part: StarPart = name.startsWith("situation") ? "situation" : name.startsWith("task") ? "task" : name.startsWith("action") ? "action" : "result";
    const body = m[2]!.trim() || lines.slice(i + 1).find((l) => l.trim())?.trim() || "";
    if (body && !found[part]) found[part] = body.split(/(?<=[.!?])\s+/)[0]!;
  });
  return found;
}

/** A clause that opens on when the speaker did it: "after that I", "at the end of the day I", "after a day I". */
const STEP_DATED = new RegExp(`^(?:and |then )?(?:after that|afterwards|at the end of the (?:day|shift|week)|(?:after|within) (?:${NUMBER_WORD}) (?:hours?|days?|weeks?)),? i\\b`);
const pastStory = (c: Clause) => c.tense === "past" || c.tense === "perfect";

/** The main verb of a clause (the last of a verb group: "had sent" -> "sent"). */
export function mainVerb(c: Clause) {
  const verbs = c.words.filter((w) => w.verb && w.normal !== "to");
  return verbs.find((w) => w.pos === "VERB" || !["AUX"].includes(w.pos)) ?? verbs[verbs.length - 1];
}

/** Verbs before "to" that make what follows a duty ("had to", "needed to", "was asked to"). */
const DUTY = new Set(["have", "need", "suppose", "expect", "ask", "tell", "mean", "task"]);
/** Clauses that set the background rather than tell a step: "When I moved to Ohio, ...". */
const BACKGROUND = new Set(["when", "while", "as", "because", "since", "although", "though", "if"]);

/** The speaker owning a mistake: "that was my fault", "that was on me". */
const FAULT = /\b(?:my (?:fault|mistake|error|miss)|(?:was|is) (?:all |totally |entirely |completely )?on me)\b/;
/** Deeds gone wrong: "I booked her on the wrong day", "I double-booked a surgeon". */
const GONE_WRONG = /\b(?:wrong|by mistake|double-?book(?:ed|ing)?|mixed up)\b/;
/** Verbs of catching or mending a mistake: a step even in the sentence that names it ("I caught the wrong dose"). */
const MENDING = new Set(["notice", "catch", "find", "spot", "see", "realize", "fix", "correct", "flag", "report", "tell", "apologize", "call", "phone", "ring", "change", "redo", "rebook", "check", "cancel", "own"]);

/**
 * The mistake a story is about, told as the speaker's deed ("I scheduled her MRI on the wrong
 * day", "I signed the renewal without opening her list: that was on me"): what went wrong, not a
 * step taken to deal with it.
 */
function theMistake(c: Clause, clauses: readonly Clause[]): boolean {
  const verb = mainVerb(c);
  if (c.subject !== "I" || !verb || MENDING.has(verb.lemma)) return false;
  // Owned in the clause itself or the one after it ("..., and that was totally my fault"): an
  // unpunctuated transcript is one long sentence, whose later steps are not the mistake.
  const next = clauses[c.index + 1];
  // Owned (or denied) just before it, the deed told right after is the mistake's own telling
  // ("That was on me: I signed the renewal without...", "It wasn't my error; I had written the
  // order correctly"); a step joined on ("that was my fault, so I rang her") is no part of it.
  const before = clauses[c.index - 1];
  const ownedBefore = before?.sentence === c.sentence && FAULT.test(lower(before)) && c.words[0]?.normal === "i";
  return GONE_WRONG.test(lower(c)) || FAULT.test(lower(c)) || (next?.sentence === c.sentence && FAULT.test(lower(next))) || ownedBefore;
}

function isStep(c: Clause, processAnswer: boolean, inStory = false): boolean {
  // "What I took from it is...": the lesson drawn is no step either.
  if (c.unreal || c.habitual || c.lapsed || BACKGROUND.has(c.words[0]!.normal) || tellsLesson(c)) return false;
  // "What I did was twelve hours on the simulator", "All I did was mention her name": the deed is named after "was".
  if (c.tense === "past" && /^(?:what|all) i did was\b/.test(lower(c))) return true;
  const verb = mainVerb(c);
  if (!verb || verb.negated) return false;
  const i = c.words.indexOf(verb);
  const next = c.words[i + 1];
  if (next?.normal === "myself") return false; // "I told myself it wasn't my place"
  // "I pushed through on coffee", "I just kept going": enduring is no step taken.
  if ((["push", "power", "soldier", "plough", "plow", "struggle"].includes(verb.lemma) && ["through", "thru", "on"].includes(next?.normal ?? "")) || (["keep", "carry"].includes(verb.lemma) && ["going", "on"].includes(next?.normal ?? ""))) return false;
  // "...and passed": an exam passed is how it turned out ("passed a tube" is still a step).
  if (verb.lemma === "pass" && (!next || next.pos === "ADV")) return false;
  // "I was exhausted", "I got called in", "I was upset": a state or something done to the
  // speaker (a participle, also one spelt like its verb: "upset", "hurt", "put").
  const before = c.words[i - 1];
  if (before && ["be", "get"].includes(before.lemma) && verb.pos === "VERB") return false;
  // "I'm very detail oriented": describing words between "be" and the participle change nothing.
  const be = c.words.slice(0, i).map((w) => (/^(?:i'm|we're|you're|they're|he's|she's|it's)$/.test(w.normal) ? "be" : w.lemma)).lastIndexOf("be");
  if (be !== -1 && verb.pos === "VERB" && c.words.slice(be + 1, i).every((w) => ["ADV", "ADJ", "NOUN"].includes(w.pos))) return false;
  // "I was the only student covering the floor", "I was covering nights": an ongoing duty or
  // the background of the story, not one of its steps.
  if (verb.normal.endsWith("ing") && c.words.slice(0, i).some((w) => w.lemma === "be")) return false;
  // "I was, like, booking appointments" cut at its commas: a participle with no "be" of its own
  // ("booking appointments", "checking the list") goes with another clause; it is no step.
  if (verb.normal.endsWith("ing") && verb.normal !== verb.lemma && !c.words.slice(0, i).some((w) => w.verb)) return false;
  // "I had to explain the delay": a duty, told as the Task, not a step taken.
  if (before?.normal === "to" && DUTY.has(c.words[i - 2]?.lemma ?? "")) return false;
  // "I had him tell me back": a causative "had" is a step.
  const causative = verb.lemma === "have" && next && ["PRON", "PROPN", "NOUN"].includes(next.pos) && c.words.slice(i + 2, i + 4).some((w) => w.verb);
  // "I got her a chair", "I did a two-day course" (tagged a verb then): with an object, a deed.
  const withObject = (verb.lemma === "get" && next && ["PRON", "DET", "NOUN", "PROPN"].includes(next.pos)) || (verb.lemma === "do" && verb.pos === "VERB");
  if (NOT_A_STEP.has(verb.lemma) && !causative && !withObject) return false;
  if (c.tense === "past") return true;
  // A story told in the present ("After the meeting I ask her for a coffee"), as some speakers
  // tell a past event: a first-person deed after the setting, not a habit, is a step.
  if (inStory && c.tense === "present" && c.subject === "I" && verb.pos === "VERB" && !toldAsNow(c)) return true;
  // A process answer ("first I'd let them vent, then...") tells steps the speaker would take.
  return processAnswer && c.tense === "would";
}

/**
 * STAR parts of an answer already read into clauses. `plans`: whether the steps of an answer
 * that tells no story ("first I'd listen, then I'd call billing") count as its Action: yes for a
 * question that asks what you would do, no where a story was asked for (a story question, a
 * story in the bank), since a plan is not what happened.
 */
export function findStar(reading: Reading, text: string, { plans = true }: { plans?: boolean } = {}): StarFound {
  const labels = labelledParts(text);
  const clauses = reading.clauses;
  const sentencePast = new Set(clauses.filter(pastStory).map((c) => c.sentence));
  // A setting may also be told without a verb, as a note would: "One day on the ward." (Not in a habit's sentence: "I always check when tired.")
  const verbless = (c: Clause) => c.tense === "none" && !c.words.some((w) => w.verb) && !clauses.some((h) => h.habitual && h.sentence === c.sentence);
  // An outcome dated at the end ("complaints dropped to zero that year") is not the setting.
  // Neither a habit ("on every rotation I've tried") nor the lesson drawn ("I've learned that
  // everyone on the unit...") is the occasion the story is about.
  // The story opens after what opens the turn ("Sure,", "Um."): only later clauses can be how it ended.
  const opening = clauses.findIndex((c) => !c.words.every((w) => OPENERS.has(w.normal) || w.pos === "INTJ"));
  const situationClause = clauses.find((c) => !c.unreal && !c.habitual && !tellsLesson(c) && (pastStory(c) || (c.tense === "none" && sentencePast.has(c.sentence)) || verbless(c)) && ANCHORS.some((a) => a.test(lower(c))) && !(c.index > opening && OUTCOME.some((o) => o.test(lower(c)))))
    // Or someone or something brought in ("A man on my list...", "An elderly woman with an aneurysm told me").
    ?? clauses.find((c) => (c.tense === "past" || (c.tense === "none" && sentencePast.has(c.sentence) && ["a", "an"].includes(c.words[0]!.normal))) && !c.unreal && c.words.some((w, i) => ["a", "an"].includes(w.normal) && c.words.slice(i + 1, i + 4).some((n) => n.pos === "NOUN")) && !c.words.some((w) => w.negated));
  const processAnswer = plans && !situationClause && !clauses.some((c) => c.tense === "past" && c.subject === "I" && !c.unreal);
  const steps = clauses.filter((c) => isStep(c, processAnswer, situationClause !== undefined && c.index > situationClause.index));
  const mine = steps.find((c) => c.subject === "I");
  // Told before the speaker's own first step; one in the setting's own sentence, or before it ("At
  // Valley Orthopedic I scheduled for five surgeons. When I started..."), is the background.
  const beforeOwnSteps = (c: Clause) => !steps.some((s) => s.subject === "I" && s.index < c.index && s.sentence > (situationClause?.sentence ?? -1));
  const task = clauses.find((c) => {
    const text = lower(c);
    // Only a negation before the duty undoes it: "I didn't have to" is no task, while "I needed
    // to make sure nothing was lost" is one.
    const negatedAt = c.words.findIndex((w) => w.negated);
    const head = negatedAt === -1 ? text : lower({ ...c, words: c.words.slice(0, negatedAt) });
    // The duty's own verb is past ("had to", "my job was"); a "would" later in the clause
    // ("my job was to explain that she would need care") does not make it hypothetical.
    const told = (pastStory(c) || (c.tense === "would" && !c.unreal)) && !c.habitual;
    // "I offered to ring him on Thursday": a call promised is a step of the follow-up, not the duty;
    // "while I was covering two clinics" the state the story happened in.
    if (FOLLOW_UP.test(head) || (/^(?:while|whilst|as) /.test(head) && STANDING_DUTY.test(head))) return false;
    // "By Black Friday I was running the returns desk": where the story ended up, not the duty.
    if (/^by\b/.test(head) && STANDING_DUTY.test(head.replace(/^by (?:\S+ ){1,3}(?=i\b)/, ""))) return false;
    // "If I had to learn a new system quickly, I would...": a duty supposed, not one the speaker had.
    if (c.conditional) return false;
    if (told && c.subject === "I" && TASK.some((t) => t.test(head))) return true;
    const [before, after] = [clauses[c.index - 1], clauses[c.index + 1]];
    // "I'd promised his daughter | I'd get everything done in one trip": the promise is the clause after.
    if (told && c.subject === "I" && PROMISED_SOMEONE.test(head) && after?.sentence === c.sentence && /^(?:that )?i (?:'d|would|'ll|will)\b/.test(lower(after))) return true;
    if (AIM_GOING_ON.test(head) && before?.sentence === c.sentence && before.subject === "I" && pastStory(before) && WENT_TO.test(lower(before))) return true;
    // "I decided I must learn this system in one month": a duty the speaker set themselves.
    if (told && /^(?:that )?i must\b/.test(head) && ["decide", "resolve", "know", "realize"].includes(before?.words.at(-1)?.lemma ?? "")) return true;
    if (told && GOAL.some((t) => t.test(head))) return true;
    // "...so we had to bring her in anyway", after the speaker's steps, is where the story went.
    if (told && (TEAM_DUTY.test(head) || ASKED_OF_ME.test(head)) && beforeOwnSteps(c)) return true;
    if (negatedAt !== -1) return false;
    // "I told him ... that I'd find out what happened": a commitment the speaker took on.
    if (c.subject !== "I" || c.tense !== "would" || !/^(?:that )?i (?:would|will|'d|'ll)\b/.test(text)) return false;
    const verb = mainVerb(c);
    if (!verb || NOT_A_STEP.has(verb.lemma) || CONTACT.has(verb.lemma)) return false;
    // "I told him I'd be upset too": how the speaker would feel, not what they took on.
    if (c.words[c.words.indexOf(verb) - 1]?.lemma === "be") return false;
    // "I told myself I would lead one day" is a thought, not a promise (such a clause is lapsed);
    // "if we hadn't agreed, I would have..." a condition, not what was agreed.
    const reported = clauses.slice(Math.max(0, c.index - 2), c.index).filter((b) => b.sentence === c.sentence && b.tense === "past" && !b.lapsed && !b.conditional);
    return reported.some((b) => b.words.some((w) => REPORTING.has(w.lemma)));
  });
  const ours = steps.find((c) => c.subject === "we");
  const start = Math.min(mine?.index ?? Infinity, situationClause?.index ?? Infinity, ours?.index ?? Infinity);
  const told = (c: Clause) => !c.unreal && (pastStory(c) || (c.tense === "none" && sentencePast.has(c.sentence)));
  // How it turned out comes after the speaker's first step ("our system went down" in the setting is the problem), else after the
  // setting or the team's first step; nor is the duty's own clause ("I had to get it approved by the next morning") how it turned out.
  // With neither a setting nor a step ("the wards were always full, so pressure was normal for
  // us"), nothing happened that could turn out one way or another.
  const outcomeFrom = mine?.index ?? (Number.isFinite(start) ? start : clauses.length);
  // "After that I stayed quiet", "at the end of the day I stayed late and finished the forms",
  // "after a day I realized she was right": the speaker's next step, unless the clause shows an outcome too.
  const nextStep = (c: Clause) => c.subject === "I" && STEP_DATED.test(lower(c)) && !OUTCOME.some((o) => o !== TIME_MARKER && o !== TIME_SPAN && o.test(lower(c)));
  const noNews = (c: Clause) => toldWithNoNews(clauses, c);
  const outcomes = clauses.filter((c) => c !== task && c.index > outcomeFrom && told(c) && OUTCOME.some((o) => o.test(lower(c))) && !nextStep(c) && !noNews(c) && !LEFT_THE_STORY.test(lower(c)) && !alsoGoingOn(lower(c)));
  // "It turned out the number on file was her brother's" is a finding along the way: a later
  // outcome ("she wrote afterwards to thank us") says how it ended, when the story tells one.
  // Nor is the setting's own sentence ("a classmate had no contacts at all") how it ended, when a later one tells it.
  // "Her INR came back at 5.8. I told my senior": what set the steps off, not how it ended.
  const actedOn = (c: Clause) => {
    const next = clauses.find((n) => n.sentence === c.sentence + 1);
    return next !== undefined && next.subject === "I" && steps.includes(next);
  };
  const result =
    outcomes.find((c) => !FINDING.test(lower(c)) && c.sentence !== situationClause?.sentence && !actedOn(c)) ??
    outcomes.find((c) => !FINDING.test(lower(c)) && c.sentence !== situationClause?.sentence) ??
    outcomes.find((c) => !FINDING.test(lower(c))) ??
    outcomes[0] ??
    (mine ? clauses.find((c) => c.index > mine.index && told(c) && VERDICT.test(lower(c))) : undefined) ??
    (mine && situationClause ? closing(clauses, steps.filter((c) => c.subject === "I").at(-1)!, noNews) : undefined) ??
    // Told first, with a figure ("Within three months our notes were closed the same day for 90% of visits") or as the end ("The patient was fine in the end"), the result opens the story.
    (mine ? clauses.find((c) => c.sentence === 0 && c !== situationClause && c.index < mine.index && told(c) && OUTCOME.some((o) => o !== TIME_MARKER && o.test(lower(c))) && /\d|\b(?:half|halved|doubled|twice|in the end)\b/.test(lower(c))) : undefined);
  const quote = (c: Clause | undefined) => (c ? evidenceOf(reading, c) : undefined);
  const deeds = steps.filter((c) => c.subject === "I" && !theMistake(c, clauses));
  const found: StarFound = { weOnly: !mine && ours !== undefined && !labels.action };
  const parts: Record<StarPart, string | undefined> = {
    situation: labels.situation ?? quote(situationClause),
    task: labels.task ?? quote(task),
    // The sentence that sets the scene ("at dinner I sat next to her") is quoted for the Action
    // only when no other sentence tells a step of the speaker's; the mistake the story is about
    // ("last year I gave a patient the wrong time") never is: it is where the story starts.
    action: labels.action ?? quote(deeds.find((c) => c.sentence > (situationClause?.sentence ?? -1)) ?? deeds.find((c) => c.sentence !== situationClause?.sentence) ?? deeds[0]),
    result: labels.result ?? quote(result),
  };
  for (const part of STAR_PARTS) if (parts[part]) found[part] = parts[part];
  return found;
}

/**
 * The STAR parts of any story text (an answer, a story from the story bank), each with the
 * sentence that shows it. Async because it loads the language model on first use (a few hundred
 * milliseconds); later calls are synchronous work of about a millisecond per answer.
 */
export async function starOf(text: string): Promise<StarFound> {
  const language = await loadLanguage();
  return findStar(readClauses(text, language), text);
}
