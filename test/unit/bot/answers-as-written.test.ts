import { describe, expect, it } from 'vitest';
import { readCommand } from '../../../src/bot/commands.js';
import type { PendingOf } from '../../../src/bot/conversation.js';
import { intentOf } from '../../../src/bot/intents.js';
import { visitReplies } from '../../../src/bot/replies/visits.js';
import { route } from '../../../src/bot/router.js';
import { senderOf } from '../../../src/bot/routing-eval.js';
import { answerVisitQuestion } from '../../../src/bot/visit-reading.js';
import type { LocalDate } from '../../../src/common/local-date.js';
import { answerOutcomeQuestion } from '../../../src/domain/outcomes/outcome-draft.js';
import { findVisitDays } from '../../../src/domain/visits/visit-days.js';
import type { Posting } from '../../../src/domain/visits/visit-ledger.js';
import type { InboundMessage } from '../../../src/platforms/contract.js';
import { APPROVED_PROJECT } from '../../support/drafts.js';

const TODAY = '2026-12-03' as LocalDate;
const LONGCHENG = senderOf('SPECIALIST').postings[0] as Posting;
const pending = (
  missing: PendingOf<'visit'>['missing'],
  draft: Partial<PendingOf<'visit'>['draft']> = {},
): PendingOf<'visit'> => ({
  kind: 'visit',
  missing,
  postings: [LONGCHENG],
  draft: {
    date: '2026-11-28' as LocalDate,
    days: 1,
    type: 'TECH_RESEARCH',
    assignmentId: 'A-001',
    candidates: [],
    summary: '优化渗碳工艺参数',
    typeCandidates: [],
    yearNote: null,
    activity: true,
    refusal: null,
    dateWords: null,
    namedElsewhere: null,
    ...draft,
  },
});
const answer = (p: PendingOf<'visit'>, text: string) => answerVisitQuestion(p, text, TODAY);

/** What the router decides of a specialist's message, with the visit question pending (or none). */
const routed = (p: PendingOf<'visit'> | null, text: string) =>
  route({
    message: { kind: 'text', text } as InboundMessage,
    sender: senderOf('SPECIALIST'),
    pending: p,
    today: TODAY,
  }).decision;

describe('an answer that does not know, or puts the answer off', () => {
  it('takes a question asked while the days or the day are asked for a question, never the answer', () => {
    for (const text of ['半天也算一次吗？', '一年要30天是吧？', '一天的话能算一次走访吗']) {
      expect(routed(pending('days', { days: null }), text)?.kind, text).not.toBe('answer');
      expect(routed(pending('date', { date: null }), text)?.kind, text).not.toBe('answer');
    }
    expect(routed(pending('days', { days: null }), '半天')).toMatchObject({ kind: 'answer' });
    // A tag that only checks the answer leaves it an answer.
    expect(routed(pending('days', { days: null }), '一天，对吧')).toMatchObject({ kind: 'answer' });
  });

  it('asks the day again when the answer names two, taking neither', () => {
    for (const text of ['29还是30号来着', '不是周一就是周二', '上周四或者上周五吧', '前天还是大前天'])
      expect(routed(pending('date', { date: null }), text), text).toMatchObject({
        kind: 'answer',
        answer: { kind: 'visit-draft', draft: { date: null } },
      });
  });

  it('keeps the activity question open on 「一会儿再说」 or 「忘了」, and takes an activity that says it does not know', () => {
    for (const text of ['一会儿再说', '稍后补', '不知道', '忘了', '等下 我先开个会'])
      expect(routed(pending('activity', { summary: '', activity: false }), text).kind, text).toBe('hold');
    // 「具体哪天忘了」 asks nothing back: the day question stays open.
    expect(routed(pending('date', { date: null }), '就这周吧 具体哪天忘了').kind).toBe('hold');
    expect(
      routed(pending('activity', { summary: '', activity: false }), '排查了齿轮箱异响，还不知道原因'),
    ).toMatchObject({
      kind: 'answer',
      answer: { kind: 'visit-draft', draft: { summary: '排查了齿轮箱异响，还不知道原因' } },
    });
  });
});

describe('a correction that opens by saying something was wrong', () => {
  it('corrects the report just made, asked first, never starting a new report', () => {
    for (const [text, field, value] of [
      ['其实只待了半天', 'days', '半天'],
      ['天数不对，实际只待了半天', 'days', '半天'],
      ['搞错了 是政策宣讲', 'type', '政策宣讲'],
      ['哦对了是半天不是一天', 'days', '半天'],
    ] as const)
      expect(routed(null, text), text).toMatchObject({
        kind: 'fragment',
        fragment: { field, value },
        correction: true,
      });
    expect(routed(null, '其实我想问下补贴怎么发').kind).toBe('policy-question');
  });

  it('changes the report being asked about while another field is asked, and says so', () => {
    const asked = pending('enterprise', { assignmentId: null, days: 1 });
    expect(routed(asked, '哦对了是半天不是一天')).toMatchObject({
      kind: 'answer',
      answer: { kind: 'visit-draft', draft: { days: 0.5, assignmentId: null }, noted: ['天数：0.5天'] },
    });
  });
});

