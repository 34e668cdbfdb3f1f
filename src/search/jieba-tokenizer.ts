import { add_word, cut_for_search, tag } from 'jieba-wasm';
import type { Tokenizer } from '../domain/policies/tokenizer.js';
import { PROGRAMME_TERMS, STOPWORDS, SYNONYM_GROUPS } from '../domain/policies/vocabulary.js';

let dictionaryLoaded = false;
/** Whether every part of a search term is a function word, remembered per term (terms recur from question to question). */
const functionTerms = new Map<string, boolean>();
const MAX_REMEMBERED_TERMS = 50_000;
function isFunctionTerm(term: string): boolean {
  const known = functionTerms.get(term);
  if (known !== undefined) return known;
  const result = tag(term, false).every(({ word, tag: pos }) => FUNCTION_TAGS.test(pos) || STOPWORDS.has(word));
  if (functionTerms.size >= MAX_REMEMBERED_TERMS) functionTerms.clear();
  functionTerms.set(term, result);
  return result;
}

/** jieba's part-of-speech tags of words that name no subject: r pronoun, m numeral, q measure word, p preposition,
 * c conjunction, u particle, y modal particle, e interjection, o onomatopoeia, d adverb, f direction, i/l idioms. */
const FUNCTION_TAGS = /^(?:r|rr|rz|m|mq|q|p|c|u|uj|ul|uz|ug|uv|ud|y|e|o|d|f|i|l)$/;

/** jieba (jieba-rs compiled to WebAssembly) in search mode, with the programme's own words added. */
export class JiebaTokenizer implements Tokenizer {
  constructor() {
    if (dictionaryLoaded) return;
    for (const word of [...PROGRAMME_TERMS, ...SYNONYM_GROUPS.flat()]) {
      if ([...word].length > 1) add_word(word, 200_000, 'n');
    }
    dictionaryLoaded = true;
  }

  functionWords(text: string): Set<string> {
    const normalized = text.normalize('NFKC').toLowerCase();
    const words = new Set(
      tag(normalized, true).flatMap(({ word, tag: pos }) => (FUNCTION_TAGS.test(pos) ? [word] : [])),
    );
    // A search term the sentence's tagging split otherwise (最多能, 这里头) is one when all its parts are.
    for (const term of this.terms(normalized)) if (!words.has(term) && isFunctionTerm(term)) words.add(term);
    return words;
  }

  terms(text: string): string[] {
    const normalized = text.normalize('NFKC').toLowerCase();
    return cut_for_search(normalized, true).filter((term) => /[\p{L}\p{N}]/u.test(term) && !STOPWORDS.has(term));
  }
}
