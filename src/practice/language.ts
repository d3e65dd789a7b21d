// The English language layer under the feedback: sentences, tokens, lemmas and parts of speech
// from wink-nlp with its wink-eng-lite-web-model (chosen over compromise: it loaded faster and
// analysed the labelled answers about 30 times faster, gives Universal Dependencies part-of-speech
// tags, and maps British spellings to American ones: "organised" -> "organize").
// The model takes a few hundred milliseconds to load, so it is loaded lazily: a practice session
// starts loading it behind the first question, and analysis waits for it only if it is not ready.

import type { ItemSentence } from "wink-nlp";

/** One word or punctuation mark of an answer. */
export interface Token {
  /** As typed. */
  text: string;
  /** Lowercase, curly apostrophes straightened, British spelling mapped to American ("organize"). */
  normal: string;
  /** Dictionary form of `normal` ("took" -> "take", "residents" -> "resident"). */
  lemma: string;
  /** Universal Dependencies part of speech: NOUN, VERB, AUX, PRON, ADP, PUNCT, NUM, ... */
  pos: string;
  /** Index of the sentence the token belongs to. */
  sentence: number;
}

export interface Parsed {
  sentences: string[];
  tokens: Token[];
}

export interface Language {
  parse(text: string): Parsed;
  /** Lemma of a single word ("organised" -> "organize"), for cue words in decks. */
  lemmaOf(word: string): string;
}

let loading: Promise<Language> | undefined;
let loaded: Language | undefined;

/** Loads the model once; later calls return the same promise. */
export function loadLanguage(): Promise<Language> {
  loading ??= (async () => {
    const [{ default: winkNLP }, { default: model }] = await Promise.all([import("wink-nlp"), import("wink-eng-lite-web-model")]);
    const nlp = winkNLP(model, ["sbd", "pos", "negation"]);
    const its = nlp.its;
    const words = new Map<string, string>();
    const language: Language = {
      parse(text) {
        const sentences: string[] = [];
        const tokens: Token[] = [];
        // A line break ends a sentence even without a full stop (lists, "### Action" headings).
        for (const line of text.replace(/[\u2018\u2019\u02bc\u2032]/g, "'").split(/\r?\n/)) {
          if (!line.trim()) continue;
          nlp.readDoc(line).sentences().each((sentence: ItemSentence) => {
            const index = sentences.length;
            sentences.push(sentence.out());
            const t = sentence.tokens();
            const value = t.out(its.value);
            const normal = t.out(its.normal);
            // The typings declare its.lemma with an add-on signature that out() does not accept; it works.
            const lemma = t.out(its.lemma as unknown as typeof its.normal);
            const pos = t.out(its.pos);
            value.forEach((v: string, i: number) => tokens.push({ text: v, normal: normal[i]!, lemma: lemma[i]!.toLowerCase(), pos: pos[i]!, sentence: index }));
          });
        }
        return { sentences, tokens };
      },
      lemmaOf(word) {
        let lemma = words.get(word);
        if (lemma === undefined) {
          lemma = language.parse(word).tokens[0]?.lemma ?? word;
          words.set(word, lemma);
        }
        return lemma;
      },
    };
    loaded = language;
    return language;
  })();
  return loading;
}

/** Starts loading in the background (during think time); a failure shows when analysis awaits it. */
export function startLoadingLanguage(): void {
  loadLanguage().catch(() => {});
}

/** The language layer if it has finished loading, for synchronous callers. */
export function loadedLanguage(): Language {
  if (!loaded) throw new Error("feedback analysis used before loadLanguage() finished");
  return loaded;
}