describe('a yes said with the verb asked', () => {
  it('takes 「嗯嗯 撤了吧」 as the yes to taking the one ticket back', () => {
    const asked = { kind: 'withdraw' as const, reason: '已经批下来了', tickets: ['FK-2026-0007'] };
    for (const text of ['嗯嗯 撤了吧', '撤回吧', '好 撤'])
      expect(
        route({
          message: { kind: 'text', text } as InboundMessage,
          sender: senderOf('ENTERPRISE_CONTACT'),
          pending: asked,
          today: TODAY,
        }).decision,
        text,
      ).toMatchObject({ kind: 'answer', answer: { kind: 'withdraw-chosen', ticketNo: 'FK-2026-0007' } });
  });
});

describe('a project name answered in chat', () => {
  it('takes the name without 「就是」 and what is said about it after (「…啊，之前我报过申报的」)', () => {
    const project = { ...APPROVED_PROJECT, title: null };
    expect(
      answerOutcomeQuestion(project, 'title', '就是在线光学检测仪器关键技术啊，之前我报过申报的', TODAY, [LONGCHENG])
        ?.title,
    ).toBe('在线光学检测仪器关键技术');
    expect(answerOutcomeQuestion(project, 'title', '齿轮精密磨削工艺优化研究', TODAY, [LONGCHENG])?.title).toBe(
      '齿轮精密磨削工艺优化研究',
    );
  });
});

describe('an enterprise chosen by part of its short name', () => {
  it('takes 「农机那个」 for the one offered whose short name holds it, and no part two of them share', () => {
    const two = [
      {
        ...LONGCHENG,
        assignmentId: 'A-005',
        enterpriseId: 'E-HZ-001',
        enterpriseName: '贺州石韵新材料有限公司',
        shortName: '石韵新材',
      },
      {
        ...LONGCHENG,
        assignmentId: 'A-004',
        enterpriseId: 'E-YL-001',
        enterpriseName: '玉林山湖农业机械有限公司',
        shortName: '山湖农机',
      },
    ];
    const asked = { ...pending('enterprise', { assignmentId: null }), postings: two };
    expect(answer(asked, '农机那个')?.assignmentId).toBe('A-004');
    expect(answer(asked, '新材那家')?.assignmentId).toBe('A-005');
    expect(answer(asked, '那个')).toBeNull();
  });
});

describe('an answer that takes back what it said first', () => {
  it('gives the value said last: days, kind, date', () => {
    expect(answer(pending('days', { days: null }), '一天吧，哦不对，下午才到的，半天')?.days).toBe(0.5);
    expect(answer(pending('days', { days: null }), '3天？不对，其实就一天')?.days).toBe(1);
    expect(answer(pending('type', { type: null }), '技术攻关吧，哦不，算资源对接')?.type).toBe('RESOURCE_MATCHING');
    expect(answer(pending('date', { date: null }), '不是昨天，是前天')?.date).toBe('2026-12-01');
  });

  it('gives the day said to be meant when it names two, and an option by its number in words', () => {
    expect(answer(pending('date', { date: null }), '昨天我在学校上课，去企业是前天')?.date).toBe('2026-12-01');
    expect(answer(pending('date', { date: null }), '本来约的昨天，后来提前到前天了')?.date).toBe('2026-12-01');
    expect(answer(pending('date', { date: null }), '前天吧')?.date).toBe('2026-12-01');
    expect(answer(pending('date', { date: null }), '昨天和前天')).toBeNull();
    expect(answer(pending('date', { date: null }), '明天')).toMatchObject({ refusal: 'future', date: '2026-12-04' });
    // 「上周去…」 then 「周二」: last week's Tuesday, not this week's.
    expect(answer(pending('date', { date: null, dateWords: '上周' }), '周二')?.date).toBe('2026-11-24');
    expect(answer(pending('date', { date: null }), '周二')?.date).toBe('2026-12-01');
    // A month and day soon to come is this year's, still to come, never last year's.
    expect(answer(pending('date', { date: null }), '12月20日')).toMatchObject({
      refusal: 'future',
      date: '2026-12-20',
    });
    expect(answer(pending('type', { type: null }), '那就4吧')?.type).toBe('RESOURCE_MATCHING');
  });

  it('takes nothing back on 其实 alone', () => {
    expect(answer(pending('days', { days: null }), '一天，其实上午就到了')?.days).toBe(1);
    expect(answer(pending('type', { type: null }), '技术攻关，其实主要是帮他们调设备')?.type).toBe('TECH_RESEARCH');
  });

  it('is asked again when it leaves open which it is, or refers to nothing', () => {
    expect(answer(pending('date', { date: null }), '记不清了，上周四或者上周五吧')).toBeNull();
    expect(answer(pending('activity', { summary: '', activity: false }), '同上')).toBeNull();
  });

  it('takes the days told with what was done out of the content', () => {
    const draft = answer(pending('activity', { summary: '', activity: false }), '修改产品图纸，其实只待了半天');
    expect(draft).toMatchObject({ days: 0.5, summary: '修改产品图纸' });
    const data = answer(pending('activity', { summary: '', activity: false }), '把3天的检测数据整理了一下');
    expect(data).toMatchObject({ days: 1, summary: '把3天的检测数据整理了一下' });
  });

  it('asks with both kinds when the kind is answered with two activities', () => {
    const draft = answer(pending('type', { type: null }), '上午讲了研发费用加计扣除政策，下午帮他们调了发酵罐');
    expect(draft).toMatchObject({ type: null, typeCandidates: ['POLICY_PROMOTION', 'TECH_RESEARCH'] });
  });

  it('is no to 「是在龙城齿轮服务的吗」 when it starts with 不是, whatever it names after', () => {
    const asked = pending('enterprise', { assignmentId: null, namedElsewhere: '柳州钢铁' });
    expect(answer(asked, '不是，柳钢是龙城齿轮介绍我去的')).toMatchObject({ refusal: 'not-posted' });
  });
});

