import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parseLocalDate } from '../../../src/common/local-date.js';
import type { PostingRef } from '../../../src/domain/visits/enterprise-match.js';
import { evaluateCase, type VisitCase } from '../../../src/domain/visits/visit-eval.js';
import { parseVisitReport } from '../../../src/domain/visits/visit-parser.js';

// 2026-11-24 is a Tuesday.
const TODAY = parseLocalDate('2026-11-24');
const LONGCHENG: PostingRef = {
  assignmentId: 'A-001',
  enterpriseId: 'E-LZ-001',
  enterpriseName: '柳州市龙城精密齿轮有限公司',
  shortName: '龙城齿轮',
};

describe('reading visit reports from chat messages', () => {
  it('reads date, days, kind and enterprise of every labelled message (test/fixtures/visit-reports.jsonl)', async () => {
    const text = await readFile(new URL('../../fixtures/visit-reports.jsonl', import.meta.url), 'utf8');
    const cases = text
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as VisitCase);
    expect(cases.length).toBeGreaterThanOrEqual(30);
    for (const c of cases) {
      expect(parseVisitReport(c.message, parseLocalDate(c.today), c.postings).isReport, c.message).toBe(true);
      for (const [field, { ok, got }] of Object.entries(evaluateCase(c)))
        expect(ok, `${c.message} → ${field}: ${got}`).toBe(true);
    }
  });

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
