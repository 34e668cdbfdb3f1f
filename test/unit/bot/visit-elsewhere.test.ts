import { describe, expect, it } from 'vitest';
import { senderOf } from '../../../src/bot/routing-eval.js';
import { answerVisitQuestion, readReport } from '../../../src/bot/visit-reading.js';
import type { LocalDate } from '../../../src/common/local-date.js';
import type { Posting } from '../../../src/domain/visits/visit-ledger.js';
import type { VisitDraft } from '../../../src/domain/visits/visit-report-service.js';

const TODAY = '2026-12-02' as LocalDate;
// 陈思远's only posting, 龙城齿轮, as the labelled routing messages have it.
const LONGCHENG = senderOf('SPECIALIST').postings[0] as Posting;

describe('asking whether a place named is the posting', () => {
  const reading = readReport('昨天在柳州钢铁做了技术攻关1天，调试轧机液压系统', TODAY, [LONGCHENG]);
  const draft = reading?.draft as VisitDraft;
  const answer = (text: string) =>
    answerVisitQuestion({ kind: 'visit', draft, missing: 'enterprise', postings: [LONGCHENG] }, text, TODAY);

  it('keeps the name out of the enterprise until the specialist says which', () => {
    expect(draft).toMatchObject({ assignmentId: null, namedElsewhere: '柳州钢铁', date: '2026-12-01', days: 1 });
  });

  it('takes yes, or the posting named, for the posting', () => {
    for (const text of ['是', '是的', '对的，柳钢是他们的客户', '没错', '就是龙城齿轮', '不是柳州钢铁，是龙城齿轮'])
      expect(answer(text), text).toMatchObject({ assignmentId: 'A-001', namedElsewhere: null, refusal: null });
  });

  it('takes no, or the posting under a negation, for a refusal, never for the posting', () => {
    for (const text of ['不是', '不对', '不是，是在柳州钢铁', '不是龙城齿轮', '不是龙城齿轮，是柳州钢铁'])
      expect(answer(text), text).toMatchObject({ assignmentId: null, refusal: 'not-posted' });
  });

  it('leaves anything else unanswered', () => {
    for (const text of ['补助标准是多少', '柳州钢铁']) expect(answer(text), text).toBeNull();
  });
});

describe('answering which of several postings', () => {
  const SHANHU: Posting = {
    ...LONGCHENG,
    assignmentId: 'A-004',
    enterpriseId: 'E-YL-001',
    enterpriseName: '玉林山湖农机装备有限公司',
    shortName: '山湖农机',
    cityName: '玉林市',
  };
  const postings = [LONGCHENG, SHANHU];
  const reading = readReport('昨天技术攻关1天，调试液压系统', TODAY, postings);
  const draft = reading?.draft as VisitDraft;
  const answer = (text: string) =>
    answerVisitQuestion({ kind: 'visit', draft, missing: 'enterprise', postings }, text, TODAY);

  it('takes the posting named or numbered, and never one named under a negation', () => {
    expect(answer('2')).toMatchObject({ assignmentId: 'A-004' });
    expect(answer('山湖农机')).toMatchObject({ assignmentId: 'A-004' });
    expect(answer('不是龙城齿轮，是山湖农机')).toMatchObject({ assignmentId: 'A-004' });
    expect(answer('不是龙城齿轮')).toBeNull();
    expect(answer('是')).toBeNull();
  });
});

describe('answering the days, the date or the kind with a correction in it', () => {
  const reading = readReport('在龙城齿轮调试液压系统', TODAY, [LONGCHENG]);
  const draft = reading?.draft as VisitDraft;
  const answer = (missing: 'days' | 'date' | 'type', text: string) =>
    answerVisitQuestion({ kind: 'visit', draft, missing, postings: [LONGCHENG] }, text, TODAY);

  it('takes what comes after 「不是…，是」, and nothing from a bare negation', () => {
    expect(answer('days', '不是一天，是半天')).toMatchObject({ days: 0.5 });
    expect(answer('days', '不是一天是半天')).toMatchObject({ days: 0.5 });
    expect(answer('days', '不是一天')).toBeNull();
    expect(answer('date', '不是昨天，是前天')).toMatchObject({ date: '2026-11-30' });
    expect(answer('date', '不是昨天')).toBeNull();
    expect(answer('type', '不是技术攻关，是政策宣讲')).toMatchObject({ type: 'POLICY_PROMOTION' });
    expect(answer('type', '不是技术攻关')).toBeNull();
  });
});
