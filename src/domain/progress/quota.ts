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

/** When a posting runs: its quota for a year is in proportion to the part of the year it covers. */
export interface Period {
  startDate: LocalDate;
  endDate: LocalDate;
}

export interface Pace {
  /** What the posting owes this year: the quota, or its share for a posting that covers part of the year. */
  owed: YearTotals;
  /** The quota was cut to the part of the year the posting covers. */
  proRated: boolean;
  /** What a posting should have done by now to be on course for the quota. */
  expectedVisits: number;
  expectedDays: number;
  visitsMissing: number;
  daysMissing: number;
  /** Days from today to the last day of the year the posting covers: the year's end, or the posting's when earlier. */
  daysLeft: number;
  /** The posting ends before the year does: what it owes is due by then. */
  endsBeforeTheYear: boolean;
  /** In the last stretch all it owes is expected, not a share. */
  finalStretch: boolean;
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
 * The quota of a posting that covers only part of the year: the yearly quota in proportion to the days covered,
 * rounded up (a posting that starts on 1 July owes 3 visits and 15 days that year).
 */
export function quotaFor(quota: Quota, coveredDays: number, daysInYear: number): YearTotals {
  const share = Math.min(1, Math.max(0, coveredDays / daysInYear));
  return { visits: Math.ceil(quota.visitsPerYear * share), days: Math.ceil(quota.daysPerYear * share) };
}

/** The first and last day of `year` a posting covers (the whole year when no period is given). */
export function coveredIn(year: number, period?: Period): { first: LocalDate; last: LocalDate } {
  const first = period && period.startDate > startOfYear(year) ? period.startDate : startOfYear(year);
  const last = period && period.endDate < endOfYear(year) ? period.endDate : endOfYear(year);
  return { first, last };
}

/** What a posting owes in `year`: the quota, in proportion to the part of the year it covers. */
export function owedIn(quota: Quota, year: number, period?: Period): YearTotals {
  const { first, last } = coveredIn(year, period);
  return quotaFor(quota, daysBetween(first, last) + 1, daysInYear(year));
}

/**
 * Pace against what the posting owes this year on `today`: the expected share grows with the share elapsed of the
 * part of the year the posting covers (counting today), rounded down to whole visits and half days. The same
 * pro-rated quota is what the yearly assessment measures.
 */
export function paceOf(totals: YearTotals, quota: Quota, today: LocalDate, period: Period): Pace {
  const year = yearOf(today);
  const { first, last } = coveredIn(year, period);
  const owed = owedIn(quota, year, period);
  const covered = daysBetween(first, last) + 1;
  const elapsed = Math.min(covered, Math.max(0, daysBetween(first, today) + 1));
  const share = covered > 0 ? elapsed / covered : 1;
  // The last stretch of the posting's part of the year leaves no time to catch up gradually.
  const finalStretch = daysBetween(today, last) < FINAL_STRETCH_DAYS;
  const expectedVisits = finalStretch ? owed.visits : Math.floor(owed.visits * share);
  const expectedDays = finalStretch ? owed.days : Math.floor(owed.days * share * 2) / 2;
  return {
    owed,
    proRated: owed.visits !== quota.visitsPerYear || owed.days !== quota.daysPerYear,
    expectedVisits,
    expectedDays,
    visitsMissing: Math.max(0, owed.visits - totals.visits),
    daysMissing: Math.max(0, owed.days - totals.days),
    daysLeft: Math.max(0, daysBetween(today, last)),
    endsBeforeTheYear: last < endOfYear(year),
    finalStretch,
    onPace: totals.visits >= expectedVisits && totals.days >= expectedDays,
  };
}

/**
 * What a posting behind should have reached by now. In the last stretch that is all it owes, due by the year's end or
 * the posting's: 「按时间进度应达到5次、30天」 would read as if time alone asked for the whole year.
 */
export function expectedNow(pace: Pace): string {
  if (!pace.finalStretch) return `按时间进度应达到${pace.expectedVisits}次、${pace.expectedDays}天`;
  return `${pace.endsBeforeTheYear ? '派驻期满前' : '年底前'}须达到${pace.owed.visits}次、${pace.owed.days}天`;
}

/** How long the posting has left this year to do what it owes: until the year's end, or its own when earlier. */
export function timeLeft(pace: Pace): string {
  return `${pace.endsBeforeTheYear ? '距派驻期满' : '距年底'}还有 ${pace.daysLeft} 天`;
}
