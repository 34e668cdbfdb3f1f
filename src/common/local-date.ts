/**
 * Calendar dates of the programme. Every programme date (visit days, posting periods, the quota year) is a
 * date in Asia/Shanghai, whatever the host's TZ. A LocalDate is an ISO 'YYYY-MM-DD' string; arithmetic is done
 * on UTC midnights, which have no DST and no host-zone dependence.
 */
export const PROGRAMME_TIME_ZONE = 'Asia/Shanghai';

export type LocalDate = string & { readonly __brand: 'LocalDate' };

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const shanghaiDateFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: PROGRAMME_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in Asia/Shanghai at the given instant. */
export function dateInShanghai(instant: Date): LocalDate {
  return shanghaiDateFormat.format(instant) as LocalDate;
}

const shanghaiTimeFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: PROGRAMME_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The hour (0–23) on the programme's clocks at the given instant. */
export function hourInShanghai(instant: Date): number {
  const hour = shanghaiTimeFormat.formatToParts(instant).find((p) => p.type === 'hour')?.value;
  return Number(hour);
}

/** An instant as a clerk reads it: 「2026-12-01 21:48」, Asia/Shanghai. */
export function shanghaiDateTime(instant: Date): string {
  const parts = Object.fromEntries(shanghaiTimeFormat.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

export function isLocalDate(value: string): value is LocalDate {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  const probe = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return probe.toISOString().slice(0, 10) === value;
}

export function parseLocalDate(value: string): LocalDate {
  if (!isLocalDate(value)) throw new RangeError(`Not a valid calendar date: ${value}`);
  return value;
}

export function localDate(year: number, month: number, day: number): LocalDate {
  return parseLocalDate(fromUtcMidnight(new Date(Date.UTC(year, month - 1, day))));
}

/** The UTC midnight that stands for a LocalDate in a `@db.Date` column. */
export function toUtcMidnight(date: LocalDate): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

/** The LocalDate stored in a `@db.Date` column (read back as a UTC midnight). */
export function fromUtcMidnight(value: Date): LocalDate {
  return value.toISOString().slice(0, 10) as LocalDate;
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromUtcMidnight(new Date(toUtcMidnight(date).getTime() + days * DAY_MS));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((toUtcMidnight(to).getTime() - toUtcMidnight(from).getTime()) / DAY_MS);
}

export function yearOf(date: LocalDate): number {
  return Number(date.slice(0, 4));
}

export function startOfYear(year: number): LocalDate {
  return localDate(year, 1, 1);
}

export function endOfYear(year: number): LocalDate {
  return localDate(year, 12, 31);
}

export function daysInYear(year: number): number {
  return daysBetween(startOfYear(year), endOfYear(year)) + 1;
}

export function compareLocalDates(a: LocalDate, b: LocalDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

/** The weekday's character as in 周一 … 周日: 一 … 日. */
export function weekdayCharacter(date: LocalDate): string {
  return WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()] ?? '';
}

/** A day without its weekday: 12月5日; with the year (2025年12月5日) when `today` is given and falls in another year. */
export function chineseDayLabel(date: LocalDate, today?: LocalDate): string {
  const [year, month, day] = date.split('-').map(Number);
  const yearPart = today !== undefined && yearOf(today) !== year ? `${year}年` : '';
  return `${yearPart}${month}月${day}日`;
}

/** A stretch of days: 5月17日—8月16日 within this year; both years when it crosses one (2026年5月17日—2028年5月16日). */
export function chinesePeriodLabel(from: LocalDate, to: LocalDate, today: LocalDate): string {
  if (yearOf(from) === yearOf(to)) return `${chineseDayLabel(from, today)}—${chineseDayLabel(to, today)}`;
  const withYear = (date: LocalDate) => `${yearOf(date)}年${chineseDayLabel(date)}`;
  return `${withYear(from)}—${withYear(to)}`;
}

/** How a date reads in a chat message: 12月5日（周五）; with the year (2025年12月5日（周五）) when `today` is given and falls in another year. */
export function chineseDateLabel(date: LocalDate, today?: LocalDate): string {
  return `${chineseDayLabel(date, today)}（周${weekdayCharacter(date)}）`;
}
