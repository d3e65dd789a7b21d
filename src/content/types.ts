// Content after loading: durations in seconds, defaults filled in, ids from file names. Kept
// apart from schema.ts so that code which only reads content never pulls zod into its chunk.
import { basename, extname } from "node:path";
import type { ContentIssue } from "../io/errors.js";
import type { InterviewFormat, PlaceKind } from "./interview-kinds.js";
import type { DONE_BY, PHASES, QUESTION_FORMATS } from "./schema.js";

export type QuestionFormat = (typeof QUESTION_FORMATS)[number];
export type Phase = (typeof PHASES)[number];
export type ContentKind = "deck" | "checklist";

export interface Point {
  text: string;
  keywords: string[];
  /** Cues that undo the point when the answer says them (not negated); left out when the deck gives none. */
  unless?: string[];
  /** Cues of a second requirement the point joins with "and": the point needs one of these as well as one of `keywords`; left out when the deck gives none. */
  also?: string[];
}

export interface Question {
  id: string;
  text: string;
  category?: string;
  tags: string[];
  format: QuestionFormat;
  /** Answer time in seconds (question override, else the deck default, else 120). */
  answerSeconds: number;
  points: Point[];
  /** Competency ids the question asks for (see competencies.ts); left out when the deck gives none. */
  competencies?: string[];
  tips: string[];
  followups: string[];
}

export interface Deck {
  kind: "deck";
  id: string;
  title: string;
  description?: string;
  /** The kind of interview the deck prepares for; absent: residency. It words the scale for questions you ask. */
  interview?: PlaceKind;
  prepSeconds: number;
  answerSeconds: number;
  questions: Question[];
}

export interface ChecklistItem {
  id: string;
  text: string;
  why?: string;
  /** Days relative to the interview date. */
  dueDays?: number;
  /**
   * The record that shows the item done, so that it is ticked without asking: "review" once the
   * program's review is written (its form asks for impressions, scores and open questions),
   * "thank-you-notes" once everyone the review names is thanked (`followups --done`).
   */
  doneBy?: (typeof DONE_BY)[number];
}

export interface ChecklistSection {
  title: string;
  phase: Phase;
  /** Only for interviews recorded with one of these formats; for every interview when absent. */
  formats?: InterviewFormat[];
  items: ChecklistItem[];
}

export interface Checklist {
  kind: "checklist";
  id: string;
  title: string;
  description?: string;
  sections: ChecklistSection[];
}

export type Content = Deck | Checklist;

/** Where a content file came from; a later layer overrides an earlier one by id. */
export interface Source {
  layer: string;
  file: string;
}

export type Loaded<T extends Content = Content> = T & { source: Source };

export const DEFAULT_PREP_SECONDS = 20;
export const DEFAULT_ANSWER_SECONDS = 120;
export type { InterviewKind, PlaceKind } from "./interview-kinds.js";

/** One content file loaded: its content, or every issue that keeps it out. */
export type LoadResult = { ok: true; content: Content } | { ok: false; issues: ContentIssue[] };

/** The id of a deck or checklist file: its name without the extension ("decks/cardio.yaml" is "cardio"). */
export function contentIdOf(path: string): string {
  return basename(path, extname(path));
}
