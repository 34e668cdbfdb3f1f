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
const UNKNOWN_LATIN_WEIGHT = 0.25;
const PHRASING_ONLY_WEIGHT = 0.5;
/** A pronoun, particle or numeral no document uses (他们, 着, 那些): it names no subject at all. */
const UNKNOWN_FUNCTION_WORD_WEIGHT = 0.05;
/** A single character only the phrasings use (看, 懂, 讲, 厂) is chat wording that names no subject. */
const SINGLE_CHARACTER_WEIGHT = 0.1;
/** A word with more postings than this (and in a quarter of the clauses) is not walked: see search(). */
const UBIQUITOUS_POSTINGS = 2_000;
/** The share of the question a clause's own words must hold, whatever its phrasings hold. */
const MIN_TEXT_COVERAGE = 0.3;
const PROGRAMME_NAME_WEIGHT = 0.3;
const PROGRAMME_NAMES = new Set(['科技特派员', '企业科技特派员', '特派员', '科技特派团', '特派团']);

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
  /** Whether the clause's own text (or heading), not only its phrasings, holds enough of the question. */
  holdsSubject: boolean;
}

const synonymsOf = new Map<string, string[]>();
for (const group of SYNONYM_GROUPS) for (const word of group) synonymsOf.set(word, group);

