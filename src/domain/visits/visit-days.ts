import { NUMBER_PATTERN, parseSmallNumber } from './chinese-numbers.js';
/** A value read from a message, with the words it was read from (to take out of the summary). */
export interface Found<T> {
  value: T;
  text: string;
}

const HOURS_PER_DAY = 8;

/**
 * Hours said of one stretch are one calendar day at most: 「干了10个小时」 yesterday is yesterday, not yesterday and
 * half of today (a service day counts presence on a day, not overtime).
 */
const daysOfHours = (hours: number): number => Math.min(1, hours / HOURS_PER_DAY);

/** Service days to the half day: "1.3天" counts as 1.5, "3小时" as half a day. */
export function toHalfDays(days: number): number {
  return Math.max(0.5, Math.ceil(days * 2 - 1e-9) / 2);
}

const CLOCK =
  '(上午|早上|早晨|中午|下午|晚上)?\\s*(\\d{1,2}|[一二两三四五六七八九十]{1,3})\\s*(?:[点:：时]\\s*(半|\\d{2})?)';

/** Hours between two clock times ("上午9点到下午3点", "8:30-11:30"), or null when they make no sense. */
function hoursBetween(m: RegExpExecArray): number | null {
  const at = (part: string | undefined, hour: string | undefined, minutes: string | undefined) => {
    let h = parseSmallNumber(hour ?? '') ?? Number.NaN;
    if ((part === '下午' || part === '晚上') && h < 12) h += 12;
    if (part === '中午' && h < 6) h += 12;
    return h + (minutes === '半' ? 0.5 : minutes ? Number(minutes) / 60 : 0);
  };
  const from = at(m[1], m[2], m[3]);
  let to = at(m[4] ?? m[1], m[5], m[6]);
  // 「九点到三点」: an end before the start is in the afternoon.
  if (to <= from && m[4] === undefined && to < 12) to += 12;
  const hours = to - from;
  return hours > 0 && hours <= 24 ? daysOfHours(hours) : null;
}

const DAY_PATTERNS: [RegExp, (m: RegExpExecArray) => number | null][] = [
  // 「周一全天加周二上午」: a whole day and half of the next day named (not 「一整天 和他们技术员下午调试」).
  [
    /(?:全天|一整天|整天|一天)\s*(?:加上?|和|\+|外加|再加上?|还有|又)\s*(?:第二天|次日|后一天|[这上本]?(?:周|星期|礼拜)[一二三四五六日天]|\d{1,2}\s*[号日])\s*(?:的)?(?:上午|下午|半天|半日)/,
    () => 1.5,
  ],
  // 「从早上到下午五点」: from the morning to the end of the working afternoon is the whole day.
  [/早上?[\u4e00-\u9fa5]{0,4}?(?:到|至)\s*下午\s*(?:[4-6]|[四五六])\s*点/, () => 1],
  // 「1/2天」, 「二分之一天」: half a day written as a fraction.
  [/(?<![\d/])1\s*\/\s*2\s*(?:个)?\s*[天日]|二分之一\s*(?:个)?\s*[天日]/, () => 0.5],
  // 「两个半天」: half days counted.
  [new RegExp(`(${NUMBER_PATTERN})\\s*个\\s*半\\s*(?:天|日)`), (m) => times(m[1], 0.5)],
  [new RegExp(`(${NUMBER_PATTERN})\\s*(?:个)?\\s*(?:天|日|工作日)\\s*半`), (m) => plus(m[1], 0.5)],
  // "19日" right after a month or a dash is a date, not a number of days.
  [
    new RegExp(`(?<![月\\d\\-~至到前后当那这同第每])(${NUMBER_PATTERN})\\s*(?:个)?\\s*(?:整天|天|工作日|日(?![期前]))`),
    (m) => plus(m[1], 0),
  ],
  // 「从早上8点干到晚上6点」: a verb may stand before 到.
  [new RegExp(`${CLOCK}[\\u4e00-\\u9fa5]{0,2}?\\s*(?:到|至|-|~|～|—)\\s*${CLOCK}`), hoursBetween],
  // 「上午下午都在」, 「上午…下午又给他们讲了」, 「上午讲政策 下午帮他们调试」: both halves of the day there (「上午在厂里，
  // 下午回学校」 is not).
  // Only the words that give the days are matched (they leave the summary): the enterprise and what was done stay.
  // Days said outright after them (「…下午又去了石韵新材，各待了半天」) are the days.
  [
    /(?:上午下午都|上下午都|上午和下午|一上午一下午|(?<=上午[^。；;]{0,30})下午(?:又|还|接着|继续|也(?![没不])(?!是?在(?:办公室|学校|单位|家|所里|院里)))|(?<=上午[^。；;下]{2,30})下午(?=\s*(?:帮|给|讲|做|调|搞|弄|在|和|跟|带|陪|指导|培训|对接|参观|看|测|检|改|装|修|试|教|组织|座谈|交流)))(?![^。；;]*(?:各|半[天日]|[\d一两二三四五六七八九十]\s*(?:个)?\s*(?:天|小时)))/,
    () => 1,
  ],
  [/小半[天日]|(?<![一二两三四五六七八九十\d])半\s*(?:天|日)|半个工作日|一?个?上午|一?个?下午/, () => 0.5],
  [
    new RegExp(
      `(${NUMBER_PATTERN})\\s*(?:个)?\\s*(半)?\\s*多?\\s*(?:个)?\\s*(?:小时|钟头|个钟|钟(?!表)|h(?![a-z]))`,
      'i',
    ),
    (m) => {
      const whole = parseSmallNumber(m[1] ?? '');
      const hours = whole === null ? null : whole + (m[2] ? 0.5 : 0);
      // "从72小时缩短到60小时" describes the work, not how long the visit took.
      return hours === null || hours > 24 ? null : daysOfHours(hours);
    },
  ],
  // 「从早上8点一直搞到晚上」, 「早上到天黑」: morning to evening with no end hour is the whole day.
  [
    /早上?(?:\s*\d{1,2}\s*[点:：]\s*(?:\d{1,2}|半)?)?[\u4e00-\u9fa5]{0,4}?(?:到|至)\s*(?:晚上?|天黑|傍晚)(?!\s*\d)/,
    () => 1,
  ],
  [/全天|一整天|整天|一天到晚/, () => 1],
];

