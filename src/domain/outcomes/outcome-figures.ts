import { DIGITS as DIGIT } from '../visits/chinese-numbers.js';

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

/**
 * A sum of money in 万元: 「20万」 20, 「5000元」 0.5, 「一百五十万元」 150, 「1.2亿」 12000, 「30w」 30. Null when the message
 * names none.
 */
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

export function parseAmount(written: string): number | null {
  const text = written.replace(/[壹贰叁肆伍陆柒捌玖拾佰仟萬]/g, (c) => CAPITALS[c] ?? c);
  // 「2万5」, 「12万5」: the digit after 万 is thousands.
  const tail = /(\d+)万([1-9])(?![\d千百万元块号日月])/.exec(text);
  if (tail?.[1] && tail[2]) return Number(tail[1]) + Number(tail[2]) / 10;
  const match = new RegExp(`(${NUMBER})\\s*(亿|万|w|W|千)?\\s*(元|块|rmb|RMB)?`, 'g');
  for (const m of text.matchAll(match)) {
    const [, figure, scale, currency] = m;
    if (!figure || (!scale && !currency)) continue;
    if (scale === '千' && !currency) continue;
    const value = parseNumber(figure);
    if (value === null) continue;
    const wan =
      scale === '亿' ? value * 10_000 : scale === '万' || scale === 'w' || scale === 'W' ? value : value / 10_000;
    return Math.round(wan * 100) / 100;
  }
  return null;
}

/** Words around a number that make it approximate: 「三十多人」, 「近百人」, 「50人左右」. */
// The second figure of a range (「30-40人」, 「2到3件」, 「三、四十人」) is no count either.
const ROUGH_BEFORE =
  /(?:近|约|大约|大概|差不多|将近|接近|上|几|[\d一二两三四五六七八九十]\s*(?:[-~～－—、]|到|至))\s*$/;
const ROUGH_AFTER = /^(?:多|余|来|几|左右|上下|出头)/;
/** Two digit words side by side (「两三」, 「五六十」) are a range, never one figure. */
export const isRange = (figure: string): boolean => /[一二两三四五六七八九]{2}/.test(figure);

/**
 * An exact count of people (「培训了45名技术员」, 「30人参加」) or of items (「3件发明专利」, 「两项」). Null when none is
 * given, or only an approximate one.
 */
export function parseCount(text: string, of: 'people' | 'items'): number | null {
  const units =
    of === 'people'
      ? '(?:多|余|来)?\\s*(?:个)?\\s*(?:人次|人|名|位|个员工|个工人|个技术员|员工|工人|技术员|学员|骨干)'
      : '(?:多|余|来)?\\s*(?:件|项|个|份|篇|套)';
  const times = /[×xX*]\s*(\d{1,4})(?!\d)/.exec(text)?.[1];
  if (of === 'items' && times) return Number(times);
  const numbered = /(?:数量|件数)\s*[:：为是]?\s*(\d{1,6})(?!\s*(?:多|余|来))/.exec(text)?.[1];
  if (of === 'items' && numbered) return Number(numbered);
  if (of === 'people') {
    const labelled = /(?:参加人数|参训人数|培训人数|人数)\s*[:：]?\s*(\d{1,6})(?!\s*(?:多|余|来))/.exec(text)?.[1];
    if (labelled) return Number(labelled);
  }
  const match = new RegExp(`(${NUMBER})\\s*(${units})`, 'g');
  for (const m of text.matchAll(match)) {
    const figure = m[1] ?? '';
    const before = text.slice(0, m.index ?? 0);
    const after = (m[2] ?? '').replace(/^\s+/, '');
    // Two digit words side by side are a range (「两三件」, 「五六十人」), never one figure.
    if (ROUGH_BEFORE.test(before) || ROUGH_AFTER.test(after) || isRange(figure)) return null;
    const value = parseNumber(figure);
    if (value !== null && Number.isInteger(value) && value > 0 && value <= 100_000) return value;
  }
  return null;
}
