/** Splits Chinese (and mixed) text into search terms. */
export interface Tokenizer {
  terms(text: string): string[];
  /**
   * The words of the text that name no subject by their part of speech — pronouns, numerals, measure words,
   * particles, prepositions, conjunctions, adverbs, idioms (这样, 一间, 那里, 从头到尾, 啵) — as against nouns and verbs.
   */
  functionWords?(text: string): Set<string>;
}
