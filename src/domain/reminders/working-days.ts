import { addDays, type LocalDate } from '../../common/local-date.js';

/** ISO weekday, Monday = 1 … Sunday = 7. */
export function isoWeekday(date: LocalDate): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/** Monday to Friday (public holidays are not known to the service). */
export function isWorkingDay(date: LocalDate): boolean {
  return isoWeekday(date) <= 5;
}

/** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
export function workingDaysBetween(from: LocalDate, to: LocalDate): number {
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) if (isWorkingDay(day)) count += 1;
  return count;
}

export function isFirstWorkingDayOfMonth(date: LocalDate): boolean {
  if (!isWorkingDay(date)) return false;
  for (let day = addDays(date, -1); day.slice(0, 7) === date.slice(0, 7); day = addDays(day, -1)) {
    if (isWorkingDay(day)) return false;
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
