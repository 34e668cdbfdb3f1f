import { describe, expect, it } from 'vitest';
import { DEFAULT_SCORE_SHEET, gradeOf, scoreOf, scoreSheetSchema } from '../../../src/domain/assessment/score-sheet.js';
import { quotaFor } from '../../../src/domain/progress/quota.js';

const full = { visits: 5, days: 30 };

describe('the assessment score sheet', () => {
  it('gives the service part in proportion to visits and days, each full at the quota', () => {
    expect(scoreOf({ visits: 4, days: 18, quota: full, outcomes: 0, rating: null }, DEFAULT_SCORE_SHEET).parts).toEqual(
      {
        service: 42,
        outcomes: 0,
        rating: 0,
      },
    );
    // More than the quota earns no more.
    expect(
      scoreOf({ visits: 9, days: 60, quota: full, outcomes: 0, rating: null }, DEFAULT_SCORE_SHEET).parts.service,
    ).toBe(60);
  });

  it('gives 5 points an outcome up to 20, and the rating in proportion to 5 stars', () => {
    const { parts, score } = scoreOf({ visits: 5, days: 30, quota: full, outcomes: 7, rating: 4 }, DEFAULT_SCORE_SHEET);
    expect(parts).toEqual({ service: 60, outcomes: 20, rating: 16 });
    expect(score).toBe(96);
  });

  it('grades at 90, 75 and 60', () => {
    expect(gradeOf(90, DEFAULT_SCORE_SHEET)).toBe('EXCELLENT');
    expect(gradeOf(89.9, DEFAULT_SCORE_SHEET)).toBe('GOOD');
    expect(gradeOf(75, DEFAULT_SCORE_SHEET)).toBe('GOOD');
    expect(gradeOf(60, DEFAULT_SCORE_SHEET)).toBe('PASS');
    expect(gradeOf(59.9, DEFAULT_SCORE_SHEET)).toBe('FAIL');
  });

  it('owes a posting that covers part of the year its share of the quota, rounded up', () => {
    expect(quotaFor({ visitsPerYear: 5, daysPerYear: 30 }, 365, 365)).toEqual({ visits: 5, days: 30 });
    expect(quotaFor({ visitsPerYear: 5, daysPerYear: 30 }, 184, 365)).toEqual({ visits: 3, days: 16 });
    expect(quotaFor({ visitsPerYear: 5, daysPerYear: 30 }, 327, 365)).toEqual({ visits: 5, days: 27 });
  });

  it('accepts only sheets whose parts add up to 100 with falling thresholds', () => {
    expect(scoreSheetSchema.safeParse(DEFAULT_SCORE_SHEET).success).toBe(true);
    expect(scoreSheetSchema.safeParse({ ...DEFAULT_SCORE_SHEET, rating: 30 }).success).toBe(false);
    expect(
      scoreSheetSchema.safeParse({ ...DEFAULT_SCORE_SHEET, thresholds: { excellent: 70, good: 75, pass: 60 } }).success,
    ).toBe(false);
  });
});
