import { type Clause, clauseText } from './policy-document.js';
import type { Tokenizer } from './tokenizer.js';
import { SYNONYM_GROUPS } from './vocabulary.js';

const K1 = 1.2;
const B = 0.75;
/** A term in a clause's heading counts this many times: headings say what a clause is about. */
const HEADING_WEIGHT = 3;
/** A synonym the user did not write scores a little below the word they did. */
const SYNONYM_WEIGHT = 0.8;

interface IndexedClause {
  clause: Clause;
  tf: Map<string, number>;
  length: number;
}

/** One thing the question asks about: the word used, and the words that mean the same. */
interface Concept {
  terms: string[];
}

export interface Hit {
  clause: Clause;
  score: number;
  /** Share (by IDF weight) of the question's concepts the clause contains, 0–1. */
  coverage: number;
  /** The question's terms (with synonyms) that the clause contains. */
  matchedTerms: string[];
}

const synonymsOf = new Map<string, string[]>();
for (const group of SYNONYM_GROUPS) for (const word of group) synonymsOf.set(word, group);

/** BM25 over clauses, heading-boosted, with synonym expansion of the question. */
export class PolicyIndex {
  private readonly clauses: IndexedClause[];
  private readonly df = new Map<string, number>();
  private readonly averageLength: number;

  constructor(
    clauses: Clause[],
    private readonly tokenizer: Tokenizer,
  ) {
    this.clauses = clauses.map((clause) => this.indexClause(clause));
    for (const { tf } of this.clauses) for (const term of tf.keys()) this.df.set(term, (this.df.get(term) ?? 0) + 1);
    this.averageLength = this.clauses.reduce((sum, c) => sum + c.length, 0) / Math.max(1, this.clauses.length);
  }

  clause(id: string): Clause | undefined {
    return this.clauses.find((indexed) => indexed.clause.id === id)?.clause;
  }

  get size(): number {
    return this.clauses.length;
  }

  search(question: string, limit = 3): Hit[] {
    const concepts = this.concepts(question);
    if (concepts.length === 0) return [];
    const conceptWeights = concepts.map((concept) => {
      const known = concept.terms.filter((term) => this.df.has(term));
      // Words no document uses are often colloquial filler; they lower confidence, but less than a missed topic.
      return known.length > 0 ? Math.max(...known.map((term) => this.idf(term))) : this.idf(concept.terms[0] ?? '') / 2;
    });
    const totalWeight = conceptWeights.reduce((a, b) => a + b, 0);
    const hits: Hit[] = [];
    for (const indexed of this.clauses) {
      let score = 0;
      let covered = 0;
      const matchedTerms: string[] = [];
      concepts.forEach((concept, i) => {
        let best = 0;
        concept.terms.forEach((term, position) => {
          const tf = indexed.tf.get(term);
          if (!tf) return;
          matchedTerms.push(term);
          const weight = position === 0 ? 1 : SYNONYM_WEIGHT;
          const norm = tf + K1 * (1 - B + (B * indexed.length) / this.averageLength);
          best = Math.max(best, weight * this.idf(term) * ((tf * (K1 + 1)) / norm));
        });
        if (best > 0) covered += conceptWeights[i] ?? 0;
        score += best;
      });
      if (score > 0) hits.push({ clause: indexed.clause, score, coverage: covered / totalWeight, matchedTerms });
    }
    return hits.sort((a, b) => b.score - a.score).slice(0, limit);
  }

  /** IDF of a term; a word no document uses weighs as much as the rarest, so off-topic questions score low. */
  idf(term: string): number {
    const n = this.clauses.length;
    const df = this.df.get(term) ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  private concepts(question: string): Concept[] {
    const seen = new Set<string>();
    const concepts: Concept[] = [];
    for (const term of this.tokenizer.terms(question)) {
      if (seen.has(term)) continue;
      const group = synonymsOf.get(term);
      const terms = [term, ...(group ?? []).filter((word) => word !== term)].flatMap((word) =>
        word === term ? [word] : this.tokenizer.terms(word).filter((t) => t === word || [...word].length === 1),
      );
      for (const t of terms) seen.add(t);
      concepts.push({ terms: [...new Set(terms)] });
    }
    // A word that is part of a longer word of the question (特派 in 特派员) is not a concept of its own.
    return concepts.filter(
      (concept) =>
        !concepts.some(
          (other) =>
            other !== concept &&
            other.terms[0]?.includes(concept.terms[0] ?? '') &&
            other.terms[0] !== concept.terms[0],
        ),
    );
  }

  private indexClause(clause: Clause): IndexedClause {
    const tf = new Map<string, number>();
    const add = (text: string, weight: number) => {
      for (const term of this.tokenizer.terms(text)) tf.set(term, (tf.get(term) ?? 0) + weight);
    };
    add(clause.heading, HEADING_WEIGHT);
    // A section's list of items is its table of contents: it should not outrank the items themselves.
    add(clause.children.join(' '), 1);
    add(clauseText(clause), 1);
    let length = 0;
    for (const count of tf.values()) length += count;
    return { clause, tf, length };
  }
}
