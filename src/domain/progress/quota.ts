import { daysBetween, daysInYear, endOfYear, type LocalDate, startOfYear, yearOf } from '../../common/local-date.js';

/** The yearly service quota of one posting: at least this many on-site visits and service days. */
export interface Quota {
  visitsPerYear: number;
  daysPerYear: number;
}

export interface YearTotals {
  visits: number;
  days: number;
}

export interface Pace {
  /** What a posting should have done by now to be on course for the quota. */
  expectedVisits: number;
  expectedDays: number;
  visitsMissing: number;
  daysMissing: number;
  daysLeftInYear: number;
  onPace: boolean;
}

/** In the last stretch of the year there is no time to catch up gradually: anything short of the quota is behind. */
export const FINAL_STRETCH_DAYS = 45;

/** Whole service days are counted in half-day steps. */
export function isHalfDayStep(days: number): boolean {
  return Number.isFinite(days) && days > 0 && Number.isInteger(days * 2);
}

/**
 * Sums a posting's visits that fall in the given calendar year. Records of one day are one visit to the enterprise
 * (a morning's and an afternoon's service reported apart are one trip), their days added.
 */
export function totalsForYear(visits: ReadonlyArray<{ date: LocalDate; days: number }>, year: number): YearTotals {
  const dates = new Set<LocalDate>();
  let days = 0;
  for (const visit of visits) {
    if (yearOf(visit.date) !== year) continue;
    dates.add(visit.date);
    days += visit.days;
  }
  return { visits: dates.size, days };
}

/**
 * Pace against the quota on `today`: the expected share of the quota grows with the share of the year elapsed
 * (counting today), rounded down to whole visits and half days.
 */
export function paceOf(totals: YearTotals, quota: Quota, today: LocalDate): Pace {
  const year = yearOf(today);
  const elapsed = daysBetween(startOfYear(year), today) + 1;
  const daysLeftInYear = daysBetween(today, endOfYear(year));
  const share = elapsed / daysInYear(year);
  const finalStretch = daysLeftInYear < FINAL_STRETCH_DAYS;
  const expectedVisits = finalStretch ? quota.visitsPerYear : Math.floor(quota.visitsPerYear * share);
  const expectedDays = finalStretch ? quota.daysPerYear : Math.floor(quota.daysPerYear * share * 2) / 2;
  return {
    expectedVisits,
    expectedDays,
    visitsMissing: Math.max(0, quota.visitsPerYear - totals.visits),
    daysMissing: Math.max(0, quota.daysPerYear - totals.days),
    daysLeftInYear,
    onPace: totals.visits >= expectedVisits && totals.days >= expectedDays,
  };
}