/** BM25 over clauses, heading-boosted, with synonym expansion of the question. */
export class PolicyIndex {
  private readonly clauses: IndexedClause[];
  private readonly df = new Map<string, number>();
  /** Document frequencies over the clauses' own text (not their phrasings). */
  private readonly textDf = new Map<string, number>();
  private readonly postings = new Map<string, { clause: number; tf: number }[]>();
  private scores = new Float64Array(0);
  private masks = new Uint32Array(0);
  /** For each indexed document (a clause's text or one of its phrasings), the index of the clause's own text. */
  private readonly owner: Int32Array;
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
    const textIndex = new Map<string, number>();
    this.clauses.forEach((indexed, i) => {
      if (!indexed.paraphrase) textIndex.set(indexed.clause.id, i);
    });
    this.owner = Int32Array.from(this.clauses, (indexed, i) =>
      indexed.paraphrase ? (textIndex.get(indexed.clause.id) ?? i) : i,
    );
    this.clauses.forEach(({ tf, paraphrase }, clause) => {
      for (const [term, count] of tf) {
        this.df.set(term, (this.df.get(term) ?? 0) + 1);
        if (!paraphrase) this.textDf.set(term, (this.textDf.get(term) ?? 0) + 1);
        const list = this.postings.get(term);
        if (list) list.push({ clause, tf: count });
        else this.postings.set(term, [{ clause, tf: count }]);
      }
    });
    this.averageLength = this.clauses.reduce((sum, c) => sum + c.length, 0) / Math.max(1, this.clauses.length);
  }

  clause(id: string): Clause | undefined {
    return this.byId().get(id);
  }

  private idMap: Map<string, Clause> | undefined;
  private byId(): Map<string, Clause> {
    this.idMap ??= new Map(this.all().map((clause) => [clause.id, clause]));
    return this.idMap;
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

  /** The phrasings (扩展问) and the clauses they lead to. */
  phrasings(): { clause: Clause; text: string }[] {
    this.phrased ??= this.clauses.flatMap((indexed) =>
      indexed.paraphrase ? [{ clause: indexed.clause, text: indexed.paraphrase }] : [],
    );
    return this.phrased;
  }

  private phrased: { clause: Clause; text: string }[] | undefined;
  private everyClause: Clause[] | undefined;

  /** Every clause, in document order. */
  all(): Clause[] {
    this.everyClause ??= this.clauses.filter((indexed) => !indexed.paraphrase).map((indexed) => indexed.clause);
    return this.everyClause;
  }

  /** The documents' clauses (not their phrasings). */
  get size(): number {
    return this.clauses.filter((indexed) => !indexed.paraphrase).length;
  }

  search(question: string, limit = 3): Hit[] {
    const concepts = this.concepts(question);
    if (concepts.length === 0) return [];
    const functional = this.tokenizer.functionWords?.(question) ?? new Set<string>();
    const conceptWeights = concepts.map((concept) => {
      const inText = concept.terms.filter((term) => this.textDf.has(term));
      // The programme's own name is in nearly every question and says nothing about which clause is meant.
      if (concept.terms.some((term) => PROGRAMME_NAMES.has(term)))
        return Math.max(0, ...inText.map((term) => this.idf(term))) * PROGRAMME_NAME_WEIGHT;
      // The word as written weighs; a rarer synonym (公司 for 企业) does not make the question more specific.
      if (inText.length > 0) return this.idf(inText[0] ?? '');
      // A word only the phrasings use is chat wording (「才能」「咋办」): it says little about the subject.
      const phrased = concept.terms.filter((term) => this.df.has(term));
      const single = [...(concept.terms[0] ?? '')].length === 1;
      const chatty = single || functional.has(concept.terms[0] ?? '');
      if (phrased.length > 0)
        return (
          Math.max(...phrased.map((term) => this.idf(term))) *
          (single ? SINGLE_CHARACTER_WEIGHT : chatty ? UNKNOWN_LATIN_WEIGHT : PHRASING_ONLY_WEIGHT)
        );
      // A word no document uses (colloquial filler is dropped before) is a subject the documents do not cover.
      // An unknown word in Latin letters is mostly noise in Chinese chat (a pasted name, a stray word); the English
      // words people use for the subject are read as Chinese before.
      const word = concept.terms[0] ?? '';
      // A pronoun, numeral, particle or idiom (这样, 一间, 那里, 从头到尾) is chat wording, not a subject.
      if (functional.has(word)) return this.idf(word) * UNKNOWN_FUNCTION_WORD_WEIGHT;
      // A single character no document uses as a word (「攻」 of 攻关) says little on its own either.
      const noise = /^[a-z0-9._-]+$/i.test(word) || [...word].length === 1;
      return this.idf(word) * (noise ? UNKNOWN_LATIN_WEIGHT : UNKNOWN_WEIGHT);
    });
    const totalWeight = conceptWeights.reduce((a, b) => a + b, 0);
    // Only clauses that contain a term of the question are visited (inverted index), scored in a reused buffer.
    const width = concepts.length;
    if (this.scores.length < this.clauses.length * width) this.scores = new Float64Array(this.clauses.length * width);
    const scores = this.scores;
    const touched: number[] = [];
    // In a large corpus a word most clauses use scores next to nothing but costs a walk over most of the index: it is
    // taken as present everywhere instead.
    const everywhere = new Array<boolean>(width).fill(false);
    concepts.forEach((concept, c) => {
      concept.terms.forEach((term, position) => {
        const weight = (position === 0 ? 1 : SYNONYM_WEIGHT) * this.idf(term);
        const postings = this.postings.get(term) ?? [];
        if (postings.length > UBIQUITOUS_POSTINGS && postings.length > this.clauses.length / 4) {
          everywhere[c] = true;
          return;
        }
        for (const { clause, tf } of postings) {
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
    if (this.masks.length < this.clauses.length) this.masks = new Uint32Array(this.clauses.length);
    const masks = this.masks;
    const bits = Math.min(width, 32);
    for (const clause of touched) {
      const indexed = this.clauses[clause] as IndexedClause;
      if (indexed.paraphrase) {
        echo.set(clause, this.echoOf(indexed, asked));
        if ((echo.get(clause) ?? 0) < MIN_ECHO) continue;
      }
      let mask = 0;
      for (let c = 0; c < bits; c++) if ((scores[clause * width + c] ?? 0) > 0) mask |= 1 << c;
      const owner = this.owner[clause] ?? clause;
      masks[owner] = (masks[owner] ?? 0) | mask;
    }
    const weightOf = (mask: number) => {
      let covered = 0;
      for (let c = 0; c < bits; c++) if (mask & (1 << c) || everywhere[c]) covered += conceptWeights[c] ?? 0;
      return covered;
    };
    const top: { clause: number; score: number; coverage: number }[] = [];
    for (const clause of touched) {
      let score = 0;
      for (let c = 0; c < width; c++) {
        score += scores[clause * width + c] ?? 0;
        scores[clause * width + c] = 0;
      }
      const indexed = this.clauses[clause] as IndexedClause;
      if (indexed.paraphrase) score *= PARAPHRASE_WEIGHT * (0.5 + 0.5 * (echo.get(clause) ?? 0));
      if (top.length >= limit && score <= (top[top.length - 1]?.score ?? 0)) continue;
      const owner = this.owner[clause] ?? clause;
      const same = top.findIndex((t) => (this.owner[t.clause] ?? t.clause) === owner);
      if (same >= 0) {
        if ((top[same]?.score ?? 0) >= score) continue;
        top.splice(same, 1);
      }
      top.push({ clause, score, coverage: weightOf(masks[owner] ?? 0) / totalWeight });
      top.sort((x, y) => y.score - x.score);
      if (top.length > limit) top.pop();
    }
    for (const clause of touched) masks[this.owner[clause] ?? clause] = 0;
    return top.map(({ clause, score, coverage }) => {
      const indexed = this.clauses[clause] as IndexedClause;
      const own = indexed.paraphrase ? this.textTerms(indexed.clause) : indexed.tf;
      const matchedTerms = concepts.flatMap((concept) => concept.terms.filter((term) => own.has(term)));
      return {
        clause: indexed.clause,
        score,
        coverage,
        matchedTerms,
        holdsSubject:
          concepts.reduce(
            (sum, concept, c) => sum + (concept.terms.some((term) => own.has(term)) ? (conceptWeights[c] ?? 0) : 0),
            0,
          ) >=
          MIN_TEXT_COVERAGE * totalWeight,
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
    // A longer word the documents do not use (政治素质) stands for the parts of it they do (政治).
    for (const concept of concepts) {
      const word = concept.terms[0] ?? '';
      if (this.textDf.has(word)) continue;
      for (const part of concepts) {
        const piece = part.terms[0] ?? '';
        if (part !== concept && piece !== word && word.includes(piece) && this.textDf.has(piece))
          concept.terms.push(...part.terms.filter((term) => !concept.terms.includes(term)));
      }
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
