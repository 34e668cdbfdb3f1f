import { addDays, type LocalDate } from '../../common/local-date.js';
import type { NewVisit, StoredVisit } from './visit-ledger.js';

/** One report covers at most this many days; longer stays are reported in parts. */
export const MAX_DAYS_PER_VISIT = 31;

/**
 * The calendar days a visit takes and how much of each: 1.5 days from 11-20 is all of 11-20 and half of 11-21.
 * A visit of a day or less takes that much of its one date.
 */
export function dayLoads(visit: Pick<NewVisit, 'date' | 'days'>): Map<LocalDate, number> {
  const loads = new Map<LocalDate, number>();
  let left = visit.days;
  for (let i = 0; left > 0; i++) {
    loads.set(addDays(visit.date, i), Math.min(1, left));
    left -= 1;
  }
  return loads;
}

/** The last calendar day a visit takes. */
export const lastDayOf = (visit: Pick<NewVisit, 'date' | 'days'>): LocalDate =>
  addDays(visit.date, Math.max(0, Math.ceil(visit.days) - 1));

/** A stretch of days from `date`, as a report gives them. */
export interface DayRun {
  date: LocalDate;
  days: number;
}

/** Why a visit cannot be stored beside the ones already stored for the same days. */
export type DayConflict =
  /** The very same report again (a resent message, a retyped report). */
  | { code: 'duplicate' }
  /**
   * A member of the same team already reported this posting on one of these days: a team visit counts once. `free`
   * holds the days of a multi-day visit nobody has reported yet (to be reported on their own).
   */
  | { code: 'team-duplicate'; visit: StoredVisit; free: DayRun[] }
  /** One person's reports would add up to more than one day on a calendar day, across all their postings. */
  | { code: 'day-full'; date: LocalDate; earlier: StoredVisit[]; free: DayRun[] };

const sameReport = (a: NewVisit, b: NewVisit) =>
  a.assignmentId === b.assignmentId &&
  a.date === b.date &&
  a.type === b.type &&
  a.days === b.days &&
  a.summary === b.summary;

/**
 * Checks a visit against the visits already stored that touch its days (not rejected; the one being corrected left
 * out): the person's own on any posting and the posting's by any member.
 */
export function dayConflict(visit: NewVisit, nearby: StoredVisit[]): DayConflict | null {
  const own = nearby.filter((v) => v.reporterId === visit.reporterId);
  if (own.some((v) => sameReport(v, visit))) return { code: 'duplicate' };
  return dayTakenBy(visit, nearby);
}

/** The days of a visit already taken: by a teammate on the posting, or by the reporter's own records filling them. */
export function dayTakenBy(
  visit: Pick<NewVisit, 'reporterId' | 'assignmentId' | 'date' | 'days'>,
  nearby: StoredVisit[],
): DayConflict | null {
  const own = nearby.filter((v) => v.reporterId === visit.reporterId);
  const loads = dayLoads(visit);
  const team = nearby.find(
    (v) =>
      v.assignmentId === visit.assignmentId &&
      v.reporterId !== visit.reporterId &&
      [...dayLoads(v).keys()].some((date) => loads.has(date)),
  );
  const free = () => freeRuns(visit, nearby);
  if (team) return { code: 'team-duplicate', visit: team, free: free() };
  for (const [date, load] of loads) {
    const earlier = own.filter((v) => dayLoads(v).has(date));
    const taken = earlier.reduce((sum, v) => sum + (dayLoads(v).get(date) ?? 0), 0);
    // A multi-day visit may not overlap reported days at all; a part day fits beside another part day.
    if (earlier.length > 0 && (taken + load > 1 || visit.days > 1))
      return { code: 'day-full', date, earlier, free: free() };
  }
  return null;
}

/**
 * The days of a multi-day visit that neither the reporter nor a teammate on the posting has reported, as runs of
 * consecutive days (11-18 to 11-20 beside a teammate's 11-19: 11-18 and 11-20). None for a visit of a day or less.
 */
function freeRuns(
  visit: Pick<NewVisit, 'reporterId' | 'assignmentId' | 'date' | 'days'>,
  nearby: StoredVisit[],
): DayRun[] {
  if (visit.days <= 1) return [];
  const blocking = nearby.filter((v) => v.reporterId === visit.reporterId || v.assignmentId === visit.assignmentId);
  const taken = new Set(blocking.flatMap((v) => [...dayLoads(v).keys()]));
  const runs: DayRun[] = [];
  for (const [date, load] of dayLoads(visit)) {
    const last = runs.at(-1);
    if (taken.has(date)) continue;
    if (last && addDays(last.date, Math.ceil(last.days)) === date && Number.isInteger(last.days)) last.days += load;
    else runs.push({ date, days: load });
  }
  return runs;
}

/**
 * The reporter's own half day of the same posting, day and kind, told in other words: maybe the same half day told
 * again (stored, the day would count 1 day), maybe the day's other half. Asked, never assumed.
 */
export function maybeSameHalfDay(visit: NewVisit, nearby: StoredVisit[]): StoredVisit | null {
  if (visit.days !== 0.5) return null;
  return (
    nearby.find(
      (v) =>
        v.reporterId === visit.reporterId &&
        v.assignmentId === visit.assignmentId &&
        v.date === visit.date &&
        v.type === visit.type &&
        v.days === 0.5 &&
        v.summary !== visit.summary,
    ) ?? null
  );
}
