// The feedback as a program reads it (`practice DECK --answers FILE --json`). Field names and
// units are documented in the README ("Feedback as JSON"); change both together.
import type { Question } from "../content/types.js";
import type { PracticeSession } from "./practice-note.js";
import type { Feedback } from "./feedback.js";
import type { PassedAs } from "./points.js";
import { STAR_PARTS } from "./star.js";

export interface FeedbackJson {
  words: number;
  /** Estimated at 150 words a minute (typed) or timed (aloud), seconds. */
  speakingSeconds: number;
  limitSeconds: number;
  overLimit: boolean;
  /** Seconds past the limit, 0 when within it. */
  overtimeSeconds: number;
  /**
   * Every point of the question in deck order; `evidence` is the sentence that earned it,
   * `undoneBy`, only on a point one of the deck's `unless` cues undid, the words that matched it;
   * `halfSaid`, only on a point of two requirements whose second (its `also` cues) was missing,
   * the words that said the first; `passedOver`, only on a point whose words were said where they
   * could not count (`as`: "someone-else", "would", "we" or "not-done"), those words.
   */
  points: { text: string; covered: boolean; evidence: string | null; undoneBy?: string; halfSaid?: string; passedOver?: { said: string; as: PassedAs } }[];
  /** Star questions only: each part with the sentence that shows it (null when missing). */
  star: Record<(typeof STAR_PARTS)[number], { present: boolean; evidence: string | null }> | null;
  /** Star questions only: steps told only with "we". */
  weOnly: boolean;
  fillers: { word: string; count: number }[];
  repeated: { word: string; count: number }[];
  privacy: string[];
}

export function feedbackJson(feedback: Feedback, question: Pick<Question, "points">): FeedbackJson {
  const covered = new Map(feedback.covered.map((c) => [c.point, c]));
  const undone = new Map(feedback.undone?.map((u) => [u.point, u.said]));
  const half = new Map(feedback.halfSaid?.map((h) => [h.point, h.said]));
  const passed = new Map(feedback.passedOver?.map(({ point, said, as }) => [point, { said, as }]));
  return {
    words: feedback.words,
    speakingSeconds: feedback.speakingSeconds,
    limitSeconds: feedback.limitSeconds,
    overLimit: feedback.overLimit,
    overtimeSeconds: Math.max(0, Math.round((feedback.speakingSeconds - feedback.limitSeconds) * 10) / 10),
    points: question.points.map((p) => {
      const c = covered.get(p.text);
      const undoneBy = undone.get(p.text);
      const halfSaid = half.get(p.text);
      const passedOver = passed.get(p.text);
      const evidence = c ? (c.evidence ?? c.matched.join(", ")) : null;
      return { text: p.text, covered: c !== undefined, evidence, ...(undoneBy ? { undoneBy } : {}), ...(halfSaid ? { halfSaid } : {}), ...(passedOver ? { passedOver } : {}) };
    }),
    star: feedback.star
      ? (Object.fromEntries(STAR_PARTS.map((part) => [part, { present: feedback.star![part], evidence: feedback.starEvidence?.[part] ?? null }])) as FeedbackJson["star"])
      : null,
    weOnly: feedback.weOnly ?? false,
    fillers: feedback.fillers,
    repeated: feedback.repeated,
    privacy: feedback.privacy,
  };
}

/** A whole session: the deck, times (ISO 8601, UTC) and every answer with its feedback. */
export function sessionJson(session: PracticeSession, questions: ReadonlyMap<string, Question>): unknown {
  return {
    deck: session.deck,
    deckTitle: session.deckTitle,
    ...(session.program ? { program: session.program } : {}),
    startedAt: session.startedAt.toISOString(),
    endedAt: session.endedAt.toISOString(),
    answers: session.answers.map((a) => ({
      question: a.questionId,
      text: a.text,
      format: a.format,
      answer: a.answer,
      seconds: a.seconds,
      rating: a.rating,
      feedback: feedbackJson(a.feedback, questions.get(a.questionId) ?? { points: [] }),
    })),
  };
}
