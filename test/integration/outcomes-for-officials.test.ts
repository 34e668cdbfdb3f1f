import { describe, expect, it } from 'vitest';
import { chatWith } from '../support/chat.js';
import { serviceForSuite } from '../support/test-service.js';

/** The demo's outcomes, seen by stations and the office in chat. The suite's clock stands at 2026-11-24. */
describe('outcomes seen by officials', () => {
  const service = serviceForSuite({ demoOutcomes: true });
  const say = chatWith(service);
  const db = () => service().database.prisma;

  it('lists a station’s own city’s outcomes of the year, counted by where each stands', async () => {
    const liuzhou = await db().outcome.findMany({
      where: { assignment: { enterprise: { city: { name: '柳州市' } } }, date: { gte: new Date('2026-01-01') } },
    });
    const reply = await say('liuzhou.station', '柳州今年成果有哪些');
    expect(reply).toMatch(new RegExp(`^柳州市2026年的成果记录（共${liuzhou.length}条：`));
    expect(reply.split('\n').filter((line) => line.startsWith('· '))).toHaveLength(liuzhou.length);
    expect(reply).not.toContain('山湖农机');
    // A station sees its own city whatever city it names.
    expect(await say('liuzhou.station', '玉林今年成果有哪些')).not.toContain('山湖农机');
  });

  it('lets the office ask about one city, and a policy question about outcomes stays a policy question', async () => {
    const reply = await say('gx.office', '玉林今年成果有哪些');
    expect(reply).toMatch(/^玉林市2026年的成果记录/);
    expect(reply).toContain('山湖农机');
    expect(reply).not.toContain('龙城齿轮');
    expect(await say('gx.office', '成果转化是什么意思')).not.toContain('成果记录');
  });

  it('shows the outcomes an enterprise disputed, with its reason, on asking and in 待办', async () => {
    expect(await say('sun.jianli', '有异议 第1条 还没拿到证书')).toContain('已记录您对成果的异议');
    const asked = await say('liuzhou.station', '成果异议有哪些');
    expect(asked).toContain('柳州市企业有异议的成果记录（1条，不计入目标进展）');
    expect(asked).toContain('异议：还没拿到证书');
    const todo = await say('liuzhou.station', '待办');
    expect(todo).toContain('柳州市企业有异议的成果记录（1条');
    expect(todo).toContain('请督促其与企业核对');
    // Another city's station does not see it; the office sees every city's.
    expect(await say('yulin.station', '待办')).not.toContain('龙城齿轮');
    const office = await say('gx.office', '有异议的成果');
    expect(office).toContain('全区企业有异议的成果记录');
    expect(office).toContain('龙城齿轮');
    expect(office).toContain('蓝湾食品');
  });
});
