import { toSimplified } from '../../common/simplified.js';

/**
 * How outcome reports are written that the lexicon's words do not cover: voice-input homophones, Cantonese and
 * English chat words, each rewritten to the plain Mandarin the reader knows. Data: each entry must be a wording that
 * can only mean its replacement. Longer entries are applied first.
 */
export const OUTCOME_HOMOPHONES: [string, string][] = [
  ['受权', '授权'],
  ['转利', '专利'],
  ['专力', '专利'],
  ['专例', '专利'],
  ['力向', '立项'],
  ['立向', '立项'],
  ['落证', '下证'],
  ['台帐', '台账'],
  ['辅助帐', '辅助账'],
  ['陪训', '培训'],
  ['项木', '项目'],
];

export const CANTONESE_WORDS: [string, string][] = [
  ['琴日', '昨天'],
  ['寻日', '昨天'],
  ['今日', '今天'],
  ['同我哋', '和我们'],
  ['我哋', '我们'],
  ['佢哋', '他们'],
  ['佢', '他'],
  ['咗', '了'],
  ['嗰', '那'],
  ['嘅', '的'],
  ['喺', '在'],
  ['睇', '看'],
  ['倾', '谈'],
  ['嚟', '来'],
  ['噻', ''],
  ['啰', ''],
];

/** English words met in Chinese chat, as the reader's words (case does not matter). */
export const ENGLISH_WORDS: [string, string][] = [
  ['software copyright', '软件著作权'],
  ['invention patent', '发明专利'],
  ['utility model', '实用新型'],
  ['r&d accounting system', '研发投入核算制度'],
  ['r&d accounting', '研发投入核算制度'],
  ['r&d center', '研发中心'],
  ['r&d centre', '研发中心'],
  ['national level', '国家级'],
  ['national-level', '国家级'],
  ['city-level', '市级'],
  ['city level', '市级'],
  ['province-level', '自治区级'],
  ['staff training', '员工培训'],
  ['training', '培训'],
  ['project', '项目'],
  ['patent', '专利'],
  ['license', '许可'],
  ['licence', '许可'],
  ['trademark', '商标'],
  ['approved', '获批'],
  ['granted', '授权'],
  ['submitted', '提交了'],
  ['submit', '提交'],
  ['signed', '签了'],
  ['sign', '签'],
  ['fee', '费'],
  ['people', '人'],
  ['done', '完了'],
  ['yesterday', '昨天'],
  ['today', '今天'],
  ['last monday', '上周一'],
  ['last tuesday', '上周二'],
  ['last wednesday', '上周三'],
  ['last thursday', '上周四'],
  ['last friday', '上周五'],
  ['last week', '上周'],
  ['last month', '上个月'],
  ['this month', '这个月'],
];

const REPLACEMENTS = [...OUTCOME_HOMOPHONES, ...CANTONESE_WORDS, ...ENGLISH_WORDS].sort(
  (a, b) => b[0].length - a[0].length,
);

/** The text in Simplified characters and plain Mandarin, as the outcome reader reads it. */
export function outcomeWording(text: string): string {
  let out = toSimplified(text);
  for (const [heard, meant] of REPLACEMENTS) {
    if (/[a-z]/i.test(heard))
      out = out.replace(new RegExp(`\\b${heard.replace(/[.*+?^${}()|[\]\\&]/g, '\\$&')}\\b`, 'gi'), meant);
    else out = out.replaceAll(heard, meant);
  }
  return out;
}
