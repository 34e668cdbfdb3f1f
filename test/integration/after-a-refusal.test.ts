import { describe, expect, it } from 'vitest';
import { chatWith } from '../support/chat.js';
import { serviceForSuite } from '../support/test-service.js';

// 刘洋 (liu.yang) serves 山湖农机 and 石韵新材; 黄丽萍 (huang.liping) serves 绿桂生物. The test clock starts on Tuesday
// 2026-11-24 at 10:00, so this afternoon is still to come.
describe('a correction right after a report was refused', () => {
  const service = serviceForSuite();
  const say = chatWith(service);
  const db = () => service().database.prisma;
  const visit = (summary: string) => db().visit.findFirst({ where: { summary: { contains: summary } } });
  const day = (stored: { date: Date } | null) => stored?.date.toISOString().slice(0, 10);

  it('changes no stored record when 「刚才那条」 is the report refused', async () => {
    expect(await say('liu.yang', '今天上午在山湖农机调了半天播种机的排种器')).toContain('已记录服务');
    expect(await say('liu.yang', '今天下午在山湖农机讲政策一天')).toContain('还没到');
    const reply = await say('liu.yang', '刚才那条企业写错了 应该是石韵新材');
    expect(reply).toContain('刚才那条没有记录');
    expect(reply).not.toContain('已修改');
    const seeder = await db().visit.findFirstOrThrow({
      where: { summary: { contains: '排种器' } },
      include: { assignment: { include: { enterprise: true } } },
    });
    expect(seeder.assignment.enterprise.shortName).toBe('山湖农机');
  });

  it('re-dates the report refused for a full day (「刚才那条日期错了 是大前天」), never the record before it', async () => {
    expect(await say('liu.yang', '11月22日在山湖农机调试收割机 一天 技术攻关')).toContain('已记录服务');
    expect(await say('liu.yang', '前天在石韵新材做粉体表面改性试验一天')).toContain('您已报备');
    expect(await say('liu.yang', '刚才那条日期错了 是大前天')).toContain('已记录服务');
    expect(day(await visit('收割机'))).toBe('2026-11-22');
    expect(day(await visit('粉体表面改性'))).toBe('2026-11-21');
  });

  it('keeps a report whose day, when asked, is still to come, and asks the day again', async () => {
    expect(await say('huang.liping', '11月20日在绿桂生物讲高企认定政策 半天')).toContain('已记录服务');
    expect(await say('huang.liping', '在绿桂生物技术攻关一天 指导发酵罐操作')).toContain('哪一天');
    const again = await say('huang.liping', '11月27号');
    expect(again).toContain('还没到');
    expect(again).toContain('哪一天');
    const fixed = await say('huang.liping', '哦不对，是上周四去的');
    expect(fixed).toContain('已记录服务');
    expect(fixed).not.toContain('改成');
    expect(day(await visit('发酵罐'))).toBe('2026-11-19');
    expect(day(await visit('高企认定'))).toBe('2026-11-20');
  });

  it('reads a refused report again only with the very next message, never after another one', async () => {
    expect(await say('liu.yang', '今天和明天在山湖农机调试播种机 共两天')).toContain('未记录');
    expect(await say('liu.yang', '培训了45个农机手 11月16日')).not.toContain('已记录服务');
    expect(await say('liu.yang', '11月16日')).not.toContain('已记录服务');
    expect(await visit('调试播种机')).toBeNull();
  });
});
