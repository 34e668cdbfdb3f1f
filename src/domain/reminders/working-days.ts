import { createRequire } from 'node:module';
import { addDays, type LocalDate } from '../../common/local-date.js';

/** ISO weekday, Monday = 1 … Sunday = 7. */
export function isoWeekday(date: LocalDate): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/** Which days are working days: public holidays and make-up working days (调休) included. */
export interface WorkingCalendar {
  isWorkingDay(date: LocalDate): boolean;
  /** Whether the holidays of the year are known (from the holiday data or the office's own entries). */
  knowsYear(year: number): boolean;
}

/**
 * The State Council's holidays and make-up working days (调休), as the chinese-days package publishes them, keyed by
 * calendar day. Read from its data file rather than through its functions, which read a date in the host's time
 * zone (「2026-11-02」 read in Los Angeles becomes 1 November).
 */
const HOLIDAY_DATA = createRequire(import.meta.url)('chinese-days/dist/chinese-days.json') as {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
};
const YEARS_COVERED = new Set(Object.keys(HOLIDAY_DATA.holidays).map((date) => Number(date.slice(0, 4))));

/**
 * The State Council's holidays and make-up working days as the chinese-days package has them, with the office's own
 * entries (`overrides`, date → working) first: a year the package does not know yet is Monday to Friday until the
 * office enters its holidays.
 */
export function workingCalendar(overrides: ReadonlyMap<string, boolean> = new Map()): WorkingCalendar {
  const covers = (year: number) => YEARS_COVERED.has(year);
  return {
    isWorkingDay(date) {
      const entered = overrides.get(date);
      if (entered !== undefined) return entered;
      if (covers(Number(date.slice(0, 4)))) {
        if (date in HOLIDAY_DATA.holidays) return false;
        if (date in HOLIDAY_DATA.workdays) return true;
      }
      return isoWeekday(date) <= 5;
    },
    knowsYear(year) {
      return covers(year) || [...overrides.keys()].some((date) => date.startsWith(`${year}-`));
    },
  };
}

const DEFAULT_CALENDAR = workingCalendar();

/** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
export function workingDaysBetween(
  from: LocalDate,
  to: LocalDate,
  calendar: WorkingCalendar = DEFAULT_CALENDAR,
): number {
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) if (calendar.isWorkingDay(day)) count += 1;
  return count;
}

export function isFirstWorkingDayOfMonth(date: LocalDate, calendar: WorkingCalendar = DEFAULT_CALENDAR): boolean {
  if (!calendar.isWorkingDay(date)) return false;
  for (let day = addDays(date, -1); day.slice(0, 7) === date.slice(0, 7); day = addDays(day, -1)) {
    if (calendar.isWorkingDay(day)) return false;
  }
  return true;
}

/** ISO week label, e.g. 2026-W48: the period of a weekly reminder. */
export function isoWeek(date: LocalDate): string {
  const thursday = addDays(date, 4 - isoWeekday(date));
  const year = Number(thursday.slice(0, 4));
  const firstThursday = addDays(`${year}-01-04` as LocalDate, 4 - isoWeekday(`${year}-01-04` as LocalDate));
  const week = Math.round((Date.parse(thursday) - Date.parse(firstThursday)) / (7 * 86_400_000)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}
