// What a clause's neighbours in its sentence, or its own last words, say of what it names, once
// every clause is read on its own (tense, subject, negation): a duty set aside by what follows, a
// topic denied by what follows, a denial shared by a verb joined with "or", a plan called off.
import type { Clause } from "./clause-types.js";

/** Verbs of telling, whose reported words are not said when the telling is denied. */
const TELLING = new Set(["tell", "say", "mention", "admit", "reveal", "disclose", "announce", "confess"]);

/** Verbs of meaning to do something, which a later "I never did" leaves undone. */
const INTENDING = new Set(["mean", "intend", "plan", "want", "aim", "hope"]);

/** A clause that disowns the one before it: "but that's not mine", "that isn't me", "which is not true of me". */
const DISOWNING = /^(?:but |and )?(?:that|this|which|it) (?:'s|is|was) ?(?:not|n't) (?:mine|me|true|true of me|the case|my weakness)$/;

/** Marks, in place, what the clause after takes back or the clause itself calls off. */
export function readAcrossClauses(clauses: readonly Clause[]): void {
  for (const clause of clauses) {
    // "I would make sure we used a structured tool": what a would-be "make sure" or "ensure"
    // brings about is as imagined as the clause that says it, whatever the tense of its verb.
    const bringer = clauses[clause.index - 1];
    if (bringer?.sentence === clause.sentence && bringer.hypothetical && /\b(?:make sure|ensure|see to it)$/.test(bringer.words.map((w) => w.normal).join(" "))) {
      Object.assign(clause, { tense: "would", hypothetical: true, unreal: bringer.unreal });
    }
    // "I should probably prepare some questions, but I usually just wing it": a duty owned and
    // set aside in the same breath is not done. ("I should ask her first, but if she refuses I'd
    // escalate" is a plan: what comes after "but" is then no habit or past deed.)
    // ("..., but I haven't really tried that yet": not done so far either.)
    if (clause.words[0]!.normal === "but" && clause.subject === "I" && !clause.hypothetical && (clause.habitual || clause.tense === "past" || clause.tense === "perfect")) {
      const owned = clauses.slice(0, clause.index).filter((c) => c.sentence === clause.sentence);
      const duty = owned.findLastIndex((c) => c.words.some((w, i) => ["should", "ought"].includes(w.normal) && !["have", "'ve"].includes(c.words[i + 1]?.normal ?? "")));
      // ("I should start blocking time and also asking my senior": the "-ing" goes on from "start".)
      const goesOn = (c: Clause) => c.words[0]!.normal === "and" && c.words.find((w) => w.verb)?.normal.endsWith("ing") === true && !c.words.slice(0, 3).some((w) => w.pos === "PRON");
      if (duty !== -1) for (const c of owned.slice(duty)) if (c.tense === "would" || goesOn(c)) c.lapsed = true;
    }
    // "Telehealth, we didn't really do that there": a topic set out first, then denied through a
    // word that points back at it, is denied too.
    const denial = clauses[clause.index + 1];
    const pointsBack = denial?.sentence === clause.sentence && denial.words.some((w) => w.negated && ["that", "this", "those"].includes(w.normal));
    // ("People expect me to say perfectionism, but that's not mine": disowned whole, verbs and all.)
    const disowned = denial?.sentence === clause.sentence && DISOWNING.test(denial.words.filter((w) => w.pos !== "PUNCT").map((w) => w.normal).join(" "));
    if ((pointsBack && !clause.words.some((w) => w.verb)) || disowned) for (const w of clause.words) w.negated = true;
    // "I was not allowed to write notes or examine patients": a verb joined by "or" (or "nor")
    // straight on to a denial that runs to its last word, with no subject of its own, is denied
    // with it; so is one in a list before it, after a comma ("I did not write notes, enter
    // orders or examine patients"). ("I didn't call her, or I would have..." starts afresh.)
    const previous = clauses[clause.index - 1];
    const before = previous?.sentence === clause.sentence ? previous.words : [];
    const joined = ["or", "nor"].includes(clause.words[0]!.normal);
    const lastDenied = before.at(-1)?.negated === true && clause.words[0]!.index - before.at(-1)!.index <= (joined ? 1 : 2);
    // Coordinated verbs share a form: "write ... or examine", "never examined or treated". One
    // with an auxiliary of its own says something new: "they haven't slept, are frightened".
    const [deniedVerb, verb] = [before.findLast((w) => w.verb && w.negated), clause.words[joined ? 1 : 0]];
    const sameForm = deniedVerb !== undefined && verb?.verb === true && verb.pos !== "AUX" && (deniedVerb.normal === deniedVerb.lemma) === (verb.normal === verb.lemma);
    if (lastDenied && sameForm) for (const w of clause.words) w.negated = true;
    // "I don't think there is anything I need to explain", "there's nothing I'd change": a clause
    // that says what the nothing is, straight after it, is denied with it.
    const none = before.at(-1);
    if (none && clause.words[0]!.index === none.index + 1 && (none.normal === "nothing" || (none.normal === "anything" && none.negated))) for (const w of clause.words) w.negated = true;
    // "I wouldn't tell him I applied", "I never said that I'd help": what a denied telling would
    // have said is not said, whatever is true of it, so it earns nothing either.
    const told = before.findLast((w) => w.verb && w.negated && TELLING.has(w.lemma));
    const reported = told !== undefined && before.at(-1)!.index - told.index <= 1 && clause.words[0]!.index === before.at(-1)!.index + 1;
    if (reported && (clause.words[0]!.normal === "that" || clause.words[0]!.pos === "PRON")) for (const w of clause.words) w.negated = true;
    // "I was the one who had to tell her son", "I was the only person that called": the relative
    // clause's "who" is the speaker.
    const oneWho = previous?.sentence === clause.sentence && /^i was the (?:only )?(?:one|person)$/.test(previous.words.map((w) => w.normal).join(" "));
    if (oneWho && ["who", "that"].includes(clause.words[0]!.normal)) clause.subject = "I";
    // "I'd like to say I keep careful notes, but I don't", "nodding like she understood, but she
    // didn't": a bare denial after "but" takes back what was said just before of the same person.
    const bare = clause.words.filter((w) => w.pos !== "PUNCT").map((w) => w.normal).join(" ");
    const takenBack = /^but (i|she|he|they|we) (?:do|did|does|have|had|has|can|could|am|is|are|was|were)(?: not|n't)(?: really| always| yet)?$/.exec(bare)?.[1];
    const samePerson = takenBack === "i" ? previous?.subject === "I" : previous?.words.some((w) => w.normal === takenBack && w.pos === "PRON");
    if (previous?.sentence === clause.sentence && takenBack && samePerson) {
      for (const w of previous.words) if (w.normal !== takenBack) w.negated = true;
    }
    // "I meant to file an incident report, but it got lost in a busy week and I never did": an
    // intention told in the past and denied later in its sentence by a bare "I never did" lapsed.
    if (/^(?:but |and |so )?(?:honestly )?i (?:never did|did not|never got (?:round|around) to it)$/.test(bare)) {
      const meant = clauses.slice(0, clause.index).findLast((c) => c.sentence === clause.sentence && c.subject === "I" && c.words.some((w, i) => w.verb && INTENDING.has(w.lemma) && c.words[i + 1]?.normal === "to"));
      if (meant) meant.lapsed = true;
    }
    // "My school's interest group was cancelled", "the away rotation fell through": what was
    // called off did not happen, as if denied.
    const calledOff = clause.words.findIndex((w, i) => (["cancelled", "canceled", "scrapped"].includes(w.normal) && ["was", "were", "got", "been"].includes(clause.words[i - 1]?.normal ?? "")) || (w.normal === "fell" && ["through", "thru"].includes(clause.words[i + 1]?.normal ?? "")));
    for (const w of clause.words.slice(0, Math.max(0, calledOff))) w.negated = true;
  }
}
