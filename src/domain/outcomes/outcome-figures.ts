import { DIGITS as DIGIT } from '../visits/chinese-numbers.js';
import { TRAINEES } from './outcome-lexicon.js';

const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 「一百五十」 → 150, 「两千」 → 2000, 「十二」 → 12, 「3.5」 → 3.5; null when it is not a number. */
export function parseNumber(text: string): number | null {
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
  if (!/^[零〇一二两俩三四五六七八九十百千]+$/.test(text)) return null;
  let total = 0;
  let digit: number | null = null;
  for (const char of text) {
    if (char in DIGIT) {
      digit = DIGIT[char] ?? 0;
      continue;
    }
    const unit = UNIT[char] ?? 1;
    total += (digit ?? 1) * unit;
    digit = null;
  }
  return total + (digit ?? 0);
}

const NUMBER = '\\d+(?:\\.\\d+)?|[零〇一二两俩三四五六七八九十百千]+';

/** Financial numerals (大写) as ordinary ones: 壹佰万元 → 一百万元. */
const CAPITALS: Record<string, string> = {
  零: '零',
  壹: '一',
  贰: '二',
  叁: '三',
  肆: '四',
  伍: '五',
  陆: '六',
  柒: '七',
  捌: '八',
  玖: '九',
  拾: '十',
  佰: '百',
  仟: '千',
  萬: '万',
};

/**
 * 万 and what follows it: 「20万5千」, 「二十万零五千」, 「十五万五千」, 「2万5」, 「二十万五」 (a lone digit after 万 is
 * thousands). Followed by the currency, a mark or nothing, so 「20万5台」 is not read.
 */
const WAN_AND_MORE = new RegExp(
  `(${NUMBER})\\s*万\\s*(零)?\\s*(${NUMBER})\\s*(千)?(?=\\s*(?:元|块|人民币|rmb|$|[，,。.；;！!、）)\\s]))`,
  'i',
);

/**
 * A sum said per year, per month or per piece (「许可费每年8万」, 「8万一年」, 「每台5000元」) is no contract's amount:
 * reading it as one would store a figure the deal does not have.
 */
const PER_UNIT_BEFORE =
  /(?:每(?:年|个?月|季度?|台|件|套|吨)(?:设备|产品|机器)?|年费|月费|单价)(?:的)?(?:许可费|使用费|服务费|费用|收费|提成|分成|支付|付|交|是|为|约)?\s*$/;
const PER_UNIT_AFTER = /^\s*(?:元|块|人民币)?\s*(?:[/／]\s*(?:年|月|季|台|件|套|吨)|一年|一个?月|每)/;
const perUnit = (text: string, match: RegExpExecArray | RegExpMatchArray) =>
  PER_UNIT_BEFORE.test(text.slice(0, match.index)) ||
  PER_UNIT_AFTER.test(text.slice((match.index ?? 0) + match[0].length));

function wanAndMore(text: string): number | null {
  const match = WAN_AND_MORE.exec(text);
  const [wan, rest] = [parseNumber(match?.[1] ?? ''), parseNumber(match?.[3] ?? '')];
  if (!match || wan === null || rest === null || perUnit(text, match)) return null;
  const loneDigit = /^(?:\d|[一二两三四五六七八九])$/.test(match[3] ?? '');
  const yuan = match[4] || (loneDigit && !match[2]) ? rest * 1000 : rest;
  return Math.round((wan + yuan / 10_000) * 100) / 100;
}

/**
 * A sum of money in 万元: 「20万」 20, 「5000元」 0.5, 「一百五十万元」 150, 「1.2亿」 12000, 「30w」 30, 「20万5千」 20.5.
 * Null when the message names none.
 */
export function parseAmount(written: string): number | null {
  const text = written.replace(/[壹贰叁肆伍陆柒捌玖拾佰仟萬]/g, (c) => CAPITALS[c] ?? c);
  const more = wanAndMore(text);
  if (more !== null) return more;
  const match = new RegExp(`(${NUMBER})\\s*(亿|万|w|W|千)?\\s*(元|块|rmb|RMB)?`, 'g');
  for (const m of text.matchAll(match)) {
    const [, figure, scale, currency] = m;
    if (!figure || (!scale && !currency)) continue;
    if (scale === '千' && !currency) continue;
    if (perUnit(text, m)) continue;
    // A sum said roughly (「大概三十万左右」, 「三四十万」, 「30万出头」) is no amount to record.
    if (roughSum(text, m)) return null;
    const value = parseNumber(figure);
    if (value === null) continue;
    const wan =
      scale === '亿'
        ? value * 10_000
        : scale === '万' || scale === 'w' || scale === 'W'
          ? value
          : scale === '千'
            ? value / 10
            : value / 10_000;
    return Math.round(wan * 100) / 100;
  }
  return null;
}

