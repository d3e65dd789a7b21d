// `stories check`: how the story bank covers what a deck asks. Per competency, the stories that
// show it and the questions that ask for it; the gaps (asked, but no story), most-asked first;
// each story's STAR parts with the sentence that shows them; and stories so alike that one of
// them could go. Pure: decks, stories and uses in, a report out.
import { competencyLabel } from "../content/competencies.js";
import type { Deck } from "../content/types.js";
import { STOP_WORDS, wordsOf } from "../practice/words.js";
import { starEvidence, type StarEvidence } from "./star-evidence.js";
import { STAR_PARTS, toldText, type StarPart, type Story } from "./story.js";
import { byName } from "../io/order.js";

export interface QuestionRef {
  deck: string;
  id: string;
  text: string;
}

export interface CompetencyCoverage {
  id: string;
  label: string;
  /** Titles of the stories that show it. */
  stories: string[];
  questions: QuestionRef[];
}

export interface StoryCheck {
  title: string;
  slug: string;
  file: string;
  competencies: string[];
  /** Questions of the checked decks this story can answer (they share a competency). */
  questions: QuestionRef[];
  star: StarEvidence;
  /** STAR parts the analysis does not find in the story's own text. */
  missing: StarPart[];
  /** Answers in history that named this story. */
  used: number;
}

export interface NearDuplicate {
  a: string;
  b: string;
  /** Share of content words the two stories have in common, 0-1. */
  similarity: number;
}

export interface CheckReport {
  decks: { id: string; title: string }[];
  competencies: CompetencyCoverage[];
  /** Asked by the decks, shown by no story: most-asked first. */
  gaps: { id: string; label: string; questions: number }[];
  stories: StoryCheck[];
  duplicates: NearDuplicate[];
}

/** Two stories sharing this share of their content words tell much the same experience. */
export const DUPLICATE_SIMILARITY = 0.5;

/** `uses`: answers per story slug. `known`: every competency id, in list order. */
export function checkStories(stories: readonly Story[], decks: readonly Deck[], known: readonly string[], uses: ReadonlyMap<string, number> = new Map()): CheckReport {
  const questions = decks.flatMap((deck) => deck.questions.map((q) => ({ ref: { deck: deck.id, id: q.id, text: q.text }, competencies: q.competencies ?? [] })));
  const asking = (id: string) => questions.filter((q) => q.competencies.includes(id)).map((q) => q.ref);
  const competencies = known
    .map((id) => ({ id, label: competencyLabel(id), stories: stories.filter((s) => s.competencies.includes(id)).map((s) => s.title), questions: asking(id) }))
    .filter((c) => c.stories.length || c.questions.length);
  const gaps = competencies
    .filter((c) => c.questions.length && !c.stories.length)
    .map((c) => ({ id: c.id, label: c.label, questions: c.questions.length }))
    .sort((a, b) => b.questions - a.questions || known.indexOf(a.id) - known.indexOf(b.id));
  const checks = stories.map((story) => {
    const star = starEvidence(story);
    return {
      title: story.title,
      slug: story.slug,
      file: story.file,
      competencies: story.competencies,
      questions: questions.filter((q) => q.competencies.some((c) => story.competencies.includes(c))).map((q) => q.ref),
      star,
      missing: STAR_PARTS.filter((part) => !star[part].found),
      used: uses.get(story.slug) ?? 0,
    };
  });
  return { decks: decks.map((d) => ({ id: d.id, title: d.title })), competencies, gaps, stories: checks, duplicates: nearDuplicates(stories) };
}

/** Pairs of stories whose content words overlap by DUPLICATE_SIMILARITY or more (Jaccard), most alike first. */
export function nearDuplicates(stories: readonly Story[]): NearDuplicate[] {
  const words = stories.map((story) => contentWords(`${story.title} ${toldText(story)}`));
  const pairs: NearDuplicate[] = [];
  for (let i = 0; i < stories.length; i++) {
    for (let j = i + 1; j < stories.length; j++) {
      const similarity = jaccard(words[i]!, words[j]!);
      if (similarity >= DUPLICATE_SIMILARITY) pairs.push({ a: stories[i]!.title, b: stories[j]!.title, similarity: Math.round(similarity * 100) / 100 });
    }
  }
  return pairs.sort((x, y) => y.similarity - x.similarity);
}

/** Content words, loosely stemmed ("nurses" and "nurse" count as one): what a story is about. */
function contentWords(text: string): Set<string> {
  return new Set(wordsOf(text).filter((w) => w.length >= 3 && !STOP_WORDS.has(w)).map((w) => w.replace(/(?:ing|ed|es|s)$/, "")));
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Stories that fit a question (they share a competency), most shared competencies first, then least used. */
export function storiesFor(competencies: readonly string[], stories: readonly Story[], uses: ReadonlyMap<string, number> = new Map()): Story[] {
  const overlap = (s: Story) => s.competencies.filter((c) => competencies.includes(c)).length;
  return stories
    .filter((s) => overlap(s) > 0)
    .sort((a, b) => overlap(b) - overlap(a) || (uses.get(a.slug) ?? 0) - (uses.get(b.slug) ?? 0) || byName(a.title, b.title));
}