describe('an outcome answer', () => {
  const project = APPROVED_PROJECT;
  it('gives what it is after 不是…是, and is asked again when unsure', () => {
    expect(answerOutcomeQuestion(project, 'level', '不是国家级，是市级', TODAY, [LONGCHENG])?.level).toBe('CITY');
    expect(
      answerOutcomeQuestion(project, 'level', '市级吧，也可能是自治区级，我不太确定', TODAY, [LONGCHENG]),
    ).toBeNull();
    const patent = { ...project, kind: 'IP' as const, stage: 'GRANTED' as const };
    expect(answerOutcomeQuestion(patent, 'quantity', '两件，一件发明一件实用新型', TODAY, [LONGCHENG])).toBeNull();
    expect(answerOutcomeQuestion(patent, 'ipKind', '不是发明专利，是实用新型', TODAY, [LONGCHENG])?.ipKind).toBe(
      'UTILITY_MODEL',
    );
  });

  it('keeps the question open when the answer is put off, and takes the name after who said it', () => {
    const asked: PendingOf<'outcome'> = { kind: 'outcome', draft: project, missing: 'title', postings: [LONGCHENG] };
    const sender = senderOf('SPECIALIST');
    for (const text of [
      '等我问问他们办公室',
      '不清楚',
      '回头再告诉你',
      '我查一下再说',
      '忘了叫啥了',
      '明天问了再说',
      // No name in them either: never stored as the project's name and sent to the enterprise.
      '名字太长了记不住 回头问下孙经理',
      '我也说不准 大概是齿轮热处理相关的',
      '就是之前跟你说过的那个',
    ]) {
      const { decision } = route({ message: { kind: 'text', text }, sender, pending: asked, today: TODAY });
      expect(decision.kind, text).toBe('hold');
    }
    // A question, or where the name is, is no name: never stored as one.
    for (const text of [
      '补助啥时候发啊',
      '今年还差几天',
      '名字太长了，我晚点拍照发你',
      '项目书在办公室电脑里',
      '这个要企业那边才知道',
    ]) {
      const { decision } = route({ message: { kind: 'text', text }, sender, pending: asked, today: TODAY });
      expect(decision.kind, text).not.toBe('answer');
    }
    // A name taken back: the one said last.
    const corrected = route({
      message: { kind: 'text', text: '叫耐高温菌种选育 哦不对 是耐酸菌种选育与应用' },
      sender,
      pending: asked,
      today: TODAY,
    }).decision;
    expect(corrected).toMatchObject({
      kind: 'answer',
      answer: { kind: 'outcome-draft', draft: { title: '耐酸菌种选育与应用' } },
    });
    expect(answerOutcomeQuestion(project, 'title', '他们说叫海洋食品低温保鲜技术研究', TODAY, [LONGCHENG])?.title).toBe(
      '海洋食品低温保鲜技术研究',
    );
    expect(answerOutcomeQuestion(project, 'title', '说明书自动生成系统研发', TODAY, [LONGCHENG])?.title).toBe(
      '说明书自动生成系统研发',
    );
    expect(answerOutcomeQuestion(project, 'title', '大概叫 齿轮箱降噪关键技术研究 吧', TODAY, [LONGCHENG])?.title).toBe(
      '齿轮箱降噪关键技术研究',
    );
  });
});

