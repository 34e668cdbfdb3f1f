import { describe, expect, it } from 'vitest';
import { chatAllWith } from '../support/chat.js';
import { serviceForSuite } from '../support/test-service.js';

// 黄丽萍 (huang.liping, P-002) serves 绿桂生物; 刘洋 (liu.yang, P-006) serves 山湖农机 and 石韵新材. The test clock starts
// on Tuesday 2026-11-24.
describe('a second report while the first waits for an answer', () => {
  const service = serviceForSuite();
  const say = chatAllWith(service);
  const visitsOf = (reporterId: string, days: string[]) =>
    service().database.prisma.visit.findMany({
      where: { reporterId, date: { in: days.map((day) => new Date(day)) } },
      orderBy: { date: 'asc' },
    });
  const rows = (visits: Awaited<ReturnType<typeof visitsOf>>) =>
    visits.map((v) => [v.date.toISOString().slice(0, 10), v.days.toNumber(), v.type, v.summary]);

  it('records half a day there and half not as half a day, and keeps the first report open', async () => {
    expect(await say('huang.liping', '11月19日去的绿桂生物检测发酵罐染菌')).toContain('服务了几天');
    const second = await say('huang.liping', '11月20日上午去绿桂生物讲了高企认定政策，下午没去');
    for (const part of ['已记录服务', '11月20日', '政策宣讲', '0.5天', '刚才的报备（绿桂生物 11月19日）还没完成'])
      expect(second).toContain(part);
    expect(second).not.toContain('已放弃');
    const first = await say('huang.liping', '一天');
    for (const part of ['已记录服务', '11月19日', '技术攻关', '1天', '检测发酵罐染菌']) expect(first).toContain(part);
    expect(rows(await visitsOf('P-002', ['2026-11-19', '2026-11-20']))).toEqual([
      ['2026-11-19', 1, 'TECH_RESEARCH', '检测发酵罐染菌'],
      ['2026-11-20', 0.5, 'POLICY_PROMOTION', '讲了高企认定政策'],
    ]);
  });

  it('never reads a half day not there as a visit, nor a visit called off', async () => {
    for (const text of ['11月17日下午没去绿桂生物', '11月17日上午在学校 下午没去绿桂生物'])
      expect(await say('huang.liping', text), text).not.toContain('已记录服务');
    expect(await visitsOf('P-002', ['2026-11-17'])).toHaveLength(0);
  });

  it('drops the first, and says so, when the second asks a question of its own', async () => {
    expect(await say('liu.yang', '11月16日在石韵新材调试窑炉')).toContain('服务了几天');
    const second = await say('liu.yang', '11月18日去山湖农机了');
    expect(second).toContain('已放弃刚才未完成的报备（石韵新材 11月16日）');
    expect(second).toContain('服务了几天');
    expect(await say('liu.yang', '取消')).toContain('已取消');
    expect(await visitsOf('P-006', ['2026-11-16', '2026-11-18'])).toHaveLength(0);
  });

  it('records a visit moved to another day as the visit made, never as a change to the latest record', async () => {
    expect(await say('zhao.min', '11月24日在蓝湾食品调试速冻设备 一天 技术攻关')).toContain('已记录服务');
    const moved = await say('zhao.min', '本来约的周三 后来改到上周五了 在蓝湾食品待了半天 教他们用新的速冻设备');
    for (const part of ['已记录服务', '11月20日', '0.5天', '内容：教他们用新的速冻设备']) expect(moved).toContain(part);
    expect(await say('chen.siyuan', '上周四本来要去龙城齿轮的结果没去成改到昨天去了待了半天调试滚齿机')).toContain(
      '已记录服务',
    );
    expect(rows(await visitsOf('P-007', ['2026-11-20', '2026-11-24']))).toEqual([
      ['2026-11-20', 0.5, 'TECH_RESEARCH', '教他们用新的速冻设备'],
      ['2026-11-24', 1, 'TECH_RESEARCH', '调试速冻设备'],
    ]);
    expect(rows(await visitsOf('P-001', ['2026-11-19', '2026-11-23']))).toEqual([
      ['2026-11-23', 0.5, 'TECH_RESEARCH', '调试滚齿机'],
    ]);
  });

  it('refuses a visit still to come while another waits, the waiting one kept; a half day corrected to both halves', async () => {
    expect(await say('wang.fang', '11月23日在漓江光电看镀膜机')).toContain('服务了几天');
    const plan = await say('wang.fang', '晚点去漓江光电调试镀膜机温控 半天');
    expect(plan).toContain('还没进行的服务');
    expect(plan).toContain('刚才的报备（漓江光电 11月23日）还没完成');
    expect(await say('wang.fang', '半天')).toContain('属于哪一类');
    expect(await say('wang.fang', '技术攻关')).toContain('已记录服务');
    expect(rows(await visitsOf('P-004', ['2026-11-23', '2026-11-24']))).toEqual([
      ['2026-11-23', 0.5, 'TECH_RESEARCH', '看镀膜机'],
    ]);
    expect(await say('wang.fang', '不是半天 是一天 上午下午都在')).toContain('天数改成');
    expect(await say('wang.fang', '是')).toContain('1天');
    expect(rows(await visitsOf('P-004', ['2026-11-23']))).toEqual([['2026-11-23', 1, 'TECH_RESEARCH', '看镀膜机']]);
  });

  it('answers a look at the records while the enterprise is asked, and takes the enterprise said next', async () => {
    expect(await say('liu.yang', '11月20号 技术攻关 一天 调试碳酸钙改性设备')).toContain('哪家企业');
    const looked = await say('liu.yang', '今年我在石韵新材服务了多少天');
    expect(looked).not.toContain('已记录服务');
    expect(looked).toContain('刚才的报备（11月20日）还没完成');
    expect(await visitsOf('P-006', ['2026-11-20'])).toHaveLength(0);
    expect(await say('liu.yang', '山湖农机')).toContain('已记录服务');
    expect((await visitsOf('P-006', ['2026-11-20']))[0]?.assignmentId).toBe('A-004');
  });

  it('asks the days again when a stay of two days is said to have been one day only (「前天本来要去的 没去成」)', async () => {
    expect(await say('zhao.min', '11月16日11月17日都在蓝湾食品调速冻隧道参数')).toContain('服务了几天');
    expect(await say('zhao.min', '两天')).toContain('属于哪一类');
    const asked = await say('zhao.min', '哦不对 16号本来要去的 没去成 只有17号去了');
    expect(asked).toContain('服务了几天');
    expect(await say('zhao.min', '一天')).toContain('属于哪一类');
    const stored = await say('zhao.min', '技术攻关');
    expect(stored).toContain('日期：11月17日');
    expect(stored).toContain('天数：1天');
    expect(rows(await visitsOf('P-007', ['2026-11-16', '2026-11-17', '2026-11-18']))).toEqual([
      ['2026-11-17', 1, 'TECH_RESEARCH', '调速冻隧道参数'],
    ]);
  });

  it('changes the other record a message names while a report’s kind is asked, and keeps the question open', async () => {
    expect(await say('liu.yang', '11月12日在石韵新材调试球磨机 一天 技术攻关')).toContain('已记录服务');
    expect(await say('liu.yang', '11月13日下午山湖农机开会讨论项目申报 半天')).toContain('属于哪一类');
    const changed = await say('liu.yang', '等下 哦对了 石韵那条其实是去看了一下而已 算示范吧');
    expect(changed).toContain('已修改服务记录');
    expect(changed).toContain('刚才的报备（山湖农机 11月13日）还没完成');
    expect(rows(await visitsOf('P-006', ['2026-11-12']))).toEqual([['2026-11-12', 1, 'DEMONSTRATION', '调试球磨机']]);
    expect(await say('liu.yang', '战略规划')).toContain('类型：战略规划');
    expect(rows(await visitsOf('P-006', ['2026-11-13']))).toEqual([
      ['2026-11-13', 0.5, 'STRATEGY_PLANNING', '开会讨论项目申报'],
    ]);
  });

  it('asks again on 「同上」, which names nothing for sure, and answers no policy question for it', async () => {
    expect(await say('huang.liping', '11月10日在绿桂生物讲了研发费用加计扣除政策 半天')).toContain('已记录服务');
    expect(await say('huang.liping', '11月9日也在绿桂生物')).toContain('服务了几天');
    const again = await say('huang.liping', '同上');
    expect(again).toContain('服务了几天');
    expect(again).not.toContain('未找到相关政策');
    expect(await visitsOf('P-002', ['2026-11-09'])).toEqual([]);
    expect(await say('huang.liping', '取消')).toContain('取消');
    expect(await say('huang.liping', '同上')).not.toContain('未找到相关政策');
  });
});
