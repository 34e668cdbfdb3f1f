import { describe, expect, it } from 'vitest';
import { parseLocalDate } from '../../../src/common/local-date.js';
import type { PostingRef } from '../../../src/domain/visits/enterprise-match.js';
import { parseVisitReport } from '../../../src/domain/visits/visit-parser.js';

// 2026-11-24 is a Tuesday.
const TODAY = parseLocalDate('2026-11-24');
const LONGCHENG: PostingRef = {
  assignmentId: 'A-001',
  enterpriseId: 'E-LZ-001',
  enterpriseName: '柳州市龙城精密齿轮有限公司',
  shortName: '龙城齿轮',
};
const SHANHU: PostingRef = {
  assignmentId: 'A-004',
  enterpriseId: 'E-YL-001',
  enterpriseName: '玉林山湖农机装备有限公司',
  shortName: '山湖农机',
};
const SHIYUN: PostingRef = {
  assignmentId: 'A-005',
  enterpriseId: 'E-HZ-001',
  enterpriseName: '贺州石韵新材料有限公司',
  shortName: '石韵新材',
};

type Row = [message: string, date: string | null, days: number | null, type: string | null, enterprise: string | null];

/** Specialist with one posting (龙城齿轮): the enterprise may go unsaid. */
const ONE_POSTING: Row[] = [
  ['今天在龙城齿轮技术攻关1天，调试热处理工艺', '2026-11-24', 1, 'TECH_RESEARCH', 'E-LZ-001'],
  ['昨天去龙城齿轮做了政策宣讲，半天', '2026-11-23', 0.5, 'POLICY_PROMOTION', 'E-LZ-001'],
  ['前天到企业解决齿轮噪声问题，两天', '2026-11-22', 2, 'TECH_RESEARCH', 'E-LZ-001'],
  ['3天前 帮企业制定创新战略 一天半', '2026-11-21', 1.5, 'STRATEGY_PLANNING', 'E-LZ-001'],
  ['上周三在龙城对接广西大学实验室资源1天', '2026-11-18', 1, 'RESOURCE_MATCHING', 'E-LZ-001'],
  ['本周一组织园区企业观摩学习，1.5天', '2026-11-23', 1.5, 'DEMONSTRATION', 'E-LZ-001'],
  ['这周一 解读研发费用加计扣除政策 3小时', '2026-11-23', 0.5, 'POLICY_PROMOTION', 'E-LZ-001'],
  ['11月20日在龙城精密齿轮调试生产线，2日', '2026-11-20', 2, 'TECH_RESEARCH', 'E-LZ-001'],
  ['11月20号技术攻关一天', '2026-11-20', 1, 'TECH_RESEARCH', 'E-LZ-001'],
  ['11.20 技术攻关 1天', '2026-11-20', 1, 'TECH_RESEARCH', 'E-LZ-001'],
  ['2026-11-20 战略规划 2天', '2026-11-20', 2, 'STRATEGY_PLANNING', 'E-LZ-001'],
  ['2026年11月20日 典型示范 1天', '2026-11-20', 1, 'DEMONSTRATION', 'E-LZ-001'],
  ['2026/11/20 资源对接 半天', '2026-11-20', 0.5, 'RESOURCE_MATCHING', 'E-LZ-001'],
  ['走访：昨日 龙城齿轮 改进淬火工艺 1天', '2026-11-23', 1, 'TECH_RESEARCH', 'E-LZ-001'],
  ['汇报 今天引进一名热处理工程师 半天', '2026-11-24', 0.5, 'RESOURCE_MATCHING', 'E-LZ-001'],
  ['报告，12月30日在龙城齿轮宣讲政策1天', '2025-12-30', 1, 'POLICY_PROMOTION', 'E-LZ-001'],
  ['１１月２０日技术攻关２天', '2026-11-20', 2, 'TECH_RESEARCH', 'E-LZ-001'],
  ['上周五 推广精益生产经验 一整天', '2026-11-20', 1, 'DEMONSTRATION', 'E-LZ-001'],
  ['周日加班帮企业调试设备4小时', '2026-11-22', 0.5, 'TECH_RESEARCH', 'E-LZ-001'],
  ['十天前编制企业十四五发展规划 三天', '2026-11-14', 3, 'STRATEGY_PLANNING', 'E-LZ-001'],
  ['技术攻关一天，今天，龙城齿轮', '2026-11-24', 1, 'TECH_RESEARCH', 'E-LZ-001'],
  ['今天技术攻关', '2026-11-24', null, 'TECH_RESEARCH', 'E-LZ-001'],
  ['在龙城齿轮技术攻关2天', null, 2, 'TECH_RESEARCH', 'E-LZ-001'],
  ['今天上午在企业讲解科技政策', '2026-11-24', 0.5, 'POLICY_PROMOTION', 'E-LZ-001'],
  ['上上周二 做工艺优化试验 1天', '2026-11-10', 1, 'TECH_RESEARCH', 'E-LZ-001'],
];