describe('words that are not yet, or not all of, a finding or a confirmation', () => {
  it('reads a tentative or partial finding as none, to be asked plainly', () => {
    for (const text of ['YY-2026-0001 不属实吧？我再问问孙经理', '核实 YY-2026-0002 属实，但只能算1天，不是1.5天'])
      expect(readCommand(text)?.command, text).toMatchObject({ name: 'resolve-dispute', verdict: null, ask: true });
    expect(readCommand('核实 YY-2026-0001 不属实，当天没到企业')?.command).toMatchObject({ verdict: 'REJECTED' });
  });

  it('does not confirm all when one is excepted', () => {
    for (const text of ['全部确认，除了第2条', '全部确认吧，就是第1条天数多报了'])
      expect(intentOf('first', text, 'ENTERPRISE_CONTACT'), text).not.toBe('confirm-visits');
    expect(intentOf('first', '全部确认', 'ENTERPRISE_CONTACT')).toBe('confirm-visits');
  });
});

describe('a correction of the latest record in own words', () => {
  it('changes every field it names, and the content even when it names a plan', () => {
    expect(readCommand('刚才那条写错了，那天是11月30号，天数是1天')?.command).toMatchObject({
      field: 'date',
      value: '11月30号',
      also: [{ field: 'days', value: '1天' }],
    });
    expect(readCommand('刚才那条企业写错了，应该是山湖农机，不是龙城齿轮')?.command).toMatchObject({
      field: 'enterprise',
      value: '山湖农机',
    });
    expect(readCommand('刚才那条内容写错了，应该是帮企业制定生产计划')?.command).toMatchObject({
      name: 'amend',
      field: 'summary',
    });
    expect(readCommand('麻烦转告企业 下周的培训改到周四')).toBeNull();
  });

  it('keeps a plain finding that only mentions 可能', () => {
    expect(readCommand('核实 YY-2026-0001 不属实 陈老师不可能那天去')?.command).toMatchObject({ verdict: 'REJECTED' });
  });
});

describe('words that are no message for someone else', () => {
  it('takes complaints, thanks and questions for no relay', () => {
    for (const text of [
      '陈老师每次来一下就走，一点都不负责',
      '感谢陈老师来指导',
      '麻烦老师了，辛苦',
      '专家来一趟能报销路费吗',
    ])
      expect(intentOf('second', text, 'ENTERPRISE_CONTACT'), text).not.toBe('pass-on');
    for (const text of ['提醒功能在哪里设置', '通知已经发了吗', '发通知的模板在哪'])
      expect(intentOf('second', text, 'CITY_OFFICIAL'), text).not.toBe('pass-on');
    expect(intentOf('second', '让陈教授给我回个电话 谢谢', 'ENTERPRISE_CONTACT')).toBe('pass-on');
  });
});

