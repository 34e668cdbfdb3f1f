import { type LocalDate, parseLocalDate } from '../../common/local-date.js';
import type { PostingRef } from '../visits/enterprise-match.js';
import type { ReadingPosting } from '../visits/report-reading.js';
import { EVAL_ROSTER } from '../visits/visit-eval.js';
import { readOutcome } from './outcome-reading.js';

/** One labelled message: what a careful clerk records from it (test/fixtures/outcomes/*.jsonl). */
export interface OutcomeCase {
  id: string;
  today: string;
  postings: (PostingRef & { startDate?: string; endDate?: string })[];
  message: string;
  expect: OutcomeJudgement;
}

/** The reading in the labels' terms: fields absent from a label are not judged. */
export interface OutcomeJudgement {
  kind: string | null;
  enterprise: string | null;
  /** YYYY-MM-DD, or YYYY-MM when only a month was given. */
  date: string | null;
  refusal: string | null;
  level?: string | null;
  stage?: string | null;
  form?: string | null;
  amount?: number | null;
  quantity?: number | null;
  ipKind?: string | null;
}

export const OUTCOME_FIELDS = [
  'kind',
  'enterprise',
  'date',
  'refusal',
  'level',
  'stage',
  'form',
  'amount',
  'quantity',
  'ipKind',
] as const;
export type OutcomeField = (typeof OUTCOME_FIELDS)[number];

/** What the reader makes of a labelled message. */
export function judgeOutcome(c: OutcomeCase): OutcomeJudgement {
  const postings: ReadingPosting[] = c.postings.map((p) => ({
    ...p,
    startDate: p.startDate as LocalDate | undefined,
    endDate: p.endDate as LocalDate | undefined,
  }));
  const r = readOutcome(c.message, parseLocalDate(c.today), postings, EVAL_ROSTER);
  if (!r) return { kind: null, enterprise: null, date: null, refusal: null };
  return {
    kind: r.kind,
    enterprise: r.enterprise.kind === 'found' ? r.enterprise.posting.enterpriseId : null,
    date: r.date === null ? null : r.monthOnly ? r.date.slice(0, 7) : r.date,
    refusal: r.refusal,
    level: r.level,
    stage: r.stage,
    form: r.form,
    amount: r.amount,
    quantity: r.quantity,
    ipKind: r.ipKind,
  };
}

export interface OutcomeScore {
  cases: number;
  allRight: number;
  /** Right per field, over the cases whose label judges it. */
  fields: Record<OutcomeField, { right: number; of: number }>;
  /** Messages that are outcome reports read as such, and messages that are not read as none. */
  reports: { right: number; of: number };
  others: { right: number; of: number };
}

/** Scores the reader on labelled cases; `onMiss` hears of every case with a field wrong. */
export function scoreOutcomes(
  cases: OutcomeCase[],
  onMiss?: (c: OutcomeCase, got: OutcomeJudgement, wrong: OutcomeField[]) => void,
): OutcomeScore {
  const fields = Object.fromEntries(OUTCOME_FIELDS.map((f) => [f, { right: 0, of: 0 }])) as OutcomeScore['fields'];
  const score: OutcomeScore = {
    cases: cases.length,
    allRight: 0,
    fields,
    reports: { right: 0, of: 0 },
    others: { right: 0, of: 0 },
  };
  for (const c of cases) {
    const got = judgeOutcome(c);
    const wrong: OutcomeField[] = [];
    for (const field of OUTCOME_FIELDS) {
      const expected = c.expect[field];
      // A detail is judged only on a message the label reads as that kind of outcome.
      if (expected === undefined || (field !== 'kind' && c.expect.kind === null && field !== 'refusal')) continue;
      if (c.expect.kind !== null && got.kind !== c.expect.kind && field !== 'kind') continue;
      fields[field].of += 1;
      if ((got[field] ?? null) === expected) fields[field].right += 1;
      else wrong.push(field);
    }
    const part = c.expect.kind === null ? score.others : score.reports;
    part.of += 1;
    if (got.kind === c.expect.kind) part.right += 1;
    if (wrong.length === 0) score.allRight += 1;
    else onMiss?.(c, got, wrong);
  }
  return score;
}
