import { describe, expect, it } from 'vitest';
import { chatAllWith, chatWith } from '../support/chat.js';
import { serviceForSuite } from '../support/test-service.js';

/** What a contact says of the records waiting, in the words contacts use (today = 2026-11-24). */
describe('a contact’s verdicts in their own words', () => {
  const service = serviceForSuite();
  const say = chatWith(service);
  const statusOf = async (summary: string) =>
    (await service().database.prisma.visit.findFirstOrThrow({ where: { summary } })).status;

  it('reads 「20号那条对 23号那条时间不对…」 as one right and one objected to, never the first disputed', async () => {
    expect(await say('chen.siyuan', '11月20日在龙城齿轮调试磨齿机 一天 技术攻关')).toContain('已记录服务');
    expect(await say('chen.siyuan', '11月23日在龙城齿轮讲了高企政策 半天 政策宣讲')).toContain('已记录服务');
    const asked = await say('sun.jianli', '20号那条对 23号那条时间不对 只讲了一个钟头');
    expect(asked).toMatch(/调试磨齿机\n\s*→ 属实/);
    expect(asked).toMatch(/讲了高企政策\n\s*→ 有异议：23号那条时间不对 只讲了一个钟头/);
    expect(await say('sun.jianli', '是')).toContain('已确认1条服务记录');
    expect(await statusOf('调试磨齿机')).toBe('CONFIRMED');
    expect(await statusOf('讲了高企政策')).toBe('DISPUTED');
  });

  it('reads 「第一条对 第二条陈老师来是来了 不过…」 back as one right and one objected to', async () => {
    expect(await say('chen.siyuan', '11月16日在龙城齿轮检修滚齿机 一天 技术攻关')).toContain('已记录服务');
    expect(await say('chen.siyuan', '11月17日在龙城齿轮讲了研发补助 半天 政策宣讲')).toContain('已记录服务');
    expect(await say('sun.jianli', '待确认')).toContain('2. 11月17日');
    const asked = await say('sun.jianli', '第一条对 第二条陈老师来是来了 不过没讲什么 就是来看了看');
    expect(asked).toMatch(/检修滚齿机\n\s*→ 属实/);
    expect(asked).toMatch(/讲了研发补助\n\s*→ 有异议：陈老师来是来了 不过没讲什么 就是来看了看/);
    expect(await statusOf('讲了研发补助')).toBe('REPORTED');
    await say('sun.jianli', '是');
    expect(await statusOf('检修滚齿机')).toBe('CONFIRMED');
    expect(await statusOf('讲了研发补助')).toBe('DISPUTED');
  });

  it('asks which records a bare 「没问题」 is said of, and confirms on 「陈老师两次都来了 没毛病」', async () => {
    expect(await say('chen.siyuan', '11月12日在龙城齿轮调试淬火炉 一天 技术攻关')).toContain('已记录服务');
    expect(await say('chen.siyuan', '11月13日在龙城齿轮对接检测平台 半天 资源对接')).toContain('已记录服务');
    const asked = await say('sun.jianli', '没问题');
    expect(asked).toContain('您说的「没问题」是指以上记录属实吗');
    expect(await statusOf('调试淬火炉')).toBe('REPORTED');
    expect(await say('sun.jianli', '陈老师两次都来了 没毛病')).toContain('已确认2条服务记录');
    expect(await statusOf('对接检测平台')).toBe('CONFIRMED');
    // With nothing waiting, 「没问题」 is only an acknowledgement.
    expect(await say('sun.jianli', '没问题')).toContain('好的');
  });

  it('confirms the record of the day named with the teacher (「20号那天赵老师是来了的 没问题」, 「赵老师那天确实来了」)', async () => {
    expect(await say('zhao.min', '11月19日在蓝湾食品调试杀菌釜 一天 技术攻关')).toContain('已记录服务');
    expect(await say('zhao.min', '11月20日在蓝湾食品讲了食品标签新规 半天 政策宣讲')).toContain('已记录服务');
    expect(await say('lan.tian', '19号那天赵老师是来了的 没问题')).toContain('已确认1条服务记录');
    expect(await statusOf('调试杀菌釜')).toBe('CONFIRMED');
    expect(await say('lan.tian', '赵老师那天确实来了')).toContain('已确认1条服务记录');
    expect(await statusOf('讲了食品标签新规')).toBe('CONFIRMED');
  });

  it('settles what is said of records and answers the question asked after them (「…另外想问下…能申请吗」)', async () => {
    expect(await say('huang.liping', '11月20日在绿桂生物搞菌种筛选 一天 技术攻关')).toContain('已记录服务');
    expect(await say('huang.liping', '11月23日在绿桂生物讲了高企政策 半天 政策宣讲')).toContain('已记录服务');
    const asked = await chatAllWith(service)(
      'ma.weidong',
      '20号那个没问题，23号那个黄老师讲是讲了 不过也就一个钟头左右 另外想问下我们是规上企业能申请派特派员吗',
    );
    expect(asked).toMatch(/搞菌种筛选\n\s*→ 属实/);
    expect(asked).toMatch(/讲了高企政策\n\s*→ 有异议：23号那个黄老师讲是讲了 不过也就一个钟头左右\n/);
    expect(asked).toContain('规上工业企业');
    await say('ma.weidong', '是');
    expect(await statusOf('搞菌种筛选')).toBe('CONFIRMED');
    const disputed = await service().database.prisma.visit.findFirstOrThrow({ where: { summary: '讲了高企政策' } });
    expect(disputed.status).toBe('DISPUTED');
    expect(disputed.statusNote).not.toContain('规上');
  });

  it('confirms only the records of the teacher named (「王老师那天确实来了」 of 赵敏’s record confirms nothing)', async () => {
    expect(await say('zhao.min', '11月9日在蓝湾食品调试封口机 一天 技术攻关')).toContain('已记录服务');
    const none = await say('lan.tian', '王老师那天确实来了');
    expect(none).toContain('没有王老师的待确认记录');
    expect(await statusOf('调试封口机')).toBe('REPORTED');
    expect(await say('lan.tian', '赵老师那天确实来了')).toContain('已确认1条服务记录');
    expect(await statusOf('调试封口机')).toBe('CONFIRMED');
  });

  it('confirms 「27号那条对的 刘老师确实来了一整天」 and answers the question asked after it', async () => {
    expect(await say('liu.yang', '11月6日在山湖农机调试播种机 一天 技术攻关')).toContain('已记录服务');
    const both = await chatAllWith(service)(
      'qin.hai',
      '6号那条对的 刘老师确实来了一整天 另外想问下派驻企业要具备什么条件',
    );
    expect(both).toContain('已确认1条服务记录');
    expect(both).not.toContain('只有科技特派员');
    expect(both).toContain('依据');
    expect(await statusOf('调试播种机')).toBe('CONFIRMED');
  });
});
