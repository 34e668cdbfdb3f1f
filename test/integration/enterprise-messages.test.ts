import { describe, expect, it } from 'vitest';
import { chatWith } from '../support/chat.js';
import { serviceForSuite } from '../support/test-service.js';

// 孙建立 (sun.jianli) is the contact of 龙城齿轮, served by 陈思远 (P-001) alone; 韦晓红 (wei.xiaohong) of 漓江光电,
// served by a team of three.
describe('an enterprise’s words for its own specialist', () => {
  const service = serviceForSuite();
  const say = chatWith(service);
  const passedOn = () =>
    service().database.prisma.outboxMessage.findMany({ where: { kind: 'enterprise-message' }, orderBy: { id: 'asc' } });

  it('are offered to be passed on, passed on once on 是, and not at all on 不是', async () => {
    const offer = await say('sun.jianli', '陈老师今天讲的政策我们还有几个地方没听懂 能不能再来一次');
    expect(offer).toContain('要我把这句话转告陈思远老师吗');
    expect(await passedOn()).toHaveLength(0);
    expect(await say('sun.jianli', '是')).toContain('已转告陈思远老师');
    const [message, ...more] = await passedOn();
    expect(more).toHaveLength(0);
    expect(message?.recipientId).toBe('P-001');
    expect(message?.text).toContain('【龙城齿轮·孙建立】');
    expect(message?.text).toContain('能不能再来一次');
    // A second 是 answers nothing any more: nothing is sent twice.
    await say('sun.jianli', '是');
    expect(await passedOn()).toHaveLength(1);

    expect(await say('sun.jianli', '请转告陈老师下周来一趟，淬火炉又出问题了')).toContain('转告陈思远老师');
    expect(await say('sun.jianli', '不用了')).toContain('没有转告');
    expect(await passedOn()).toHaveLength(1);
  });

  it('go to every member of a team, and a rule about visits stays a policy question', async () => {
    const team = await service().database.prisma.assignment.findFirstOrThrow({
      where: { status: 'ACTIVE', enterprise: { shortName: '漓江光电' } },
      include: { team: { include: { members: true } } },
    });
    const members = new Set(team.team?.members.map((m) => m.personId));
    expect(members.size).toBeGreaterThanOrEqual(3);
    expect(await say('wei.xiaohong', '麻烦老师有空来看看我们新上的镀膜线🙏')).toContain('几位老师吗');
    expect(await say('wei.xiaohong', '好的')).toContain('已转告');
    const sent = (await passedOn()).filter((m) => m.text.includes('镀膜线'));
    expect(new Set(sent.map((m) => m.recipientId))).toEqual(members);

    expect(await say('sun.jianli', '特派员一年要来几次')).toContain('依据');
  });
});
