import { describe, expect, it } from 'vitest';
import { chatWith } from '../support/chat.js';
import { serviceForSuite } from '../support/test-service.js';

// The test clock starts on 2026-11-24 in Asia/Shanghai; the roster is the demo roster. 陈思远 serves 龙城齿轮 alone,
// 刘洋 serves 山湖农机 (玉林) and 石韵新材 (贺州); a team of 桂林电子科技大学 serves 漓江光电.
describe('who serves whom, asked in ordinary words', () => {
  const service = serviceForSuite();
  const say = chatWith(service);
  const active = () =>
    service().database.prisma.assignment.findMany({
      where: { status: 'ACTIVE' },
      include: {
        enterprise: { include: { city: true } },
        specialist: true,
        team: { include: { leader: true, members: { include: { person: true } } } },
      },
    });

  it('lists for the office a city’s postings with their specialists, and counts the region’s people once each', async () => {
    const all = await active();
    const yulin = all.filter((p) => p.enterprise.city.name === '玉林市');
    const reply = await say('gx.office', '玉林的特派员都有谁');
    expect(reply).toContain(`玉林市进行中的派驻 ${yulin.length} 个`);
    for (const posting of yulin)
      expect(reply).toContain(`${posting.enterprise.shortName}：${posting.specialist?.name}`);
    expect(reply).not.toContain('龙城齿轮');

    const people = new Set(
      all.flatMap((p) => [p.specialistId, ...(p.team?.members.map((m) => m.personId) ?? [])].filter(Boolean)),
    );
    const region = await say('gx.office', '全区一共有多少特派员啊');
    expect(region).toContain(`全区进行中的派驻 ${all.length} 个，科技特派员 ${people.size} 人`);
    const team = all.find((p) => p.team)?.team;
    expect(team).toBeDefined();
    expect(region).toContain(`${team?.name}（团长 ${team?.leader.name}`);
  });

  it('keeps a station to its own city, and answers an enterprise and a specialist with their own postings', async () => {
    const station = await say('liuzhou.station', '我们市有哪些特派员');
    expect(station).toContain('柳州市进行中的派驻');
    expect(station).toContain('龙城齿轮：陈思远');
    expect(station).not.toContain('山湖农机');
    expect(await say('liuzhou.station', '玉林的特派员都有谁')).toContain('玉林市的情况请向玉林市服务站');

    const enterprise = await say('sun.jianli', '给我们派的是哪位老师呀');
    expect(enterprise).toMatch(/^· 龙城齿轮：陈思远 .*（广西大学），派驻期 2025年.*—2027年/);
    expect(await say('sun.jianli', '陈老师是哪个学校的')).toContain('广西大学');

    const own = await say('liu.yang', '我现在负责哪些企业来着');
    expect(own).toContain('山湖农机：刘洋');
    expect(own).toContain('石韵新材：刘洋');
    expect(own).not.toContain('龙城齿轮');
  });

  it('gives the postings of a specialist an official names in full, and leaves a rule to the documents', async () => {
    const named = await say('gx.office', '刘洋老师派在哪几家');
    expect(named).toContain('山湖农机：刘洋');
    expect(named).toContain('石韵新材：刘洋');
    expect(named).not.toContain('陈思远');
    const progress = await say('gx.office', '陈思远老师今年完成了吗');
    expect(progress).toContain('龙城齿轮');
    expect(progress).not.toContain('山湖农机');

    expect(await say('sun.jianli', '一家企业最多能派几个特派员')).toContain('依据');
  });
});

describe('the service records themselves, asked for in a chat', () => {
  const service = serviceForSuite();
  const say = chatWith(service);

  it('lists a specialist’s visits of the year with what was done, and says how to get a file', async () => {
    expect(await say('chen.siyuan', '昨天在龙城齿轮技术攻关1天，调试热处理工艺参数')).toContain('已记录');
    const stored = await service().database.prisma.visit.findMany({
      where: { assignmentId: 'A-001', date: { gte: new Date('2026-01-01T00:00:00Z') }, status: { not: 'REJECTED' } },
    });
    const reply = await say('chen.siyuan', '能导出我全年的服务记录吗 要交给学校');
    expect(reply).toContain('今年（1月1日—11月24日）的服务');
    expect(reply).toContain(`龙城齿轮：走访 ${stored.length} 次`);
    expect(reply).toContain('技术攻关 1天（陈思远）：调试热处理工艺参数');
    expect(reply).toContain('Excel 台账');

    const month = await say('chen.siyuan', '这个月的服务记录');
    expect(month).toContain('本月（11月1日—11月24日）的服务');
    expect(month).not.toContain('Excel');
  });

  it('gives a station its city’s records by posting, and a quarter when asked', async () => {
    const reply = await say('liuzhou.station', '柳州这个季度的走访台账');
    expect(reply).toContain('柳州市本季度（10月1日—11月24日）');
    expect(reply).toContain('龙城齿轮');
  });
});
