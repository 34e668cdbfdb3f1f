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
  private readonly postings = new Map<string, { clause: number; tf: number }[]>();
  private scores = new Float64Array(0);
  private readonly averageLength: number;

  constructor(
    clauses: Clause[],
    private readonly tokenizer: Tokenizer,
  ) {
    this.clauses = clauses.map((clause) => this.indexClause(clause));
    this.clauses.forEach(({ tf }, clause) => {
      for (const [term, count] of tf) {
        this.df.set(term, (this.df.get(term) ?? 0) + 1);
        const list = this.postings.get(term);
        if (list) list.push({ clause, tf: count });
        else this.postings.set(term, [{ clause, tf: count }]);
      }
    });
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
    // Only clauses that contain a term of the question are visited (inverted index), scored in a reused buffer.
    const width = concepts.length;
    if (this.scores.length < this.clauses.length * width) this.scores = new Float64Array(this.clauses.length * width);
    const scores = this.scores;
    const touched: number[] = [];
    concepts.forEach((concept, c) => {
      concept.terms.forEach((term, position) => {
        const weight = (position === 0 ? 1 : SYNONYM_WEIGHT) * this.idf(term);
        for (const { clause, tf } of this.postings.get(term) ?? []) {
          const norm = tf + K1 * (1 - B + (B * (this.clauses[clause]?.length ?? 0)) / this.averageLength);
          const score = (weight * tf * (K1 + 1)) / norm;
          const slot = clause * width + c;
          let seen = false;
          for (let k = 0; k < width; k++) if ((scores[clause * width + k] ?? 0) > 0) seen = true;
          if (!seen) touched.push(clause);
          if (score > (scores[slot] ?? 0)) scores[slot] = score;
        }
      });
    });
    const top: { clause: number; score: number; coverage: number }[] = [];
    for (const clause of touched) {
      let score = 0;
      let covered = 0;
      for (let c = 0; c < width; c++) {
        const value = scores[clause * width + c] ?? 0;
        scores[clause * width + c] = 0;
        score += value;
        if (value > 0) covered += conceptWeights[c] ?? 0;
      }
      if (top.length < limit || score > (top[top.length - 1]?.score ?? 0)) {
        top.push({ clause, score, coverage: covered / totalWeight });
        top.sort((x, y) => y.score - x.score);
        if (top.length > limit) top.pop();
      }
    }
    return top.map(({ clause, score, coverage }) => {
      const indexed = this.clauses[clause] as IndexedClause;
      const matchedTerms = concepts.flatMap((concept) => concept.terms.filter((term) => indexed.tf.has(term)));
      return { clause: indexed.clause, score, coverage, matchedTerms };
    });
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
