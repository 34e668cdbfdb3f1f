import { clauseKey } from './policy-document.js';
import type { PolicyAnswer } from './policy-qa-service.js';

/** A labelled policy question (test/fixtures/policy-qa/*.jsonl). */
export interface QaCase {
  id: string;
  q: string;
  /** How the question is put: fact, colloquial, typo, heading, list, mixed, situation, procedure, off-topic, … */
  kind: string;
  expect: {
    /** Whether the documents answer it (a question about another province, or one they leave open, is not). */
    answerable: boolean;
    /** Which document answers: the programme plan, or the office's reply to a deputy. */
    doc: 'plan' | 'reply' | null;
    /** The clause to cite, as cited after the document's section (「四（一）2」, 「六（六）」, 「一」). */
    clause: string | null;
    /** Other clauses that answer as well. */
    also: string[];
    /** Patterns the reply must contain. */
    facts: string[];
    /** Patterns the reply must not contain (a figure that would answer the wrong question). */
    mustNot?: string[];
  };
}

const DOCUMENT_TITLES: Record<'plan' | 'reply', RegExp> = {
  plan: /工作方案/,
  reply: /答复/,
};

export interface QaJudgement {
  right: boolean;
  /** What was wrong, for the misses list. */
  why: string[];
}

/**
 * Whether the reply is right: an answerable question answered from the right document and clause, with every
 * expected fact and none that must not be there; an unanswerable one declined (said to be outside the documents
 * or not decided by them), without a figure that would pass for an answer.
 */
export function judgeAnswer(c: QaCase, answer: PolicyAnswer): QaJudgement {
  const why: string[] = [];
  for (const pattern of c.expect.mustNot ?? []) if (new RegExp(pattern).test(answer.text)) why.push(`says ${pattern}`);
  if (!c.expect.answerable) {
    if (answer.answered && !answer.undecided) why.push(`answered from ${answer.citation}`);
    return { right: why.length === 0, why };
  }
  if (!answer.answered) return { right: false, why: ['not answered'] };
  const citation = answer.citation ?? '';
  const doc = c.expect.doc ? DOCUMENT_TITLES[c.expect.doc] : null;
  const key = clauseKey(citation);
  const wanted = [c.expect.clause, ...c.expect.also].filter((x): x is string => x !== null);
  if (doc && !doc.test(citation)) why.push(`document ${citation}`);
  else if (wanted.length > 0 && !wanted.includes(key)) why.push(`clause ${key} ≠ ${wanted.join('/')}`);
  for (const pattern of c.expect.facts) if (!new RegExp(pattern).test(answer.text)) why.push(`lacks ${pattern}`);
  return { right: why.length === 0, why };
}

export interface QaScore {
  cases: number;
  right: number;
  answerable: { cases: number; right: number };
  /** Out-of-scope or undecided questions answered as if the documents settled them. */
  outOfScope: { cases: number; answeredAsInScope: number };
  byKind: Record<string, { cases: number; right: number }>;
}

export function scoreAnswers(
  cases: QaCase[],
  ask: (question: string) => PolicyAnswer,
  onMiss?: (c: QaCase, answer: PolicyAnswer, why: string[]) => void,
): QaScore {
  const score: QaScore = {
    cases: cases.length,
    right: 0,
    answerable: { cases: 0, right: 0 },
    outOfScope: { cases: 0, answeredAsInScope: 0 },
    byKind: {},
  };
  for (const c of cases) {
    const answer = ask(c.q);
    const { right, why } = judgeAnswer(c, answer);
    const kind = score.byKind[c.kind] ?? { cases: 0, right: 0 };
    score.byKind[c.kind] = kind;
    kind.cases += 1;
    if (right) {
      score.right += 1;
      kind.right += 1;
    } else onMiss?.(c, answer, why);
    if (c.expect.answerable) {
      score.answerable.cases += 1;
      if (right) score.answerable.right += 1;
    } else {
      score.outOfScope.cases += 1;
      if (answer.answered && !answer.undecided) score.outOfScope.answeredAsInScope += 1;
    }
  }
  return score;
}
