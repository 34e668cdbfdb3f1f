import { type Clause, clauseKey, clauseText } from './policy-document.js';
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
  /** An alternative phrasing of a question the clause answers (扩展问), indexed as a document of its own. */
  paraphrase?: string;
}

/** 扩展问: a question, as people put it, that a clause answers. */
export interface Paraphrase {
  clauseId: string;
  text: string;
}

/** How much a word of the question that no document uses counts against the coverage of any clause. */
const UNKNOWN_WEIGHT = 1;

/** A phrasing whose words the question shares less than this (by IDF) lends the clause none of its words. */
const MIN_ECHO = 0.4;

/** A question matching a phrasing counts a little less than one matching the clause's own words. */
const PARAPHRASE_WEIGHT = 0.9;

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
  /** The phrasing (扩展问) the question matched, when it matched one rather than the clause's text. */
  paraphrase?: string;
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
    paraphrases: Paraphrase[] = [],
  ) {
    const byId = new Map(clauses.map((clause) => [clause.id, clause]));
    this.clauses = [
      ...clauses.map((clause) => this.indexClause(clause)),
      ...paraphrases.flatMap(({ clauseId, text }) => {
        const clause = byId.get(clauseId);
        return clause ? [this.indexParaphrase(clause, text)] : [];
      }),
    ];
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

  /** A clause of a document by its number as cited (「四（一）2」, 「六（六）」, 「一」). */
  clauseAt(documentSlug: string, key: string): Clause | undefined {
    return this.clauses.find(
      ({ clause, paraphrase }) =>
        !paraphrase &&
        clause.id.startsWith(`${documentSlug}#`) &&
        clause.citation !== '' &&
        clauseKey(clause.citation) === key,
    )?.clause;
  }

  /** Every clause, in document order. */
  all(): Clause[] {
    return this.clauses.filter((indexed) => !indexed.paraphrase).map((indexed) => indexed.clause);
  }

  /** The documents' clauses (not their phrasings). */
  get size(): number {
    return this.clauses.filter((indexed) => !indexed.paraphrase).length;
  }

  search(question: string, limit = 3): Hit[] {
    const concepts = this.concepts(question);
    if (concepts.length === 0) return [];
    const conceptWeights = concepts.map((concept) => {
      const known = concept.terms.filter((term) => this.df.has(term));
      // A word no document uses (colloquial filler is dropped before) is a subject the documents do not cover.
      return known.length > 0
        ? Math.max(...known.map((term) => this.idf(term)))
        : this.idf(concept.terms[0] ?? '') * UNKNOWN_WEIGHT;
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
    // The best of a clause's own text and its phrasings stands for the clause; a concept any of them holds is covered.
    // A phrasing counts as much as the question says what it says: 「怎么注册一家公司」 is not 「我们公司注册在广东，能申请吗」.
    const asked = new Set(concepts.flatMap((concept) => concept.terms));
    const echo = new Map<number, number>();
    const coveredBy = new Map<string, boolean[]>();
    for (const clause of touched) {
      const indexed = this.clauses[clause] as IndexedClause;
      if (indexed.paraphrase) echo.set(clause, this.echoOf(indexed, asked));
      if (indexed.paraphrase && (echo.get(clause) ?? 0) < MIN_ECHO) continue;
      const id = indexed.clause.id;
      const mask = coveredBy.get(id) ?? new Array<boolean>(width).fill(false);
      for (let c = 0; c < width; c++) if ((scores[clause * width + c] ?? 0) > 0) mask[c] = true;
      coveredBy.set(id, mask);
    }
    const top: { clause: number; score: number; coverage: number }[] = [];
    for (const clause of touched) {
      let score = 0;
      for (let c = 0; c < width; c++) {
        score += scores[clause * width + c] ?? 0;
        scores[clause * width + c] = 0;
      }
      const indexed = this.clauses[clause] as IndexedClause;
      const mask = coveredBy.get(indexed.clause.id) ?? [];
      let covered = 0;
      for (let c = 0; c < width; c++) if (mask[c]) covered += conceptWeights[c] ?? 0;
      if (indexed.paraphrase) score *= PARAPHRASE_WEIGHT * (0.5 + 0.5 * (echo.get(clause) ?? 0));
      const same = top.findIndex((t) => this.clauses[t.clause]?.clause.id === indexed.clause.id);
      if (same >= 0) {
        if ((top[same]?.score ?? 0) >= score) continue;
        top.splice(same, 1);
      }
      if (top.length < limit || score > (top[top.length - 1]?.score ?? 0)) {
        top.push({ clause, score, coverage: covered / totalWeight });
        top.sort((x, y) => y.score - x.score);
        if (top.length > limit) top.pop();
      }
    }
    return top.map(({ clause, score, coverage }) => {
      const indexed = this.clauses[clause] as IndexedClause;
      const own = indexed.paraphrase ? this.textTerms(indexed.clause) : indexed.tf;
      const matchedTerms = concepts.flatMap((concept) => concept.terms.filter((term) => own.has(term)));
      return {
        clause: indexed.clause,
        score,
        coverage,
        matchedTerms,
        ...(indexed.paraphrase ? { paraphrase: indexed.paraphrase } : {}),
      };
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

  private readonly ownTerms = new Map<string, Map<string, number>>();

  /** The terms of a clause's own text (what a reply quotes), whichever document matched. */
  private textTerms(clause: Clause): Map<string, number> {
    let terms = this.ownTerms.get(clause.id);
    if (!terms) {
      terms = this.clauses.find((indexed) => indexed.clause.id === clause.id && !indexed.paraphrase)?.tf ?? new Map();
      this.ownTerms.set(clause.id, terms);
    }
    return terms;
  }

  /** The share (by IDF) of a phrasing's words that the question uses too. */
  private echoOf(indexed: IndexedClause, asked: Set<string>): number {
    let total = 0;
    let shared = 0;
    for (const term of indexed.tf.keys()) {
      const weight = this.idf(term);
      total += weight;
      if (asked.has(term)) shared += weight;
    }
    return total > 0 ? shared / total : 0;
  }

  private indexParaphrase(clause: Clause, text: string): IndexedClause {
    const tf = new Map<string, number>();
    for (const term of this.tokenizer.terms(text)) tf.set(term, (tf.get(term) ?? 0) + 1);
    let length = 0;
    for (const count of tf.values()) length += count;
    return { clause, tf, length, paraphrase: text };
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
