import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InboundMessage } from '../../src/platforms/contract.js';
import { chatWith } from '../support/chat.js';
import { createTestService, TEST_ADMIN_TOKEN, type TestService } from '../support/test-service.js';

/**
 * Each state-changing chat command, with a failure injected after its effects and before the message is completed
 * (as a crash or a lost lease would leave it): the retry makes the effect once and sends one reply, and processing
 * the message again changes nothing and sends nothing.
 */
describe('every chat command takes effect once, even when processing fails after the effect', () => {
  let service: TestService;
  let failNext = false;
  beforeAll(async () => {
    service = await createTestService({
      faults: {
        inbound: {
          beforeComplete: async () => {
            if (failNext) {
              failNext = false;
              throw new Error('injected: the process died before completing the message');
            }
          },
        },
      },
    });
  });
  afterAll(async () => {
    await service?.close();
  });

  const db = () => service.database.prisma;
  const say = chatWith(() => service);
  const processor = () => service.services.processor;

  /** Sends a chat message whose first processing fails after its effects; returns the replies of the retry. */
  async function sayFailingOnce(userId: string, text: string): Promise<string[]> {
    const message: InboundMessage = {
      channel: 'LOCAL',
      senderId: userId,
      conversationId: userId,
      conversationKind: 'direct',
      kind: 'text',
      text,
      messageId: randomUUID(),
      sentAt: service.clock.now(),
      replyTo: { channel: 'LOCAL', userId },
    };
    const accepted = await processor().accept(message);
    if (!accepted) throw new Error('not accepted');
    failNext = true;
    expect(await processor().process(accepted.id)).toBe('failed');
    expect(await service.services.outbox.repliesTo(message)).toEqual([]);
    expect(await processor().process(accepted.id)).toBe('answered');
    const replies = await service.services.outbox.repliesTo(message);
    // The same message again: nothing more happens and no second answer is queued.
    expect(await processor().process(accepted.id)).toBe('not-mine');
    expect(await processor().accept(message)).toBeNull();
    expect(await service.services.outbox.repliesTo(message)).toEqual(replies);
    expect(replies).toHaveLength(1);
    return replies.map((reply) => reply.text);
  }

  const visitsOf = (reporterId: string) =>
    db().visit.findMany({ where: { reporterId }, orderBy: { createdAt: 'asc' } });
  const notices = (kind: string) => db().outboxMessage.count({ where: { kind } });
  const ticketNo = (reply: string) => /FK-\d{4}-\d{4}/.exec(reply)?.[0] ?? '';

  it('report: one visit and one confirmation request', async () => {
    const before = (await visitsOf('P-001')).length;
    const [reply] = await sayFailingOnce('chen.siyuan', '今天在龙城齿轮技术攻关1天，调试淬火炉温控');
    expect(reply).toContain('已记录服务');
    expect(await visitsOf('P-001')).toHaveLength(before + 1);
    expect(await notices('visit-confirmation')).toBe(1);
  });

  it('a report completed by answering the question: one visit, and the question is gone', async () => {
    expect(await say('li.ming', '昨天在漓江光电技术攻关，调了产线')).toContain('天');
    const before = (await visitsOf('P-003')).length;
    const [reply] = await sayFailingOnce('li.ming', '1天');
    expect(reply).toContain('已记录服务');
    expect(await visitsOf('P-003')).toHaveLength(before + 1);
    expect(await say('li.ming', '1天')).not.toContain('已记录服务');
  });

  it('modify: the latest record changes once, with one notice', async () => {
    const noticed = await notices('visit-confirmation');
    const [reply] = await sayFailingOnce('chen.siyuan', '修改 天数 半天');
    expect(reply).toContain('已修改服务记录');
    const [latest] = (await visitsOf('P-001')).slice(-1);
    expect(latest?.days.toNumber()).toBe(0.5);
    expect(await notices('visit-confirmation')).toBe(noticed + 1);
  });

  it('confirm: the visit is confirmed once and the specialist told once', async () => {
    const [reply] = await sayFailingOnce('sun.jianli', '确认');
    expect(reply).toContain('已确认1条');
    expect(await notices('visit-confirmed')).toBe(1);
  });

  it('dispute: the visit is disputed once and the station told once', async () => {
    await say('chen.siyuan', '昨天在龙城齿轮政策宣讲半天，讲解加计扣除');
    const [reply] = await sayFailingOnce('sun.jianli', '有异议 当天没有人来');
    expect(reply).toContain('异议');
    expect(await db().visit.count({ where: { status: 'DISPUTED' } })).toBe(1);
    expect(await db().outboxMessage.count({ where: { kind: 'visit-disputed', recipientId: 'P-201' } })).toBe(1);
  });

  it('undo: removes the visit it chose the first time, and only that one', async () => {
    await say('huang.liping', '今天在绿桂生物政策宣讲1天，讲解申报指南');
    await say('huang.liping', '昨天在绿桂生物技术攻关1天，优化发酵工艺');
    const before = await visitsOf('P-002');
    const latest = [...before].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0];
    const [reply] = await sayFailingOnce('huang.liping', '撤销');
    expect(reply).toContain('已撤销');
    const after = await visitsOf('P-002');
    expect(after).toHaveLength(before.length - 1);
    expect(after.map((v) => v.id)).not.toContain(latest?.id);
  });

  it('rate: one rating', async () => {
    const [reply] = await sayFailingOnce('sun.jianli', '评价 5 很满意');
    expect(reply).toContain('5');
    expect(await db().postingRating.count({ where: { raterId: 'P-101' } })).toBe(1);
  });

  let filed = '';
  it('file feedback: one ticket, the next number, one station notice', async () => {
    const [reply = ''] = await sayFailingOnce('sun.jianli', '反馈：研发费用加计扣除的备案材料在税务窗口一直办不下来');
    filed = ticketNo(reply);
    expect(filed).toBe(`FK-${service.clock.now().getUTCFullYear()}-0001`);
    expect(await db().feedbackTicket.count()).toBe(1);
    expect(await notices('feedback-filed')).toBe(1);
    const [next = ''] = await sayFailingOnce('qin.hai', '反馈：高企认定奖励资金迟迟没有拨付');
    expect(ticketNo(next)).toBe(`FK-${service.clock.now().getUTCFullYear()}-0002`);
  });

  it('answer: one reply on the ticket, the enterprise told once', async () => {
    const [reply] = await sayFailingOnce('liuzhou.station', `回复 ${filed} 已协调税务部门，下周可办理`);
    expect(reply).toContain(filed);
    const ticket = await db().feedbackTicket.findUniqueOrThrow({
      where: { ticketNo: filed },
      include: { replies: true },
    });
    expect(ticket.replies).toHaveLength(1);
    expect(await db().outboxMessage.count({ where: { kind: 'feedback-update', recipientId: 'P-101' } })).toBe(1);
  });

  it('reopen: reopened once, the station told once', async () => {
    const [reply] = await sayFailingOnce('sun.jianli', `不满意 ${filed} 窗口仍说没有收到通知`);
    expect(reply).toContain('重新打开');
    expect(await db().outboxMessage.count({ where: { kind: 'feedback-reopened' } })).toBe(1);
  });

  it('close: closed once', async () => {
    await say('liuzhou.station', `回复 ${filed} 已再次协调`);
    const [reply] = await sayFailingOnce('liuzhou.station', `关闭 ${filed}`);
    expect(reply).toContain(filed);
    const ticket = await db().feedbackTicket.findUniqueOrThrow({ where: { ticketNo: filed } });
    expect(ticket.status).toBe('CLOSED');
  });

  it('bind: the code is spent once and the account bound once', async () => {
    const issued = await request(service.handler)
      .post('/admin/bindings')
      .set('authorization', `Bearer ${TEST_ADMIN_TOKEN}`)
      .send({ personId: 'P-005' });
    const [reply] = await sayFailingOnce('new-phone-of-zhou-jie', `绑定 ${issued.body.code}`);
    expect(reply).toContain('周杰');
    expect(
      await db().platformAccount.findMany({
        where: { personId: 'P-005', channel: 'LOCAL' },
        select: { accountId: true },
      }),
    ).toEqual([{ accountId: 'new-phone-of-zhou-jie' }]);
  });
});
