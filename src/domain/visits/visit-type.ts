import type { VisitType } from '../programme/types.js';
import type { Found } from './visit-date.js';

/** How specialists say each kind of service, most specific first. */
const WORDINGS: [VisitType, RegExp][] = [
  [
    'POLICY_PROMOTION',
    /政策宣讲|宣讲|(?:讲解|解读|宣传|辅导|培训|介绍|讲)[^，。,；;]{0,14}政策|政策(?:讲解|解读|宣传|辅导|培训|咨询)|申报辅导/,
  ],
  ['STRATEGY_PLANNING', /战略规划|(?:制定|编制|研究|梳理)[^，。,；;]{0,6}(?:战略|规划)|创新战略|发展规划|规划/],
  ['DEMONSTRATION', /典型示范|示范|观摩|参观|推广[^，。,；;]{0,6}经验|经验推广/],
  ['RESOURCE_MATCHING', /资源对接|对接|引入|引进[^，。,；;]{0,6}(?:资源|人才|技术|平台)?|牵线|合作洽谈|产学研合作/],
  [
    'TECH_RESEARCH',
    /技术攻关|攻关|攻坚|技术帮扶|(?:故障|问题|隐患)?排查|排除[^，。,；;]{0,4}故障|技术难题|解决[^，。,；;]{0,12}(?:问题|难题|瓶颈)|调试|改进[^，。,；;]{0,4}工艺|工艺(?:改进|优化)|技术(?:指导|咨询|服务)|研发(?!费用|部|中心|团队|人员|机构)|测试|试验|实验|诊断/,
  ],
];

/** The kind of service a message describes; the earliest-mentioned wording wins when several appear. */
export function findVisitType(text: string): Found<VisitType> | null {
  let best: { type: VisitType; index: number; text: string } | null = null;
  for (const [type, pattern] of WORDINGS) {
    const match = pattern.exec(text);
    if (match && (best === null || match.index < best.index)) best = { type, index: match.index, text: match[0] };
  }
  return best ? { value: best.type, text: best.text } : null;
}
