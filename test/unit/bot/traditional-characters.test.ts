import { describe, expect, it } from 'vitest';
import { route } from '../../../src/bot/router.js';
import { senderOf } from '../../../src/bot/routing-eval.js';
import type { LocalDate } from '../../../src/common/local-date.js';
import { readAsSimplified } from '../../../src/common/simplified.js';

const TODAY = '2026-12-03' as LocalDate;
const decide = (role: Parameters<typeof senderOf>[0], text: string) =>
  route({ message: { kind: 'text', text }, sender: senderOf(role), pending: null, today: TODAY }).decision;

describe('a message typed in traditional characters', () => {
  it('is read as in simplified ones: a report with its kind, a progress question, a roster question', () => {
    const report = decide('SPECIALIST', '昨日在龍城齒輪開展技術攻關一天，調試淬火爐');
    expect(report).toMatchObject({
      kind: 'report',
      reading: { draft: { date: '2026-12-02', days: 1, type: 'TECH_RESEARCH', assignmentId: 'A-001' } },
    });
    expect(decide('ENTERPRISE_CONTACT', '陳老師今年來了幾次')).toMatchObject({ kind: 'progress-question' });
    expect(decide('REGION_OFFICIAL', '玉林的特派員都有誰')).toMatchObject({
      kind: 'progress-question',
      asks: 'roster',
    });
  });

  it('reads keycap digits typed from an emoji keyboard as digits', () => {
    const report = decide('SPECIALIST', '昨天在龙城齿轮技术攻关2️⃣天，调试淬火炉');
    expect(report).toMatchObject({ kind: 'report', reading: { draft: { days: 2 } } });
  });

  it('keeps a simplified message as written, a name with one convertible character included', () => {
    expect(readAsSimplified('反馈：李乾老师反映於明的补助没到')).toBe('反馈：李乾老师反映於明的补助没到');
    expect(readAsSimplified('昨日在龍城齒輪開展技術攻關一天')).toBe('昨日在龙城齿轮开展技术攻关一天');
  });
});
