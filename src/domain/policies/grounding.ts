import type { SourceClause } from './answer-synthesizer.js';

/** The longest synthesized answer used: a clause or two, restated. */
export const MAX_SYNTHESIZED_CHARS = 600;

const CHINESE_DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CHINESE_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1_000, 万: 10_000, 亿: 100_000_000 };

/** 三十 → 30, 一万 → 10000, 两千五百 → 2500; null when it is not a number. */
function chineseNumber(text: string): number | null {
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const char of text) {
    if (char in CHINESE_DIGITS) {
      digit = CHINESE_DIGITS[char] as number;
    } else if (char === '万' || char === '亿') {
      section = (section + digit) * (CHINESE_UNITS[char] as number);
      total += section;
      section = 0;
      digit = 0;
    } else if (char in CHINESE_UNITS) {
      section += (digit || 1) * (CHINESE_UNITS[char] as number);
      digit = 0;
    } else {
      return null;
    }
  }
  return total + section + digit;
}

// Chinese numerals count only before a unit or measure word: 一 and 十 also occur in ordinary words (统一, 十分).
const NUMBER =
  /(\d+(?:\.\d+)?)|([零〇一二两三四五六七八九十百千万亿]+)(?=[次天年月日周人名位家个项条款批期届万元倍岁小时%％])/g;

/** Every number a text states, as values (5次 and 五次 are both 5; 1万元 is 1 and 10000). */
export function numbersIn(text: string): Set<number> {
  const values = new Set<number>();
  for (const match of text.matchAll(NUMBER)) {
    // A bare unit (the 万 of 1万元) is part of the number before it, not a number of its own.
    if (match[2] !== undefined && /^[百千万亿]+$/.test(match[2])) continue;
    const value = match[1] !== undefined ? Number(match[1]) : chineseNumber(match[2] ?? '');
    if (value === null || Number.isNaN(value)) continue;
    values.add(value);
    // 1万 is stated as 1 followed by 万: it is also 10,000.
    const after = text[(match.index ?? 0) + match[0].length];
    if (match[1] !== undefined && after === '万') values.add(value * 10_000);
  }
  return values;
}

/**
 * Whether a model's answer may be sent: it ends by citing one of the retrieved clauses, states no number the
 * clauses do not, carries no link, and is no longer than a restatement. A model that follows instructions smuggled
 * into the question (a figure of the asker's, a link) fails here, and the retrieved answer is sent instead.
 */
export function groundingProblem(answer: string, sources: SourceClause[]): string | null {
  if (answer.length > MAX_SYNTHESIZED_CHARS) return 'longer than a restatement of the clauses';
  if (/https?:|www\.|<a\s|\]\(|\b[a-z0-9-]+\.[a-z]{2,}\b/i.test(answer)) return 'contains a link';
  const lines = answer.trim().split('\n');
  const last = lines[lines.length - 1] ?? '';
  const cited = sources.find((source) => last.includes(source.citation));
  if (!cited || !/^依据[:：]/.test(last.trim())) return 'does not end by citing a retrieved clause';
  const known = new Set<number>();
  for (const source of sources) for (const value of numbersIn(`${source.citation}\n${source.text}`)) known.add(value);
  const body = lines.slice(0, -1).join('\n');
  const invented = [...numbersIn(body)].filter((value) => !known.has(value));
  return invented.length > 0 ? `states numbers the clauses do not: ${invented.join(', ')}` : null;
}
