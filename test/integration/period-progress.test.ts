import { describe, expect, it } from 'vitest';
import { COUNTED_STATUSES } from '../../src/domain/programme/types.js';
import { chatWith } from '../support/chat.js';
import { serviceForSuite } from '../support/test-service.js';

// The test clock starts on 2026-11-24 (Tuesday) in Asia/Shanghai. 陈思远 (chen.siyuan) serves 龙城齿轮 alone;
// 孙建立 (sun.jianli) is its contact; 杨帆 (liuzhou.station) the 柳州 station.
describe('progress questions about a period answer for that period, not the year', () => {
  const service = serviceForSuite();
  const say = chatWith(service);
  /** What the ledger holds for 龙城齿轮 between two days: the figures a reply must give. */
  const counted = async (from: string, to: string) => {
    const rows = await service().database.prisma.visit.findMany({
      where: {
        assignmentId: 'A-001',
        status: { in: [...COUNTED_STATUSES] },
        date: { gte: new Date(`${from}T00:00:00Z`), lte: new Date(`${to}T00:00:00Z`) },
      },
    });
    return { visits: rows.length, days: rows.reduce((sum, row) => sum + row.days.toNumber(), 0) };
  };

  it('tells an enterprise how often its specialist came this month, visit by visit, then the year', async () => {
    expect(await say('chen.siyuan', '昨天在龙城齿轮技术攻关1天，调试热处理工艺')).toContain('已记录');
    expect(await say('chen.siyuan', '11月3日在龙城齿轮政策宣讲半天，讲研发费用加计扣除')).toContain('已记录');
    const month = await counted('2026-11-01', '2026-11-24');
    expect(month.visits).toBeGreaterThanOrEqual(2);

    const reply = await say('sun.jianli', '陈老师这个月来了几次');
    expect(reply).toContain('本月（11月1日—11月24日）的服务');
    expect(reply).toContain(`龙城齿轮：走访 ${month.visits} 次，服务 ${month.days} 天`);
    expect(reply).toContain('11月23日（周一） 技术攻关 1天（陈思远）');
    expect(reply).toContain('11月3日（周二） 政策宣讲 0.5天（陈思远）');
    expect(reply).toContain('2026年服务进度');
  });

  it('answers 上个月来过没 and 上周 for their own days, saying so when there was none', async () => {
    const october = await counted('2026-10-01', '2026-10-31');
    const last = await say('sun.jianli', '上个月陈老师来过没');
    expect(last).toContain('上个月（10月1日—10月31日）');
    expect(last).toContain(
      october.visits === 0 ? '上个月没有服务记录' : `走访 ${october.visits} 次，服务 ${october.days} 天`,
    );
    const week = await say('chen.siyuan', '上周跑了几趟');
    expect(week).toContain('上周（11月16日—11月22日）');
    const lastWeek = await counted('2026-11-16', '2026-11-22');
    expect(week).toContain(
      lastWeek.visits === 0 ? '上周没有服务记录' : `走访 ${lastWeek.visits} 次，服务 ${lastWeek.days} 天`,
    );
  });

  it('gives a station its city’s totals for the period and the postings with visits', async () => {
    const reply = await say('liuzhou.station', '柳州这个月走访了多少次');
    expect(reply).toMatch(/^柳州市本月（11月1日—11月24日）：走访 \d+ 次、服务 [\d.]+ 天/);
    expect(reply).toContain('· 龙城齿轮：走访');
    expect(reply).not.toContain('山湖农机');
  });

  it('lists the postings without a visit in the period, and scopes the office to a city it names', async () => {
    const visited = await service().database.prisma.visit.findMany({
      where: { date: { gte: new Date('2026-11-01T00:00:00Z') }, status: { in: [...COUNTED_STATUSES] } },
      select: { assignmentId: true },
    });
    const postings = await service().database.prisma.assignment.findMany({
      where: { status: 'ACTIVE' },
      select: { id: true, enterprise: { select: { shortName: true, city: { select: { name: true } } } } },
    });
    const idle = postings.filter((p) => !visited.some((v) => v.assignmentId === p.id));
    expect(idle.length).toBeGreaterThan(0);
    const region = await say('gx.office', '全区这个月哪些企业一次都没去过');
    expect(region).toContain(`${idle.length} 个没有`);
    expect(region).toContain('本月没有走访的派驻：');
    for (const p of idle) expect(region).toContain(`· ${p.enterprise.shortName}（${p.enterprise.city.name}）`);

    const yulin = await say('gx.office', '玉林的进度');
    expect(yulin).toContain('2026年服务进度（玉林市');
    expect(yulin).toContain('2027年目标进展（玉林市）');
    expect(yulin).not.toContain('龙城齿轮');
    expect(await say('liuzhou.station', '桂林的进度咋样')).toContain('桂林市的情况请向桂林市服务站或自治区工作办了解');
  });

  it('keeps the year’s answer for questions that name no period', async () => {
    const reply = await say('sun.jianli', '陈老师今年来了几次');
    expect(reply).toMatch(/^2026年服务进度/);
    // What is still missing for the year is said outright.
    const year = await counted('2026-01-01', '2026-12-31');
    const short = [year.visits < 5 ? `${5 - year.visits}次` : '', year.days < 30 ? `${30 - year.days}天` : ''].filter(
      Boolean,
    );
    expect(reply).toContain(short.length > 0 ? `全年还差${short.join('、')}` : '已达到全年要求');
    expect(await say('chen.siyuan', '我还要去几次才够')).toMatch(/^2026年服务进度/);
    // 「好久没来了」 and 「最近一次来是什么时候」 are answered with the latest visit.
    const last = await service().database.prisma.visit.findFirstOrThrow({
      where: { assignmentId: 'A-001', status: { in: [...COUNTED_STATUSES] } },
      orderBy: { date: 'desc' },
    });
    const day = `${last.date.getUTCMonth() + 1}月${last.date.getUTCDate()}日`;
    expect(await say('sun.jianli', '陈老师好久没来了')).toContain(`最近一次服务 ${day}`);
    expect(await say('sun.jianli', '陈老师最近一次来是什么时候')).toContain(`最近一次服务 ${day}`);
  });
});