/** Words around a number that make it approximate: 「三十多人」, 「近百人」, 「50人左右」. */
// The second figure of a range (「30-40人」, 「2到3件」, 「三、四十人」) is no count either.
const ROUGH_BEFORE =
  /(?:近|约|大约|大概|差不多|将近|接近|上|几|[\d一二两三四五六七八九十]\s*(?:[-~～－—、]|到|至))\s*$/;
const ROUGH_AFTER = /^(?:多|余|来|几|左右|上下|出头)/;
/** 「25人左右」, 「30人上下」: rough, said after the unit. */
const ROUGH_AFTER_UNIT = /^(?:左右|上下(?![午游班])|出头|的样子)/;
/** 「每批30人」, 「每期二十个学员」: a count of each of several batches. */
const PER_BATCH = new RegExp(
  `每(批|期|场|班|轮|次)\\s*(?:都)?(?:有|约)?\\s*(${NUMBER})\\s*(?:个)?\\s*(?:人|名|位|学员)`,
);

/** A sum of money said roughly: a word of about before it or after it, or a range (「三四十万」, 「30-40万」). */
function roughSum(text: string, m: RegExpMatchArray): boolean {
  const before = text.slice(0, m.index);
  const after = text.slice((m.index ?? 0) + m[0].length);
  return (
    ROUGH_BEFORE.test(before) ||
    ROUGH_AFTER.test(after.trim()) ||
    /[\d一二两三四五六七八九]$/.test(before) ||
    isRange(m[1] ?? '')
  );
}

/**
 * Words that say a figure told in a reply or a sum is about that much: before it (「大概三十」), right after its digits
 * (「三十多」), after its unit (「三十人左右」). Reading a figure inside a longer message uses ROUGH_BEFORE and ROUGH_AFTER.
 */
export const ABOUT_BEFORE = '大概|大约|差不多|约|将近|接近|近|估计';
export const ABOUT_DIGITS = '多|余|来|几';
export const ABOUT_AFTER = '左右|上下|出头';
/** Words that say no exact figure is at hand (「没具体数」, 「记不清了」): what goes with them is a rough figure. */
export const NOT_COUNTED =
  '没有?具体(?:的)?数(?:字|目)?|具体(?:的)?(?:没|没有)(?:数|统计|数过)|没个?准数|没(?:有)?(?:数过|细数|仔细数|统计过?|点过(?:人数)?|算过)|记不(?:太)?清(?:楚)?了?|不太清楚|说不准|说不好|不确定|具体(?:多少)?(?:不清楚|不知道)|不知道具体(?:多少)?|没法确定';
/** Any of them, in a figure said roughly. */
export const SAID_ROUGHLY = new RegExp(`${ABOUT_BEFORE}|${ABOUT_DIGITS}|${ABOUT_AFTER}`);

const SUM_SAID = new RegExp(
  `(?:${ABOUT_BEFORE})?\\s*[\\d一二两三四五六七八九十百千.]+\\s*(?:[-~～到至]\\s*[\\d一二两三四五六七八九十百千.]+)?\\s*(?:${ABOUT_DIGITS})?\\s*(?:万|亿)\\s*(?:元|块)?\\s*(?:${ABOUT_AFTER}|的样子)?`,
  'g',
);
const ROUGH_WORDS = new RegExp(`${SAID_ROUGHLY.source}|样子|[-~～到至]`);

/** The words of a sum said roughly (「大概五十来万」, 「三四十万」), which is not recorded as an amount; null when none. */
export function roughSumTold(text: string): string | null {
  for (const [said] of text.matchAll(SUM_SAID)) {
    const figure = said.trim();
    if (ROUGH_WORDS.test(figure) || isRange(figure)) return figure;
  }
  return null;
}

/** Two digit words side by side (「两三」, 「五六十」) are a range, never one figure. */
export const isRange = (figure: string): boolean => /[一二两三四五六七八九]{2}/.test(figure);

const PEOPLE_UNITS = `(?:多|余|来)?\\s*(?:个)?\\s*(?:人次|人|名|位|(?:个)?(?:${TRAINEES.join('|')})|员工|工人|技术员|学员|骨干)`;
const ITEM_UNITS = '(?:多|余|来)?\\s*(?:件|项|个|份|篇|套)';

