import type { FeedbackCategory } from './types.js';

/** Wordings of each category, most specific first: the first category whose wording appears wins. */
const WORDINGS: [FeedbackCategory, RegExp][] = [
  ['RD_EXPENSE_DEDUCTION', /加计扣除|辅助账|研发费用(?:归集|核算|扣除|加计|税前)|研发费(?:归集|扣除)/],
  ['HIGH_TECH_RECOGNITION', /高新技术企业|高企|高新认定|高新企业|高新资格/],
  ['INTELLECTUAL_PROPERTY', /专利|知识产权|商标|著作权|软著|版权/],
  ['SCIENCE_PROGRAMME', /科技计划|科技项目|项目申报|申报项目|立项|结题|验收|重点研发|课题|项目评审/],
  ['TALENT', /人才|引才|专家|博士|硕士|职称|落户|安家|住房补贴|特聘/],
  ['FUNDING', /补助|补贴|资金|奖励|奖补|拨付|经费|兑现|后补助|贴息|到账/],
  // R&D spending named alone is the deduction; named beside another subject it is a figure of that one (高企认定
  // counts the share of R&D spending).
  ['RD_EXPENSE_DEDUCTION', /研发费用|研发费|研发支出/],
];

/** The category a feedback text is about, from its wording; 其他 when none fits. */
export function inferCategory(text: string): FeedbackCategory {
  return WORDINGS.find(([, pattern]) => pattern.test(text))?.[0] ?? 'OTHER';
}
