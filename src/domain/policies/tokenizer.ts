/** Splits Chinese (and mixed) text into search terms. */
export interface Tokenizer {
  terms(text: string): string[];
}
