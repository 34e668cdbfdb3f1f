import { describe, expect, it } from 'vitest';
import { chatAllWith } from '../support/chat.js';
import { serviceForSuite } from '../support/test-service.js';

// A report taken back or told again while the bot waits for an answer about another (test clock: 2026-11-24).
describe('a report taken back or told again while a question waits', () => {
  const service = serviceForSuite();
  const say = chatAllWith(service);
  const db = () => service().database.prisma;
  const on = (reporterId: string, day: string) =>
    db().visit.findMany({ where: { reporterId, date: new Date(`${day}T00:00:00Z`) } });

  it('drops only the report asked about on 「刚才那条删了」, never the record stored before it', async () => {
    expect(await say('liu.yang', '11月20号在石韵新材调窑炉 技术攻关 一天')).toContain('已记录服务');
    expect(await say('liu.yang', '11月21号上午在山湖农机 帮他们看了下播种机的排种器 半天')).toContain('属于哪一类');
    const dropped = await say('liu.yang', '刚才那条删了');
    expect(dropped).toContain('已取消本次报备');
    expect(dropped).not.toContain('已撤销');
    expect(await on('P-006', '2026-11-20')).toHaveLength(1);
    expect(await on('P-006', '2026-11-21')).toHaveLength(0);
  });

  it('takes a record back and records the report said again after it (「刚才那条删了 重新报：…」)', async () => {
    expect(await say('li.ming', '11月16号在漓江光电搭光学平台 技术攻关 一天')).toContain('已记录服务');
    const both = await say('li.ming', '刚才那条删了 重新报：11月17号在漓江光电搭光学检测平台 一天半 技术攻关');
    expect(both).toContain('已撤销');
    expect(both).toContain('已记录服务');
    expect(await on('P-003', '2026-11-16')).toHaveLength(0);
    const [again] = await on('P-003', '2026-11-17');
    expect(again?.days.toNumber()).toBe(1.5);
    expect(again?.summary).toBe('搭光学检测平台');
  });

  it('records another day told in full before a word taken back as a report of its own, the one asked kept', async () => {
    expect(await say('chen.siyuan', '11月19号在龙城齿轮 上午讲政策 下午调设备 一天')).toContain('属于哪一类');
    const told = await say('chen.siyuan', '11月18号 融江电子 技术攻关一天 哦不对 是龙城齿轮 帮他们装齿轮检测仪');
    expect(told).toContain('日期：11月18日');
    expect(told).toContain('还没完成');
    expect(await say('chen.siyuan', '政策宣讲')).toContain('日期：11月19日');
    const [asked] = await on('P-001', '2026-11-19');
    expect(asked?.summary).toBe('上午讲政策 下午调设备');
    expect(asked?.type).toBe('POLICY_PROMOTION');
    const [other] = await on('P-001', '2026-11-18');
    expect(other?.summary).toContain('装齿轮检测仪');
    expect(other?.summary).not.toContain('讲政策');
  });

  it('still reads 「哦不对，是11月17号去的，待了半天」 as a correction of the report asked about', async () => {
    expect(await say('huang.liping', '11月19号在绿桂生物调发酵罐 一天')).toContain('属于哪一类');
    expect(await say('huang.liping', '哦不对，是11月17号去的，待了半天')).toContain('属于哪一类');
    expect(await say('huang.liping', '技术攻关')).toContain('日期：11月17日');
    expect(await on('P-002', '2026-11-19')).toHaveLength(0);
    expect((await on('P-002', '2026-11-17'))[0]?.days.toNumber()).toBe(0.5);
  });

  it('asks 「13号也是 半天」 to wait while the report it is like is asked about, never copying the record before it', async () => {
    expect(await say('zhou.jie', '11月10日在漓江光电讲了知识产权保护 政策宣讲 半天')).toContain('已记录服务');
    expect(await say('zhou.jie', '11月11日在漓江光电调镀膜机真空系统半天')).toContain('属于哪一类');
    const wait = await say('zhou.jie', '13号也是 半天');
    expect(wait).toContain('请先回答上面的问题');
    expect(wait).not.toContain('知识产权保护');
    expect(await on('P-005', '2026-11-13')).toHaveLength(0);
    expect(await say('zhou.jie', '技术攻关')).toContain('日期：11月11日');
    const offered = await say('zhou.jie', '13号也是 半天');
    expect(offered).toContain('调镀膜机真空系统');
    expect(await say('zhou.jie', '是')).toContain('已记录服务');
    expect((await on('P-005', '2026-11-13'))[0]?.summary).toBe('调镀膜机真空系统');
  });

  it('drops only the copy or the change offered on 「刚才那条删了」, never the record it was offered of', async () => {
    expect(await say('huang.liping', '11月13号去绿桂生物 调试发酵罐 一天 技术攻关')).toContain('已记录服务');
    expect(await say('huang.liping', '16号也是 半天')).toContain('按上一条的内容记录这一天吗');
    expect(await say('huang.liping', '刚才那条删了')).not.toContain('已撤销');
    expect(await on('P-002', '2026-11-13')).toHaveLength(1);
    expect(await on('P-002', '2026-11-16')).toHaveLength(0);
    expect(await say('huang.liping', '哦不对 13号那天其实只待了半天')).toContain('改成「半天」吗');
    expect(await say('huang.liping', '刚才那条删了')).not.toContain('已撤销');
    expect((await on('P-002', '2026-11-13'))[0]?.days.toNumber()).toBe(1);
  });

  it('records another day told with its enterprise taken back while a question waits, each report whole', async () => {
    expect(await say('zhao.min', '11月16号去蓝湾食品 看了看生产线 1天')).toContain('属于哪一类');
    const told = await say('zhao.min', '11月17号在融江汽车电子 哦不对 在蓝湾食品 调试杀菌釜 半天 技术攻关');
    expect(told).toContain('日期：11月17日');
    expect(told).toContain('还没完成');
    const [other] = await on('P-007', '2026-11-17');
    expect(other?.summary).toBe('调试杀菌釜');
    expect(await say('zhao.min', '战略规划')).toContain('日期：11月16日');
    expect((await on('P-007', '2026-11-16'))[0]?.summary).toBe('看了看生产线');
  });

  it('takes back the record of a bare day reported today for another month (「6号那条删了」 of 10月6日)', async () => {
    expect(await say('wang.fang', '10月6日在漓江光电讲了研发补助政策 政策宣讲 半天')).toContain('已记录服务');
    expect(await say('wang.fang', '10月7日在漓江光电讲了高企认定政策 政策宣讲 半天')).toContain('已记录服务');
    expect(await say('wang.fang', '6号那条删了')).toContain('已撤销：10月6日');
    expect(await on('P-004', '2026-10-06')).toHaveLength(0);
    expect(await on('P-004', '2026-10-07')).toHaveLength(1);
  });
});