describe('when postings end, asked in ordinary words', () => {
  const service = serviceForSuite();
  const say = chatWith(service);
  const postings = () =>
    service().database.prisma.assignment.findMany({ where: { status: 'ACTIVE' }, include: { enterprise: true } });
  const label = (date: Date) => `${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
  const TODAY = Date.UTC(2026, 10, 24);

  it('lists for the office the postings ending within 90 days, soonest first, and for a specialist their own', async () => {
    const all = await postings();
    const soon = all.filter((p) => p.endDate.getTime() - TODAY <= 90 * 86_400_000);
    const later = all.filter((p) => !soon.includes(p));
    expect(soon.length).toBeGreaterThan(0);
    const office = await say('gx.office', '哪些派驻快到期了');
    expect(office).toContain(`全区未来90天内到期的派驻（${soon.length}个）`);
    for (const posting of soon) expect(office).toContain(`${posting.enterprise.shortName}：`);
    for (const posting of later) expect(office).not.toContain(`${posting.enterprise.shortName}：`);

    const a001 = all.find((p) => p.id === 'A-001');
    const own = await say('chen.siyuan', '我的派驻什么时候到期');
    expect(own).toContain(`龙城齿轮：派驻期`);
    expect(own).toContain(label(a001?.endDate as Date));
    expect(await say('sun.jianli', '陈老师派驻到什么时候')).toContain(label(a001?.endDate as Date));
  });

  it('leaves a question about the rule to the documents', async () => {
    expect(await say('chen.siyuan', '派驻到期后还能续吗')).toContain('依据');
  });

  it('answers both when the posting’s end and the rule are asked in one message, either first', async () => {
    const a001 = (await postings()).find((p) => p.id === 'A-001');
    const end = label(a001?.endDate as Date);
    for (const both of ['陈老师派驻到什么时候 到期了还能续吗', '到期以后还能接着派吗？陈老师派驻到啥时候']) {
      const reply = await say('sun.jianli', both);
      expect(reply).toContain(`龙城齿轮：派驻期`);
      expect(reply).toContain(end);
      expect(reply).toContain('到期后根据企业实际需求继续选派');
      expect(reply).toContain('依据');
    }
  });
});