/**
 * An exact count of people (「培训了45名技术员」, 「30人参加」) or of items (「3件发明专利」, 「两项」). Null when none is
 * given, or only an approximate one, or several that differ.
 */
export function parseCount(text: string, of: 'people' | 'items'): number | null {
  const units = of === 'people' ? PEOPLE_UNITS : ITEM_UNITS;
  const times = /[×xX*]\s*(\d{1,4})(?!\d)/.exec(text)?.[1];
  if (of === 'items' && times) return Number(times);
  const numbered = /(?:数量|件数)\s*[:：为是]?\s*(\d{1,6})(?!\s*(?:多|余|来))/.exec(text)?.[1];
  if (of === 'items' && numbered) return Number(numbered);
  // 「培训了两批 每批30人」: the batches times each; 「每批30人」 alone gives no total.
  const each = of === 'people' ? PER_BATCH.exec(text) : null;
  if (each) {
    // 「每期二十五人左右」: no exact total.
    if (ROUGH_AFTER_UNIT.test(text.slice((each.index ?? 0) + each[0].length))) return null;
    const batches = new RegExp(`(${NUMBER})\\s*(?:个)?\\s*${each[1]}(?!\\s*[都有约])`).exec(text.replace(each[0], ''));
    const [count, perBatch] = [parseNumber(batches?.[1] ?? ''), parseNumber(each[2] ?? '')];
    return count !== null && perBatch !== null && !isRange(batches?.[1] ?? '') ? count * perBatch : null;
  }
  if (of === 'people') {
    const labelled = /(?:参加人数|参训人数|培训人数|人数)\s*[:：]?\s*(\d{1,6})(?!\s*(?:多|余|来))/.exec(text)?.[1];
    if (labelled) return Number(labelled);
  }
  const counts = countsIn(text, units);
  if (counts === null || counts.length === 0) return null;
  const [first, ...others] = counts;
  // Several different counts (「第一场40人 后面两场各25人」, 「申请了5件 其中2件授权了」) give no one figure: it is asked;
  // people 「其中」 some of them (「培训了30人，其中5个是管理层」) are part of the first.
  const differ = others.filter((count) => count.value !== first?.value && !(of === 'people' && count.part));
  return first && differ.length === 0 ? first.value : null;
}

/** Several counts of the kind, each said apart, in a message (the figures of 「申请了5件 其中2件授权了」). */
export function givesSeveralCounts(text: string, of: 'people' | 'items'): boolean {
  const counts = countsIn(text, of === 'people' ? PEOPLE_UNITS : ITEM_UNITS) ?? [];
  return new Set(counts.map((count) => count.value)).size > 1;
}

/** Words before a count that make it part of one said before: 「其中5个」, 「包括3件」. */
const PART_OF = /(?:其中|包括|包含|含)[^，,。；;\d一二三四五六七八九十两]{0,4}$/;

/** Every count with its unit, in order; null when one is rough (「四十多人」, 「两三件」), which is asked, never guessed. */
function countsIn(text: string, units: string): { value: number; part: boolean }[] | null {
  const counts: { value: number; part: boolean }[] = [];
  for (const m of text.matchAll(new RegExp(`(${NUMBER})\\s*(${units})`, 'g'))) {
    const figure = m[1] ?? '';
    const before = text.slice(0, m.index ?? 0);
    const after = (m[2] ?? '').replace(/^\s+/, '');
    // 「30人左右」: rough, said after the unit.
    const beyond = text.slice((m.index ?? 0) + m[0].length);
    // Two digit words side by side are a range (「两三件」, 「五六十人」), never one figure.
    if (ROUGH_BEFORE.test(before) || ROUGH_AFTER.test(after) || ROUGH_AFTER_UNIT.test(beyond) || isRange(figure))
      return counts.length > 0 ? counts : null;
    const value = parseNumber(figure);
    if (value !== null && Number.isInteger(value) && value > 0 && value <= 100_000)
      counts.push({ value, part: PART_OF.test(before) });
  }
  return counts;
}

/** A sum of money told (「经费60万」, 「金额是3万元」), as against a quantity counted in 万 (「10万吨」, 「5万亩」). */
const SUM_TOLD =
  /经费|金额|资金|[\d一二两三四五六七八九十百千.]\s*万\s*(?:元|块)|[\d.]+\s*万(?![吨亩头只套台件株斤个人户平米方])|[\d千百]\s*元|块钱/;

export const tellsSum = (text: string): boolean => SUM_TOLD.test(text);
