import { describe, expect, it } from 'vitest';
import { chatWith } from '../support/chat.js';
import { serviceForSuite } from '../support/test-service.js';

// 陈思远 (chen.siyuan, P-001) serves 龙城齿轮 in 柳州, whose contact is 孙建立 (sun.jianli, P-101) and whose station
// official is 杨帆 (liuzhou.station, P-201). The test clock starts on 2026-11-24.
describe('the parties of a disputed visit, in their own words', () => {
  const service = serviceForSuite();
  const say = chatWith(service);
  const db = () => service().database.prisma;
  const visit = (summary: string) => db().visit.findFirstOrThrow({ where: { summary } });
  const sent = (recipientId: string, containing: string) =>
    db().outboxMessage.findMany({ where: { recipientId, text: { contains: containing } } });

  it('tells an enterprise with no open objection that there is nothing to take back', async () => {
    expect(await say('sun.jianli', '那条异议撤回吧')).toContain('没有待核实的异议');
  });

  it('tells a specialist with no open objection so, and passes nothing on', async () => {
    expect(await say('chen.siyuan', '企业说我没去，我那天确实去了，有照片')).toContain('没有企业提出、待核实的异议');
    expect(await sent('P-201', '说明')).toHaveLength(0);
  });

  it('passes the specialist’s account of a disputed visit to the station only on 是', async () => {
    expect(await say('chen.siyuan', '11月20日在龙城齿轮技术攻关1天，调试磨齿机')).toContain('已记录服务');
    expect(await say('sun.jianli', '20号陈老师没来过')).toContain('调试磨齿机');
    expect(await say('sun.jianli', '是')).toContain('已记录您的异议');
    const { disputeNo } = await visit('调试磨齿机');
    expect(disputeNo).toMatch(/^YY-2026-/);

    const offer = await say('chen.siyuan', '企业说我20号没去，我那天确实去了，有照片');
    expect(offer).toContain('柳州市服务站');
    expect(offer).toContain(disputeNo as string);
    expect(offer).toContain('回复「是」转交');
    expect(await sent('P-201', '有照片')).toHaveLength(0);
    expect(await say('chen.siyuan', '是')).toContain('已转告柳州市服务站');
    const [account] = await sent('P-201', '有照片');
    expect(account?.text).toContain(`关于异议 ${disputeNo}`);
    expect(account?.text).toContain('科技特派员陈思远');
    // The account is no finding: the station still decides.
    expect((await visit('调试磨齿机')).status).toBe('DISPUTED');

    // Said without 企业说 or 异议: the one who objected found wrong, or the dispute named by its number. Neither is a
    // report of a visit somewhere (「有签到表和照片」 was read as an enterprise's name).
    for (const words of [
      '20号我确实去了 有签到表和照片 孙经理记错了',
      // A protest with what shows it (it was read as a report at an enterprise called 「了啊」).
      '20号那天我确实去了啊 门卫有登记的',
      `${disputeNo} 那天我在的，厂里质检科的人都看到了`,
    ]) {
      const offered = await say('chen.siyuan', words);
      expect(offered, words).toContain('要把您的说明转给柳州市服务站吗');
      expect(offered, words).toContain(disputeNo as string);
      expect(await say('chen.siyuan', '不是'), words).not.toContain('已记录');
    }
  });

  it('keeps the objection when the enterprise says 不是 to taking it back', async () => {
    // 「…还是确认吧 我记错了」 takes it back in plain words too; it is asked first.
    expect(await say('sun.jianli', '算了 20号那条还是确认吧 我记错了')).toContain('要撤回对这条服务记录的异议吗');
    expect(await say('sun.jianli', '不是')).toContain('异议保留');
    const asked = await say('sun.jianli', '不好意思搞错了 陈老师20号确实来了');
    expect(asked).toContain('要撤回对这条服务记录的异议吗');
    expect(asked).toContain('11月20日');
    expect(asked).toContain('调试磨齿机');
    expect(await say('sun.jianli', '不是')).toContain('异议保留');
    expect((await visit('调试磨齿机')).status).toBe('DISPUTED');
  });

  it('takes the objection back on 是: the visit counts as confirmed, and the specialist and the station are told', async () => {
    expect(await say('sun.jianli', '搞错了 陈老师20号那天确实来了')).toContain('要撤回对这条服务记录的异议吗');
    const done = await say('sun.jianli', '是');
    expect(done).toContain('已撤回异议');
    expect(done).toContain('计入服务次数和天数');
    const confirmed = await visit('调试磨齿机');
    expect(confirmed).toMatchObject({ status: 'CONFIRMED', confirmedById: 'P-101' });
    expect(confirmed.disputeNo).toMatch(/^YY-2026-/);
    expect(await sent('P-001', '撤回了对您服务记录的异议')).toHaveLength(1);
    expect(await sent('P-201', '【异议已撤回')).toHaveLength(1);
    // The station's 待办 no longer lists it, and 是 again takes nothing back twice.
    expect(await say('liuzhou.station', '待办')).not.toContain(confirmed.disputeNo as string);
    expect(await say('sun.jianli', '那条异议撤回吧')).toContain('没有待核实的异议');
    expect(await sent('P-001', '撤回了对您服务记录的异议')).toHaveLength(1);
  });

  it('asks which objection when several are open and the words name none', async () => {
    expect(await say('chen.siyuan', '11月16日在龙城齿轮技术攻关1天，测齿轮精度')).toContain('已记录服务');
    expect(await say('chen.siyuan', '11月17日在龙城齿轮技术攻关1天，改夹具')).toContain('已记录服务');
    expect(await say('sun.jianli', '16号陈老师没来过')).toContain('测齿轮精度');
    expect(await say('sun.jianli', '是')).toContain('已记录您的异议');
    expect(await say('sun.jianli', '17号陈老师也没来过')).toContain('改夹具');
    expect(await say('sun.jianli', '是')).toContain('已记录您的异议');
    const which = await say('sun.jianli', '那两条异议我们搞错了，撤回');
    expect(which).toContain('请说明是哪一天的');
    expect((await visit('测齿轮精度')).status).toBe('DISPUTED');
    expect(await say('sun.jianli', '17号那条异议撤回')).toContain('改夹具');
    expect(await say('sun.jianli', '算了不撤了，等服务站查吧')).toContain('异议保留');
    expect(await say('sun.jianli', '17号那条异议撤回')).toContain('改夹具');
    expect(await say('sun.jianli', '好的撤回')).toContain('已撤回异议');
    expect((await visit('改夹具')).status).toBe('CONFIRMED');
    expect((await visit('测齿轮精度')).status).toBe('DISPUTED');
  });
});
