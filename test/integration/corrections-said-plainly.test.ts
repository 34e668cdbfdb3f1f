import { describe, expect, it } from 'vitest';
import { chatAllWith, chatWith } from '../support/chat.js';
import { serviceForSuite } from '../support/test-service.js';

/** Corrections said the short way people say them (today = 2026-11-24, a Tuesday; 礼拜一 is 11月23日). */
describe('a correction said plainly', () => {
  const service = serviceForSuite();
  const say = chatWith(service);
  const stored = () =>
    service().database.prisma.visit.findFirstOrThrow({
      where: { reporterId: 'P-002', date: new Date('2026-11-23T00:00:00Z') },
    });

  it('reads 「是半天不是一天」 right after a report as a correction of it, asked before it is made', async () => {
    expect(await say('huang.liping', '昨天在绿桂生物调试发酵罐一天 技术攻关')).toContain('已记录服务');
    const asked = await say('huang.liping', '是半天不是一天');
    expect(asked).toContain('改成「半天」吗');
    expect((await stored()).days.toNumber()).toBe(1);
    expect(await say('huang.liping', '是')).toContain('已修改服务记录');
    expect((await stored()).days.toNumber()).toBe(0.5);
  });

  it('reads 「礼拜一那条是半天」 of a record named by its day, and says when it already is so', async () => {
    expect(await say('huang.liping', '礼拜一那条是半天')).toContain('记录里已经是这样');
    expect(await say('huang.liping', '礼拜一那条应该算资源对接')).toContain('已修改服务记录');
    expect((await stored()).type).toBe('RESOURCE_MATCHING');
    expect(await say('huang.liping', '刚才那条应该算技术攻关')).toContain('已修改服务记录');
    expect((await stored()).type).toBe('TECH_RESEARCH');
    expect(
      await service().database.prisma.visit.count({
        where: { reporterId: 'P-002', date: { gte: new Date('2026-11-20T00:00:00Z') } },
      }),
    ).toBe(1);
  });

  it('changes the content on 「内容改一下：…」, the field said first', async () => {
    expect(await say('huang.liping', '内容改一下：调试发酵罐和培训操作工')).toContain('已修改服务记录');
    expect((await stored()).summary).toBe('调试发酵罐和培训操作工');
  });

  it('takes nothing for a question about a record', async () => {
    expect(await say('huang.liping', '礼拜一那条是半天吗')).not.toContain('已修改');
    expect((await stored()).days.toNumber()).toBe(0.5);
  });

  it('reads 「打错了 是前天」 right after a report as a correction of its day, and 「企业说的对 改成…」 of its days', async () => {
    expect(await say('zhao.min', '昨天在蓝湾食品调试杀菌釜 技术攻关 一天')).toContain('已记录服务');
    expect(await say('zhao.min', '打错了 是前天')).toContain('改成');
    expect(await say('zhao.min', '是')).toContain('已修改服务记录');
    const moved = await service().database.prisma.visit.findFirstOrThrow({
      where: { reporterId: 'P-007', summary: { contains: '调试杀菌釜' } },
    });
    expect(moved.date.toISOString().slice(0, 10)).toBe('2026-11-22');
    const days = await say('zhao.min', '企业说的对 改成半天吧');
    expect(days).not.toContain('不是您派驻的企业');
    expect(days).toContain('天数：0.5天');
  });

  it('reads 「不是今天 是上周五 下午」 right after a report as a correction of its day, the part of the day aside', async () => {
    expect(await say('liu.yang', '今天在石韵新材调试球磨机 技术攻关 一天')).toContain('已记录服务');
    expect(await say('liu.yang', '不是今天 是上周五 下午')).toContain('改成');
    expect(await say('liu.yang', '是')).toContain('已修改服务记录');
    const moved = await service().database.prisma.visit.findFirstOrThrow({
      where: { reporterId: 'P-006', summary: { contains: '调试球磨机' } },
    });
    expect(moved.date.toISOString().slice(0, 10)).toBe('2026-11-20');
  });

  it('reads 「不对 前天那个是山湖农机」 as the enterprise said instead, of the record its day names', async () => {
    expect(await say('liu.yang', '前天在石韵新材待了半天 调试颚式破碎机')).toContain('已记录服务');
    const changed = await say('liu.yang', '不对 前天那个是山湖农机');
    expect(changed).toContain('已修改服务记录');
    expect(changed).toContain('企业：山湖农机');
    const moved = await service().database.prisma.visit.findFirstOrThrow({
      where: { reporterId: 'P-006', summary: '调试颚式破碎机' },
    });
    expect(moved.assignmentId).toBe('A-004');
    expect(moved.date.toISOString().slice(0, 10)).toBe('2026-11-22');
    // Said of no enterprise of the sender's, it changes nothing.
    expect(await say('liu.yang', '不对 是龙城齿轮')).not.toContain('已修改');
    expect((await service().database.prisma.visit.findUniqueOrThrow({ where: { id: moved.id } })).assignmentId).toBe(
      'A-004',
    );
  });

  it('reads 「哦不对，是石韵新材」 and 「20号那条是山湖农机的 不是石韵」 as the enterprise said instead', async () => {
    const visit = (summary: string) =>
      service().database.prisma.visit.findFirstOrThrow({ where: { reporterId: 'P-006', summary } });
    expect(await say('liu.yang', '11月17日在山湖农机做技术攻关1天，调试播种机排种器')).toContain('已记录服务');
    expect(await say('liu.yang', '哦不对，是石韵新材')).toContain('企业：石韵新材');
    expect((await visit('调试播种机排种器')).assignmentId).toBe('A-005');
    expect(await say('liu.yang', '11.18 石韵新材 资源对接 1天 帮他们对接了检测平台')).toContain('已记录服务');
    expect(await say('liu.yang', '18号那条是山湖农机的 不是石韵')).toContain('企业：山湖农机');
    expect((await visit('帮他们对接了检测平台')).assignmentId).toBe('A-004');
  });

  it('reads the enterprise and what was done there said instead together, in either form', async () => {
    const visit = (date: string) =>
      service().database.prisma.visit.findFirstOrThrow({
        where: { reporterId: 'P-006', date: new Date(`${date}T00:00:00Z`) },
      });
    expect(await say('liu.yang', '10月12日在山湖农机待了一天 帮他们看收割机液压 技术攻关')).toContain('已记录服务');
    const changed = await say('liu.yang', '不对不对 那天是在石韵新材 看的是窑炉温控');
    expect(changed).toContain('企业：石韵新材');
    expect(changed).toContain('内容：看窑炉温控');
    expect((await visit('2026-10-12')).assignmentId).toBe('A-005');
    expect((await visit('2026-10-12')).summary).toBe('看窑炉温控');
    expect(await say('liu.yang', '10月13日在山湖农机待了半天 帮他们看收割机液压 技术攻关')).toContain('已记录服务');
    // Before, the content was left out and the reply said the record was already so.
    const both = await say('liu.yang', '搞错了 是石韵新材 内容是调窑炉温控');
    expect(both).toContain('内容：调窑炉温控');
    expect((await visit('2026-10-13')).assignmentId).toBe('A-005');
    expect((await visit('2026-10-13')).summary).toBe('调窑炉温控');
  });

  it('reads 「哦不对 10号那天其实只待了半天」 of the record of that day, not the latest, and 「刚才那个不是X 是Y」', async () => {
    const visit = (date: string) =>
      service().database.prisma.visit.findFirstOrThrow({
        where: { reporterId: 'P-002', date: new Date(`${date}T00:00:00Z`) },
      });
    expect(await say('huang.liping', '10月6日在绿桂生物调发酵罐 一天 技术攻关')).toContain('已记录服务');
    expect(await say('huang.liping', '10月7日在绿桂生物调冻干机 一天 技术攻关')).toContain('已记录服务');
    // Before, this was refused as a report of a day already reported, or changed the latest record.
    const asked = await say('huang.liping', '哦不对 6号那天其实只待了半天 下午就走了');
    expect(asked).toContain('10月6日');
    expect(await say('huang.liping', '是')).toContain('已修改服务记录');
    expect((await visit('2026-10-06')).days.toNumber()).toBe(0.5);
    expect((await visit('2026-10-07')).days.toNumber()).toBe(1);
    expect(await say('liu.yang', '8月4日在石韵新材调窑炉 半天 技术攻关')).toContain('已记录服务');
    expect(await say('liu.yang', '8月5日在石韵新材讲高企政策 半天 政策宣讲')).toContain('已记录服务');
    // The record of the day named, not the latest (it was asked as a new report's day, and stored twice).
    expect(await say('liu.yang', '不对 8月4号那天是在山湖农机')).toContain('企业：山湖农机');
    const fourth = await service().database.prisma.visit.findMany({
      where: { reporterId: 'P-006', date: new Date('2026-08-04T00:00:00Z') },
    });
    expect(fourth.map((v) => v.assignmentId)).toEqual(['A-004']);
    // 「内容还是一样」 keeps what was done.
    expect(await say('liu.yang', '不对 8月4号那天是在石韵新材 内容还是一样')).toContain('内容：调窑炉');
    expect(await say('liu.yang', '8月3日在山湖农机调试播种机一天 技术攻关')).toContain('已记录服务');
    expect(await say('liu.yang', '刚才那个不是山湖农机 是石韵新材')).toContain('企业：石韵新材');
  });

  it('changes the days of the latest visit though an outcome was reported after it: only a visit has days', async () => {
    expect(await say('wang.fang', '11月10日在漓江光电技术攻关1天，标定镀膜机')).toContain('已记录服务');
    expect(await say('wang.fang', '漓江光电前天递交了2件发明专利申请')).toContain('已记录成果');
    const changed = await say('wang.fang', '刚才那条改成半天');
    expect(changed).toContain('已修改服务记录');
    expect(changed).toContain('天数：0.5天');
    const visit = await service().database.prisma.visit.findFirstOrThrow({ where: { summary: '标定镀膜机' } });
    expect(Number(visit.days)).toBe(0.5);
  });

  it('answers which kind an activity is reported as, and records nothing from the question', async () => {
    const count = () => service().database.prisma.visit.count({ where: { reporterId: 'P-007' } });
    const before = await count();
    const unsure = await say('zhao.min', '上次在蓝湾食品给工人做培训 这种算哪一类服务');
    expect(unsure).toContain('说不准');
    expect(unsure).toContain('· 技术攻关：');
    expect(await say('zhao.min', '上周五')).not.toContain('已记录服务');
    const known = await say('zhao.min', '昨天在蓝湾食品调试杀菌釜一天 这算啥类型');
    expect(known).toContain('「调试杀菌釜」一般报为「技术攻关」');
    expect(known).toContain('例如「昨天在蓝湾食品');
    expect(await count()).toBe(before);
  });

  it('moves a report of several days to the range said instead, its days with it, on 「是」', async () => {
    expect(await say('chen.siyuan', '11月9日到11日在龙城齿轮调试淬火炉 技术攻关')).toContain('天数：3天');
    const asked = await say('chen.siyuan', '刚才那条改成10号到11号，两天');
    expect(asked).toContain('日期改成「11月10日（周二）」、天数改成「两天」');
    const moved = await say('chen.siyuan', '是');
    expect(moved).toContain('日期：11月10日（周二）');
    expect(moved).toContain('天数：2天');
    // Said as a change of the range alone, the days follow the range.
    const back = await say('chen.siyuan', '刚才那条改成9号到11号');
    expect(back).toContain('日期：11月9日（周一）');
    expect(back).toContain('天数：3天');
  });

  it('names the day of the report just made when another says 「那天」, and stores only the day answered', async () => {
    expect(await say('liu.yang', '11月12日在山湖农机调试播种机 半天 技术攻关')).toContain('已记录服务');
    const asked = await say('liu.yang', '石韵新材也是那天下午 半天 讨论新配方');
    expect(asked).toContain('这次服务是哪一天');
    expect(asked).toContain('是同一天请回复「11月12日」');
    expect(await say('liu.yang', '11月12日')).toContain('属于哪一类');
    const stored = await say('liu.yang', '技术攻关');
    expect(stored).toContain('日期：11月12日（周四）');
    expect(stored).toContain('企业：石韵新材');
    const ofDay = await service().database.prisma.visit.findMany({
      where: { reporterId: 'P-006', date: new Date('2026-11-12T00:00:00Z') },
    });
    expect(ofDay).toHaveLength(2);
  });

  it('changes the record a correction names by its day and enterprise (「把11月5号山湖农机的天数改成2天」), not the latest', async () => {
    const db = service().database.prisma;
    const visitOn = (date: string) =>
      db.visit.findFirstOrThrow({ where: { reporterId: 'P-006', date: new Date(`${date}T00:00:00Z`) } });
    expect(await say('liu.yang', '11月5号在山湖农机调试排种器 一天 技术攻关')).toContain('已记录服务');
    expect(await say('liu.yang', '11月9号在石韵新材讲高企政策 半天')).toContain('已记录服务');
    const changed = await say('liu.yang', '把11月5号山湖农机的天数改成2天');
    expect(changed).toContain('已修改服务记录');
    expect(changed).toContain('11月5日');
    expect((await visitOn('2026-11-05')).days.toNumber()).toBe(2);
    expect((await visitOn('2026-11-09')).days.toNumber()).toBe(0.5);
    // A day with no record of the last 24 hours changes nothing, never the latest record instead.
    expect(await say('liu.yang', '把11月4号的天数改成1天')).toContain('没有您说的这条');
    expect((await visitOn('2026-11-09')).days.toNumber()).toBe(0.5);
  });

  it('changes the record named by its weekday or 大前天, not the latest; of two that day it changes and deletes none', async () => {
    const of = (reporterId: string, day: string) =>
      service().database.prisma.visit.findMany({ where: { reporterId, date: new Date(day) } });
    expect(await say('li.ming', '11月21日在漓江光电讲了高企政策 半天 政策宣讲')).toContain('已记录服务');
    expect(await say('li.ming', '11月20日在漓江光电调试光谱仪 一天 技术攻关')).toContain('已记录服务');
    // Said in own words, the change is asked first, of the record the day names.
    expect(await say('li.ming', '周六那个不是政策宣讲 是技术攻关')).toContain('是要把那条（11月21日（周六）');
    expect(await say('li.ming', '是')).toContain('已修改服务记录');
    // 「大前天那条其实是一天」 says what the record named is: changed at once, as 「礼拜一那条是半天」 is.
    expect(await say('li.ming', '大前天那条其实是一天')).toContain('已修改服务记录');
    expect((await of('P-003', '2026-11-21')).map((v) => [v.type, v.days.toNumber()])).toEqual([['TECH_RESEARCH', 1]]);
    expect((await of('P-003', '2026-11-20')).map((v) => [v.type, v.days.toNumber()])).toEqual([['TECH_RESEARCH', 1]]);

    expect(await say('liu.yang', '11月16日在石韵新材做了发展规划 半天 战略规划')).toContain('已记录服务');
    expect(await say('liu.yang', '11月16日下午在山湖农机调试播种机 半天 技术攻关')).toContain('已记录服务');
    expect(await say('liu.yang', '16号那条改成资源对接')).toContain('不知道是哪一条');
    expect(await say('liu.yang', '16号那条删了')).toContain('未撤销');
    const kinds = async () => (await of('P-006', '2026-11-16')).map((v) => v.type).sort();
    expect(await kinds()).toEqual(['STRATEGY_PLANNING', 'TECH_RESEARCH']);
    expect(await say('liu.yang', '16号山湖农机那条改成资源对接')).toContain('已修改服务记录');
    expect(await kinds()).toEqual(['RESOURCE_MATCHING', 'STRATEGY_PLANNING']);
  });

  it('takes what was done said with the enterprise said instead (「哦不对是山湖农机 调的是播种机」)', async () => {
    expect(await say('liu.yang', '上周四在石韵新材调试改性机')).toContain('服务了几天');
    expect(await say('liu.yang', '哦不对是山湖农机 调的是播种机')).toContain('内容：调的是播种机');
    const stored = await say('liu.yang', '一天');
    expect(stored).toContain('企业：山湖农机');
    expect(stored).toContain('内容：调的是播种机');
  });

  it('undoes and changes the record just changed on a plain 「撤销」 or 「修改 …」, not the latest', async () => {
    const on = (day: string) =>
      service().database.prisma.visit.findMany({ where: { reporterId: 'P-005', date: new Date(day) } });
    expect(await say('zhou.jie', '11月18日在漓江光电调试镀膜机 一天 技术攻关')).toContain('已记录服务');
    expect(await say('zhou.jie', '11月19日在漓江光电讲了高企政策 半天 政策宣讲')).toContain('已记录服务');
    expect(await say('zhou.jie', '18号那条实际只待了半天')).toContain('改成「半天」吗');
    expect(await say('zhou.jie', '是')).toContain('已修改服务记录');
    // The reply that changed 18号 offers 「修改」 and 「撤销」 for it: a plain one next means 18号, never the newer 19号.
    expect(await say('zhou.jie', '修改 类型 资源对接')).toContain('已修改服务记录');
    expect((await on('2026-11-18')).map((v) => [v.type, v.days.toNumber()])).toEqual([['RESOURCE_MATCHING', 0.5]]);
    // What is added to the content is added to that record too, and to no other.
    expect(await say('zhou.jie', '内容补充一下：还帮他们培训了两个操作工')).toContain('11月18日');
    expect((await on('2026-11-18')).map((v) => v.summary)).toEqual(['调试镀膜机；帮他们培训了两个操作工']);
    expect((await on('2026-11-19')).map((v) => v.summary)).toEqual(['讲了高企政策']);
    expect(await say('zhou.jie', '撤销')).toContain('已撤销：11月18日');
    expect(await on('2026-11-18')).toEqual([]);
    expect((await on('2026-11-19')).map((v) => v.type)).toEqual(['POLICY_PROMOTION']);
    // Sent twice, the second deletes nothing more.
    expect(await say('zhou.jie', '撤销')).toContain('没有再撤销别的记录');
    expect(await on('2026-11-19')).toHaveLength(1);
  });

  it('reads a value taken back inside a new report (「搞了一天 哦不对 是半天」) as that report’s, never a change of an older one', async () => {
    const on = (day: string) =>
      service().database.prisma.visit.findMany({ where: { reporterId: 'P-004', date: new Date(day) } });
    expect(await say('wang.fang', '11月12日在漓江光电标定光谱仪 一天 技术攻关')).toContain('已记录服务');
    const stored = await say('wang.fang', '11月13号 哦不对是14号 在漓江光电搞了一天 哦不对 是半天 帮他们调镀膜机');
    expect(stored).toContain('已记录服务');
    expect(stored).toContain('日期：11月14日');
    expect(stored).toContain('内容：帮他们调镀膜机');
    expect((await on('2026-11-14')).map((v) => v.days.toNumber())).toEqual([0.5]);
    expect(await on('2026-11-13')).toEqual([]);
    expect((await on('2026-11-12')).map((v) => v.days.toNumber())).toEqual([1]);
  });

  it('takes 「是的 还有这周一也去了…」 as yes to the change asked, then the other visit as a report of its own', async () => {
    const on = (day: string) =>
      service().database.prisma.visit.findMany({ where: { reporterId: 'P-003', date: new Date(day) } });
    expect(await say('li.ming', '11月5日在漓江光电讲了研发费用加计扣除政策 半天')).toContain('已记录服务');
    expect(await say('li.ming', '哦 记错了 是6号不是5号')).toContain('改成「11月6日（周五）」吗');
    const both = await chatAllWith(service)('li.ming', '是的 还有这周一也去了 半天 帮他们测了一批镜片的透过率');
    expect(both).toContain('已修改服务记录');
    expect(both).toContain('内容：帮他们测了一批镜片的透过率');
    expect(await on('2026-11-05')).toEqual([]);
    expect((await on('2026-11-06')).map((v) => v.summary)).toEqual(['讲了研发费用加计扣除政策']);
    expect((await on('2026-11-23')).map((v) => [v.summary, v.days.toNumber()])).toEqual([
      ['帮他们测了一批镜片的透过率', 0.5],
    ]);
  });

  it('offers 「对了大前天那个菌种筛选其实是一整天」 as a change of that record, never a second report of the day', async () => {
    expect(await say('huang.liping', '大前天在绿桂生物做菌种筛选 半天 技术攻关')).toContain('已记录服务');
    expect(await say('huang.liping', '对了大前天那个菌种筛选其实是一整天')).toContain('天数改成「一整天」吗');
    expect(await say('huang.liping', '是')).toContain('已修改服务记录');
    const day = await service().database.prisma.visit.findMany({
      where: { reporterId: 'P-002', date: new Date('2026-11-21T00:00:00Z') },
    });
    expect(day.map((v) => v.days.toNumber())).toEqual([1]);
  });

  it('records a report that tells what was changed at the visit (「…帮他们把设备点检改成一天一次」), changing no record', async () => {
    const on = (day: string) =>
      service().database.prisma.visit.findMany({ where: { reporterId: 'P-005', date: new Date(day) } });
    expect(await say('zhou.jie', '11月3日在漓江光电讲了研发补助政策 半天 政策宣讲')).toContain('已记录服务');
    const stored = await say('zhou.jie', '11月4号在漓江光电待了一天 帮他们把设备点检改成一天一次');
    expect(stored).not.toContain('已修改');
    expect((await on('2026-11-03')).map((v) => v.days.toNumber())).toEqual([0.5]);
    expect(stored).toMatch(/已记录服务|属于哪一类/);
  });
});