/** Specialist with two postings: the enterprise must be named (山湖农机, 石韵新材). */
const TWO_POSTINGS: Row[] = [
  ['今天在山湖农机技术攻关1天', '2026-11-24', 1, 'TECH_RESEARCH', 'E-YL-001'],
  ['昨天石韵新材 产品线规划 两天', '2026-11-23', 2, 'STRATEGY_PLANNING', 'E-HZ-001'],
  ['今天去贺州石韵新材料有限公司宣讲政策半天', '2026-11-24', 0.5, 'POLICY_PROMOTION', 'E-HZ-001'],
  ['前天在石韵对接桂林理工大学材料学院1天', '2026-11-22', 1, 'RESOURCE_MATCHING', 'E-HZ-001'],
  ['今天在企业技术攻关1天', '2026-11-24', 1, 'TECH_RESEARCH', null],
];

function check(rows: Row[], postings: PostingRef[]) {
  for (const [message, date, days, type, enterprise] of rows) {
    const parsed = parseVisitReport(message, TODAY, postings);
    expect(parsed.isReport, message).toBe(true);
    expect(parsed.date, message).toBe(date);
    expect(parsed.days, message).toBe(days);
    expect(parsed.type, message).toBe(type);
    expect(parsed.enterprise.kind === 'found' ? parsed.enterprise.posting.enterpriseId : null, message).toBe(
      enterprise,
    );
  }
}

describe('reading visit reports from chat messages', () => {
  it('reads date, days, kind and enterprise for a specialist with one posting', () => check(ONE_POSTING, [LONGCHENG]));

  it('tells postings apart by full name, short name or a distinctive part', () =>
    check(TWO_POSTINGS, [SHANHU, SHIYUN]));

  it('keeps what is left as the summary', () => {
    expect(parseVisitReport('今天在龙城齿轮技术攻关1天，调试热处理工艺', TODAY, [LONGCHENG]).summary).toBe(
      '调试热处理工艺',
    );
    expect(parseVisitReport('前天到企业解决齿轮噪声问题，两天', TODAY, [LONGCHENG]).summary).toContain(
      '解决齿轮噪声问题',
    );
    expect(parseVisitReport('上周三在龙城对接广西大学实验室资源1天', TODAY, [LONGCHENG]).summary).toBe(
      '对接广西大学实验室资源',
    );
  });

  it('does not take questions or small talk for reports', () => {
    for (const message of [
      '科技特派员每年至少服务多少天？',
      '你好',
      '我的进度',
      '明天去龙城齿轮可以吗',
      '补助标准是多少',
    ]) {
      expect(parseVisitReport(message, TODAY, [LONGCHENG]).isReport, message).toBe(false);
    }
  });

  it('rounds service days up to half days', () => {
    expect(parseVisitReport('今天技术攻关1.3天', TODAY, [LONGCHENG]).days).toBe(1.5);
    expect(parseVisitReport('今天技术攻关10小时', TODAY, [LONGCHENG]).days).toBe(1.5);
  });
});
