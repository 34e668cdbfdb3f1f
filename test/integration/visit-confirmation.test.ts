import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chatAllWith, chatWith, confirmAllWith } from '../support/chat.js';
import { createTestService, TEST_ADMIN_TOKEN, type TestService } from '../support/test-service.js';

describe('the enterprise confirms or disputes reported visits', () => {
  let service: TestService;
  beforeAll(async () => {
    service = await createTestService();
  });
  afterAll(async () => {
    await service?.close();
  });

  const say = chatWith(() => service);
  const confirmAll = confirmAllWith(() => service);
  const sayAll = chatAllWith(() => service);
  const db = () => service.database.prisma;
  const noticesTo = (recipientId: string, kind: string) =>
    db().outboxMessage.findMany({ where: { recipientId, kind }, orderBy: { createdAt: 'asc' } });
  const visitWith = (summary: string) => db().visit.findFirstOrThrow({ where: { summary } });
  /** The number a record has in a list shown to a contact. */
  const numberIn = (list: string, summary: string) => new RegExp(`(\\d+)\\. [^\\n]*${summary}`).exec(list)?.[1];

  it('asks the enterprise contact to confirm each new visit, in the same step as storing it', async () => {
    expect(await say('chen.siyuan', '今天在龙城齿轮技术攻关1天，调试淬火炉温控')).toContain('已记录服务');
    const [notice, ...more] = await noticesTo('P-101', 'visit-confirmation');
    expect(more).toEqual([]);
    expect(notice).toMatchObject({ channel: 'LOCAL', target: { channel: 'LOCAL', userId: 'sun.jianli' } });
    expect(notice?.text).toContain('陈思远');
    expect(notice?.text).toContain('龙城齿轮');
    expect(notice?.text).toContain('调试淬火炉温控');
    expect(notice?.text).toContain('确认');
    expect(notice?.text).toContain('有异议');
    // Contacts of other enterprises hear nothing.
    expect(await noticesTo('P-102', 'visit-confirmation')).toEqual([]);
  });

  it('lets a local (demo) user read what was pushed to them at GET /local/inbox', async () => {
    const inbox = await request(service.handler).get('/local/inbox').query({ userId: 'sun.jianli' });
    expect(inbox.status).toBe(200);
    expect(inbox.body.messages).toHaveLength(1);
    expect(inbox.body.messages[0]).toMatchObject({ kind: 'visit-confirmation' });
    const after = inbox.body.messages[0].createdAt;
    const later = await request(service.handler).get('/local/inbox').query({ userId: 'sun.jianli', after });
    expect(later.body.messages).toEqual([]);
    expect((await request(service.handler).get('/local/inbox').query({ after: 'yesterday' })).status).toBe(400);
  });

  it('records 确认 as confirmed and tells the specialist', async () => {
    expect(await say('sun.jianli', '待确认')).toContain('调试淬火炉温控');
    const reply = await say('sun.jianli', '确认');
    expect(reply).toContain('已确认1条服务记录');
    expect((await visitWith('调试淬火炉温控')).status).toBe('CONFIRMED');
    const [told] = await noticesTo('P-001', 'visit-confirmed');
    expect(told?.text).toContain('孙建立');
    expect(await say('sun.jianli', '确认')).toContain('没有待您确认');
    // The ledger names who confirmed it, and when.
    const ledger = await request(service.handler)
      .get('/admin/visits/export?format=csv')
      .set('authorization', `Bearer ${TEST_ADMIN_TOKEN}`);
    const row = ledger.text.split('\r\n').find((line) => line.includes('调试淬火炉温控')) ?? '';
    expect(row).toMatch(/企业已确认,孙建立,\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
  });

  it('records 有异议 with its reason and sends it to the city station of the enterprise only', async () => {
    await say('chen.siyuan', '昨天在龙城齿轮政策宣讲半天，讲解研发费用加计扣除');
    expect(await say('sun.jianli', '有异议')).toContain('请说明异议的原因');
    expect((await visitWith('讲解研发费用加计扣除')).status).toBe('REPORTED');

    const reply = await say('sun.jianli', '有异议 昨天陈老师没有来公司');
    expect(reply).toContain('转设区市服务站');
    const visit = await visitWith('讲解研发费用加计扣除');
    expect(visit).toMatchObject({ status: 'DISPUTED', statusNote: '昨天陈老师没有来公司' });
    const [station] = await noticesTo('P-201', 'visit-disputed');
    expect(station?.text).toContain('昨天陈老师没有来公司');
    expect(station?.text).toContain('陈思远');
    expect(await noticesTo('P-202', 'visit-disputed')).toEqual([]);
    expect(await noticesTo('P-203', 'visit-disputed')).toEqual([]);
    const [reporter] = await noticesTo('P-001', 'visit-disputed');
    expect(reporter?.text).toContain('昨天陈老师没有来公司');
  });

  it('asks which visit when several wait, and accepts a number or 全部确认', async () => {
    await say('chen.siyuan', '11月20日在龙城齿轮对接广西大学实验室资源1天');
    await say('chen.siyuan', '11月19日在龙城齿轮典型示范观摩1天');
    const list = await say('sun.jianli', '确认');
    expect(list).toContain('有2条服务记录待确认');
    expect(list).toContain('1. 11月20日');
    expect(await say('sun.jianli', '有异议 3 不对')).toContain('没有第3条');
    expect(await say('sun.jianli', '确认 2')).toContain('已确认1条');
    expect((await visitWith('对接广西大学实验室资源')).status).toBe('REPORTED');
    expect(await say('sun.jianli', '全部确认')).toContain('已确认1条');
    expect((await visitWith('对接广西大学实验室资源')).status).toBe('CONFIRMED');
  });

  it('asks again after the specialist corrects a visit, and tells the enterprise of a withdrawal', async () => {
    await say('chen.siyuan', '11月16日在龙城齿轮战略规划1天，梳理十五五规划');
    await say('sun.jianli', '确认');
    expect((await visitWith('梳理十五五规划')).status).toBe('CONFIRMED');
    expect(await say('chen.siyuan', '修改 天数 半天')).toContain('已修改服务记录');
    expect((await visitWith('梳理十五五规划')).status).toBe('REPORTED');
    const asked = await noticesTo('P-101', 'visit-confirmation');
    expect(asked.at(-1)?.text).toContain('修改了服务记录');
    expect(asked.at(-1)?.text).toContain('0.5天');

    expect(await say('chen.siyuan', '撤销')).toContain('已撤销');
    const [withdrawn] = await noticesTo('P-101', 'visit-withdrawn');
    expect(withdrawn?.text).toContain('梳理十五五规划');
    expect(await say('sun.jianli', '确认')).toContain('没有待您确认');
  });

  it('does not let a specialist or another enterprise confirm', async () => {
    await say('chen.siyuan', '11月17日在龙城齿轮资源对接半天，引进检测设备供应商');
    expect(await say('ma.weidong', '确认')).toContain('没有待您确认');
    expect(await say('chen.siyuan', '确认')).not.toContain('已确认');
    expect((await visitWith('引进检测设备供应商')).status).toBe('REPORTED');
  });

  it('tells the station of every dispute, also after a correction, and of a disputed visit withdrawn', async () => {
    await confirmAll('sun.jianli');
    await say('chen.siyuan', '11月18日在龙城齿轮典型示范1天，组织观摩数控产线');
    await say('sun.jianli', '不属实，那天陈老师一直没来');
    expect((await visitWith('组织观摩数控产线')).status).toBe('DISPUTED');
    expect(await say('chen.siyuan', '修改 天数 半天')).toContain('已修改服务记录');
    // The objection stays open for the station after the correction: told of it, not asked of the contact again.
    expect((await noticesTo('P-201', 'visit-disputed')).at(-1)?.text).toContain('修改了');
    expect((await noticesTo('P-201', 'visit-disputed')).at(-1)?.text).toContain('仍待核实');
    expect((await visitWith('组织观摩数控产线')).status).toBe('DISPUTED');
    expect((await noticesTo('P-101', 'visit-confirmation')).at(-1)?.text).toContain('无需再次确认');
    expect(await say('chen.siyuan', '撤销')).toContain('已撤销');
    expect((await noticesTo('P-201', 'visit-disputed')).at(-1)?.text).toContain('撤销了');
  });

  it('reads 确认 N against the list the contact was shown', async () => {
    await say('chen.siyuan', '11月10日在龙城齿轮技术攻关1天，第一条');
    await say('chen.siyuan', '11月11日在龙城齿轮技术攻关1天，第二条');
    expect(await say('sun.jianli', '待确认')).toContain('2. 11月11日');
    // Meanwhile the first is confirmed elsewhere: 「确认 2」 still means the second as shown.
    await db().visit.updateMany({ where: { summary: '第一条' }, data: { status: 'CONFIRMED' } });
    expect(await say('sun.jianli', '确认 2')).toContain('第二条');
    expect((await visitWith('第二条')).status).toBe('CONFIRMED');
    await say('chen.siyuan', '11月12日在龙城齿轮技术攻关1天，第三条');
    expect(await say('sun.jianli', '确认 1')).toContain('已经确认或提出异议');
    expect((await visitWith('第三条')).status).toBe('REPORTED');
  });

  it('asks which record a dispute said in plain words means, even when only one waits', async () => {
    await confirmAll('sun.jianli');
    await say('chen.siyuan', '11月13日在龙城齿轮资源对接半天，对接广西大学材料学院');
    const asked = await say('sun.jianli', '这条记录不对，那天陈老师没来厂里');
    expect(asked).toContain('对接广西大学材料学院');
    expect(asked).toContain('请问是对哪一条有异议');
    expect((await visitWith('对接广西大学材料学院')).status).toBe('REPORTED');
    expect(await say('sun.jianli', '1')).toContain('转设区市服务站');
    expect(await visitWith('对接广西大学材料学院')).toMatchObject({
      status: 'DISPUTED',
      statusNote: '这条记录不对，那天陈老师没来厂里',
    });
  });

  it('asks about the one record of the day a plain-words dispute names, disputed on 是, kept on 不是', async () => {
    await say('chen.siyuan', '11月16日在龙城齿轮战略规划1天，梳理十五五技术路线');
    await say('chen.siyuan', '11月17日在龙城齿轮政策宣讲半天，讲高企认定');
    const asked = await say('sun.jianli', '17号陈老师没来啊，这条不对');
    expect(asked).toContain('讲高企认定');
    expect(asked).not.toContain('梳理十五五技术路线');
    expect(asked).toContain('您说的是这一条吗');
    expect(await say('sun.jianli', '不是')).toContain('没有提出');
    expect((await visitWith('讲高企认定')).status).toBe('REPORTED');

    await say('sun.jianli', '11月17日陈老师没来厂里，记录不对');
    // The full list looked at on the side changes nothing: 是 still means the record asked about.
    const all = await say('sun.jianli', '待确认');
    expect(all).toMatch(/1\. 11月16日/);
    expect(await say('sun.jianli', '是的')).toContain('转设区市服务站');
    expect((await visitWith('讲高企认定')).status).toBe('DISPUTED');
    expect((await visitWith('梳理十五五技术路线')).status).toBe('REPORTED');
  });

  it('takes a contact denying the days counted (「上午就走了 应该算半天」) for a dispute of that day’s record', async () => {
    await say('chen.siyuan', '11月18日在龙城齿轮技术攻关1天，检修磨齿机主轴');
    const asked = await say('sun.jianli', '陈老师18号来是来了 但是上午就走了 应该算半天');
    expect(asked).toContain('检修磨齿机主轴');
    expect(asked).toContain('您说的是这一条吗');
    const filed = await say('sun.jianli', '是');
    expect(filed).toContain('转设区市服务站');
    expect(filed).toContain('异议：陈老师18号来是来了 但是上午就走了 应该算半天');
    expect((await visitWith('检修磨齿机主轴')).status).toBe('DISPUTED');
  });

  it('takes 「是来了，不过…」 with what was done or when said otherwise for an objection, asked before it is filed', async () => {
    await say('chen.siyuan', '11月13日在龙城齿轮讲了研发费用加计扣除 半天 政策宣讲');
    const asked = await say('sun.jianli', '13号那天陈老师是来了，不过讲的是高企政策');
    expect(asked).toContain('您说的是这一条吗');
    expect((await visitWith('讲了研发费用加计扣除')).status).toBe('REPORTED');
    const filed = await say('sun.jianli', '是');
    expect(filed).toContain('异议：13号那天陈老师是来了，不过讲的是高企政策');
    expect((await visitWith('讲了研发费用加计扣除')).status).toBe('DISPUTED');
  });

  it('tells a dispute naming a day without a record waiting what that day holds, and offers no other record', async () => {
    // 「陈老师昨天没来啊」: no record of that day at all.
    const none = await say('sun.jianli', '陈老师6号没来啊');
    expect(none).toContain('11月6日（周五）没有服务记录，这天不计入服务天数');
    expect(none).not.toContain('您说的是这一条吗');
    // A day already disputed is said to be with the station.
    const settled = await say('sun.jianli', '17号陈老师没来，那条记录不对');
    expect(settled).toContain('11月17日（周二）的服务记录已不在待确认之列');
    expect(settled).toContain('已提出异议，服务站核实中');
    expect(settled).toContain('请联系柳州服务站核实');
    expect(settled).toContain('另有1条记录待您确认');
    expect((await visitWith('梳理十五五技术路线')).status).toBe('REPORTED');
  });

  it('confirms all of the list but those named (「除了第3条 其他全部确认」), and the rest only when as many remain', async () => {
    await confirmAll('sun.jianli');
    for (const report of [
      '9月14日在龙城齿轮技术攻关1天，渗碳层深度检测',
      '9月15日在龙城齿轮技术攻关1天，淬火变形测量',
      '9月16日在龙城齿轮技术攻关1天，齿轮噪声测试',
    ])
      expect(await say('chen.siyuan', report)).toContain('已记录服务');
    const list = await say('sun.jianli', '待确认');
    const numberOf = (summary: string) => numberIn(list, summary);
    const noise = numberOf('齿轮噪声测试');
    expect(noise).toBeTruthy();
    const reply = await say('sun.jianli', `除了第${noise}条 其他全部确认`);
    expect(reply).toContain(`第${noise}条还没有确认`);
    expect(await visitWith('渗碳层深度检测')).toMatchObject({ status: 'CONFIRMED' });
    expect(await visitWith('淬火变形测量')).toMatchObject({ status: 'CONFIRMED' });
    expect(await visitWith('齿轮噪声测试')).toMatchObject({ status: 'REPORTED' });
    // 「其余两条确认」 when one remains: the list is shown again, nothing confirmed.
    expect(await say('sun.jianli', '其余两条确认')).toContain('齿轮噪声测试');
    expect(await visitWith('齿轮噪声测试')).toMatchObject({ status: 'REPORTED' });
    expect(await say('sun.jianli', '剩下的都确认')).toContain('已确认');
    expect(await visitWith('齿轮噪声测试')).toMatchObject({ status: 'CONFIRMED' });
  });

  it('disputes every record a dispute numbers (「有异议 1 2 那两天厂里放假」), with one reason', async () => {
    await confirmAll('sun.jianli');
    expect(await say('chen.siyuan', '10月12日在龙城齿轮技术攻关1天，齿面硬度检测')).toContain('已记录服务');
    expect(await say('chen.siyuan', '10月13日在龙城齿轮技术攻关1天，金相组织分析')).toContain('已记录服务');
    const list = await say('sun.jianli', '待确认');
    const numberOf = (summary: string) => numberIn(list, summary);
    const [first, second] = [numberOf('齿面硬度检测'), numberOf('金相组织分析')];
    expect(first && second).toBeTruthy();
    await say('sun.jianli', `有异议 ${first} ${second} 那两天厂里放假`);
    for (const summary of ['齿面硬度检测', '金相组织分析'])
      expect(await visitWith(summary)).toMatchObject({ status: 'DISPUTED', statusNote: '那两天厂里放假' });
  });

  it('does both when a confirmation is followed by another request (「全部确认。另外反馈一下：…」)', async () => {
    expect(await say('chen.siyuan', '10月9日在龙城齿轮技术攻关1天，齿轮噪声频谱分析')).toContain('已记录服务');
    await say('sun.jianli', '待确认');
    const feedbackBefore = await db().feedbackTicket.count();
    const reply = await sayAll('sun.jianli', '全部确认。另外反馈一下：研发费用加计扣除的申报系统老是卡，附件传不上去');
    expect(reply).toContain('已确认');
    expect(reply).toMatch(/FK-\d{4}-\d{4}/);
    expect(await visitWith('齿轮噪声频谱分析')).toMatchObject({ status: 'CONFIRMED' });
    expect(await db().feedbackTicket.count()).toBe(feedbackBefore + 1);
    const filed = await db().feedbackTicket.findFirstOrThrow({ orderBy: { createdAt: 'desc' } });
    expect(filed.text).toContain('附件传不上去');
    expect(filed.text).not.toContain('全部确认');
  });

  it('shows the list for a bare 确认 when several wait, confirming none, and still files the request after it', async () => {
    expect(await say('chen.siyuan', '10月7日在龙城齿轮技术攻关1天，滚齿机精度复测')).toContain('已记录服务');
    expect(await say('chen.siyuan', '10月8日在龙城齿轮技术攻关1天，剃齿刀修磨')).toContain('已记录服务');
    const feedbackBefore = await db().feedbackTicket.count();
    const reply = await sayAll('sun.jianli', '确认。另外反馈一下：高企认定的材料清单太复杂了');
    expect(reply).toContain('有2条服务记录待确认');
    expect(reply).toMatch(/已提交政策反馈，编号 FK-/);
    expect(await db().feedbackTicket.count()).toBe(feedbackBefore + 1);
    for (const summary of ['滚齿机精度复测', '剃齿刀修磨'])
      expect(await visitWith(summary)).toMatchObject({ status: 'REPORTED' });
    await confirmAll('sun.jianli');
  });

  it('confirms with 「全部确认」 only the list the contact was shown, and shows a record reported since', async () => {
    expect(await say('chen.siyuan', '10月5日在龙城齿轮技术攻关1天，花键拉刀选型')).toContain('已记录服务');
    expect(await say('sun.jianli', '待确认')).toContain('花键拉刀选型');
    expect(await say('chen.siyuan', '10月6日在龙城齿轮技术攻关1天，热后校直工艺')).toContain('已记录服务');
    const reply = await sayAll('sun.jianli', '全部确认');
    expect(reply).toMatch(/已确认1条[\s\S]*花键拉刀选型/);
    expect(reply).toMatch(/热后校直工艺[\s\S]*您查看列表之后新报的/);
    expect(await visitWith('花键拉刀选型')).toMatchObject({ status: 'CONFIRMED' });
    expect(await visitWith('热后校直工艺')).toMatchObject({ status: 'REPORTED' });
    // Now shown, it is confirmed by the next 「全部确认」.
    expect(await say('sun.jianli', '全部确认')).toMatch(/已确认1条[\s\S]*热后校直工艺/);
    expect(await visitWith('热后校直工艺')).toMatchObject({ status: 'CONFIRMED' });
  });

  it('resolves disputes a station names together with one finding, each of them, and records none when findings differ', async () => {
    const [a, b] = [(await visitWith('齿面硬度检测')).disputeNo, (await visitWith('金相组织分析')).disputeNo];
    expect(a && b).toBeTruthy();
    const stillOpen = async () => {
      for (const summary of ['齿面硬度检测', '金相组织分析'])
        expect(await visitWith(summary)).toMatchObject({ status: 'DISPUTED' });
    };
    expect(await say('liuzhou.station', `核实 ${a} 属实 ${b} 不属实 那天没来`)).toContain('请每条单独发送');
    await stillOpen();
    expect(await say('liuzhou.station', `核实 ${a}、${b} 不属实`)).toContain('需要写明原因');
    await stillOpen();
    const reply = await say('liuzhou.station', `${a}和${b} 核实了 都属实`);
    expect(reply).toContain(`已核实 ${a}`);
    expect(reply).toContain(`已核实 ${b}`);
    for (const summary of ['齿面硬度检测', '金相组织分析'])
      expect(await visitWith(summary)).toMatchObject({ status: 'VERIFIED' });
  });

  it('confirms all of the list but the records named in words (「除了那个转让的 其他都确认」), and none before the list is seen', async () => {
    await say('huang.liping', '11月20日在绿桂生物技术攻关1天，筛选耐高温菌株');
    await say('huang.liping', '11月19日在绿桂生物讲研发费用加计扣除政策半天');
    await say('huang.liping', '上周三帮绿桂生物签了个技术许可合同 20万');
    const unseen = await say('ma.weidong', '除了那个许可的 其他都确认');
    expect(unseen).toContain('以上记录都还没有确认');
    expect((await visitWith('筛选耐高温菌株')).status).toBe('REPORTED');
    const listed = await say('ma.weidong', '待确认');
    expect(listed).toContain('【成果】');
    const done = await sayAll('ma.weidong', '除了那个许可的 其他都确认');
    expect(done).toContain('筛选耐高温菌株');
    expect(done).toMatch(/第\d条还没有确认/);
    expect((await visitWith('筛选耐高温菌株')).status).toBe('CONFIRMED');
    const licence = await db().outcome.findFirstOrThrow({
      where: { assignmentId: 'A-002', kind: 'TRANSFER', amount: 20 },
    });
    expect(licence.status).toBe('REPORTED');
    // A visit named by its kind stays; words that name nothing listed confirm nothing.
    await say('huang.liping', '11月18日在绿桂生物对接了广西大学的发酵实验室 一天');
    await say('huang.liping', '11月17日在绿桂生物讲高企认定政策半天');
    await say('ma.weidong', '待确认');
    expect(await say('ma.weidong', '除了那个培训的 其他都确认')).toContain('以上记录都还没有确认');
    await sayAll('ma.weidong', '除了政策宣讲那条 其余都对');
    const on = (day: string) =>
      db().visit.findFirstOrThrow({ where: { assignmentId: 'A-002', date: new Date(`${day}T00:00:00Z`) } });
    expect((await on('2026-11-18')).status).toBe('CONFIRMED');
    expect((await on('2026-11-17')).status).toBe('REPORTED');
  });

  it('confirms the record of a day said in own words, of the teacher named, and nothing when that day has none', async () => {
    const status = async (words: string) =>
      (await db().visit.findFirstOrThrow({ where: { summary: { contains: words } } })).status;
    expect(await say('li.ming', '昨天在漓江光电标定激光测距模组一天 技术攻关')).toContain('已记录服务');
    expect(await say('wang.fang', '上周五在漓江光电对接桂林电子科大的光学检测平台一天')).toContain('已记录服务');
    // No record of 前天 waits: nothing is confirmed, and what waits is shown.
    expect(await say('wei.xiaohong', '前天那条确认')).toContain('「前天」没有待确认的记录');
    // Nor of 王老师 yesterday.
    expect(await say('wei.xiaohong', '王老师昨天来了 没问题')).toContain('没有待确认的记录');
    expect(await status('标定激光测距模组')).not.toBe('CONFIRMED');
    const confirmed = await say('wei.xiaohong', '李老师昨天确实来了 没问题');
    expect(confirmed).toContain('已确认1条服务记录');
    expect(confirmed).toContain('标定激光测距模组');
    expect(await status('标定激光测距模组')).toBe('CONFIRMED');
    expect(await status('光学检测平台')).not.toBe('CONFIRMED');
    expect(await say('wei.xiaohong', '上周五的没问题')).toContain('光学检测平台');
    expect(await status('光学检测平台')).toBe('CONFIRMED');
    // Saying the teacher came that day confirms it; a remark that takes anything back does not.
    expect(await say('li.ming', '11月17日在漓江光电调试光谱仪一天 技术攻关')).toContain('已记录服务');
    expect(await say('wei.xiaohong', '李老师17号确实来了 但只待了半天')).not.toContain('已确认');
    expect(await status('调试光谱仪')).not.toBe('CONFIRMED');
    await say('wei.xiaohong', '取消');
    expect(await say('wei.xiaohong', '李老师17号确实来了，搞了一整天👍')).toContain('已确认1条服务记录');
    expect(await status('调试光谱仪')).toBe('CONFIRMED');
  });

  it('takes the ways contacts deny a visit (「20号那天没人来」, 「他只来了两天 不是三天」) for a dispute, asked before it is made', async () => {
    await confirmAll('sun.jianli');
    expect(await say('chen.siyuan', '11月9日在龙城齿轮政策宣讲一天 讲研发费用加计扣除')).toContain('已记录服务');
    const asked = await say('sun.jianli', '9号那天没人来宣讲啊 我们都不知道这回事');
    expect(asked).toContain('您说的是这一条吗');
    expect(asked).not.toContain('只有科技特派员可以报备');
    expect(await say('sun.jianli', '是')).toContain('转设区市服务站');
    expect((await visitWith('讲研发费用加计扣除')).status).toBe('DISPUTED');
    expect(await say('chen.siyuan', '11月2日到4日在龙城齿轮技术攻关3天 调试滚齿机')).toContain('已记录服务');
    const days = await say('sun.jianli', '他只来了两天 不是三天');
    expect(days).toContain('调试滚齿机');
    expect(days).not.toContain('不知道该怎么处理');
  });

  it('confirms by number said the way contacts say it (「第2个也对」, 「1没错」)', async () => {
    await confirmAll('sun.jianli');
    expect(await say('chen.siyuan', '10月26日在龙城齿轮技术攻关1天 测齿面硬度')).toContain('已记录服务');
    expect(await say('chen.siyuan', '10月28日在龙城齿轮技术攻关1天 测齿轮跳动')).toContain('已记录服务');
    const list = await say('sun.jianli', '待确认');
    const numberOf = (summary: string) => numberIn(list, summary);
    expect(await say('sun.jianli', `第${numberOf('测齿轮跳动')}个也对`)).toContain('已确认1条');
    expect((await visitWith('测齿轮跳动')).status).toBe('CONFIRMED');
    expect((await visitWith('测齿面硬度')).status).not.toBe('CONFIRMED');
    expect(await say('sun.jianli', `${numberOf('测齿面硬度')}没错`)).toContain('已确认1条');
    expect((await visitWith('测齿面硬度')).status).toBe('CONFIRMED');
    // Confirmed by mistake: no objection can be made any more, and the reply says who can still correct it.
    const late = await say('sun.jianli', '哎呀点错了 第一条天数不对 是两天');
    expect(late).toContain('已确认的记录不能再提异议');
    expect(late).toContain('请告诉科技特派员修改');
  });
});
