import { describe, expect, it } from 'vitest';
import {
  addDays,
  chineseDateLabel,
  dateInShanghai,
  daysBetween,
  daysInYear,
  fromUtcMidnight,
  isLocalDate,
  localDate,
  parseLocalDate,
  toUtcMidnight,
} from '../../../src/common/local-date.js';

describe('programme dates in Asia/Shanghai', () => {
  // Unless a zone is asked for (TZ=Asia/Shanghai checks that one on purpose), nothing may pass by accident of the zone.
  it.skipIf(process.env.TZ === 'Asia/Shanghai')('runs this suite in a host zone other than Shanghai', () => {
    expect(new Date('2026-11-24T20:00:00Z').getTimezoneOffset()).not.toBe(-480);
  });

  it('counts 23:30 UTC as the next calendar day in Shanghai', () => {
    expect(dateInShanghai(new Date('2026-11-23T16:30:00Z'))).toBe('2026-11-24');
    expect(dateInShanghai(new Date('2026-11-23T15:59:59Z'))).toBe('2026-11-23');
  });

  it('turns the year at Shanghai midnight, not UTC midnight', () => {
    expect(dateInShanghai(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01');
    expect(dateInShanghai(new Date('2026-12-31T15:59:59Z'))).toBe('2026-12-31');
  });

  it('keeps a date the same through the database column and back', () => {
    const date = parseLocalDate('2026-03-08');
    expect(toUtcMidnight(date).toISOString()).toBe('2026-03-08T00:00:00.000Z');
    expect(fromUtcMidnight(toUtcMidnight(date))).toBe('2026-03-08');
  });

  it('adds and counts days across month, year and leap-day boundaries', () => {
    expect(addDays(localDate(2026, 11, 24), -400)).toBe('2025-10-20');
    expect(addDays(localDate(2028, 2, 28), 1)).toBe('2028-02-29');
    expect(addDays(localDate(2026, 12, 31), 1)).toBe('2027-01-01');
    expect(daysBetween(localDate(2026, 1, 1), localDate(2026, 12, 31))).toBe(364);
    expect(daysBetween(localDate(2026, 12, 31), localDate(2026, 1, 1))).toBe(-364);
    expect(daysInYear(2026)).toBe(365);
    expect(daysInYear(2028)).toBe(366);
  });

  it('rejects dates that do not exist', () => {
    expect(isLocalDate('2026-02-29')).toBe(false);
    expect(isLocalDate('2028-02-29')).toBe(true);
    expect(isLocalDate('2026-13-01')).toBe(false);
    expect(isLocalDate('2026-1-1')).toBe(false);
    expect(() => parseLocalDate('2026-04-31')).toThrow(RangeError);
  });

  it('writes the year in a chat date only when it is not the current year', () => {
    expect(chineseDateLabel(parseLocalDate('2025-12-05'), parseLocalDate('2026-12-01'))).toBe('2025年12月5日（周五）');
    expect(chineseDateLabel(parseLocalDate('2026-12-05'), parseLocalDate('2026-12-01'))).toBe('12月5日（周六）');
    expect(chineseDateLabel(parseLocalDate('2026-12-31'), parseLocalDate('2027-01-01'))).toBe('2026年12月31日（周四）');
  });
});
