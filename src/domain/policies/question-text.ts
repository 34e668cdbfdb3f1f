import { pinyin } from 'pinyin-pro';
import { escapeRegExp } from '../../common/regexp.js';
import { toSimplified } from '../../common/simplified.js';
import {
  COLLOQUIAL_TERMS,
  DIALECT_WORDS,
  ENGLISH_FUNCTION_WORDS,
  ENGLISH_WORDS,
  FILLER_WORDS,
} from './colloquial-lexicon.js';
import { PROGRAMME_TERMS } from './vocabulary.js';

/** What each colloquial word becomes: the documents' word, or nothing for a filler. */
const REPLACEMENTS = new Map<string, string>([
  ...FILLER_WORDS.map((word): [string, string] => [word, ' ']),
  ...Object.entries(COLLOQUIAL_TERMS).map(([heard, meant]): [string, string] => [heard, ` ${meant} `]),
]);
/** One pass, longest first (「1万块钱」 before 「1万块」), so a replacement is never replaced again. */
const COLLOQUIAL = new RegExp(
  [...REPLACEMENTS.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|'),
  'gi',
);

/** Two-digit years (「27年」, 「27年底」) are this century's. */
const SHORT_YEAR = /(?<![\d年])([2-3]\d)\s*年/g;
/** 「1万块」, 「一万块钱」, 「1w」: money in 万元. */
const TEN_THOUSANDS = /(\d+(?:\.\d+)?|[一二两三四五六七八九十])\s*(?:万|w|W)\s*(?:块钱|块|元|rmb)?/g;
const CN_DIGITS: Record<string, string> = {
  一: '1',
  二: '2',
  两: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
  十: '10',
};

const ENGLISH = new RegExp(
  `\\b(?:${Object.keys(ENGLISH_WORDS)
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})\\b`,
  'gi',
);

/** 「…, does each member get the subsidy?」: an auxiliary opening an English clause asks yes or no. */
const ENGLISH_YES_NO =
  /(^|[,，.。;；?？]\s*)(?:is|are|does|do|did|will|should|has|have)\s+(?!there\b)(?=[a-z\u4e00-\u9fa5])/gi;

/** Left-over English words that name nothing; `'s` of 「what's」 is dropped once 「what」 reads as 「什么」. */
const ENGLISH_FUNCTION = new RegExp(
  // Only a word standing apart: 「IT企业」 and 「A类企业」 keep their letters.
  `(?<![a-z'\\u4e00-\\u9fa5])(?:${[...ENGLISH_FUNCTION_WORDS]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})(?![a-z'\\u4e00-\\u9fa5])`,
  'gi',
);

const DIALECT = new RegExp(
  Object.keys(DIALECT_WORDS)
    .sort((a, b) => b.length - a.length)
    .join('|'),
  'g',
);

/** The plain question: full-width folded, traditional characters simplified, English question words in Chinese, emoji out. */
export function plainQuestion(question: string): string {
  const simplified: string = toSimplified(question.normalize('NFKC'));
  return simplified
    .replace(/https?:\/\/\S+|www\.\S+/gi, ' ')
    .replace(ENGLISH_YES_NO, '$1是否 ')
    .replace(ENGLISH, (word: string) => ENGLISH_WORDS[word.toLowerCase()] ?? word)
    .replace(/'(?:s|re|ll|ve|d|m)\b/gi, ' ')
    .replace(ENGLISH_FUNCTION, ' ')
    .replace(DIALECT, (word: string) => DIALECT_WORDS[word] ?? word)
    .replace(/\p{Extended_Pictographic}|\u{FE0F}|\u{200D}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

interface TermSounds {
  term: string;
  sounds: string[];
}

/** Domain terms by their toneless pinyin, for mending typos made by a pinyin keyboard (特牌员 → 特派员). */
const SOUNDED: TermSounds[] = [
  ...new Set(
    [...PROGRAMME_TERMS, ...Object.values(COLLOQUIAL_TERMS)].filter((term) => /^[\u4e00-\u9fa5]{2,8}$/.test(term)),
  ),
]
  .map((term) => ({ term, sounds: pinyin(term, { type: 'array', toneType: 'none' }) }))
  .sort((a, b) => b.term.length - a.term.length);

/** Everyday words that hold the sound of a short domain term and are no typo of it. */
const EVERYDAY_WORDS = [
  '办公室',
  '办公',
  '公式',
  '公事',
  '公司',
  '攻势',
  '工事',
  '时间',
  '事项',
  '项目',
  '选择',
  '需求',
];

/**
 * Replaces a run of characters that sounds exactly like a domain term but is written differently (a homophone typo)
 * with the term, when only one term sounds that way there.
 */
export function mendTypos(text: string): string {
  const known = mended.get(text);
  if (known !== undefined) return known;
  const result = mendTyposOnce(text);
  if (mended.size >= MAX_REMEMBERED) mended.clear();
  mended.set(text, result);
  return result;
}

/** A question is mended several times on its way (for steps, titles, retrieval): the last few are remembered. */
const mended = new Map<string, string>();
const MAX_REMEMBERED = 16;

function mendTyposOnce(text: string): string {
  const chars = pinyin(text, { type: 'all', toneType: 'none' });
  if (chars.length !== [...text].length) return text;
  const out = [...text];
  const mended = new Array<boolean>(out.length).fill(false);
  // Everyday words a two-character term sounds like a part of (公示 in 办公室) are not typos.
  const everyday = new Array<boolean>(out.length).fill(false);
  for (const word of EVERYDAY_WORDS) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1))
      for (let k = 0; k < [...word].length; k++) everyday[[...text.slice(0, at)].length + k] = true;
  }
  for (const { term, sounds } of SOUNDED) {
    const length = sounds.length;
    for (let i = 0; i + length <= chars.length; i++) {
      if (mended.slice(i, i + length).some(Boolean)) continue;
      if (length <= 2 && everyday.slice(i, i + length).some(Boolean)) continue;
      let same = true;
      for (let k = 0; k < length && same; k++) same = chars[i + k]?.isZh === true && chars[i + k]?.pinyin === sounds[k];
      if (!same) continue;
      const written = out.slice(i, i + length).join('');
      if (written === term) {
        for (let k = 0; k < length; k++) mended[i + k] = true;
        continue;
      }
      const rivals = SOUNDED.filter((other) => other.term !== term && other.sounds.join(' ') === sounds.join(' '));
      if (rivals.length > 0) continue;
      for (let k = 0; k < length; k++) {
        out[i + k] = k === 0 ? term : '';
        mended[i + k] = true;
      }
    }
  }
  return out.join('');
}

/**
 * The question in the documents' words: plain, typos mended, colloquial words replaced by the documents' (补贴 →
 * 补助, 27年 → 2027年, 1万块 → 1万元) and chat words that carry no subject dropped.
 */
export function documentWords(question: string): string {
  let text = mendTypos(plainQuestion(question));
  text = text
    .replace(SHORT_YEAR, (_, year: string) => `20${year}年`)
    .replace(TEN_THOUSANDS, (_, amount: string) => `${CN_DIGITS[amount] ?? amount}万元`);
  text = text.replace(COLLOQUIAL, (word) => REPLACEMENTS.get(word) ?? REPLACEMENTS.get(word.toLowerCase()) ?? word);
  // 「补贴怎么申请」 asks how the subsidy is had, not how a specialist is posted (the lexicon's 「怎么申请」).
  if (/补助/.test(text) && !/程序|流程|步骤/.test(question)) text = text.replace(/派驻程序/g, ' ');
  return text.replace(/\s+/g, ' ').trim();
}
