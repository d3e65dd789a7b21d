// The shapes of an answer read into clauses (see clauses.ts for how they are read).
import type { Token } from "./language.js";

export type Person = "I" | "we" | "other" | "none";
export type Tense = "past" | "perfect" | "present" | "would" | "future" | "none";

export interface Word extends Token {
  index: number;
  clause: number;
  /** Inside the scope of a negation ("I haven't done any research"). */
  negated: boolean;
  /** The word is itself a part of speech for a verb (after "would", "to", "I" a noun tag is corrected). */
  verb: boolean;
  /** Part of a set phrase that means something else ("on call", "on the same page"): a cue of this word alone does not match it. */
  inPhrase?: boolean;
}

export interface Clause {
  index: number;
  sentence: number;
  words: Word[];
  subject: Person;
  tense: Tense;
  /** A wish or plan, not a deed: "I'd like to", "I hope to", "I want to". */
  unreal: boolean;
  /** A condition ("if there isn't ..."): fine in a process answer, not a story event. */
  conditional: boolean;
  /** What would happen or be done, not what did ("I'd talk to her", "if I made an error", "I'm hoping it will show"); "could" alone is past ability. */
  hypothetical: boolean;
  /** Something that no longer holds ("I used to go"), was said only to oneself ("I told myself") or was not done ("I should have told her"). */
  lapsed: boolean;
  /** A habit stated in the present ("I always respect autonomy") or in a recurring setting ("on every rotation I've tried to"). */
  habitual: boolean;
  text: string;
}

export interface Reading {
  sentences: string[];
  words: Word[];
  clauses: Clause[];
}
