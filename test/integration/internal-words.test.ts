import { describe, expect, it } from 'vitest';
import { chatWith } from '../support/chat.js';
import { serviceForSuite } from '../support/test-service.js';

// 陈思远 (chen.siyuan) serves 龙城齿轮, whose contact is 孙建立 (sun.jianli); the 柳州 station (liuzhou.station) finds and
// answers. The test clock starts on 2026-11-24.
describe('an official’s words meant for officials only', () => {
  const service = serviceForSuite();
  const say = chatWith(service);
  const db = () => service().database.prisma;
  const sentTo = async (recipientId: string) =>
    (await db().outboxMessage.findMany({ where: { recipientId } })).map((message) => message.text);

  it('sends no finding whose reason says 「别跟企业讲」, and sends the reason written again', async () => {
    expect(await say('chen.siyuan', '11月13日在龙城齿轮讲政策 半天 政策宣讲')).toContain('已记录服务');
    expect(await say('sun.jianli', '11月13号陈老师没来')).toContain('回复「是」提出异议');
    expect(await say('sun.jianli', '是')).toContain('已记录您的异议');
    const { disputeNo } = await db().visit.findFirstOrThrow({
      where: { date: new Date('2026-11-13'), status: 'DISPUTED' },
    });
    const internal = `核实 ${disputeNo} 不属实 陈老师承认是线上讲的。之前也有类似情况，内部约谈一下，别跟企业讲`;
    expect(await say('liuzhou.station', internal)).toContain('未发送');
    expect((await db().visit.findFirstOrThrow({ where: { disputeNo } })).status).toBe('DISPUTED');
    expect((await sentTo('P-101')).some((text) => text.includes('约谈'))).toBe(false);
    // Asked for a 不属实 reason, words for officials only are refused and the reason asked again: the next words are it.
    expect(await say('liuzhou.station', `核实 ${disputeNo} 不属实`)).toContain('原因');
    expect(await say('liuzhou.station', '陈老师那天在学校 内部约谈一下')).toContain('未发送');
    expect(await say('liuzhou.station', '当天为线上宣讲，未到企业')).toContain('已核实');
    const found = await db().visit.findFirstOrThrow({ where: { disputeNo } });
    expect(found.status).toBe('REJECTED');
    expect(found.resolution).toBe('当天为线上宣讲，未到企业');
  });

  it('sends no feedback answer holding 「内部说明…不要对企业提」, however it is said', async () => {
    expect(await say('sun.jianli', '反馈：高企认定的奖补资金一直没到账')).toContain('已提交政策反馈');
    const { ticketNo } = await db().feedbackTicket.findFirstOrThrow({ where: { text: { contains: '奖补资金' } } });
    for (const words of [
      `回复 ${ticketNo} 财政局说月底前拨付。内部说明：该企业验收材料有缺项，不要对企业提`,
      `${ticketNo} 财政局说月底前拨付 材料有缺项的事别告诉企业 这么答复他们`,
    ])
      expect(await say('liuzhou.station', words), words).toContain('未发送');
    expect((await db().feedbackTicket.findFirstOrThrow({ where: { ticketNo } })).status).toBe('SUBMITTED');
    expect((await sentTo('P-101')).some((text) => text.includes('缺项'))).toBe(false);
    // An answer that tells what was done for the enterprise is sent, whatever words it shares with the marks.
    expect(
      await say('liuzhou.station', `回复 ${ticketNo} 财政局说月底前拨付，已特别告诉他们不要向企业收取任何费用`),
    ).toContain('已答复');
    expect(await say('sun.jianli', '我的反馈')).toContain('不要向企业收取任何费用');
  });

  it('neither closes nor answers a ticket on words that say not yet', async () => {
    expect(await say('sun.jianli', '反馈：科技创新券的兑付流程太慢了')).toContain('已提交政策反馈');
    const { ticketNo } = await db().feedbackTicket.findFirstOrThrow({ where: { text: { contains: '创新券' } } });
    for (const words of [
      `关闭 ${ticketNo} 之前先问下企业满不满意`,
      `回复 ${ticketNo} 先别发给企业，我们内部再商量一下`,
    ])
      expect(await say('liuzhou.station', words), words).toMatch(/未发送|未处理/);
    expect((await db().feedbackTicket.findFirstOrThrow({ where: { ticketNo } })).status).toBe('SUBMITTED');
    expect((await sentTo('P-101')).some((text) => text.includes('商量') || text.includes('满不满意'))).toBe(false);
    // Candid words about the enterprise or another office, however put, are never sent as the answer.
    for (const words of [
      `回复 ${ticketNo} 已请税务局再核实口径。这家企业事儿多，我们先应付一下`,
      `回复 ${ticketNo} 部分材料可以后补。说实话高新科还没正式表态，先这么回着`,
      `关闭 ${ticketNo} 已按流程办理。这种小事以后他们自己处理，别往上报`,
      `回复 ${ticketNo} 已转农村处研究。其实农村处那边不太想加，先安抚一下企业`,
    ])
      expect(await say('liuzhou.station', words), words).toContain('未发送');
    expect((await db().feedbackTicket.findFirstOrThrow({ where: { ticketNo } })).status).toBe('SUBMITTED');
    expect((await sentTo('P-101')).some((text) => /应付|表态|往上报|安抚/.test(text))).toBe(false);
    // Advice and a decision made are answers, sent as written.
    for (const words of ['建议企业申报之前先跟税务部门确认口径', '经内部讨论，同意简化备案材料，纸质材料先别发快递了'])
      expect(await say('liuzhou.station', `回复 ${ticketNo} ${words}`), words).toContain('已答复');
  });

  it('settles nothing on words that wait for something, and still sends an answer that tells what is waited for', async () => {
    expect(await say('chen.siyuan', '11月19日在龙城齿轮调试滚齿机 一天 技术攻关')).toContain('已记录服务');
    expect(await say('sun.jianli', '19号那条有异议 陈老师那天没来')).toContain('回复「是」提出异议');
    expect(await say('sun.jianli', '是')).toContain('已记录您的异议');
    const { disputeNo } = await db().visit.findFirstOrThrow({ where: { summary: '调试滚齿机' } });
    const waits = await say('liuzhou.station', `核实 ${disputeNo} 属实，不过要等陈老师补了照片才算`);
    expect(waits).toContain('未处理');
    expect(waits).toContain('才算');
    expect((await db().visit.findFirstOrThrow({ where: { summary: '调试滚齿机' } })).status).toBe('DISPUTED');

    expect(await say('sun.jianli', '反馈：研发费用加计扣除的备案材料太多了')).toContain('已提交政策反馈');
    const { ticketNo } = await db().feedbackTicket.findFirstOrThrow({ where: { text: { contains: '备案材料' } } });
    expect(await say('liuzhou.station', `关闭 ${ticketNo}，等企业补完材料后`)).toContain('等企业补完材料后');
    expect((await db().feedbackTicket.findFirstOrThrow({ where: { ticketNo } })).status).toBe('SUBMITTED');
    expect(await say('liuzhou.station', `回复 ${ticketNo} 税务局说等备案系统升级后就能简化`)).toContain('已答复');
    // A reason telling what the rule asks, or what was done, settles the dispute as said.
    expect(
      await say('liuzhou.station', `核实 ${disputeNo} 不属实 按规定到企业现场服务才算，当天陈老师是线上指导`),
    ).toContain('不属实');
    expect((await db().visit.findFirstOrThrow({ where: { summary: '调试滚齿机' } })).status).toBe('REJECTED');
  });
});
