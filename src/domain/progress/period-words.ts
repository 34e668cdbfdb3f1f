import { addDays, endOfYear, type LocalDate, localDate, startOfYear, yearOf } from '../../common/local-date.js';
import { parseSmallNumber } from '../visits/chinese-numbers.js';

/** A stretch of days a progress question asks about (「这个月来了几次」), up to today at the latest. */
export interface Period {
  from: LocalDate;
  to: LocalDate;
  /** How the reply names it: 本月, 上周, 2025年. */
  label: string;
  /** A whole past year: measured against the yearly quota. */
  year?: number;
}

type Span =
  | 'this-week'
  | 'last-week'
  | 'this-month'
  | 'last-month'
  | 'month-before-last'
  | 'last-7-days'
  | 'last-30-days'
  | 'last-year'
  | 'this-quarter'
  | 'last-quarter'
  | 'first-half'
  | 'second-half';

/**
 * Words people use for a stretch of time when they ask how much service there was, as data. Longer words are tried
 * first (「上个月」 before 「这个月」 cannot clash, but 「最近一个月」 must win over 「一个月」-like parts).
 */
export const PERIOD_WORDS: Record<Span, readonly string[]> = {
  'this-week': ['这周', '本周', '这个星期', '这星期', '这个礼拜', '这礼拜', '这一周', '这个周'],
  'last-week': ['上周', '上个星期', '上星期', '上个礼拜', '上礼拜', '上一周', '上个周'],
  'this-month': ['这个月', '这月', '本月', '当月', '这一个月', '今个月', '呢个月'],
  'last-month': ['上个月', '上月', '上一个月', '上个月份'],
  'month-before-last': ['上上个月', '上上月'],
  'last-7-days': ['最近一周', '近一周', '最近7天', '近7天', '最近七天', '近七天', '这几天', '最近几天', '这一星期'],
  'last-30-days': ['最近一个月', '近一个月', '最近30天', '近30天', '最近三十天', '这一段时间', '最近这段时间'],
  'last-year': ['去年', '上一年', '上年度', '旧年'],
  'this-quarter': ['这个季度', '本季度', '这季度', '这一季度', '当季'],
  'last-quarter': ['上个季度', '上季度', '上一季度', '上一个季度'],
  'first-half': ['上半年'],
  'second-half': ['下半年'],
};

const WORDS = (Object.entries(PERIOD_WORDS) as [Span, readonly string[]][])
  .flatMap(([span, words]) => words.map((word) => ({ word, span })))
  .sort((a, b) => b.word.length - a.word.length);

/** 「11月」, 「11月份」, 「十一月」, 「今年3月」: a month of this year by its number (not 「11月5日」, a day). */
const MONTH =
  /(?<![\d一二两三四五六七八九十])(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月(?:份)?(?!\s*(?:\d|[一二三四五六七八九十]+\s*[号日]))/;

const lastOfMonth = (year: number, month: number): LocalDate =>
  month === 12 ? endOfYear(year) : addDays(localDate(year, month + 1, 1), -1);

const mondayOf = (date: LocalDate): LocalDate => {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addDays(date, -((weekday + 6) % 7));
};

function spanPeriod(span: Span, today: LocalDate): Period {
  const year = yearOf(today);
  const month = Number(today.slice(5, 7));
  switch (span) {
    case 'this-week':
      return { from: mondayOf(today), to: today, label: '本周' };
    case 'last-week': {
      const monday = addDays(mondayOf(today), -7);
      return { from: monday, to: addDays(monday, 6), label: '上周' };
    }
    case 'this-month':
      return { from: localDate(year, month, 1), to: today, label: '本月' };
    case 'last-month':
    case 'month-before-last': {
      const back = span === 'last-month' ? 1 : 2;
      const [y, m] = month - back >= 1 ? [year, month - back] : [year - 1, month - back + 12];
      return {
        from: localDate(y, m, 1),
        to: lastOfMonth(y, m),
        label: span === 'last-month' ? '上个月' : y === year ? `${m}月` : `${y}年${m}月`,
      };
    }
    case 'last-7-days':
      return { from: addDays(today, -6), to: today, label: '最近7天' };
    case 'last-30-days':
      return { from: addDays(today, -29), to: today, label: '最近30天' };
    case 'last-year':
      return { from: startOfYear(year - 1), to: endOfYear(year - 1), label: `${year - 1}年`, year: year - 1 };
    case 'this-quarter':
    case 'last-quarter': {
      const first = month - ((month - 1) % 3) - (span === 'last-quarter' ? 3 : 0);
      const [y, m] = first >= 1 ? [year, first] : [year - 1, first + 12];
      return {
        from: localDate(y, m, 1),
        to: minDate(lastOfMonth(y, m + 2), today),
        label: span === 'this-quarter' ? '本季度' : '上季度',
      };
    }
    case 'first-half':
      return { from: startOfYear(year), to: minDate(localDate(year, 6, 30), today), label: '上半年' };
    case 'second-half':
      return { from: localDate(year, 7, 1), to: today, label: '下半年' };
  }
}

const minDate = (a: LocalDate, b: LocalDate): LocalDate => (a < b ? a : b);

/**
 * The stretch of time a progress question asks about, or null when it names none (or the whole current year, which is
 * what progress shows anyway). A month of this year still to come (「12月」 asked in March) is no period either.
 */
export function periodOf(text: string, today: LocalDate): Period | null {
  const closed = text.replace(/\s+/g, '');
  const month = monthNamed(closed, today);
  if (month) return month;
  const found = WORDS.find(({ word }) => closed.includes(word));
  if (!found) return null;
  const period = spanPeriod(found.span, today);
  return period.from <= today ? period : null;
}

/**
 * A month by its number (「11月份」, 「去年11月」): of this year, or of last year when said so or when this year's is still
 * to come (「12月来了几次」 asked in January).
 */
function monthNamed(closed: string, today: LocalDate): Period | null {
  const month = MONTH.exec(closed);
  const number = month?.[1] ? parseSmallNumber(month[1]) : null;
  if (!number || number < 1 || number > 12) return null;
  const thisYear = yearOf(today);
  const lastYear =
    /去年|上一年|旧年/.test(closed.slice(0, month?.index ?? 0)) || localDate(thisYear, number, 1) > today;
  const year = lastYear ? thisYear - 1 : thisYear;
  return {
    from: localDate(year, number, 1),
    to: minDate(lastOfMonth(year, number), today),
    label: year === thisYear ? `${number}月` : `${year}年${number}月`,
  };
}
