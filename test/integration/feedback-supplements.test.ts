import { describe, expect, it } from 'vitest';
import { chatWith } from '../support/chat.js';
import { serviceForSuite } from '../support/test-service.js';

/** More words for feedback already filed: added to the ticket meant, never filed as another (today = 2026-11-24). */
describe('adding to feedback already filed', () => {
  const service = serviceForSuite();
  const say = chatWith(service);
  const db = () => service().database.prisma;
  const numberIn = (reply: string) => /FK-\d{4}-\d{4}/.exec(reply)?.[0] ?? '';
  const repliesOf = async (ticketNo: string) =>
    (
      await db().feedbackTicket.findUniqueOrThrow({
        where: { ticketNo },
        include: { replies: { orderBy: { createdAt: 'asc' } } },
      })
    ).replies.map((r) => r.text);
  const count = () => db().feedbackTicket.count();
  const noticesTo = (recipientId: string, kind: string) =>
    db().outboxMessage.findMany({ where: { recipientId, kind }, orderBy: { createdAt: 'asc' } });

  let audit = '';
  let login = '';

  it('adds 「补充一下刚才那个反馈…」 to the ticket just filed, tells its station, and files nothing new', async () => {
    audit = numberIn(await say('deng.wei', '反馈：高企认定的专项审计报告税务局不认'));
    const before = await count();
    const reply = await say('deng.wei', '补充一下 刚才那个反馈 去年也是这样，税务局说要等省里文件');
    expect(reply).toContain(`已补充到反馈 ${audit}`);
    expect(await count()).toBe(before);
    expect(await repliesOf(audit)).toEqual(['补充：去年也是这样，税务局说要等省里文件']);
    const [station] = await noticesTo('P-201', 'feedback-supplemented');
    expect(station?.text).toContain(audit);
    expect(station?.text).toContain('补充：去年也是这样，税务局说要等省里文件');
    // Asked after, the ticket shows what was added.
    expect(await say('deng.wei', `${audit} 怎么样了`)).toContain('补充（邓伟）：去年也是这样');
    // Said without its year (「FK0001」), the number is this year's.
    expect(await say('deng.wei', `FK${Number(audit.slice(-4))}那个反馈怎么样了`)).toContain(`${audit}【已提交】`);
  });

  it('asks which ticket when several wait and none is named, and what to add when nothing is said', async () => {
    login = numberIn(await say('deng.wei', '反馈：研发费用加计扣除备案系统一直登录不上'));
    const before = await count();
    const which = await say('deng.wei', '之前的反馈再补充一点：窗口让我们找软件公司');
    expect(which).toContain('要补充到哪一条反馈');
    expect(which).toContain(`1. ${login}`);
    expect(which).toContain(`2. ${audit}`);
    expect(await say('deng.wei', '2')).toContain(`已补充到反馈 ${audit}`);
    expect((await repliesOf(audit)).at(-1)).toBe('补充：窗口让我们找软件公司');
    // 「刚才」 with a ticket filed within the half hour is that one; with no words, what to add is asked.
    expect(await say('deng.wei', '我想补充一下刚才反馈的问题')).toContain(`要给反馈 ${login}`);
    expect(await say('deng.wei', '系统提示数字证书过期了')).toContain(`已补充到反馈 ${login}`);
    expect(await repliesOf(login)).toEqual(['补充：系统提示数字证书过期了']);
    expect(await count()).toBe(before);
  });

  it('takes no words for an answered ticket or another enterprise’s, saying what to do instead', async () => {
    expect(await say('liuzhou.station', `回复 ${audit} 已协调税务局，按去年口径受理`)).toContain('已答复');
    const answered = await say('deng.wei', `补充 ${audit} 税务局今天又说不行`);
    expect(answered).toContain('已经答复了');
    expect(answered).toContain(`不满意 ${audit}`);
    expect(await say('sun.jianli', `补充 ${login} 我们也遇到了`)).toContain('找不到贵企业的反馈');
    expect((await repliesOf(login)).length).toBe(1);
  });

  it('means the ticket answered just now by 「刚才那个反馈」, and says it takes no more words', async () => {
    const open = numberIn(await say('qin.hai', '反馈：农机购置补贴的申报系统一直打不开'));
    const answered = numberIn(await say('qin.hai', '反馈：研发费用辅助账的模板去哪下载'));
    expect(await say('yulin.station', `回复 ${answered} 模板在科技厅官网下载专区`)).toContain('已答复');
    const reply = await say('qin.hai', '补充一下刚才那个反馈：那境外委托的呢');
    expect(reply).toContain(`反馈 ${answered} 已经答复了`);
    expect(await repliesOf(open)).toEqual([]);
  });

  it('adds words opened with 「补充」 alone to the one ticket waiting, and offers them as new feedback when none waits', async () => {
    const waiting = numberIn(await say('mo.li', '反馈：碳酸钙新材料的首台套认定材料被退回'));
    const before = await count();
    expect(await say('mo.li', '补充：退回理由是缺检测报告')).toContain(`已补充到反馈 ${waiting}`);
    expect(await say('mo.li', `反馈${Number(waiting.slice(-4))}号再补充一句，检测报告要省级机构出`)).toContain(
      `已补充到反馈 ${waiting}`,
    );
    expect(await repliesOf(waiting)).toEqual(['补充：退回理由是缺检测报告', '补充：检测报告要省级机构出']);
    expect(await count()).toBe(before);
    // Taken back, it waits no more: what is said next is offered as new feedback, not lost.
    expect(await say('mo.li', '刚才反馈的首台套问题已经解决了')).toContain(`要撤回反馈 ${waiting}`);
    expect(await say('mo.li', '是')).toContain(`已撤回反馈 ${waiting}`);
    const offered = await say('mo.li', '再补充下，省里的检测机构排队要两个月');
    expect(offered).toContain('要作为政策反馈提交吗');
    expect(offered).toContain('省里的检测机构排队要两个月');
    expect(await count()).toBe(before);
  });

  it('follows a ticket said in an enterprise’s own words: more said of it, how it stands, its answer found wanting', async () => {
    const before = await count();
    const filed = numberIn(await say('ma.weidong', '反馈：自治区后补助资金申请了半年还没到账'));
    expect(filed).not.toBe('');
    const added = await say('ma.weidong', '刚才那个补助的事再补充一下 金额是45万 是2025年度的');
    expect(added).toContain(`已补充到反馈 ${filed}`);
    expect(await repliesOf(filed)).toEqual(['补充：金额是45万 是2025年度的']);
    expect(await say('ma.weidong', `${filed}啥进展了`)).toContain(`${filed}【已提交】`);
    expect(await say('ma.weidong', '那个后补助的反馈有人管吗 怎么还没回')).toContain(`${filed}【已提交】`);
    expect(await count()).toBe(before + 1);
    await say('gx.office', `回复 ${filed} 已督促南宁市财政局，预计12月下旬拨付`);
    const wanting = await say('ma.weidong', '这个答复不行啊 去年也是说12月下旬 结果拖到3月');
    expect(wanting).toContain(`是对反馈 ${filed}`);
    expect(wanting).toContain('不满意吗');
    expect(await count()).toBe(before + 1);
  });

  it('hears a ticket asked after or its answer found wanting in the words people use', async () => {
    const filed = numberIn(await say('qin.hai', '反馈：首台套保险补偿的申报材料要求太多，企业填不过来'));
    expect(filed).not.toBe('');
    for (const asked of ['现在啥情况了', '什么情况', '有消息没', '咋还没回复', '到哪一步了', '办了没'])
      expect(await say('qin.hai', `${filed} ${asked}`), asked).toContain(`${filed}【已提交】`);
    // The station asks after it the same way, and sees whose it is.
    expect(await say('yulin.station', `${filed} 什么情况`)).toContain(`${filed}【已提交】`);
    await say('yulin.station', `回复 ${filed} 已和市工信局沟通，材料可以精简为三项`);
    const before = await count();
    const wanting = await say('qin.hai', '首台套那个答复我不太满意，工信局窗口还是要全套材料');
    expect(wanting).toContain(`是对反馈 ${filed}`);
    expect(await say('qin.hai', '是')).toContain(`反馈 ${filed} 已重新打开`);
    expect(await say('qin.hai', `${filed} 咋还没消息`)).toContain('尚未答复');
    expect(await count()).toBe(before);
  });

  it('takes 「不用 我就问问」 as no and 「是 交上去吧 麻烦你们了」 as yes to filing, adding neither to the feedback', async () => {
    const before = await count();
    expect(await say('mo.li', '矿山技改补贴到现在还没发下来，等了半年了')).toContain('要作为政策反馈提交吗');
    expect(await say('mo.li', '不用 我就问问')).toContain('没有提交');
    expect(await count()).toBe(before);
    expect(await say('mo.li', '石材检测费补助申请了半年还没到账')).toContain('要作为政策反馈提交吗');
    const filed = await say('mo.li', '是 交上去吧 麻烦你们了');
    expect(filed).toContain('已提交政策反馈');
    expect(await count()).toBe(before + 1);
    const ticket = await db().feedbackTicket.findFirstOrThrow({ orderBy: { createdAt: 'desc' } });
    expect(ticket.text).toBe('石材检测费补助申请了半年还没到账');
  });

  it('files no feedback from thanks and a what-if after an answer, nor a pause while it is offered', async () => {
    const filed = numberIn(await say('lan.tian', '反馈：补助申请了半年还没到账'));
    expect(await say('gx.office', `回复 ${filed} 已协调北海市科技局，本月底前拨付到位`)).toContain('已通知企业');
    const before = await count();
    const told = await say('lan.tian', '收到 谢谢 那到时候没到账还找你们吗');
    expect(told).toContain(`回复「不满意 ${filed} 原因」`);
    expect(await say('lan.tian', '嗯')).not.toContain('已提交');
    expect(await count()).toBe(before);
    // Offered as feedback, 「等下我问问财务」 is a pause, not part of what is filed.
    expect(await say('lan.tian', '研发补助审核通过了咋还没到账啊')).toContain('要作为政策反馈提交吗');
    expect(await say('lan.tian', '等下我问问财务')).toContain('不着急');
    expect(await say('lan.tian', '是')).toContain('已提交政策反馈');
    const newest = await db().feedbackTicket.findFirstOrThrow({ orderBy: { createdAt: 'desc' } });
    expect(newest.text).not.toContain('问问财务');
  });

  it('offers to reopen an answered ticket whose promise has not come about (「都说本周出 到现在也没动静」)', async () => {
    // With no answer given lately, there is nothing to reopen: the words are offered as feedback (never read as a
    // visit reported, which only specialists do).
    const offered = await say('wei.xiaohong', '补贴都说月底到 到现在也没动静');
    expect(offered).toContain('要作为政策反馈提交吗');
    expect(offered).not.toContain('只有科技特派员');
    expect(await say('wei.xiaohong', '否')).not.toContain('已提交');
    const filed = numberIn(await say('wei.xiaohong', '反馈：我们申请的科技成果鉴定一直没消息，不知道卡在哪个环节'));
    expect(await say('guilin.station', `回复 ${filed} 已跟市科技局对接，鉴定意见本周出，请留意邮件`)).toContain(
      '已通知企业',
    );
    const before = await count();
    expect(await say('wei.xiaohong', '邮件还是没收到啊 都说本周出 到现在也没动静')).toContain(`是对反馈 ${filed}`);
    expect(await say('wei.xiaohong', '是')).toContain('已重新打开');
    expect((await db().feedbackTicket.findUniqueOrThrow({ where: { ticketNo: filed } })).status).toBe('SUBMITTED');
    expect(await count()).toBe(before);
    // A promise not kept about something else is a complaint of its own, never that answer reopened.
    expect(await say('guilin.station', `回复 ${filed} 鉴定意见已出，已发到企业邮箱`)).toContain('已通知企业');
    const other = await say('wei.xiaohong', '研发费用加计扣除的退税说好这个月退，到现在还没到账');
    expect(other).toContain('要作为政策反馈提交吗');
    expect(await say('wei.xiaohong', '否')).not.toContain('已提交');
  });
});
