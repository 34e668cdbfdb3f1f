import { describe, expect, it } from 'vitest';
import { chatWith, confirmAllWith } from '../support/chat.js';
import { serviceForSuite } from '../support/test-service.js';

// 陈思远 (chen.siyuan) serves 龙城齿轮, whose contact is 孙建立 (sun.jianli); the test clock starts on 2026-11-24.
describe('an enterprise disputing an outcome in its own words', () => {
  const service = serviceForSuite();
  const say = chatWith(service);
  const confirmAll = confirmAllWith(service);
  const db = () => service().database.prisma;

  it('asks about the one outcome of the kind named, and disputes it on 是 with the words said', async () => {
    expect(await say('chen.siyuan', '龙城齿轮发明专利昨天授权了2件')).toContain('已记录成果');
    expect(await say('chen.siyuan', '11月20日在龙城齿轮技术攻关1天，调试磨齿机')).toContain('已记录服务');
    const asked = await say('sun.jianli', '那个专利还没批下来呢');
    expect(asked).toContain('发明专利2件');
    expect(asked).not.toContain('调试磨齿机');
    expect(asked).toContain('您说的是这一条吗');
    expect(await say('sun.jianli', '是')).toContain('已记录您对成果的异议');
    const patent = await db().outcome.findFirstOrThrow({ where: { assignmentId: 'A-001', title: '发明专利2件' } });
    expect(patent).toMatchObject({ status: 'DISPUTED', statusNote: '那个专利还没批下来呢' });
    expect((await db().visit.findFirstOrThrow({ where: { summary: '调试磨齿机' } })).status).toBe('REPORTED');
  });

  it('offers no other record when no outcome of the kind named waits', async () => {
    const reply = await say('sun.jianli', '专利就1件 之前说的2件是搞错了');
    expect(reply).toContain('待您确认的记录里没有知识产权成果');
    expect(reply).toContain('另有1条记录待您确认');
    expect((await db().visit.findFirstOrThrow({ where: { summary: '调试磨齿机' } })).status).toBe('REPORTED');
  });

  it('takes a patent office’s delay asked to be chased for feedback, not a dispute', async () => {
    expect(await say('sun.jianli', '我们申请的专利三个月了还没批下来 能不能帮忙催催')).toContain(
      '要作为政策反馈提交吗',
    );
  });

  it('takes a detail said otherwise (「是…不是…」) as an objection to the record that has it', async () => {
    expect(await say('sun.jianli', '否')).toContain('没有提交');
    expect(
      await say('chen.siyuan', '龙城齿轮申报的自治区级科技项目上周五获批立项了，项目名称是《齿轮磨削关键技术》'),
    ).toContain('已记录成果');
    expect(await say('chen.siyuan', '龙城齿轮实用新型专利昨天授权了1件')).toContain('已记录成果');
    const project = await say('sun.jianli', '那个项目是市级的 不是自治区级');
    expect(project).toContain('齿轮磨削关键技术');
    expect(project).toContain('您说的是这一条吗');
    expect(await say('sun.jianli', '是')).toContain('已记录您对成果的异议');
    expect(await db().outcome.findFirstOrThrow({ where: { title: '齿轮磨削关键技术' } })).toMatchObject({
      status: 'DISPUTED',
      statusNote: '那个项目是市级的 不是自治区级',
    });
    const patent = await say('sun.jianli', '专利那条是外观设计，不是实用新型');
    expect(patent).toContain('实用新型专利1件');
    expect(await say('sun.jianli', '是')).toContain('已记录您对成果的异议');
    expect((await db().outcome.findFirstOrThrow({ where: { title: '实用新型专利1件' } })).status).toBe('DISPUTED');
  });

  it('never takes an objection to a confirmed outcome, or the enterprise’s count of it, for a new outcome', async () => {
    expect(await say('chen.siyuan', '龙城齿轮发明专利10月21日授权了2件')).toContain('已记录成果');
    const granted = { assignmentId: 'A-001', title: '发明专利2件' };
    await confirmAll('sun.jianli');
    expect((await db().outcome.findFirstOrThrow({ where: granted })).status).toBe('CONFIRMED');
    const before = await db().outcome.count();
    expect(await say('sun.jianli', '发明专利那条有异议，只授权了1件')).toContain('已确认的成果不能再提异议');
    expect(await db().outcome.count()).toBe(before);
    const same = await say('sun.jianli', '我们的发明专利10月21日授权了1件');
    expect(same).toContain('是同一项成果吗');
    expect(same).toContain('数量或金额不一样');
    expect(await say('sun.jianli', '是')).toContain('不重复记录');
    expect(await db().outcome.count()).toBe(before);
  });
});