function times(number: string | undefined, each: number): number | null {
  const value = parseSmallNumber(number ?? '');
  return value === null ? null : value * each;
}

function plus(number: string | undefined, extra: number): number | null {
  const value = parseSmallNumber(number ?? '');
  return value === null ? null : value + extra;
}

const RANGE_BEFORE = /[一二两三四五六七八九]$/;
/** 「1-2天」, 「两、三天」, 「一天半到两天」: two figures for one stay. */
const RANGE_NUMBER = '(?:\\d+(?:\\.\\d+)?|[一二两三四五六七八九十]+)';
const RANGE_OF_DAYS = new RegExp(
  `${RANGE_NUMBER}\\s*(?:个)?\\s*(?:天半?)?\\s*(?:[-~～－—、]|到|至)\\s*${RANGE_NUMBER}\\s*(?:个)?\\s*(?:天|日)`,
);

/** 「大半天」, 「一天多」, 「一天不到」: between two figures, no number of days. */
const ROUGH_DAYS =
  /大半[天日]|多半[天日]|[一两二三四五六七八九十\d]\s*天多|半天多|[一两二三四五六七八九十\d]\s*天不到|不到\s*[一两二三四五六七八九十\d]\s*天/;

/** Whether a message gives days as a range (「1-2天」, 「大半天」), to be asked again rather than read as anything else. */
export const givesRangeOfDays = (text: string): boolean =>
  RANGE_OF_DAYS.test(text) || ROUGH_DAYS.test(text) || TWO_FIGURES_OF_DAYS.test(text.trim());
/** 「两三天吧」 said as the days: two figures, no number (「…还要两三天」 in a report leaves the days said). */
const TWO_FIGURES_OF_DAYS =
  /^(?:大概|差不多|估计)?(?:一两|两三|二三|三四|四五|五六|三五)\s*(?:个)?\s*(?:整)?天(?:吧|左右|的样子)?[。.!！~]*$/;

/**
 * Days said not to be the days (「不是一天，是半天」, 「说是一天其实也就半天」, 「没有一天 就上午在」), with the 「是」 that
 * turns to what they are instead.
 */
const DAYS_DENIED = new RegExp(
  // 「不是一天两天能解决的」 says how hard, not how long: no denial.
  `[，,\\s]*(?:不是|并不是|也不是|说是|没有|哪有|哪里有)\\s*(?:${NUMBER_PATTERN}|半)\\s*(?:个)?\\s*(?:整)?(?:天|日)半?(?!\\s*(?:${NUMBER_PATTERN})\\s*(?:天|日))(?:[，,\\s]*(?:而)?是(?![的吧啊]))?`,
  'g',
);

/** A text without the days it says are not the days (「调试设备，不是一天，是半天」 → 「调试设备 半天」). */
export const withoutDeniedDays = (text: string): string => text.replace(DAYS_DENIED, ' ');

/** How many service days a message reports (the date must have been taken out of the text first). */
export function findVisitDays(text: string): Found<number> | null {
  // 「不是一天，是半天」: the days denied are never the days; what is said instead is, or the specialist is asked.
  // 「不是一天两天能解决的」 says how hard, not how long.
  if (/一[天日]两[天日]/.test(text)) return findVisitDays(text.replace(/(?:不是)?一[天日]两[天日]/g, ' '));
  const plain = withoutDeniedDays(text);
  if (plain !== text) return findVisitDays(plain);
  // A range, or days said to be more (「一天多」, 「大半天」), is no number of days: the specialist is asked.
  if (givesRangeOfDays(text)) return null;
  for (const [pattern, read] of DAY_PATTERNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    // "3天前" is a date, not a duration.
    if (/^\s*(?:以)?前/.test(text.slice((match.index ?? 0) + match[0].length))) continue;
    // 「两三天」, 「一两天」: a range is no number of days; the specialist is asked.
    if (RANGE_BEFORE.test(text.slice(0, match.index ?? 0)) && /^[一二两三四五六七八九]/.test(match[0])) return null;
    if (/^\s*多/.test(text.slice((match.index ?? 0) + match[0].length)) && /天$/.test(match[0])) return null;
    const value = read(match);
    if (value !== null && value > 0) return { value: toHalfDays(value), text: match[0] };
  }
  return null;
}
