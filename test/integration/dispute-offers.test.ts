import { describe, expect, it } from 'vitest';
import { chatWith } from '../support/chat.js';
import { serviceForSuite } from '../support/test-service.js';

// 李明 (li.ming) and 王芳 (wang.fang) are of the team at 漓江光电, whose contact is 韦晓红 (wei.xiaohong); 赵敏 (zhao.min)
// serves 蓝湾食品, whose contact is 蓝天 (lan.tian). The test clock starts on 2026-11-24.
describe('an objection the bot offers to raise, answered by a contact', () => {
  const service = serviceForSuite();
  const say = chatWith(service);
  const visit = (summary: string) => service().database.prisma.visit.findFirstOrThrow({ where: { summary } });

  it('raises nothing on 「确认」 or 「没问题」 to 「回复「是」提出异议」, and the record still waits', async () => {
    expect(await say('zhao.min', '11月12日在蓝湾食品技术攻关1天，调试杀菌釜')).toContain('已记录服务');
    expect(await say('lan.tian', '11月12号那天赵老师好像没来吧')).toContain('回复「是」提出异议');
    expect(await say('lan.tian', '确认')).toContain('没有提出异议');
    expect((await visit('调试杀菌釜')).status).toBe('REPORTED');
    expect(await say('lan.tian', '12号那条 赵老师那天来没来我不太记得了')).toContain('回复「是」提出异议');
    expect(await say('lan.tian', '没问题')).toContain('没有提出异议');
    expect((await visit('调试杀菌釜')).status).toBe('REPORTED');
    // 「是」 still raises it.
    expect(await say('lan.tian', '12号赵老师没来')).toContain('回复「是」提出异议');
    expect(await say('lan.tian', '是')).toContain('已记录您的异议');
    expect((await visit('调试杀菌釜')).status).toBe('DISPUTED');
  });

  it('never offers another teacher’s record of the day named (「3号那条王老师的…」 when it is 李明’s)', async () => {
    expect(await say('li.ming', '11月3日在漓江光电调试镀膜机 一天 技术攻关')).toContain('已记录服务');
    const asked = await say('wei.xiaohong', '3号那条王老师的 她就来了一上午');
    expect(asked).toContain('没有王老师报备的待确认记录');
    expect(asked).not.toContain('回复「是」提出异议');
    expect(await say('wei.xiaohong', '是')).not.toContain('已记录您的异议');
    expect((await visit('调试镀膜机')).status).toBe('REPORTED');
    // 「停工」, 「赵工」 and a full name name no other teacher: the day's record is offered.
    for (const words of ['3号那天厂里停工 李老师没来', '3号赵工说李老师没来', '3号那条李明老师根本没来']) {
      const offered = await say('wei.xiaohong', words);
      expect(offered, words).toContain('回复「是」提出异议');
      expect(offered, words).toContain('调试镀膜机');
      expect(await say('wei.xiaohong', '取消')).toContain('没有提出异议');
    }
  });

  it('reads 「没有异议」, 「没有问题」 after a record as that record confirmed, never an objection', async () => {
    expect(await say('zhao.min', '11月17日在蓝湾食品技术攻关1天，调试封口机')).toContain('已记录服务');
    expect(await say('zhao.min', '11月18日在蓝湾食品政策宣讲1天，讲高企认定')).toContain('已记录服务');
    expect(await say('zhao.min', '11月19日在蓝湾食品资源对接1天，对接海洋大学')).toContain('已记录服务');
    const list = await say('lan.tian', '待确认');
    const numberOf = (summary: string) =>
      /(\d+)\. [^\n]*/.exec(list.split('\n').find((line) => line.includes(summary)) ?? '')?.[1];
    expect(await say('lan.tian', '17号那条没有异议')).toContain('已确认1条服务记录');
    expect(await say('lan.tian', `第${numberOf('讲高企认定')}条没有问题`)).toContain('已确认1条服务记录');
    expect(await say('lan.tian', '其他都没有异议')).toContain('已确认1条服务记录');
    for (const summary of ['调试封口机', '讲高企认定', '对接海洋大学'])
      expect((await visit(summary)).status).toBe('CONFIRMED');
    for (const summary of ['调试封口机', '讲高企认定', '对接海洋大学'])
      expect((await visit(summary)).disputeNo).toBeNull();
  });

  it('asks, never guesses, whether 「2号那条没问题」 is the 2nd of the list or the record of the 2nd', async () => {
    expect(await say('zhao.min', '11月2日在蓝湾食品技术攻关1天，调试杀菌釜温控')).toContain('已记录服务');
    expect(await say('zhao.min', '11月20日在蓝湾食品政策宣讲1天，讲食品安全标准')).toContain('已记录服务');
    const list = await say('lan.tian', '待确认');
    expect(list).toMatch(/^2\. 11月20日/m);
    const asked = await say('lan.tian', '2号那条没问题');
    expect(asked).toContain('是指哪一条？还没有确认');
    expect(asked).toContain('调试杀菌釜温控');
    expect((await visit('调试杀菌釜温控')).status).toBe('REPORTED');
    expect(await say('lan.tian', '11月2日那条确认')).toContain('已确认1条服务记录');
    expect((await visit('调试杀菌釜温控')).status).toBe('CONFIRMED');
    expect((await visit('讲食品安全标准')).status).toBe('REPORTED');
  });

  it('settles records named only by their teachers, each as said, once read back', async () => {
    expect(await say('wang.fang', '11月16日在漓江光电调试镀膜线 一天 技术攻关')).toContain('已记录服务');
    expect(await say('zhou.jie', '11月17日在漓江光电讲高企政策 一天')).toContain('已记录服务');
    const readBack = await say('wei.xiaohong', '王老师那条没问题，周老师那天其实只来了一上午');
    expect(readBack).toContain('您说的是这几条吗');
    expect(readBack).toContain('有异议：周老师那天其实只来了一上午');
    expect((await visit('讲高企政策')).status).toBe('REPORTED');
    await say('wei.xiaohong', '是');
    expect((await visit('调试镀膜线')).status).toBe('CONFIRMED');
    expect((await visit('讲高企政策')).status).toBe('DISPUTED');
  });

  it('offers to raise 「不是没来，是只来了半天」: the visit was shorter than recorded', async () => {
    expect(await say('zhao.min', '11月10日在蓝湾食品调试真空机 一天 技术攻关')).toContain('已记录服务');
    const offered = await say('lan.tian', '10号赵老师不是没来，是只来了半天');
    expect(offered).toContain('调试真空机');
    expect(offered).toContain('回复「是」提出异议');
    expect(await say('lan.tian', '是')).toContain('已记录您的异议');
    expect((await visit('调试真空机')).status).toBe('DISPUTED');
  });
});
