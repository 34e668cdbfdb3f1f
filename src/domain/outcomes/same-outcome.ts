import { daysBetween } from '../../common/local-date.js';
import { rightName } from './outcome-text.js';
import type { NewOutcome, OutcomeDetails, StoredOutcome } from './types.js';

/**
 * How far apart two reports of one outcome may be dated: the enterprise dates a patent by its certificate, the
 * specialist by the month they heard of it.
 */
export const SAME_OUTCOME_DAYS = 92;

/** The details that say what an outcome is, not how much of it. */
const KINDS_OF_DETAIL: (keyof OutcomeDetails)[] = ['level', 'stage', 'form', 'ipKind'];
const DETAILS: (keyof OutcomeDetails)[] = [...KINDS_OF_DETAIL, 'quantity', 'amount'];

/** Whether two reports of what may be one outcome give it different figures (a count, a sum). */
export const figuresDiffer = (a: OutcomeDetails, b: OutcomeDetails): boolean =>
  (['quantity', 'amount'] as const).some((key) => a[key] !== null && b[key] !== null && a[key] !== b[key]);

/**
 * The reporter's own report of it a few days off (「昨天授权了2件」, then 「22号授权了2件」) is the same patents told
 * again more often than two grants; on the same day the ledger keeps it from being stored twice.
 */
export const SAME_REPORTER_DAYS = 7;

/**
 * An outcome already reported for the posting that may be this one: the same kind, with no detail that differs where
 * both give it (a project's name is not compared: each reporter words it their own way; a right's name is), not disputed, dated within
 * three months when someone else reported it, or within a week (or the month one of them gave without a day) on
 * another day when the reporter did. The reporter is
 * asked before a second record is made.
 */
/** Two rights told by their own names, and the names differ: two rights. */
export const differentRights = (a: NewOutcome, b: NewOutcome): boolean => {
  const [first, second] = [rightName(a), rightName(b)];
  return first !== null && second !== null && first !== second;
};

export function maybeReportedBefore(outcome: NewOutcome, nearby: StoredOutcome[]): StoredOutcome | null {
  const near = (earlier: StoredOutcome) => {
    const apart = Math.abs(daysBetween(earlier.date, outcome.date));
    // A month told alone (「11月 发明专利2件」) is any day of it, not its 1st.
    const inTheMonth =
      (earlier.monthOnly || outcome.monthOnly) && earlier.date.slice(0, 7) === outcome.date.slice(0, 7);
    return earlier.reporterId === outcome.reporterId
      ? apart > 0 && (apart <= SAME_REPORTER_DAYS || inTheMonth)
      : apart <= SAME_OUTCOME_DAYS;
  };
  return (
    nearby.find(
      (earlier) =>
        earlier.assignmentId === outcome.assignmentId &&
        earlier.kind === outcome.kind &&
        earlier.status !== 'DISPUTED' &&
        near(earlier) &&
        !differentRights(earlier, outcome) &&
        // Another reporter's count or sum may be the same outcome counted otherwise (「只授权了1件」 against 2件): asked.
        (earlier.reporterId === outcome.reporterId ? DETAILS : KINDS_OF_DETAIL).every(
          (key) => earlier[key] === null || outcome[key] === null || earlier[key] === outcome[key],
        ),
    ) ?? null
  );
}

/** How far back an application may lie for its approval to be the same project (a year and a bit). */
export const APPLIED_BEFORE_DAYS = 400;

const bareTitle = (title: string) => title.replace(/[《》「」“”"'\s]/g, '');

/**
 * The application this approval of a project may be (「申报了…」 told before, 「…立项了」 now): the posting's project
 * applied for earlier, not disputed, with the same name (or one name holding the other).
 */
export function appliedBefore(outcome: NewOutcome, nearby: StoredOutcome[]): StoredOutcome | null {
  if (outcome.kind !== 'PROJECT' || outcome.stage !== 'APPROVED') return null;
  const name = bareTitle(outcome.title);
  if (name.length < 4) return null;
  return (
    nearby.find((earlier) => {
      const before = bareTitle(earlier.title);
      return (
        earlier.assignmentId === outcome.assignmentId &&
        earlier.kind === 'PROJECT' &&
        earlier.stage === 'APPLIED' &&
        earlier.status !== 'DISPUTED' &&
        earlier.date <= outcome.date &&
        before.length >= 4 &&
        (before.includes(name) || name.includes(before))
      );
    }) ?? null
  );
}
