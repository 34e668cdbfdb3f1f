import { parseLocalDate } from '../../common/local-date.js';
import type { PostingRef } from './enterprise-match.js';
import { parseVisitReport } from './visit-parser.js';

/** One labelled message: what a correct reading of it finds. */
export interface VisitCase {
  today: string;
  postings: PostingRef[];
  message: string;
  expect: { date: string | null; days: number | null; type: string | null; enterprise: string | null };
}

export const FIELDS = ['date', 'days', 'type', 'enterprise'] as const;

/** Reads one case and compares each field with its label. */
export function evaluateCase(c: VisitCase): Record<(typeof FIELDS)[number], { got: unknown; ok: boolean }> {
  const parsed = parseVisitReport(c.message, parseLocalDate(c.today), c.postings);
  const got = {
    date: parsed.date,
    days: parsed.days,
    type: parsed.type,
    enterprise: parsed.enterprise.kind === 'found' ? parsed.enterprise.posting.enterpriseId : null,
  };
  return Object.fromEntries(
    FIELDS.map((field) => [field, { got: got[field], ok: got[field] === c.expect[field] }]),
  ) as ReturnType<typeof evaluateCase>;
}
