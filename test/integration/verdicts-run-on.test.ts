import { describe, expect, it } from 'vitest';
import { chatAllWith } from '../support/chat.js';
import { serviceForSuite } from '../support/test-service.js';

// Verdicts as contacts type or dictate them (test clock: 2026-11-24). The demo outcomes are loaded: 漓江光电 has a
// national project (申报) waiting, reported by 王芳.
describe('verdicts run on or said with 「不过」', () => {
  const service = serviceForSuite({ demoOutcomes: true });
  const say = chatAllWith(service);
  const db = () => service().database.prisma;
  const status = async (summary: string) => (await db().visit.findFirstOrThrow({ where: { summary } })).status;

  it('reads a run-on of verdicts by day, and disputes only the day objected to', async () => {
    expect(await say('chen.siyuan', '11月23号在龙城齿轮给员工讲课 讲研发费用加计扣除 政策宣讲 半天')).toContain(
      '已记录',
    );
    expect(await say('chen.siyuan', '11月20号在龙城齿轮对接柳工的检测中心 资源对接 一天')).toContain('已记录');
    expect(await say('chen.siyuan', '11月18号在龙城齿轮调试齿轮箱一天 技术攻关')).toContain('已记录');
    const readBack = await say(
      'sun.jianli',
      '嗯那个23号那个讲课的是对的20号那个对接柳工的也对那个18号那天陈老师好像没来吧我记得那天我们停产检修',
    );
    expect(await status('调试齿轮箱')).toBe('REPORTED');
    expect(readBack).toContain('调试齿轮箱');
    expect(await say('sun.jianli', '是')).toContain('已记录您的异议');
    expect(await status('调试齿轮箱')).toBe('DISPUTED');
    expect(await status('对接柳工的检测中心')).toBe('CONFIRMED');
    expect(await status('给员工讲课 讲研发费用加计扣除')).toBe('CONFIRMED');
  });

  it('says a day objected to has no record, never disputing the day said right in its place', async () => {
    expect(await say('chen.siyuan', '11月16号在龙城齿轮调试磨齿机一天 技术攻关')).toContain('已记录');
    const reply = await say('sun.jianli', '16号那条对 22号陈老师没来');
    expect(reply).toContain('11月22日');
    expect(reply).toContain('没有服务记录');
    expect(reply).not.toContain('回复「是」提出异议');
    expect(await status('调试磨齿机')).toBe('REPORTED');
  });

  it('never confirms the record named after 「不过」: it is asked about, and the others are said to wait', async () => {
    expect(await say('li.ming', '11月20号在漓江光电调试镀膜机一天 技术攻关')).toContain('已记录');
    const asked = await say('wei.xiaohong', '都没问题 不过那个国家级项目我们只是在准备材料 还没报上去');
    expect(asked).not.toContain('已确认');
    expect(asked).toContain('在线光学检测仪器关键技术');
    expect(asked).toContain('回复「是」提出异议');
    expect(asked).toContain('其余几条还没有确认');
    const project = () => db().outcome.findFirstOrThrow({ where: { title: { contains: '在线光学检测仪器' } } });
    expect((await project()).status).toBe('REPORTED');
    expect(await say('wei.xiaohong', '是')).toContain('异议');
    expect((await project()).status).toBe('DISPUTED');
    expect(await status('调试镀膜机')).toBe('REPORTED');
  });

  it('takes yes with more words to 「您说的是这一条吗」 as yes, the words kept with the objection', async () => {
    expect(await say('chen.siyuan', '11月13号在龙城齿轮调试滚齿机一天 技术攻关')).toContain('已记录');
    expect(await say('sun.jianli', '13号那天陈老师没来')).toContain('回复「是」提出异议');
    expect(await say('sun.jianli', '是的 日期不对')).toContain('异议：13号那天陈老师没来 日期不对');
    expect(await status('调试滚齿机')).toBe('DISPUTED');
    expect(await say('chen.siyuan', '11月12号在龙城齿轮调试插齿机一天 技术攻关')).toContain('已记录');
    expect(await say('sun.jianli', '12号那天陈老师没来')).toContain('回复「是」提出异议');
    expect(await say('sun.jianli', '嗯嗯 是这样')).toMatch(/异议：12号那天陈老师没来$/m);
    expect(await status('调试插齿机')).toBe('DISPUTED');
  });

  it('reads short verdicts as contacts send them: 「没这回事」 asks which, a day with what was done confirms that one', async () => {
    expect(await say('huang.liping', '11月20号在绿桂生物讲高企政策 政策宣讲 半天')).toContain('已记录');
    expect(await say('huang.liping', '11月21号在绿桂生物调发酵罐 技术攻关 一天')).toContain('已记录');
    // Before, 「没这回事」 was a policy question the documents miss.
    expect(await say('ma.weidong', '没这回事')).toContain('请问是对哪一条有异议');
    expect(await say('ma.weidong', '取消')).toContain('没有提出异议');
    // 「讲政策」 of 「讲高企政策」 on the 20th: that record (it was said no such record waited).
    expect(await say('ma.weidong', '20号那个讲政策的对 🙏')).toContain('已确认1条服务记录');
    expect(await status('讲高企政策')).toBe('CONFIRMED');
    expect(await status('调发酵罐')).toBe('REPORTED');
  });

  it('asks about what waits when a verdict names no day of its own, never saying nothing waits', async () => {
    expect(await say('zhao.min', '11月19号在蓝湾食品调试杀菌釜 技术攻关 一天')).toContain('已记录');
    const asked = await say('lan.tian', '问了 车间说赵老师那天确实来了 没问题');
    expect(asked).toContain('调试杀菌釜');
    expect(asked).toContain('是指以上记录属实吗');
    expect(await status('调试杀菌釜')).toBe('REPORTED');
  });

  it('never takes hesitation after 「您说的是这一条吗」 for yes, and confirms only this month’s record of 「昨天」', async () => {
    expect(await say('zhao.min', '10月23号在蓝湾食品调试灌装机 技术攻关 一天')).toContain('已记录');
    expect(await say('zhao.min', '11月23号在蓝湾食品调试封口机 技术攻关 一天')).toContain('已记录');
    expect(await say('lan.tian', '23号那天赵老师没来')).toContain('回复「是」提出异议');
    expect(await say('lan.tian', '是的 等我问问车间主任再说')).not.toContain('已记录您的异议');
    expect(await status('调试封口机')).toBe('REPORTED');
    expect(await say('lan.tian', '取消')).toBeTruthy();
    // Yes with why (no objection word) still objects.
    expect(await say('lan.tian', '23号那天赵老师没来')).toContain('回复「是」提出异议');
    expect(await say('lan.tian', '是的 那天厂里停产')).toContain('异议：23号那天赵老师没来 那天厂里停产');
    expect(await status('调试封口机')).toBe('DISPUTED');
    // 「那条」 of 10月23日 waits still; 「上个月23号那条没问题」 confirms only it.
    expect(await say('lan.tian', '上个月23号那条没问题')).toContain('已确认1条服务记录');
    expect(await status('调试灌装机')).toBe('CONFIRMED');
  });

  it('confirms all on 「全部确认」 with words of the enterprise’s own work after it', async () => {
    expect(await say('liu.yang', '11月10号在山湖农机调试播种机 技术攻关 一天')).toContain('已记录');
    expect(await say('qin.hai', '全部确认，专利申请书还没提交，刘老师在帮我们改')).toContain('已确认');
    expect(await status('调试播种机')).toBe('CONFIRMED');
  });

  it('confirms only this month’s record of 「前天那条」, never the same day of another month', async () => {
    expect(await say('zhao.min', '10月22号在蓝湾食品调试冷库 技术攻关 一天')).toContain('已记录');
    expect(await say('zhao.min', '11月22号在蓝湾食品调试杀菌线 技术攻关 一天')).toContain('已记录');
    expect(await say('lan.tian', '前天那条没问题')).toContain('已确认1条服务记录');
    expect(await status('调试杀菌线')).toBe('CONFIRMED');
    expect(await status('调试冷库')).toBe('REPORTED');
  });
});