describe('days said as people say them', () => {
  it('counts 两个半天 as one day and 俩天 as two', () => {
    expect(findVisitDays('两个半天')?.value).toBe(1);
    expect(findVisitDays('三个半天')?.value).toBe(1.5);
    expect(findVisitDays('俩天')?.value).toBe(2);
    expect(findVisitDays('两个半小时')?.value).toBe(0.5);
  });

  it('takes 「大半天」 and 「一天多」 for no number of days, to be asked', () => {
    expect(findVisitDays('搞了大半天')).toBeNull();
    expect(findVisitDays('待了一天多')).toBeNull();
    expect(findVisitDays('小半天')?.value).toBe(0.5);
  });

  it('counts both halves of a day said as such as one day, and one half as half a day', () => {
    expect(findVisitDays('今天上午下午都在龙城齿轮')?.value).toBe(1);
    expect(findVisitDays('上午在龙城齿轮讲政策，然后下午又给他们讲了研发费用')).toEqual({ value: 1, text: '下午又' });
    expect(findVisitDays('上午在厂里，下午回学校')?.value).toBe(0.5);
  });

  it('counts hours of one stretch as one calendar day at most, never spilling into the next day', () => {
    expect(findVisitDays('搞了10个小时')?.value).toBe(1);
    expect(findVisitDays('从早上8点干到晚上6点')?.value).toBe(1);
    expect(findVisitDays('8:00-20:00')?.value).toBe(1);
    expect(findVisitDays('干了5个小时')?.value).toBe(1);
    expect(findVisitDays('3小时')?.value).toBe(0.5);
    // Days said as days are taken as said.
    expect(findVisitDays('一天半')?.value).toBe(1.5);
  });

  it('takes a range (两三天, 一两天) for no number of days, to be asked, and 两三件 for no count', () => {
    expect(findVisitDays('两三天')).toBeNull();
    expect(findVisitDays('待了三四天')).toBeNull();
    expect(answer(pending('days', { days: null }), '一两天吧')).toBeNull();
    expect(findVisitDays('十三天')?.value).toBe(13);
    const patent = { ...APPROVED_PROJECT, kind: 'IP' as const, stage: 'GRANTED' as const };
    // A range is no count: it is asked again, saying why.
    expect(answerOutcomeQuestion(patent, 'quantity', '两三件', TODAY, [LONGCHENG])).toMatchObject({
      quantity: null,
      roughCount: '两三件',
    });
    expect(answerOutcomeQuestion(patent, 'quantity', '三件', TODAY, [LONGCHENG])?.quantity).toBe(3);
    expect(answerOutcomeQuestion(patent, 'quantity', '俩', TODAY, [LONGCHENG])?.quantity).toBe(2);
    const training = { ...APPROVED_PROJECT, kind: 'TRAINING' as const };
    for (const [said, count] of [
      ['二十三个', 23],
      ['23个', 23],
      ['三十一个', 31],
      ['一百零五人', 105],
    ] as const)
      expect(answerOutcomeQuestion(training, 'quantity', said, TODAY, [LONGCHENG])?.quantity, said).toBe(count);
    expect(answerOutcomeQuestion(training, 'quantity', '两三个', TODAY, [LONGCHENG])).toMatchObject({
      quantity: null,
      roughCount: '两三个',
    });
    expect(answerOutcomeQuestion(training, 'quantity', '30多个吧', TODAY, [LONGCHENG])).toMatchObject({
      quantity: null,
      roughCount: '30多个',
    });
  });

  it('takes no figure from a count said to be no exact count, nor from one settled on for want of it', () => {
    const training = { ...APPROVED_PROJECT, kind: 'TRAINING' as const };
    for (const [said, rough] of [
      ['五十左右吧 没具体数', '五十左右'],
      ['没具体数，五十吧', '五十'],
      ['记不清了 三十多个', '三十多个'],
      ['50人 没仔细数', '50人'],
      ['三十来个吧 具体没数', '三十来个'],
      ['那就按50吧', '按50'],
      ['算40个吧', '算40个'],
    ] as const)
      expect(answerOutcomeQuestion(training, 'quantity', said, TODAY, [LONGCHENG]), said).toMatchObject({
        quantity: null,
        roughCount: rough,
        uncounted: true,
      });
    expect(answerOutcomeQuestion(training, 'quantity', '真没具体数', TODAY, [LONGCHENG])).toMatchObject({
      quantity: null,
      uncounted: true,
    });
    // The exact count given afterwards is taken, and the draft no longer says there is none.
    const uncounted = { ...training, roughCount: '五十左右', uncounted: true };
    const counted = answerOutcomeQuestion(uncounted, 'quantity', '48', TODAY, [LONGCHENG]);
    expect(counted?.quantity).toBe(48);
    expect(counted).not.toHaveProperty('uncounted');
    expect(counted).not.toHaveProperty('roughCount');
  });

  it('counts morning to evening with no end hour as the whole day, and an end hour by the hours', () => {
    expect(findVisitDays('从早上8点一直搞到晚上')?.value).toBe(1);
    expect(findVisitDays('从早忙到晚')?.value).toBe(1);
    expect(findVisitDays('早上9点到晚上5点')?.value).toBe(1);
    expect(answer(pending('days', { days: null }), '早上到天黑都在车间')?.days).toBe(1);
  });
});

describe('a field given while another is asked', () => {
  it('takes the enterprise said instead while the day is asked', () => {
    const shiyun: Posting = {
      ...LONGCHENG,
      assignmentId: 'A-009',
      enterpriseId: 'E-009',
      enterpriseName: '广西石韵新材料有限公司',
      shortName: '石韵新材',
    };
    const asked = { ...pending('date', { date: null }), postings: [LONGCHENG, shiyun] };
    expect(answer(asked, '哦不对是石韵新材')).toMatchObject({ assignmentId: 'A-009', date: null });
    expect(answer(asked, '不是龙城齿轮，是石韵新材')).toMatchObject({ assignmentId: 'A-009' });
    // Named without taking anything back, it is no answer to the day.
    expect(answer(asked, '石韵新材')).toBeNull();
  });

  it('takes 「技术攻关 调试设备」 as the kind and what was done, and the days stay asked', () => {
    const draft = answer(
      pending('days', { days: null, type: null, activity: false, summary: '' }),
      '技术攻关 调试设备',
    );
    expect(draft).toMatchObject({ type: 'TECH_RESEARCH', summary: '调试设备', activity: true, days: null });
    // What was done told before stays.
    expect(answer(pending('days', { days: null, type: null }), '技术攻关，主要是调试设备')).toMatchObject({
      type: 'TECH_RESEARCH',
      summary: '优化渗碳工艺参数',
    });
  });
});

