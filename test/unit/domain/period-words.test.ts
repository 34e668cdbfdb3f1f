import { describe, expect, it } from 'vitest';
import { type LocalDate, parseLocalDate } from '../../../src/common/local-date.js';
import { PERIOD_WORDS, periodOf } from '../../../src/domain/progress/period-words.js';

const day = (value: string) => parseLocalDate(value) as LocalDate;
const span = (text: string, today: string) => {
  const period = periodOf(text, day(today));
  return period ? [period.from, period.to, period.label] : null;
};

describe('the period a progress question asks about', () => {
  it('reads this and last week, month and year, up to today', () => {
    // 2026-12-03 is a Thursday.
    expect(span('陈老师这个月来了几次', '2026-12-03')).toEqual(['2026-12-01', '2026-12-03', '本月']);
    expect(span('上个月来过没', '2026-12-03')).toEqual(['2026-11-01', '2026-11-30', '上个月']);
    expect(span('这周跑了几趟', '2026-12-03')).toEqual(['2026-11-30', '2026-12-03', '本周']);
    expect(span('上礼拜去了几次', '2026-12-03')).toEqual(['2026-11-23', '2026-11-29', '上周']);
    expect(span('最近一个月服务了几天', '2026-12-03')).toEqual(['2026-11-04', '2026-12-03', '最近30天']);
    expect(span('去年完成得怎么样', '2026-12-03')?.slice(0, 2)).toEqual(['2025-01-01', '2025-12-31']);
  });

  it('crosses the year at its turn: last month in January is last December', () => {
    expect(span('上个月去了几次', '2027-01-05')).toEqual(['2026-12-01', '2026-12-31', '上个月']);
    expect(span('上周来了几次', '2027-01-01')).toEqual(['2026-12-21', '2026-12-27', '上周']);
  });

  it('reads a month of this year by its number, but not a day of it', () => {
    expect(span('11月份服务了几天', '2026-12-03')).toEqual(['2026-11-01', '2026-11-30', '11月']);
    expect(span('十一月来了几次', '2026-12-03')).toEqual(['2026-11-01', '2026-11-30', '11月']);
    expect(span('2月去了几次', '2026-12-03')).toEqual(['2026-02-01', '2026-02-28', '2月']);
    expect(span('12月来了几次', '2026-12-03')).toEqual(['2026-12-01', '2026-12-03', '12月']);
    expect(span('11月5日那次算了吗', '2026-12-03')).toBeNull();
    expect(span('11月5号来了几次', '2026-12-03')).toBeNull();
  });

  it('names no period for the year as a whole, or for one still to come', () => {
    expect(span('进度怎么样', '2026-12-03')).toBeNull();
    expect(span('今年完成了多少', '2026-12-03')).toBeNull();
    expect(span('下半年去了几次', '2026-03-10')).toBeNull();
  });

  it('reads a month not yet come this year, or said with 去年, as last year’s; 上上个月 two months back', () => {
    expect(span('12月来了几次', '2027-01-10')).toEqual(['2026-12-01', '2026-12-31', '2026年12月']);
    expect(span('去年11月来了几次', '2026-12-03')).toEqual(['2025-11-01', '2025-11-30', '2025年11月']);
    expect(span('上上个月去了几次', '2026-12-03')).toEqual(['2026-10-01', '2026-10-31', '10月']);
    expect(span('上上个月', '2027-02-03')).toEqual(['2026-12-01', '2026-12-31', '2026年12月']);
  });

  it('reads this and last quarter, across the year at its turn', () => {
    expect(span('这个季度的走访台账', '2026-12-03')).toEqual(['2026-10-01', '2026-12-03', '本季度']);
    expect(span('上季度来了几次', '2026-12-03')).toEqual(['2026-07-01', '2026-09-30', '上季度']);
    expect(span('上个季度服务了几天', '2027-02-10')).toEqual(['2026-10-01', '2026-12-31', '上季度']);
    expect(span('本季度去了几趟', '2027-02-10')).toEqual(['2027-01-01', '2027-02-10', '本季度']);
  });

  it('keeps each word for one period only', () => {
    const all = Object.values(PERIOD_WORDS).flat();
    expect(new Set(all).size).toBe(all.length);
  });
});
