import { addDays, daysBetween, isLocalDate, type LocalDate, yearOf } from '../../common/local-date.js';
import { parseSmallNumber } from './chinese-numbers.js';

/**
 * A date a message gives: a day that has come (past, today included), one still to come (future), one that cannot
 * be (invalid: 11月31日), or a time too vague to be a day (vague: 上周, 最近, 月初). `span` is the number of calendar
 * days of a range (11月20日到22日 → 3).
 */
export interface DateReading {
  kind: 'past' | 'future' | 'invalid' | 'vague';
  value: LocalDate | null;
  /** The words it was read from. */
  text: string;
  index: number;
  span?: number;
  /** A month and day read as last year's, because this year's is still to come. */
  lastYear?: boolean;
  /** A day and the weekday said with it that do not agree (「11月19日周三」, a Thursday): what each says. */
  mismatch?: { day: LocalDate; weekday: string };
}

/** Words that give the day the message is sent on. */
const TODAY_WORDS = /今天|今日|今儿|今早|今晚|今上午|今下午|刚才|刚刚|刚从/;

/**
 * Until this hour the day has barely begun: a report of 「今天」 sent then (at 00:40, after a long day) may well mean
 * the day that just ended, so the bot asks rather than store either.
 */
const SMALL_HOURS_END = 5;

/** Words that give the day before the message is sent (琴日 and 寻日 in Cantonese). */
const YESTERDAY_WORDS = /昨天|昨日|昨儿|昨晚|琴日|寻日/;
/** Words that give the day before that. */
const DAY_BEFORE_WORDS = /(?<!大)前天|(?<!大)前日/;

/** Whether a report's 「今天」 may mean yesterday: it is said in the small hours. */
export function todayMayMeanYesterday(text: string, hour: number): boolean {
  return hour < SMALL_HOURS_END && TODAY_WORDS.test(text);
}

/**
 * The word of a report's day that may mean the day before in the small hours, the day just ended being 「今天」 still
 * (「昨天」, 「前天」), or null.
 */
export function dayWordMayMeanTheDayBefore(text: string, hour: number): '昨天' | '前天' | null {
  if (hour >= SMALL_HOURS_END || TODAY_WORDS.test(text)) return null;
  if (YESTERDAY_WORDS.test(text)) return '昨天';
  return DAY_BEFORE_WORDS.test(text) ? '前天' : null;
}

/** A past day as said (「上周五」, 「20号」, 「昨天」): the report's day, which a guess is about. */
const PAST_DAY =
  '(?:上|这|本)?(?:周|星期|礼拜)[一二三四五六日天]|\\d{1,2}\\s*[号日]|[一二三四五六七八九十]{1,3}[号日]|昨天|前天|大前天';
/** A hedge right before the day (「好像是上周五」, 「应该是上周二吧」). */
const HEDGED_DAY = /(?:好像|大概|估计|可能|似乎|貌似|也许|应该)(?:是)?\s*$/;
/** Another day offered in its place right after it (「上周二吧 也可能是周三」, 「20号或者21号」). */
const OTHER_DAY_OFFERED = new RegExp(
  `^[^，,。]{0,3}?(?:[，,\\s]*)(?:或者|还是|或|也可能是?|要么)\\s*(?:${PAST_DAY}|\\d{1,2}|[一二三四五六七八九十]{1,3})`,
);
/** The day itself not remembered (「具体哪天记不清了」, 「记不清是哪天」). */
const DAY_FORGOTTEN =
  /(?:哪天|哪一天|几号|日期|星期几|周几)[^，,。]{0,4}(?:记不(?:太)?清|忘了|不确定|想不起来)|(?:记不(?:太)?清|忘了|不确定|想不起来)[^，,。]{0,4}(?:哪天|哪一天|几号|日期|星期几|周几)/;

/**
 * Whether a report gives its day as a guess, so the day is asked rather than stored: the first day it names is hedged
 * or has another offered beside it, or it says the day is not remembered. A hedge about anything else (「可能下周一还要
 * 去」, 「参数还不确定」) is no guess at the day.
 */