describe('words that look like another thing', () => {
  const specialist = senderOf('SPECIALIST');
  const contact = senderOf('ENTERPRISE_CONTACT');
  const routed = (text: string, sender = specialist, asked: PendingOf<'visit'> | null = null) =>
    route({ message: { kind: 'text', text }, sender, pending: asked, today: TODAY }).decision;

  it('drops a report on 「我没去」 only when said so, not when a sentence merely holds the words', () => {
    const asked = pending('days', { days: null });
    for (const text of ['我没去，是企业自己做的', '其实我没去成', '没去 临时取消了', '不是我去的'])
      expect(routed(text, specialist, asked), text).toMatchObject({ kind: 'answer', answer: { kind: 'cancel' } });
    expect(routed('我们没去多久，就半天', specialist, asked)).toMatchObject({ answer: { kind: 'visit-draft' } });
    const kind = pending('type', { type: null });
    expect(routed('帮他们优化了厂里自己搞的检测方法', specialist, kind)).not.toMatchObject({
      answer: { kind: 'cancel' },
    });
  });

  it('asks the days again on a range, never reading 「1-2天」 as a date', () => {
    const asked = pending('days', { days: null });
    const decision = routed('1-2天', specialist, asked);
    expect(decision).toMatchObject({ kind: 'answer', answer: { kind: 'visit-draft', draft: { days: null } } });
    expect(routed('1-2天', specialist, pending('date', { date: null }))).toMatchObject({
      kind: 'answer',
      answer: { kind: 'visit-draft', draft: { date: null } },
    });
    expect(findVisitDays('一天半到两天')).toBeNull();
    expect(findVisitDays('一天多')).toBeNull();
    expect(
      answer(pending('days', { days: null, type: null, activity: false, summary: '' }), '技术攻关 两三天'),
    ).toMatchObject({ type: 'TECH_RESEARCH', activity: false, summary: '' });
  });

  it('takes another posting said as 「是X不是Y」 while the day is asked', () => {
    const shiyun: Posting = {
      ...LONGCHENG,
      assignmentId: 'A-009',
      enterpriseName: '石韵新材料',
      shortName: '石韵新材',
    };
    const asked = { ...pending('date', { date: null }), postings: [LONGCHENG, shiyun] };
    expect(answer(asked, '不是龙城齿轮是石韵新材')?.assignmentId).toBe('A-009');
    expect(answer(asked, '是石韵新材不是龙城')?.assignmentId).toBe('A-009');
    // What was done may name another posting in passing.
    const done = { ...pending('activity', { summary: '', activity: false }), postings: [LONGCHENG, shiyun] };
    expect(answer(done, '是帮他们对接了石韵新材的检测室')?.assignmentId).toBe('A-001');
  });

  it('reads a withdrawal only of feedback already filed, and lets a contact change records only by command', () => {
    expect(routed('我要反馈一个问题：我们的高企资格被撤销了，一直没有书面通知', contact)).not.toMatchObject({
      command: { name: 'withdraw-feedback' },
    });
    expect(routed('那条反馈撤了吧', contact)).toMatchObject({ command: { name: 'withdraw-feedback' } });
    expect(routed('刚才那条记录日期不对，应该是11月20号', contact)).toMatchObject({
      command: { name: 'dispute-visit' },
    });
    for (const text of ['第二个反馈不用了 我自己问到了', '那个燃油补贴的反馈不用处理了', '反馈不用了，问题已经解决了'])
      expect(routed(text, contact), text).toMatchObject({ command: { name: 'withdraw-feedback' } });
    expect(routed('反馈一下，申报系统的附件不用了也删不掉', contact)).toMatchObject({
      command: { name: 'file-feedback' },
    });
    expect(routed('撤回', contact)).not.toMatchObject({ command: { name: 'undo' } });
    expect(routed('修改 数量 3', contact)).toMatchObject({ command: { name: 'amend' } });
  });

  it('answers a request after a whole command as a message of its own (「全部确认。另外反馈一下：…」)', () => {
    const both = (text: string) =>
      route({ message: { kind: 'text', text }, sender: contact, pending: null, today: TODAY });
    expect(both('全部确认。另外反馈一下：申报系统老是卡')).toMatchObject({
      decision: { command: { name: 'confirm-visits', all: true } },
      next: '反馈一下：申报系统老是卡',
    });
    expect(both('确认1 2。另外第3条不对，那天陈老师没来')).toMatchObject({
      decision: { command: { name: 'confirm-visits', choices: [1, 2] } },
      next: '第3条不对，那天陈老师没来',
    });
    expect(both('全部确认，还有个事 陈老师下周能不能来一趟')).toMatchObject({ next: '陈老师下周能不能来一趟' });
    // A command whose words go on (a dispute's reason) keeps them.
    expect(both('有异议 1 另外第二条日期也不对')).not.toHaveProperty('next');
  });

  it('takes what a correction says it is, not what it says it is not (「是半天不是一天」)', () => {
    for (const [text, value] of <[string, string][]>[
      ['礼拜一那条天数写错了 是半天不是一天', '半天'],
      ['刚才那条改一下 是半天 不是一天', '半天'],
      ['改一下 昨天那条是一天不是一天半', '一天'],
      ['修改 天数 不是一天是半天', '半天'],
      ['刚才那条企业搞错了，应该是山湖农机，不是龙城齿轮', '山湖农机'],
      ['礼拜一那条不是一天 是半天', '半天'],
      ['11月20号那条不是技术攻关是政策宣讲', '政策宣讲'],
    ])
      expect(routed(text), text).toMatchObject({ command: { name: 'amend', value } });
  });

  it('takes a contact’s denial of what was done or how long for a dispute, not a report', () => {
    for (const text of [
      '黄老师昨天下午没讲什么政策啊 就是来对接了一下实验室的事',
      '赵老师上礼拜就来了一天 不是一天半 礼拜五没来',
    ])
      expect(routed(text, contact), text).toMatchObject({ command: { name: 'dispute-visit', ask: true } });
  });

  it('takes a visit or a record named as another’s for theirs, not the sender’s', () => {
    for (const text of [
      '帮李明老师报一下 他上周三去龙城齿轮做了技术攻关 半天',
      '李明老师11月20号去龙城齿轮调试光谱仪 一天',
      '李老师刚才报的那条天数不对 我们其实就待了半天',
    ])
      expect(routed(text), text).toMatchObject({ kind: 'someone-else' });
    for (const text of [
      '帮李明报一下，他11月20号去龙城齿轮做了光谱标定1天',
      '王芳上周一去龙城齿轮讲了高企政策 半天 我帮她报下',
      '李明老师刚才报的那条天数不对',
    ])
      expect(routed(text), text).toMatchObject({ kind: 'someone-else' });
    // The sender went too, or the person is no one who went.
    for (const text of [
      '昨天和李明老师一起去龙城齿轮 调试 一天',
      '老师好 昨天去龙城齿轮调试一天',
      '和王老师一起去龙城齿轮调试嵌入式控制板，11月17号，1天',
      '李老师带队，11月16号我们去龙城齿轮做了光谱仪软件升级 1天 我也去了',
      '跟李教授去了趟龙城齿轮 11月11号 做了嵌入式固件调试 1天',
      '王教授带着我们11月3号去龙城齿轮做了光谱仪调试 1天',
      '给张老师的学生讲了热处理工艺，11月13号在龙城齿轮 半天',
      '11月10号在龙城齿轮调试淬火炉1天，按马老师写的方案改了工艺',
      '张老师和我11月4号一起去的龙城齿轮 做齿轮检测 1天',
    ])
      expect(routed(text), text).toMatchObject({ kind: 'report' });
    expect(routed('刚才报的那条天数不对 我们其实就待了半天')).toMatchObject({
      kind: 'fragment',
      fragment: { field: 'days', value: '半天' },
    });
  });

  it('corrects an outcome only when the correction points at one', () => {
    expect(routed('刚才那个专利的日期错了，是10月份申请的')).toMatchObject({
      command: { name: 'amend', of: 'outcome', outcomeKind: 'IP' },
    });
    expect(routed('刚才那条日期错了，应该是11月20号，给员工做的培训')).not.toMatchObject({
      command: { of: 'outcome' },
    });
  });

  it('keeps an outcome question open when the answer is put off, in the many ways people say so', () => {
    const asked: PendingOf<'outcome'> = {
      kind: 'outcome',
      draft: APPROVED_PROJECT,
      missing: 'title',
      postings: [LONGCHENG],
    };
    for (const text of [
      '我得问下孙经理',
      '我也不太清楚',
      '不晓得',
      '没印象了',
      '我查一下合同',
      '等孙经理发我',
      "don't know",
    ])
      expect(
        route({ message: { kind: 'text', text }, sender: specialist, pending: asked, today: TODAY }).decision.kind,
        text,
      ).toBe('hold');
    // Feedback text and an activity are taken as said, whatever words they hold.
    expect(
      route({
        message: { kind: 'text', text: '研发奖补只发了一半，说剩下的明年再补' },
        sender: contact,
        pending: { kind: 'feedback-text' },
        today: TODAY,
      }).decision,
    ).toMatchObject({ kind: 'answer', answer: { kind: 'feedback-text' } });
    // Waiting asked for first is no feedback text, no objection's reason and no finding's reason.
    const waits: [string, Parameters<typeof route>[0]['pending'], typeof contact][] = [
      ['稍等 我组织下语言', { kind: 'feedback-text' }, contact],
      ['稍等 我问问车间主任', { kind: 'dispute-reason', choice: 1, also: [] }, contact],
      ['我去问问车间', { kind: 'dispute-reason', choice: null, also: [] }, contact],
    ];
    for (const [text, waiting, who] of waits)
      expect(
        route({ message: { kind: 'text', text }, sender: who, pending: waiting, today: TODAY }).decision.kind,
        text,
      ).toBe('hold');
  });
});

