import { describe, expect, it } from 'vitest';
import { chatWith } from '../support/chat.js';
import { serviceForSuite } from '../support/test-service.js';

// A contact telling that a teacher came (「陈老师来了，不过我们领导不在」) has not said a record is right: it may be of
// today. The test clock starts on 2026-11-24 (so 前天 is 11月22日); 漓江光电 is served by a team (李明, 王芳, 周杰).
describe('a contact telling that a teacher came', () => {
  const service = serviceForSuite();
  const say = chatWith(service);
  const db = () => service().database.prisma;
  const status = async (summary: string) => (await db().visit.findFirstOrThrow({ where: { summary } })).status;

  it('shows the teacher’s record waiting and confirms nothing until it is confirmed', async () => {
    expect(await say('chen.siyuan', '昨天在龙城齿轮调试齿轮箱一天 技术攻关')).toContain('已记录服务');
    const shown = await say('sun.jianli', '陈老师来了，不过我们领导不在');
    expect(shown).toContain('调试齿轮箱');
    expect(shown).toContain('等您确认');
    expect(await status('调试齿轮箱')).toBe('REPORTED');
    expect(await say('sun.jianli', '确认 1')).toContain('已确认1条服务记录');
    expect(await status('调试齿轮箱')).toBe('CONFIRMED');
  });

  it('says no record of that teacher waits yet, and who reports it, when none does', async () => {
    const reply = await say('sun.jianli', '陈老师今天来了');
    expect(reply).toContain('目前没有陈老师等您确认的服务记录');
    expect(reply).toContain('由老师本人报备');
  });

  it('at a team’s enterprise, shows only that teacher’s record of the day said', async () => {
    expect(await say('li.ming', '11月21日在漓江光电调试镀膜机一天 技术攻关')).toContain('已记录服务');
    expect(await say('wang.fang', '前天在漓江光电讲了研发费用加计扣除 政策宣讲 半天')).toContain('已记录服务');
    const shown = await say('wei.xiaohong', '王老师前天来过，不过我们领导不在');
    expect(shown).toContain('讲了研发费用加计扣除');
    expect(shown).not.toContain('调试镀膜机');
    expect(await status('讲了研发费用加计扣除')).toBe('REPORTED');
  });

  it('asks about that teacher’s record only when the coming is said with an objection (「李老师来了 但只待了半天」)', async () => {
    const asked = await say('wei.xiaohong', '李老师来了 但只待了半天');
    expect(asked).toContain('调试镀膜机');
    expect(asked).not.toContain('讲了研发费用加计扣除');
    expect(asked).toContain('回复「是」提出异议');
    expect(await say('wei.xiaohong', '是')).toContain('异议：李老师来了 但只待了半天');
    expect(await status('调试镀膜机')).toBe('DISPUTED');
    expect(await status('讲了研发费用加计扣除')).toBe('REPORTED');
  });
});