export function dayGuessed(text: string): boolean {
  if (DAY_FORGOTTEN.test(text)) return true;
  const first = new RegExp(PAST_DAY).exec(text);
  if (!first) return false;
  const before = text.slice(0, first.index).replace(/[，,\s]+$/, '');
  const after = text.slice(first.index + first[0].length).replace(/^(?:吧|啊|的)/, '');
  return (
    HEDGED_DAY.test(before) ||
    OTHER_DAY_OFFERED.test(after) ||
    (/记不(?:太)?清/.test(after.slice(0, 8)) && /吧/.test(after.slice(0, 2)))
  );
}

/** A weekday said alone (「周日去龙城齿轮…」), not after 上 / 这 / 本 / 下. */
const LONE_WEEKDAY = /(?<![上这本下个的])(?:周|星期|礼拜)([一二三四五六日天])/;
/** Words that tell of something done (「去了」, 「调过」, 「讲完」). */
const DONE_WORDS = /了|过|完/;

/**
 * A weekday said alone whose day this week is still to come (「周日去龙城齿轮技术攻关一天」 on a Saturday), with
 * nothing that tells it was done: last week's is only a guess, so the day is asked.
 */
export function weekdayMaybeToCome(text: string, today: LocalDate): boolean {
  const said = LONE_WEEKDAY.exec(text);
  // 「10月22日周三」: the weekday goes with a date said.
  if (!said || DONE_WORDS.test(text) || /月|[\d一二三四五六七八九十]\s*[号日]/.test(text)) return false;
  return (WEEKDAYS[said[1] ?? ''] ?? 0) > weekday(today);
}

/** How many days ahead a bare day of this month (「8号」 on the 6th) may be meant as still to come. */
const BARE_DAY_SOON_DAYS = 10;
/** A day of the month said alone (「8号」), not after a month (「上个月8号」, 「11月8号」) nor a workshop's number (「3号车间」). */
export const BARE_DAY =
  /(?<![\d月.\-/])(\d{1,2})\s*[号日](?!\s*(?:车间|生产线|产线|线|楼|机|炉|窑|罐|厂|仓|库|院|门|工位|设备|样品|到|至))/;

/**
 * A bare day whose date this month is soon to come (「8号去龙城齿轮技术攻关1天」 on the 6th), with nothing that tells it
 * was done: last month's is only a guess, so the day is asked.
 */
export function dayOfMonthMaybeToCome(text: string, today: LocalDate): boolean {
  const said = BARE_DAY.exec(text);
  if (!said || DONE_WORDS.test(text) || /月/.test(text.slice(0, said.index))) return false;
  // 「前天在…调试淬火炉 他们30号要验收」: the visit's day is another, said first.
  if (findDates(text, today).some((found) => found.index < said.index)) return false;
  const date = dayOfMonth(0, Number(said[1]), today);
  return date !== null && date > today && date <= addDays(today, BARE_DAY_SOON_DAYS);
}

/** When each part of a day begins (the hour), as people name it; a clock time said with it is more exact. */
const PARTS_OF_DAY: [RegExp, number][] = [
  [/今晚|晚上|夜里/, 18],
  [/傍晚/, 17],
  [/下午/, 12],
];
/** Earlier parts of the day: a report that names one tells of something already done (「今天上午…下午还要去」). */
const EARLIER_PART = /上午|早上|早晨|中午|今早|一早/;
const CLOCK_AFTER = /^\s*(\d{1,2}|[一二三四五六七八九十两]{1,3})\s*[点时:：]/;

/**
 * The part of today a report names that has not begun yet (「今天下午去绿桂生物…」 sent at 09:45), as said, or null: a
 * visit then cannot have happened, whatever the verb says. The first part named is the visit's (「今天下午去了…晚上还要写
 * 报告」 tells of the afternoon).
 */
export function partOfTodayToCome(text: string, hour: number): string | null {
  if (!TODAY_WORDS.test(text) || EARLIER_PART.test(text)) return null;
  const named = PARTS_OF_DAY.flatMap(([words, begins]) => {
    const found = words.exec(text);
    return found ? [{ said: found[0], at: found.index, begins }] : [];
  }).sort((a, b) => a.at - b.at)[0];
  if (!named) return null;
  const clock = CLOCK_AFTER.exec(text.slice(named.at + named.said.length));
  const at = clock?.[1] ? parseSmallNumber(clock[1]) : null;
  const begins = at !== null && at >= 1 && at <= 11 ? at + 12 : named.begins;
  if (hour >= begins) return null;
  const part = named.said.startsWith('今') ? named.said : `今天${named.said}`;
  return clock && at !== null && at >= 1 && at <= 11 ? `${part}${clock[0].trim().replace(/[时:：]$/, '点')}` : part;
}

