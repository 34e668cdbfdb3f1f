import { describe, expect, it } from 'vitest';
import { type LocalDate, parseLocalDate } from '../../../src/common/local-date.js';
import {
  expectedNow,
  isHalfDayStep,
  type Period,
  paceOf,
  timeLeft,
  totalsForYear,
} from '../../../src/domain/progress/quota.js';

const quota = { visitsPerYear: 5, daysPerYear: 30 };
const d = (value: string): LocalDate => parseLocalDate(value);
/** A posting that runs through the whole of 2026. */
const THE_WHOLE_YEAR: Period = { startDate: d('2025-10-20'), endDate: d('2027-10-19') };

describe('yearly totals of a posting', () => {
  it('counts only the visits of the asked year', () => {
    const visits = [
      { date: d('2025-12-31'), days: 3 },
      { date: d('2026-01-01'), days: 1.5 },
      { date: d('2026-06-30'), days: 0.5 },
      { date: d('2026-12-31'), days: 4 },
      { date: d('2027-01-01'), days: 2 },
    ];
    expect(totalsForYear(visits, 2026)).toEqual({ visits: 3, days: 6 });
    expect(totalsForYear(visits, 2025)).toEqual({ visits: 1, days: 3 });
    expect(totalsForYear([], 2026)).toEqual({ visits: 0, days: 0 });
  });

  it('counts records of one day as one visit, adding their days', () => {
    const halves = [
      { date: d('2026-06-30'), days: 0.5 },
      { date: d('2026-06-30'), days: 0.5 },
    ];
    expect(totalsForYear(halves, 2026)).toEqual({ visits: 1, days: 1 });
  });

  it('accepts days only in half-day steps', () => {
    expect(isHalfDayStep(0.5)).toBe(true);
    expect(isHalfDayStep(1.5)).toBe(true);
    expect(isHalfDayStep(3)).toBe(true);
    expect(isHalfDayStep(0.3)).toBe(false);
    expect(isHalfDayStep(0)).toBe(false);
    expect(isHalfDayStep(-1)).toBe(false);
    expect(isHalfDayStep(Number.NaN)).toBe(false);
  });
});

describe('pace against the quota', () => {
  it('expects a share of the quota proportional to the share of the year elapsed', () => {
    // 2026-07-02 is day 183 of 365: half the year, so 2 whole visits and 15 days are expected.
    const pace = paceOf({ visits: 2, days: 15 }, quota, d('2026-07-02'), THE_WHOLE_YEAR);
    expect(pace.expectedVisits).toBe(2);
    expect(pace.expectedDays).toBe(15);
    expect(pace.onPace).toBe(true);
    expect(pace.visitsMissing).toBe(3);
    expect(pace.daysMissing).toBe(15);
    expect(pace.daysLeft).toBe(182);
  });

  it('is behind when either visits or days lag', () => {
    expect(paceOf({ visits: 1, days: 20 }, quota, d('2026-07-02'), THE_WHOLE_YEAR).onPace).toBe(false);
    expect(paceOf({ visits: 4, days: 14.5 }, quota, d('2026-07-02'), THE_WHOLE_YEAR).onPace).toBe(false);
  });

  it('asks for nothing on the first days of the year', () => {
    const pace = paceOf({ visits: 0, days: 0 }, quota, d('2026-01-05'), THE_WHOLE_YEAR);
    expect(pace.expectedVisits).toBe(0);
    expect(pace.onPace).toBe(true);
  });

  it('treats anything short of the full quota as behind in the last 45 days of the year', () => {
    // 2026-11-17 leaves 44 days after it: the final stretch.
    const late = paceOf({ visits: 5, days: 29.5 }, quota, d('2026-11-17'), THE_WHOLE_YEAR);
    expect(late.expectedDays).toBe(30);
    expect(late.onPace).toBe(false);
    expect(late.daysMissing).toBe(0.5);
    // Said as what is due by the year's end, not as what time alone asks for.
    expect(expectedNow(late)).toBe('年底前须达到5次、30天');
    expect(timeLeft(late)).toBe('距年底还有 44 天');
    expect(paceOf({ visits: 5, days: 30 }, quota, d('2026-12-31'), THE_WHOLE_YEAR).onPace).toBe(true);
    // The day before, proportional pace still applies (5 × 320/365 → 4 visits, 30 × 320/365 → 26 days).
    const before = paceOf({ visits: 4, days: 26 }, quota, d('2026-11-16'), THE_WHOLE_YEAR);
    expect(before.daysLeft).toBe(45);
    expect(before.onPace).toBe(true);
    expect(expectedNow(paceOf({ visits: 1, days: 2 }, quota, d('2026-11-16'), THE_WHOLE_YEAR))).toBe(
      '按时间进度应达到4次、26天',
    );
  });

  it('follows a configured quota', () => {
    const pace = paceOf(
      { visits: 6, days: 40 },
      { visitsPerYear: 8, daysPerYear: 60 },
      d('2026-12-01'),
      THE_WHOLE_YEAR,
    );
    expect(pace.visitsMissing).toBe(2);
    expect(pace.daysMissing).toBe(20);
    expect(pace.onPace).toBe(false);
  });
});

describe('pace of a posting that covers part of the year', () => {
  const fromJuly = { startDate: d('2026-07-01'), endDate: d('2028-06-30') };

  it('owes the quota in proportion to the days covered, rounded up, as the assessment does', () => {
    // 1 July to 31 December is 184 of 365 days: 5 × 0.504 → 3 visits, 30 × 0.504 → 16 days.
    const pace = paceOf({ visits: 1, days: 8 }, quota, d('2026-10-01'), fromJuly);
    expect(pace.owed).toEqual({ visits: 3, days: 16 });
    expect(pace.proRated).toBe(true);
    expect(pace.visitsMissing).toBe(2);
    expect(pace.daysMissing).toBe(8);
    // 1 October is day 93 of the 184 covered: half of 3 visits and 16 days → 1 visit, 8 days.
    expect(pace.expectedVisits).toBe(1);
    expect(pace.expectedDays).toBe(8);
    expect(pace.onPace).toBe(true);
  });

  it('expects all it owes in the last 45 days of the part it covers, also when that ends before the year does', () => {
    const endsInDecember = { startDate: d('2025-01-10'), endDate: d('2026-12-14') };
    const pace = paceOf({ visits: 4, days: 28 }, quota, d('2026-11-24'), endsInDecember);
    // 1 January to 14 December is 348 days: 5 visits, 29 days; 20 days are left of it.
    expect(pace.owed).toEqual({ visits: 5, days: 29 });
    expect(pace.expectedVisits).toBe(5);
    expect(pace.onPace).toBe(false);
    // 20 days are left of the posting, and what it owes is due when it ends.
    expect(pace.daysLeft).toBe(20);
    expect(expectedNow(pace)).toBe('派驻期满前须达到5次、29天');
    expect(timeLeft(pace)).toBe('距派驻期满还有 20 天');
  });

  it('owes the full quota for a posting that runs all year', () => {
    const pace = paceOf({ visits: 0, days: 0 }, quota, d('2026-07-02'), {
      startDate: d('2025-03-01'),
      endDate: d('2027-02-28'),
    });
    expect(pace.owed).toEqual({ visits: 5, days: 30 });
    expect(pace.proRated).toBe(false);
  });
});
