import { daysBetween } from '../../common/local-date.js';
import type { NewOutcome, OutcomeDetails, StoredOutcome } from './types.js';

/**
 * How far apart two reports of one outcome may be dated: the enterprise dates a patent by its certificate, the
 * specialist by the month they heard of it.
 */
export const SAME_OUTCOME_DAYS = 92;

const DETAILS: (keyof OutcomeDetails)[] = ['level', 'stage', 'form', 'ipKind', 'quantity', 'amount'];

/**
 * An outcome someone else already reported for the posting that may be this one: the same kind, dated within three
 * months, with no detail that differs where both give it (a project's name is not compared: each reporter words it
 * their own way). Not disputed. The reporter is asked before a second record is made.
 */
export function reportedByOthers(outcome: NewOutcome, nearby: StoredOutcome[]): StoredOutcome | null {
  return (
    nearby.find(
      (earlier) =>
        earlier.assignmentId === outcome.assignmentId &&
        earlier.kind === outcome.kind &&
        earlier.reporterId !== outcome.reporterId &&
        earlier.status !== 'DISPUTED' &&
        Math.abs(daysBetween(earlier.date, outcome.date)) <= SAME_OUTCOME_DAYS &&
        DETAILS.every((key) => earlier[key] === null || outcome[key] === null || earlier[key] === outcome[key]),
    ) ?? null
  );
}