interface Window {
  startDate?: LocalDate;
  endDate?: LocalDate;
}

const WEEKDAYS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };
const CN = '[一二三四五六七八九十两]{1,3}';
const NUM = `(?:\\d{1,2}|${CN})`;

const iso = (year: number, month: number, day: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

function weekday(date: LocalDate): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

const number = (text: string | undefined) => parseSmallNumber(text ?? '');

/** The day of a weekday (一 … 日, 天) in the Monday-to-Sunday week of `date`. */
export function inTheWeekOf(date: LocalDate, weekdayCharacter: string): LocalDate {
  return addDays(date, (WEEKDAYS[weekdayCharacter] ?? weekday(date)) - weekday(date));
}

/** The kind of a day against today. */
function dayOf(value: LocalDate, today: LocalDate): 'past' | 'future' {
  return value > today ? 'future' : 'past';
}

/**
 * A month and day without a year: this year's if it has come; otherwise last year's when that lies in one of the
 * reporter's postings, else it cannot be placed (the bot asks).
 */
function monthDay(
  month: number,
  day: number,
  today: LocalDate,
  windows: Window[],
): Omit<DateReading, 'text' | 'index'> {
  const year = yearOf(today);
  const thisYear = iso(year, month, day);
  if (!isLocalDate(thisYear) && !isLocalDate(iso(year - 1, month, day))) return { kind: 'invalid', value: null };
  if (isLocalDate(thisYear) && thisYear <= today) return { kind: 'past', value: thisYear as LocalDate };
  const lastYear = iso(year - 1, month, day);
  // 2月29日 of a common year is no day, even if last year had one.
  if (!isLocalDate(thisYear)) return { kind: 'invalid', value: null };
  const inside = windows.some(
    (w) => (!w.startDate || lastYear >= w.startDate) && (!w.endDate || lastYear <= w.endDate),
  );
  return inside ? { kind: 'past', value: lastYear as LocalDate, lastYear: true } : { kind: 'vague', value: null };
}

/** Day `day` of the month `back` months before today's (0 = this month). */
function dayOfMonth(back: number, day: number, today: LocalDate): LocalDate | null {
  const [year, month] = today.split('-').map(Number) as [number, number];
  const m = month - back;
  const date = iso(m >= 1 ? year : year - 1, m >= 1 ? m : m + 12, day);
  return isLocalDate(date) ? (date as LocalDate) : null;
}

function week(which: string | undefined, target: number, today: LocalDate): LocalDate {
  const monday = addDays(today, 1 - weekday(today));
  const back = which === '上上' ? 2 : which === '上' ? 1 : which === '下' ? -1 : which === '下下' ? -2 : 0;
  return addDays(monday, target - 1 - 7 * back);
}

type Rule = [
  RegExp,
  (m: RegExpExecArray, today: LocalDate, windows: Window[]) => Omit<DateReading, 'text' | 'index'> | null,
];

/** Most specific first: a range before its first day, a full date before a month and day. */
const RULES: Rule[] = [
  // 11月20日到22日, 11月30号到12月1号, 12.30-12.31
  [
    /(\d{1,2})\s*[月.]\s*(\d{1,2})\s*[日号]?\s*(?:到|至|-|~|～|—|–)\s*(?:(\d{1,2})\s*[月.])?\s*(\d{1,2})\s*[日号]?/,
    (m, today, windows) => {
      const first = monthDay(Number(m[1]), Number(m[2]), today, windows);
      if (first.kind !== 'past' || !first.value) return first;
      const lastMonth = m[3] ? Number(m[3]) : Number(m[1]);
      const year = yearOf(first.value) + (lastMonth < Number(m[1]) ? 1 : 0);
      const last = iso(year, lastMonth, Number(m[4]));
      if (!isLocalDate(last) || last < first.value) return null;
      return {
        ...first,
        kind: dayOf(last as LocalDate, today) === 'future' ? 'future' : 'past',
        span: span(first.value, last as LocalDate),
      };
    },
  ],
  // 20号到22号
  [
    /(?<![\d月.])(\d{1,2})\s*[号日]\s*(?:到|至|-|~|～|—)\s*(\d{1,2})\s*[号日]/,
    (m, today) => {
      for (const back of [0, 1]) {
        const first = dayOfMonth(back, Number(m[1]), today);
        const last = dayOfMonth(back, Number(m[2]), today);
        if (first && last && last >= first && last <= today)
          return { kind: 'past', value: first, span: span(first, last) };
      }
      return null;
    },
  ],
  // 上周一到周三, 周四到周五; 上周四周五, 上周四、周五, 周一和周二 (two days next to each other, the week said once)
  [
    /(上上|上|本|这|下)?(?:个)?(?:周|星期|礼拜)([一二三四五六日天])\s*(?:(?:到|至|-|~)\s*(?:周|星期|礼拜)?|([、，,和跟]?)\s*(?:周|星期|礼拜))([一二三四五六日天])/,
    (m, today) => {
      let first = week(m[1], WEEKDAYS[m[2] ?? ''] ?? 1, today);
      let last = week(m[1], WEEKDAYS[m[4] ?? ''] ?? 1, today);
      // Listed (、 和) rather than spanned (到), only two days next to each other are one stay: 「周一和周三」 is two.
      if (m[3] !== undefined && daysBetween(first, last) !== 1) return null;
      if (!m[1] && last > today) {
        first = addDays(first, -7);
        last = addDays(last, -7);
      }
      return { kind: dayOf(last, today), value: first, span: span(first, last) };
    },
  ],
  // 前天和昨天, 昨天和今天, 前天到今天; 昨天下午到今天中午 (part of each day: the reader asks each day apart)
  [
    /(大前天|前天|昨天)\s*(?:早上|上午|中午|下午|傍晚|晚上)?\s*(和|到|至|、|跟)\s*(前天|昨天|今天)(?:\s*(?:早上|上午|中午|下午|傍晚|晚上))?/,
    (m, today) => {
      const back: Record<string, number> = { 大前天: 3, 前天: 2, 昨天: 1, 今天: 0 };
      const first = addDays(today, -(back[m[1] ?? ''] ?? 0));
      const last = addDays(today, -(back[m[3] ?? ''] ?? 0));
      // 「大前天和昨天」 lists two days apart, no stay across them.
      if (!/到|至/.test(m[2] ?? '') && daysBetween(first, last) > 1) return null;
      return last >= first ? { kind: 'past', value: first, span: span(first, last) } : null;
    },
  ],
  // 2026年12月20日, 2026-12-20, 2026.12.20
  [
    /(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*[日号]?/,
    (m, today) => {
      const date = iso(Number(m[1]), Number(m[2]), Number(m[3]));
      return isLocalDate(date)
        ? { kind: dayOf(date as LocalDate, today), value: date as LocalDate }
        : { kind: 'invalid', value: null };
    },
  ],
  // 明年1月3号
  [
    /明年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?/,
    (m, today) => {
      const date = iso(yearOf(today) + 1, Number(m[1]), Number(m[2]));
      return isLocalDate(date) ? { kind: 'future', value: date as LocalDate } : { kind: 'invalid', value: null };
    },
  ],
  // 去年12月3号: last year's, whatever this year's would be.
  [
    /去年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?/,
    (m, today) => {
      const date = iso(yearOf(today) - 1, Number(m[1]), Number(m[2]));
      return isLocalDate(date) ? { kind: 'past', value: date as LocalDate } : { kind: 'invalid', value: null };
    },
  ],
  // 十一月二十日
  [
    new RegExp(`(${CN})月(${CN})[日号]`),
    (m, today, windows) => {
      const month = number(m[1]);
      const day = number(m[2]);
      return month && day ? monthDay(month, day, today, windows) : null;
    },
  ],
  // 11月20日, 11月20, 12月15号
  [
    /(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*(?:[日号]|(?![\d天个小]))/,
    (m, today, windows) => {
      const month = Number(m[1]);
      const day = Number(m[2]);
      if (month < 1 || month > 12 || day < 1 || day > 31) return { kind: 'invalid', value: null };
      return monthDay(month, day, today, windows);
    },
  ],
  // 11.20, 11/31
  [
    /(?<![\d.])(\d{1,2})[./](\d{1,2})(?![\d.]|\s*[天日小个点])/,
    (m, today, windows) => {
      const month = Number(m[1]);
      const day = Number(m[2]);
      if (month < 1 || month > 12 || day < 1 || day > 31) return { kind: 'invalid', value: null };
      return monthDay(month, day, today, windows);
    },
  ],
  [/大后天/, (_m, today) => ({ kind: 'future', value: addDays(today, 3) })],
  [/后天/, (_m, today) => ({ kind: 'future', value: addDays(today, 2) })],
  [/明天|明日|明儿/, (_m, today) => ({ kind: 'future', value: addDays(today, 1) })],
  [/大大前天/, (_m, today) => ({ kind: 'past', value: addDays(today, -4) })],
  [/大前天/, (_m, today) => ({ kind: 'past', value: addDays(today, -3) })],
  [/前天/, (_m, today) => ({ kind: 'past', value: addDays(today, -2) })],
  [/昨天|昨日|昨儿|昨晚/, (_m, today) => ({ kind: 'past', value: addDays(today, -1) })],
  [TODAY_WORDS, (_m, today) => ({ kind: 'past', value: today })],
  [
    new RegExp(`(${NUM})\\s*天(?:以)?前`),
    (m, today) => {
      const n = number(m[1]);
      return n === null ? null : { kind: 'past', value: addDays(today, -n) };
    },
  ],
  // 上周末, 这周末: a weekend is two days
  [
    /(上上|上|本|这|下)?(?:个)?(?:周末|礼拜天和礼拜六)/,
    (m) => ({ kind: m[1] === '下' ? 'future' : 'vague', value: null }),
  ],
  // 上周的周五, 上周 周五, 上礼拜的礼拜四, 前个礼拜五, 两周前的周三: the week said apart from its day.
  [
    /(上上|上|前一?个|这|本|下下|下|两周前|两个礼拜前|两个星期前)\s*(?:个)?(?:周|星期|礼拜)?\s*(?:的|，|,|、)?\s*(?:周|星期|礼拜)([一二三四五六日天])/,
    (m, today) => {
      const which = m[1]?.startsWith('前') ? '上' : m[1]?.startsWith('两') ? '上上' : m[1];
      const date = week(which, WEEKDAYS[m[2] ?? ''] ?? 1, today);
      return { kind: dayOf(date, today), value: date };
    },
  ],
  // 上周三, 本周一, 下周二
  [
    /(上上|上|本|这|下下|下)\s*(?:个)?(?:周|星期|礼拜)([一二三四五六日天])/,
    (m, today) => {
      const date = week(m[1], WEEKDAYS[m[2] ?? ''] ?? 1, today);
      return { kind: dayOf(date, today), value: date };
    },
  ],
  // a bare weekday: the most recent one, today included
  [
    /(?:周|星期|礼拜)([一二三四五六日天])/,
    (m, today) => {
      const back = (weekday(today) - (WEEKDAYS[m[1] ?? ''] ?? 1) + 7) % 7;
      return { kind: 'past', value: addDays(today, -back) };
    },
  ],
  // 上个月28号到30号, 上个月29号-30号, 上上个月8号到9号
  [
    new RegExp(`(上上|上)个?月\\s*(${NUM})\\s*[号日]?\\s*(?:到|至|-|~|～|—)\\s*(${NUM})\\s*[号日]`),
    (m, today) => {
      const back = m[1] === '上上' ? 2 : 1;
      const first = dayOfMonth(back, number(m[2]) ?? 0, today);
      const last = dayOfMonth(back, number(m[3]) ?? 0, today);
      return first && last && last >= first ? { kind: 'past', value: first, span: span(first, last) } : null;
    },
  ],
  // 上个月28号, 上上个月20号
  [
    new RegExp(`(上上|上)个?月\\s*(${NUM})\\s*[号日]`),
    (m, today) => {
      const day = number(m[2]);
      const date = day ? dayOfMonth(m[1] === '上上' ? 2 : 1, day, today) : null;
      return date ? { kind: 'past', value: date } : { kind: 'invalid', value: null };
    },
  ],
  // 这个月5号, 本月5日
  [
    new RegExp(`(?:这个?月|本月)\\s*(${NUM})\\s*[号日]`),
    (m, today) => {
      const day = number(m[1]);
      const date = day ? dayOfMonth(0, day, today) : null;
      return date ? { kind: dayOf(date, today), value: date } : { kind: 'invalid', value: null };
    },
  ],
  [/下个?月|下个?周|下个?礼拜|下个?星期|过两天|过几天|过些天|过段时间|改天/, () => ({ kind: 'future', value: null })],
  // a bare day of the month, not a workshop or a line (3号车间)
  [
    BARE_DAY,
    (m, today) => {
      const day = Number(m[1]);
      if (day < 1 || day > 31) return { kind: 'invalid', value: null };
      for (const back of [0, 1]) {
        const date = dayOfMonth(back, day, today);
        if (date && date <= today) return { kind: 'past', value: date };
        if (!date && back === 0 && dayOfMonth(1, day, today) === null) return { kind: 'invalid', value: null };
      }
      return { kind: 'invalid', value: null };
    },
  ],
  // 「这个月中旬去…」 on the 5th: a part of this month that has not begun is still to come.
  [
    /(?:这个?月|本月)(中旬|下旬|底|末)|(?<![上个这本\d一二三四五六七八九十])月(中|底|末)/,
    (m, today) => {
      const part = m[1] ?? m[2];
      const begins = part === '中旬' || part === '中' ? 11 : 21;
      return Number(today.slice(8)) < begins ? { kind: 'future', value: null } : { kind: 'vague', value: null };
    },
  ],
  [
    // The part of a month stays with it (「上个月底」 leaves no 「底」 behind in the activity).
    /(?:上上周|上周|上星期|上礼拜|这周|本周|这星期|这个月|本月|上上个?月|上个?月)(?:初|底|末|中旬|上旬|下旬|中)?|月初|月底|月中|最近|前几天|前两天|前些天|前些日子|这两天|这几天|近几天|前一阵子?|前阵子|前段时间|年前|年后|节前|节后|春节后|国庆后|(\d{1,2}|[一二三四五六七八九十]{1,2})月份/,
    () => ({ kind: 'vague', value: null }),
  ],
];

function span(first: LocalDate, last: LocalDate): number {
  return Math.round((Date.parse(`${last}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`)) / 86_400_000) + 1;
}

/**
 * The dates a message gives, most telling first: a day (or range) before a vague time, earlier in the text before
 * later. `windows` are the reporter's postings, to place a month and day that has not come yet this year.
 */
export function findDates(text: string, today: LocalDate, windows: Window[] = []): DateReading[] {
  const found: DateReading[] = [];
  let rest = text;
  for (const [pattern, resolve] of RULES) {
    const global = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`);
    for (const match of rest.matchAll(global)) {
      const reading = resolve(match, today, windows);
      if (!reading) continue;
      found.push({ ...reading, text: match[0], index: match.index ?? 0 });
      // Blank out what was read so a shorter rule does not read it again.
      rest =
        rest.slice(0, match.index) + ' '.repeat(match[0].length) + rest.slice((match.index ?? 0) + match[0].length);
    }
  }
  const rank = (r: DateReading) => (r.kind === 'vague' ? 1 : 0);
  return withWeekSaidOnce(withWeekdaysSaid(found, text), today).sort((a, b) => rank(a) - rank(b) || a.index - b.index);
}

/** A week said (「上周」, 「上周二」, 「上礼拜一到三」), with the weekday it reached, if any. */
const WEEK_QUALIFIED = /^(上上|上|本|这|下下|下)\s*个?(?:周|星期|礼拜)(?:[^末]|$)/;
/** A weekday said alone (「周四」), or two without a week (「周三周四」, 「周三到周五」). */
const BARE_WEEKDAY =
  /^(?:周|星期|礼拜)([一二三四五六日天])(?:[\s到至\-~、，,和跟]*(?:周|星期|礼拜)?([一二三四五六日天]))?$/;

/**
 * Bare weekdays after a week said once carry that week: 「上周去了两次 周一和周四」 and 「上周二去的北海，周三周四…」
 * are last week's Monday, Thursday and Wednesday, not this week's. Only weekdays from the first said on inherit it
 * (「上周五去了，周一又去了」 is this Monday); another day said in between ends the week.
 */
function withWeekSaidOnce(readings: DateReading[], today: LocalDate): DateReading[] {
  const ordered = [...readings].sort((a, b) => a.index - b.index);
  let said: { which: string; from: number; reached: number } | null = null;
  return ordered.map((reading) => {
    const text = reading.text.trim();
    const bare = BARE_WEEKDAY.exec(text);
    if (bare && said) {
      const target = WEEKDAYS[bare[1] ?? ''] ?? 0;
      // A weekday of the days already said (「上周一和周二…周一半天周二一天」) is one of them.
      if (target >= said.from) {
        const value = week(said.which, target, today);
        const last = addDays(value, (reading.span ?? 1) - 1);
        said.reached = Math.max(said.reached, weekday(last));
        return { ...reading, kind: dayOf(last, today), value };
      }
      said = null;
      return reading;
    }
    const qualified = WEEK_QUALIFIED.exec(text);
    if (qualified && (reading.value !== null || reading.kind === 'vague')) {
      const last = reading.value ? addDays(reading.value, (reading.span ?? 1) - 1) : null;
      said = {
        which: qualified[1] === '这' ? '本' : (qualified[1] as string),
        from: reading.value ? weekday(reading.value) : 0,
        reached: last ? weekday(last) : 0,
      };
    } else if (reading.value !== null || reading.kind !== 'vague') said = null;
    return reading;
  });
}

/** A weekday alone or of a week (「周三」, 「上礼拜三」), as said next to a date. */
const WEEKDAY_SAID = /^(?:上上|上|本|这|下下|下)?个?(?:周|星期|礼拜)([一二三四五六日天])$/;
/** A day of the month said by its number (「11月19日」, 「19号」, 「11.19」). */
const DAY_SAID = /\d|[一二三四五六七八九十]{1,3}[日号]/;
/** What may stand between a date and its weekday: 「11月19日（周三）」, 「19号 星期三」, 「周三，11.19」. */
const BESIDE = /^[\s(（,，]*$/;

/**
 * A date and its weekday said together are one day, not two (「11月18日周三」); when they do not agree (「11月19日周三」:
 * the 19th is a Thursday) neither is taken, and the reading says what each gives so the bot can ask.
 */
function withWeekdaysSaid(found: DateReading[], text: string): DateReading[] {
  const ordered = [...found].sort((a, b) => a.index - b.index);
  const out: DateReading[] = [];
  for (let i = 0; i < ordered.length; i++) {
    const here = ordered[i] as DateReading;
    const next = ordered[i + 1];
    const between = next ? text.slice(here.index + here.text.length, next.index) : '';
    const pair = next && BESIDE.test(between) ? dayAndWeekday(here, next) : null;
    if (!pair || !next) {
      out.push(here);
      continue;
    }
    const [day, said] = pair;
    const index = Math.min(here.index, next.index);
    const end = Math.max(here.index + here.text.length, next.index + next.text.length);
    const words = text.slice(index, end + (/^[)）]/.test(text.slice(end)) ? 1 : 0));
    const target = WEEKDAY_SAID.exec(said.text.trim())?.[1] ?? '';
    const agrees = day.value !== null && weekday(day.value) === WEEKDAYS[target];
    out.push(
      agrees
        ? { ...day, text: words, index }
        : {
            kind: 'vague',
            value: null,
            text: words,
            index,
            mismatch: { day: day.value as LocalDate, weekday: target },
          },
    );
    i += 1;
  }
  return out;
}

/** Of two readings side by side, the day of the month and the weekday, in that order; null when they are not that. */
function dayAndWeekday(a: DateReading, b: DateReading): [DateReading, DateReading] | null {
  const isDay = (r: DateReading) =>
    r.value !== null && r.span === undefined && !WEEKDAY_SAID.test(r.text.trim()) && DAY_SAID.test(r.text);
  const isWeekday = (r: DateReading) => r.value !== null && WEEKDAY_SAID.test(r.text.trim());
  if (isDay(a) && isWeekday(b)) return [a, b];
  if (isWeekday(a) && isDay(b)) return [b, a];
  return null;
}

/** The two years up to today, as a window in which a month and day is placed (a record named, a dispute). */
export const lastTwoYears = (today: LocalDate): Window[] => [{ startDate: addDays(today, -730), endDate: today }];

/** How far ahead this year's month and day may be to be a day still to come rather than last year's. */
const SOON_DAYS = 92;

/**
 * This year's day of a month and day read as last year's, when it comes within three months: 「12月5号去石韵新材」 sent on
 * 12月3日 is the day after tomorrow, not a year ago. Null otherwise.
 */
export function soonToCome(reading: Pick<DateReading, 'value' | 'lastYear'>, today: LocalDate): LocalDate | null {
  if (!reading.value || !reading.lastYear) return null;
  const thisYear = `${Number(reading.value.slice(0, 4)) + 1}${reading.value.slice(4)}` as LocalDate;
  return daysBetween(today, thisYear) <= SOON_DAYS ? thisYear : null;
}

/**
 * This year's month and day when it is still to come (within three months): 「12月3号」 given as the day of a visit on
 * 11月24日. A report that says it is read as a date that cannot be placed (the day is asked); an answer to that question
 * is a day that has not come yet.
 */
export function monthDayAhead(text: string, today: LocalDate): LocalDate | null {
  const m = /(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?/.exec(text);
  if (!m) return null;
  const date = iso(yearOf(today), Number(m[1]), Number(m[2]));
  return isLocalDate(date) && date > today && daysBetween(today, date) <= SOON_DAYS ? date : null;
}

/** Words that deny the day after them (「不是昨天」). */
const DENIED_BEFORE = /(?:不是|并非|本来说?好?的?|原来说?|原定|原本说?|本打算|约的|约好的?)\s*$/;
const wordsBefore = (text: string, found: DateReading) => text.slice(Math.max(0, found.index - 4), found.index);
/** Whether the day found is said not to be it (「不是昨天 是上周四」), or only the day first planned (「本来说明天去…」). */
export const deniedDay = (text: string, found: DateReading): boolean => DENIED_BEFORE.test(wordsBefore(text, found));

/** Words before the day that is meant when an answer names two (「昨天我在学校上课，去企业是前天」, 「后来提前到前天了」). */
const MEANT_BEFORE = /(?:是|改到|改成|提前到|推迟到|挪到|换到|后来|实际上?|其实)\s*$/;

/**
 * The past day an answer gives: the one it names, or of two, the one it says is meant (「…去企业是前天」); null when
 * two are named and neither is said to be the one (「上周四或者上周五」).
 */
export function dayMeant(text: string, today: LocalDate, windows: Window[] = []): LocalDate | null {
  const past = findDates(text, today, windows).filter(
    (found) => found.kind === 'past' && found.value !== null && !soonToCome(found, today),
  );
  if (new Set(past.map((found) => found.value)).size <= 1) return dayGiven(text, today, windows);
  // 「不是昨天 是上周四」: 是 after 不 denies the day.
  const meant = past.filter((found) => MEANT_BEFORE.test(wordsBefore(text, found)) && !deniedDay(text, found));
  return meant.length === 1 ? (meant[0]?.value ?? null) : null;
}

/** The day a short answer gives (「昨天」「11月20日」「上周三」), when it is one that has come. */
export function dayGiven(text: string, today: LocalDate, windows: Window[] = []): LocalDate | null {
  const [first] = findDates(text, today, windows);
  return first?.kind === 'past' && !soonToCome(first, today) ? first.value : null;
}

/**
 * A week of a month said by its number (「11月第三周」, 「上个月第二个星期」): people count it in different ways (from the
 * week of the 1st, or from the first full week), so it names no days by itself. The words, or null.
 */
export function weekOfMonthIn(text: string): string | null {
  return (
    /(?:\d{1,2}|[一二三四五六七八九十]{1,3}|上个?|这个?|本)月(?:份)?(?:的)?第\s*[一二三四五1-5]\s*(?:周|个星期|个礼拜)/.exec(
      text,
    )?.[0] ?? null
  );
}
