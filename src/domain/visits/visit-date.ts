import { addDays, isLocalDate, type LocalDate, localDate, yearOf } from '../../common/local-date.js';
import { NUMBER_PATTERN, parseSmallNumber } from './chinese-numbers.js';

export interface Found<T> {
  value: T;
  /** The words it was read from, to take out of the summary. */
  text: string;
}

const WEEKDAYS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7, 七: 7 };

/** ISO weekday (Mon = 1) of a date. */
function weekday(date: LocalDate): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The most recent date on or before today with that month and day (a date without a year is in the past). */
function recentPast(month: number, day: number, today: LocalDate): LocalDate | null {
  for (const year of [yearOf(today), yearOf(today) - 1]) {
    const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    if (isLocalDate(iso) && iso <= today) return iso as LocalDate;
  }
  return null;
}

type Rule = [RegExp, (match: RegExpExecArray, today: LocalDate) => LocalDate | null];

const CN = '[一二三四五六七八九十]{1,3}';

const RULES: Rule[] = [
  // A range ("11月18日-11月19日", "11月18日至19日") is dated by its first day.
  [
    /(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?\s*[-~～至到]\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*[日号]/,
    (m, today) => recentPast(Number(m[1]), Number(m[2]), today),
  ],
  [
    new RegExp(`(${CN})月(${CN})[日号]`),
    (m, today) => {
      const month = parseSmallNumber(m[1] ?? '');
      const day = parseSmallNumber(m[2] ?? '');
      return month && day ? recentPast(month, day, today) : null;
    },
  ],
  [
    /(\d{4})\s*[-/年.]\s*(\d{1,2})\s*[-/月.]\s*(\d{1,2})\s*[日号]?/,
    (m) => safeDate(Number(m[1]), Number(m[2]), Number(m[3])),
  ],
  [/(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/, (m, today) => recentPast(Number(m[1]), Number(m[2]), today)],
  [
    /(?<![\d.])(\d{1,2})[.．/](\d{1,2})(?![\d.]|\s*[天日小个])/,
    (m, today) => recentPast(Number(m[1]), Number(m[2]), today),
  ],
  [/大前天/, (_m, today) => addDays(today, -3)],
  [/前天/, (_m, today) => addDays(today, -2)],
  [/昨天|昨日/, (_m, today) => addDays(today, -1)],
  [/今天|今日/, (_m, today) => today],
  [
    new RegExp(`(${NUMBER_PATTERN})\\s*天(?:以)?前`),
    (m, today) => {
      const n = parseSmallNumber(m[1] ?? '');
      return n === null || !Number.isInteger(n) ? null : addDays(today, -n);
    },
  ],
  [
    /(上上|上|本|这)\s*(?:个)?(?:周|星期|礼拜)([一二三四五六日天七])/,
    (m, today) => {
      const target = WEEKDAYS[m[2] ?? ''] ?? 1;
      const monday = addDays(today, 1 - weekday(today));
      const weeksBack = m[1] === '上上' ? 2 : m[1] === '上' ? 1 : 0;
      return addDays(monday, target - 1 - 7 * weeksBack);
    },
  ],
  [
    /(?:周|星期|礼拜)([一二三四五六日天])/,
    (m, today) => {
      // A bare weekday is the most recent one, today included.
      const back = (weekday(today) - (WEEKDAYS[m[1] ?? ''] ?? 1) + 7) % 7;
      return addDays(today, -back);
    },
  ],
  // A bare day of the month ("20号", "18号到20号"), but not a workshop or a line ("3号车间").
  [
    /(?<![\d月.])(\d{1,2})\s*号(?!\s*(?:车间|生产线|产线|线|楼|机|炉|窑|罐|厂|仓|库|院|门|工位|设备|样品))/,
    (m, today) => recentDayOfMonth(Number(m[1]), today),
  ],
];

/** The most recent past day with that day of the month ("20号"): this month's, or last month's if still ahead. */
function recentDayOfMonth(day: number, today: LocalDate): LocalDate | null {
  const [year, month] = today.split('-').map(Number) as [number, number];
  for (const back of [0, 1, 2]) {
    const m = month - back;
    const date = safeDate(m >= 1 ? year : year - 1, m >= 1 ? m : m + 12, day);
    if (date && date <= today) return date;
  }
  return null;
}

function safeDate(year: number, month: number, day: number): LocalDate | null {
  try {
    return localDate(year, month, day);
  } catch {
    return null;
  }
}

/** The visit date a message names, read in Asia/Shanghai relative to `today`. */
export function findVisitDate(text: string, today: LocalDate): Found<LocalDate> | null {
  for (const [pattern, resolve] of RULES) {
    const match = pattern.exec(text);
    if (!match) continue;
    const value = resolve(match, today);
    if (value) return { value, text: match[0] };
  }
  return null;
}