describe('the day of a visit of several days, asked', () => {
  const twoDays = (summary: string) => pending('date', { date: null, days: 2, summary });

  it('takes the first of two days said side by side', () => {
    const cases: [string, string][] = [
      ['17 18号', '2026-11-17'],
      ['17号18号', '2026-11-17'],
      ['11月17、18日', '2026-11-17'],
      ['17到18号两天', '2026-11-17'],
      ['上周四周五', '2026-11-26'],
    ];
    for (const [text, date] of cases) expect(answer(twoDays('调试磨齿机'), text)?.date, text).toBe(date);
    // A date alone is still that date, not two days.
    expect(answer(twoDays('调试磨齿机'), '11月17日')?.date).toBe('2026-11-17');
  });

  it('asks again for a date when the report named a week of a month and the answer only weekdays', () => {
    const week = twoDays('11月第三周 调试磨齿机');
    for (const text of ['周二周三', '周二', '星期二和星期三吧'])
      expect(answer(week, text), text).toMatchObject({ date: null, days: 2 });
    expect(answer(week, '11月17号')?.date).toBe('2026-11-17');
    expect(visitReplies.ask('date', week.draft, [LONGCHENG])).toContain('「11月第三周」具体是哪一天');
  });
});

describe('answers with words around them', () => {
  const specialist = senderOf('SPECIALIST');
  const contact = senderOf('ENTERPRISE_CONTACT');
  const decide = (text: string, waiting: Parameters<typeof route>[0]['pending'], who = contact) =>
    route({ message: { kind: 'text', text }, sender: who, pending: waiting, today: TODAY }).decision;

  it('reads 「不是 不是反馈」 as no to filing, and a clarification as more of the feedback', () => {
    const offered = { kind: 'feedback-confirm', text: '加计扣除备案办不下来' } as const;
    for (const text of ['不是 不是反馈', '不是反馈 我就问问'])
      expect(decide(text, offered), text).toMatchObject({ kind: 'answer', answer: { kind: 'feedback-no' } });
    expect(decide('不是，我是说补贴一直没到账', offered)).toMatchObject({
      kind: 'answer',
      answer: { kind: 'feedback-more' },
    });
  });

  it('reads 「就是这条」 and 「对 就这条 实际也就大半天」 as yes to the record offered, the words after kept', () => {
    const offered = { kind: 'dispute-which', only: 'V-1', reason: '陈老师那天没待满' } as const;
    expect(decide('就是这条', offered)).toMatchObject({ kind: 'answer', answer: { kind: 'dispute-one', id: 'V-1' } });
    expect(decide('对 就这条 实际也就大半天', offered)).toMatchObject({
      kind: 'answer',
      answer: { kind: 'dispute-one', reason: '陈老师那天没待满 实际也就大半天' },
    });
    expect(decide('确认', offered)).toMatchObject({ kind: 'answer', answer: { kind: 'dispute-declined' } });
  });

  it('reads 「是同一批 不用重复记」 as the same outcome', () => {
    const asked = {
      kind: 'outcome-same',
      draft: { kind: 'IP' },
      earlier: '10月10日 发明专利2件',
    } as unknown as Parameters<typeof route>[0]['pending'];
    for (const text of ['是同一批 不用重复记', '同一批'])
      expect(decide(text, asked, specialist), text).toMatchObject({ kind: 'answer', answer: { kind: 'outcome-same' } });
  });
});

