import { describe, expect, it } from 'vitest';
import { chatWith } from '../support/chat.js';
import { serviceForSuite } from '../support/test-service.js';

// 赵敏 (zhao.min) serves 蓝湾食品 in 北海, which has no station: its contact 蓝天 (lan.tian) objects, the office
// (gx.office) finds. 孙建立 (sun.jianli) is 龙城齿轮's contact. The test clock starts on 2026-11-24.
describe('a wait or a question while the bot waits for a reason or a feedback text', () => {
  const service = serviceForSuite();
  const say = chatWith(service);
  const db = () => service().database.prisma;
  const visit = (summary: string) => db().visit.findFirstOrThrow({ where: { summary } });

  it('keeps an objection and a finding waiting through 「稍等 我问问…」 and a question, and takes the real reason', async () => {
    expect(await say('zhao.min', '11月11日在蓝湾食品技术攻关1天，调试封口机')).toContain('已记录服务');
    // Naming the record is not saying why it is wrong.
    expect(await say('lan.tian', '有异议 调试封口机那条')).toContain('请说明异议的原因');
    expect(await say('lan.tian', '稍等 我问问车间主任')).toContain('不着急');
    const asked = await say('lan.tian', '等等 我先问下 补贴什么时候发');
    expect(asked).toContain('依据');
    expect(asked).toContain('刚才的异议还没提出');
    // A question put plainly is no reason either; a reason put as a question is.
    for (const question of ['提了异议会影响赵老师的补贴吗？', '会不会影响考核呢', '要写什么理由？', '能匿名吗？'])
      expect(await say('lan.tian', question), question).toContain('刚才的异议还没提出');
    expect((await visit('调试封口机')).status).toBe('REPORTED');
    expect(await say('lan.tian', '那天就是开了个座谈会，怎么成了技术攻关？')).toContain('已记录您的异议');
    const disputed = await visit('调试封口机');
    expect(disputed.status).toBe('DISPUTED');
    expect(disputed.statusNote).toBe('那天就是开了个座谈会，怎么成了技术攻关？');

    const no = disputed.disputeNo as string;
    expect(await say('gx.office', `核实 ${no} 不属实`)).toContain('原因');
    const progress = await say('gx.office', '南宁的进度呢');
    expect(progress).toContain('进行中的派驻');
    expect(progress).toContain(`${no}还没核实处理`);
    expect(await say('gx.office', '等下 我打个电话问问')).toContain('不着急');
    expect((await visit('调试封口机')).status).toBe('DISPUTED');
    expect(await say('gx.office', '赵老师那天在学校监考')).toContain('不属实');
    const found = await visit('调试封口机');
    expect(found.status).toBe('REJECTED');
    expect(found.resolution).toBe('赵老师那天在学校监考');
    // The enterprise is told plainly that its objection stood.
    const told = await db().outboxMessage.findMany({ where: { recipientId: 'P-106', kind: 'visit-resolved' } });
    expect(told.map((message) => message.text).join('\n')).toContain('服务记录不属实，您的异议成立');
  });

  it('files no feedback from 「稍等 我组织下语言」, and files what is said after it', async () => {
    expect(await say('sun.jianli', '我要反馈个问题')).toContain('请说说要反馈的政策落实问题');
    expect(await say('sun.jianli', '稍等 我组织下语言')).toContain('不着急');
    expect(await db().feedbackTicket.count()).toBe(0);
    expect(await say('sun.jianli', '研发费用加计扣除备案一直办不下来 税务局说材料不全')).toContain('已提交政策反馈');
    const filed = await db().feedbackTicket.findMany();
    expect(filed.map((ticket) => ticket.text)).toEqual(['研发费用加计扣除备案一直办不下来 税务局说材料不全']);
  });
});
