import { add_word, cut_for_search } from 'jieba-wasm';
import type { Tokenizer } from '../domain/policies/tokenizer.js';
import { PROGRAMME_TERMS, STOPWORDS, SYNONYM_GROUPS } from '../domain/policies/vocabulary.js';

let dictionaryLoaded = false;

/** jieba (jieba-rs compiled to WebAssembly) in search mode, with the programme's own words added. */
export class JiebaTokenizer implements Tokenizer {
  constructor() {
    if (dictionaryLoaded) return;
    for (const word of [...PROGRAMME_TERMS, ...SYNONYM_GROUPS.flat()]) {
      if ([...word].length > 1) add_word(word, 200_000, 'n');
    }
    dictionaryLoaded = true;
  }

  terms(text: string): string[] {
    const normalized = text.normalize('NFKC').toLowerCase();
    return cut_for_search(normalized, true).filter((term) => /[\p{L}\p{N}]/u.test(term) && !STOPWORDS.has(term));
  }
}