describe('a wait word in front of the answer itself', () => {
  const contact = senderOf('ENTERPRISE_CONTACT');
  const decide = (text: string, waiting: Parameters<typeof route>[0]['pending']) =>
    route({ message: { kind: 'text', text }, sender: contact, pending: waiting, today: TODAY }).decision;

  it('takes what follows 「等等，」 or 「稍等，」 as the answer, and only a wait alone as a wait', () => {
    expect(
      decide('等等，那天陈老师根本没来，车间停电了', { kind: 'dispute-reason', choice: 1, also: [] }),
    ).toMatchObject({
      kind: 'answer',
      answer: { kind: 'dispute-reason', reason: '等等，那天陈老师根本没来，车间停电了' },
    });
    expect(decide('稍等，研发费用加计扣除备案一直办不下来', { kind: 'feedback-text' })).toMatchObject({
      kind: 'answer',
      answer: { kind: 'feedback-text' },
    });
    expect(decide('稍等', { kind: 'feedback-text' }).kind).toBe('hold');
  });

  it('reads no numbered list of complaints or question as records said right or wrong', () => {
    for (const text of ['1 补贴没到账 2 审批有问题', '3号和5号有问题吗'])
      expect(JSON.stringify(decide(text, null)), text).not.toContain('dispute-visit');
  });

  it('keeps a reason that says what is wrong, and takes only a record named as no reason', () => {
    expect(readCommand('有异议 根本没有这个')?.command).toMatchObject({ reason: '根本没有这个' });
    expect(readCommand('有异议 2 没做过这个')?.command).toMatchObject({ choice: 2, reason: '没做过这个' });
    expect(readCommand('有异议 调试封口机那条')?.command).toMatchObject({ reason: '' });
  });
});
