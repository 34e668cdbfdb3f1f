/**
 * Cantonese (and northern colloquial) words as specialists in Guangxi type them, as written → Mandarin (「今日去咗龙城齿轮，
 * 喺车间搞咗成日」, 「昨儿个」). Data:
 * each entry must be one that cannot be a Mandarin word of a report, so nothing written in Mandarin changes.
 */
export const DIALECT_WORDS: [string, string][] = [
  ['琴日', '昨天'],
  ['寻日', '昨天'],
  ['尋日', '昨天'],
  ['今日', '今天'],
  ['前日', '前天'],
  ['听日', '明天'],
  ['聽日', '明天'],
  ['成日', '一整天'],
  ['半日', '半天'],
  ['咗', '了'],
  ['喺', '在'],
  ['佢哋', '他们'],
  ['佢', '他'],
  ['嘅', '的'],
  ['冇', '没'],
  ['睇', '看'],
  ['搞掂', '搞定'],
  ['今儿个', '今天'],
  ['昨儿个', '昨天'],
  ['明儿个', '明天'],
  ['前儿个', '前天'],
];
