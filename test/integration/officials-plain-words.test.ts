import { describe, expect, it } from 'vitest';
import { chatWith } from '../support/chat.js';
import { serviceForSuite } from '../support/test-service.js';

/** What city stations and the regional office ask in everyday words (today = 2026-11-24). */
describe('officials asking in their own words', () => {
  const service = serviceForSuite();
  const say = chatWith(service);
  const db = () => service().database.prisma;

  it('shows the open objections asked after by enterprise or count, never a policy answer', async () => {
    // 北海 has no station: the regional office checks 蓝湾食品's objections.
    expect(await say('zhao.min', '11月19号在蓝湾食品调试杀菌釜 一天 技术攻关')).toContain('已记录服务');
    expect(await say('lan.tian', '19号赵老师没来过')).toContain('调试杀菌釜');
    expect(await say('lan.tian', '是')).toContain('已记录您的异议');
    const asked = await say('gx.office', '北海蓝湾那条异议啥情况');
    expect(asked).toContain('待核实的服务记录异议（1条');
    expect(asked).toContain('蓝湾食品');
    expect(asked).not.toContain('未找到相关政策');
    const counted = await say('liuzhou.station', '异议有几条');
    expect(counted).toContain('目前没有待核实的服务记录异议');
    expect(counted).not.toContain('企业联系人');
  });

  it('never offers an official 「转反馈」, which only enterprises and their specialists may use', async () => {
    for (const [who, question] of [
      ['gx.office', '退休返聘人员的社保怎么交'],
      ['liuzhou.station', '服务站的办公经费怎么报销'],
    ] as const)
      expect(await say(who, question), question).not.toContain('转反馈');
    expect(await say('sun.jianli', '退休返聘人员的社保怎么交')).toContain('转反馈');
  });

  it('reads 「哪个市最拉胯」 as the cities’ progress, behind pace first', async () => {
    const reply = await say('gx.office', '全区哪个市最拉胯');
    expect(reply).toContain('分市（落后占比高的在前）');
    expect(reply).not.toContain('未找到相关政策');
  });

  it('offers 「给所有特派员发个通知：…逾期不补」 to the city’s specialists, sent only on 是', async () => {
    const words = '给所有特派员发个通知：本月底前补报11月服务记录，逾期不补';
    const offered = await say('liuzhou.station', words);
    expect(offered).toContain('转告柳州市的1位科技特派员');
    expect(offered).not.toContain('待处理的政策反馈');
    const sent = () => db().outboxMessage.count({ where: { recipientId: 'P-001', text: { contains: '逾期不补' } } });
    expect(await sent()).toBe(0);
    expect(await say('liuzhou.station', '是')).toContain('已转告');
    expect(await sent()).toBe(1);
  });

  it('sends only the answer of 「…财政厅说已经拨到了 这么答复他们然后关掉」, for the ticket its words name, on 是', async () => {
    const filed = async (text: string) => {
      await say('lan.tian', `反馈：${text}`);
      return (await db().feedbackTicket.findFirstOrThrow({ where: { text }, orderBy: { createdAt: 'desc' } })).ticketNo;
    };
    const subsidy = await filed('市级研发后补助申请了半年还没到账');
    const audit = await filed('高企认定的专项审计报告税务局不认');
    const asked = await say(
      'gx.office',
      '蓝湾那个补助没到账的 财政厅说上周已经拨到北海市科技局了 这么答复他们然后关掉',
    );
    expect(asked).toContain(`要关闭反馈 ${subsidy}`);
    expect(asked).toContain('「财政厅说上周已经拨到北海市科技局了」');
    expect(await say('gx.office', '是')).toContain('已关闭');
    const [told] = await db().outboxMessage.findMany({
      where: { recipientId: 'P-106', text: { contains: subsidy } },
      orderBy: { createdAt: 'desc' },
      take: 1,
    });
    expect(told?.text).toContain('财政厅说上周已经拨到北海市科技局了');
    expect(told?.text).not.toMatch(/这么答复|然后关/);
    // By number, the answer before 「先这样答复他」 is the answer, read back before it is sent.
    const read = await say('gx.office', `${audit} 我们已经跟市税务局沟通了 审计报告可以用去年的 先这样答复他`);
    expect(read).toContain(audit);
    expect(read).toContain('「我们已经跟市税务局沟通了 审计报告可以用去年的」');
    expect(await say('gx.office', '是')).toContain('已答复');
    // Musing is no answer: nothing is sent.
    expect(await say('gx.office', `${audit} 我觉得可以这样回复然后关掉`)).not.toContain('已关闭');
    const ticket = await db().feedbackTicket.findUniqueOrThrow({
      where: { ticketNo: audit },
      include: { replies: true },
    });
    expect(ticket.replies.map((reply) => reply.text)).toContain('我们已经跟市税务局沟通了 审计报告可以用去年的');
  });

  it('reads 「FK-… 联系了…税务局 他们明天派人上门指导」 as the answer to that ticket, sent only on 是', async () => {
    await say('sun.jianli', '反馈：研发费用加计扣除备案一直办不下来');
    const { ticketNo } = await db().feedbackTicket.findFirstOrThrow({
      where: { text: { contains: '备案一直办不下来' } },
    });
    const asked = await say('liuzhou.station', `${ticketNo} 联系了城中区税务局 他们明天派人上门指导`);
    // Never read as a visit report (「只有科技特派员可以报备」).
    expect(asked).not.toContain('报备');
    expect(asked).toContain(`要答复反馈 ${ticketNo}`);
    expect(asked).toContain('「联系了城中区税务局 他们明天派人上门指导」');
    expect((await db().feedbackTicket.findUniqueOrThrow({ where: { ticketNo } })).status).toBe('SUBMITTED');
    expect(await say('liuzhou.station', '是')).toContain('已答复');
    expect(await say('sun.jianli', '我的反馈')).toContain('联系了城中区税务局 他们明天派人上门指导');
    // Words that also read as feedback (材料) are the answer when a station says them of a ticket.
    await say('lan.tian', '反馈：海洋捕捞许可证续期材料要交三遍');
    const { ticketNo: permit } = await db().feedbackTicket.findFirstOrThrow({
      where: { text: { contains: '许可证续期' } },
    });
    expect(await say('gx.office', `${permit} 已协调北海市海洋局，下周起材料只交一次`)).toContain(
      `要答复反馈 ${permit}`,
    );
    expect(await say('gx.office', '是')).toContain('已答复');
    // A question about the ticket, or a note to self, is no answer to it.
    for (const words of ['现在什么情况', '这个我来跟进一下', '这个企业我认识 老板姓李', '先放着 下周再说'])
      expect(await say('liuzhou.station', `${ticketNo} ${words}`), words).not.toContain('要答复反馈');
  });

  it('gives one answer to each ticket joined in 「回复 FK-…、0002 …」, and sends no 「和 FK-…」 as an answer', async () => {
    expect(await say('mo.li', '反馈：科技创新券兑付太慢了')).toContain('已提交政策反馈');
    expect(await say('mo.li', '反馈：中试基地补贴申报入口找不到')).toContain('已提交政策反馈');
    const tickets = await db().feedbackTicket.findMany({
      where: { text: { in: ['科技创新券兑付太慢了', '中试基地补贴申报入口找不到'] } },
      orderBy: { ticketNo: 'asc' },
    });
    const [first, second] = tickets.map((t) => t.ticketNo) as [string, string];
    const office = 'gx.office';
    const plain = await say(office, `${first} 和 ${second} 已转高新处统一处理`);
    expect(plain).toContain('没有答复任何一条');
    expect(
      (await db().feedbackTicket.findMany({ where: { ticketNo: { in: [first, second] } } })).map((t) => t.status),
    ).toEqual(['SUBMITTED', 'SUBMITTED']);
    await say(office, `回复 ${first}、${second.slice(-4)} 已转高新处统一处理`);
    const answered = await db().feedbackReply.findMany({ where: { ticket: { ticketNo: { in: [first, second] } } } });
    expect(answered.map((reply) => reply.text)).toEqual(['已转高新处统一处理', '已转高新处统一处理']);
  });

  it('sends an official the digest asked for in own words: a station its city, the office the region', async () => {
    for (const asked of ['给我发一下本周的简报', '本月柳州特派员服务情况汇总一下', '简报']) {
      const digest = await say('liuzhou.station', asked);
      expect(digest).toContain('柳州市科技特派员服务简报');
      expect(digest).toContain('进度落后的派驻');
      expect(digest).not.toContain('桂林');
    }
    const region = await say('gx.office', '把这周的周报发我看看');
    expect(region).toContain('全区企业科技特派员服务简报');
    expect(region).toContain('| 桂林市 |');
    expect(await say('guilin.station', '别再发周报了')).not.toContain('服务简报 ·');
    expect(await say('chen.siyuan', '简报')).not.toContain('服务简报 ·');
  });

  it('reads a station’s answer said plainly, by number or by what the ticket is about, back before it is sent', async () => {
    const filed = await say('qin.hai', '反馈：我们申请的科技成果鉴定一直没消息，不知道卡在哪个环节');
    const ticketNo = /FK-\d{4}-\d{4}/.exec(filed)?.[0] as string;
    const byNumber = await say('yulin.station', `${ticketNo} 跟市科技局对接了，鉴定意见这周出，让企业留意邮件`);
    expect(byNumber).toContain(`要答复反馈 ${ticketNo}`);
    expect(byNumber).toContain('答复内容：「跟市科技局对接了，鉴定意见这周出，让企业留意邮件」');
    expect(await say('yulin.station', '取消')).toContain('没有处理');
    const byTopic = await say('yulin.station', '覃海那个鉴定的问题我们跟市科技局对接了，鉴定意见这周出');
    expect(byTopic).toContain(`要答复反馈 ${ticketNo}`);
    const ticket = () => db().feedbackTicket.findFirstOrThrow({ where: { ticketNo } });
    expect((await ticket()).status).not.toBe('ANSWERED');
    expect(await say('yulin.station', '科长说可以，发吧')).toContain('已通知企业');
    expect((await ticket()).status).toBe('ANSWERED');
    // Words of a complaint in the answer (「…补助没到账的问题 财政局说…」) still answer the feedback, filing none.
    const subsidy = /FK-\d{4}-\d{4}/.exec(await say('qin.hai', '反馈：农机补助申请半年了还没到账'))?.[0] as string;
    const read = await say('yulin.station', '覃海那个补助没到账的问题 财政局说资金本周内拨到企业账户');
    expect(read).toContain(`要答复反馈 ${subsidy}`);
  });

  it('finds on the dispute of the specialist named in full without a title (「周杰那个异议 企业说的对…」)', async () => {
    expect(await say('zhou.jie', '11月10日在漓江光电调试镀膜机 一天 技术攻关')).toContain('已记录服务');
    expect(await say('li.ming', '11月9日在漓江光电讲高企政策 半天 政策宣讲')).toContain('已记录服务');
    expect(await say('wei.xiaohong', '10号周老师没来')).toContain('您说的是这一条吗');
    expect(await say('wei.xiaohong', '是')).toContain('已记录您的异议');
    expect(await say('wei.xiaohong', '9号李老师也没来')).toContain('您说的是这一条吗');
    expect(await say('wei.xiaohong', '是')).toContain('已记录您的异议');
    const asked = await say('guilin.station', '周杰那个异议 企业说的对 他那天在北京开会 没去企业');
    expect(asked).toContain('周杰当天没有到企业');
    expect(asked).not.toContain('李明');
    expect(await say('guilin.station', '是')).toContain('不属实');
    const status = async (reporterId: string) =>
      (
        await db().visit.findFirstOrThrow({
          where: { reporterId, date: { gte: new Date('2026-11-09'), lte: new Date('2026-11-10') } },
        })
      ).status;
    expect(await status('P-005')).toBe('REJECTED');
    expect(await status('P-003')).toBe('DISPUTED');
  });

  it('takes a contact’s 「20号陈老师只待了半天」 as an objection and a station’s 「…不属实，企业那天停产检修 没人接待」 as its finding', async () => {
    expect(await say('chen.siyuan', '11月5日在龙城齿轮调试磨齿机 一天 技术攻关')).toContain('已记录服务');
    const asked = await say('sun.jianli', '5号陈老师只待了半天');
    expect(asked).toContain('您说的是这一条吗');
    expect(asked).not.toContain('只有科技特派员');
    expect(await say('sun.jianli', '是')).toContain('已记录您的异议');
    const finding = await say('liuzhou.station', '5号那个不属实，企业那天停产检修 没人接待');
    expect(finding).toContain('这条服务记录不属实');
    expect(await say('liuzhou.station', '是')).toContain('不属实');
    const visit = await db().visit.findFirstOrThrow({ where: { reporterId: 'P-001', date: new Date('2026-11-05') } });
    expect(visit.status).toBe('REJECTED');
  });
});
