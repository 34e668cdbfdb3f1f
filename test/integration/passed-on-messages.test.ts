import { describe, expect, it } from 'vitest';
import { chatWith } from '../support/chat.js';
import { serviceForSuite } from '../support/test-service.js';

// 孙建立 (sun.jianli) is the contact of 龙城齿轮, served by 陈思远 (P-001) alone; 韦小红 (wei.xiaohong) of
// 漓江光电, served by a team of three; 杨帆 (liuzhou.station) the 柳州 station, 韦主任 (gx.office) the office.
describe('words said to the bot for someone else', () => {
  const service = serviceForSuite();
  const say = chatWith(service);
  const db = () => service().database.prisma;
  const passedOn = () => db().outboxMessage.findMany({ where: { kind: 'passed-on-message' }, orderBy: { id: 'asc' } });
  const idOf = async (userId: string) =>
    (await db().platformAccount.findFirstOrThrow({ where: { channel: 'LOCAL', accountId: userId } })).personId;

  it('from an enterprise are offered to be passed on to its specialist, sent once on 是, and not at all on 不是', async () => {
    const offer = await say('sun.jianli', '陈老师今天讲的政策我们还有几个地方没听懂 能不能再来一次');
    expect(offer).toContain('要我把下面这段话转告陈思远老师吗');
    // The words are shown as they will be sent.
    expect(offer).toContain('「陈老师今天讲的政策我们还有几个地方没听懂 能不能再来一次」');
    expect(await passedOn()).toHaveLength(0);
    expect(await say('sun.jianli', '是')).toContain('已转告陈思远老师');
    const [message, ...more] = await passedOn();
    expect(more).toHaveLength(0);
    expect(message?.recipientId).toBe(await idOf('chen.siyuan'));
    expect(message?.text).toContain('企业联系人孙建立');
    expect(message?.text).toContain('能不能再来一次');
    // A second 是 answers nothing any more: nothing is sent twice.
    await say('sun.jianli', '是');
    expect(await passedOn()).toHaveLength(1);

    expect(await say('sun.jianli', '请转告陈老师下周来一趟，淬火炉又出问题了')).toContain('转告陈思远老师');
    expect(await say('sun.jianli', '不用了')).toContain('没有转告');
    expect(await passedOn()).toHaveLength(1);
  });

  it('go to every member of a team, and a rule about visits stays a policy question', async () => {
    const team = await db().assignment.findFirstOrThrow({
      where: { status: 'ACTIVE', enterprise: { shortName: '漓江光电' } },
      include: { team: { include: { members: true } } },
    });
    const members = new Set(team.team?.members.map((m) => m.personId));
    expect(members.size).toBeGreaterThanOrEqual(3);
    expect(await say('wei.xiaohong', '麻烦老师有空来看看我们新上的镀膜线🙏')).toContain('几位老师吗');
    expect(await say('wei.xiaohong', '好的')).toContain('已转告');
    const sent = (await passedOn()).filter((m) => m.text.includes('镀膜线'));
    expect(new Set(sent.map((m) => m.recipientId))).toEqual(members);

    expect(await say('sun.jianli', '特派员一年要来几次')).toContain('依据');
  });

  it('from an enterprise go only to the team member named, and to all of them when the name serves elsewhere', async () => {
    const before = (await passedOn()).length;
    expect(await say('wei.xiaohong', '麻烦跟王老师说一下 下周二的培训改到周四')).toContain('转告王芳老师吗');
    expect(await say('wei.xiaohong', '是')).toContain('已转告王芳老师');
    const sent = (await passedOn()).filter((m) => m.text.includes('培训改到周四'));
    expect(sent.map((m) => m.recipientId)).toEqual([await idOf('wang.fang')]);
    expect(await say('wei.xiaohong', '请转告王芳老师下周三来调试镀膜机')).not.toContain('几位老师');
    expect(await say('wei.xiaohong', '取消')).toContain('没有转告');
    // A teacher named who serves elsewhere (「质检站的黄老师」) is whom the words are about: they go to the team, shown first.
    expect(await say('wei.xiaohong', '麻烦跟老师说一下，质检站的黄老师下周三来厂里检测')).toContain('几位老师吗');
    expect(await say('wei.xiaohong', '取消')).toContain('没有转告');
    expect((await passedOn()).length).toBe(before + 1);
  });

  it('from a specialist go to the enterprise’s contact, and are no planned report', async () => {
    const offer = await say('chen.siyuan', '帮我跟孙经理说一下明天上午过去看淬火炉');
    expect(offer).toContain('转告龙城齿轮的孙建立吗');
    expect(offer).not.toContain('未记录');
    expect(await say('chen.siyuan', '是的')).toContain('已转告龙城齿轮的孙建立');
    const sent = (await passedOn()).filter((m) => m.text.includes('明天上午过去看淬火炉'));
    expect(sent.map((m) => m.recipientId)).toEqual([await idOf('sun.jianli')]);
    expect(sent[0]?.text).toContain('科技特派员陈思远');
    // They read what is for them, not the words asking the bot to pass it on.
    expect(sent[0]?.text).toContain('请助手转告您：\n明天上午过去看淬火炉\n');
    // Someone who is not the enterprise's contact is not guessed.
    expect(await say('chen.siyuan', '帮我跟服务站说一下下周请假')).toContain('名册里没有找到');
    expect(await say('chen.siyuan', '帮我跟王经理说一下明天过去')).toContain('名册里没有找到');
    // Without 「帮我」: 「跟…讲一声」, 「告诉…」 are words for them too, never a planned report.
    for (const text of [
      '跟孙经理讲一声 我下礼拜二过去 让他们把热处理的记录准备好',
      '告诉孙经理明天下午我去不了了 改到下周一',
    ]) {
      const asked = await say('chen.siyuan', text);
      expect(asked, text).toContain('转告龙城齿轮的孙建立吗');
      expect(await say('chen.siyuan', '是')).toContain('已转告');
    }
    expect((await passedOn()).filter((m) => m.text.includes('把热处理的记录准备好'))).toHaveLength(1);
  });

  it('from an official go to the specialist named in their scope, or to all of them when asked', async () => {
    expect(await say('liuzhou.station', '帮我提醒一下陈老师这个月还没去企业')).toContain('转告陈思远老师吗');
    expect(await say('liuzhou.station', '是')).toContain('已转告陈思远老师');
    // A station's scope is its city: 刘洋 serves 玉林 and 贺州.
    expect(await say('liuzhou.station', '提醒一下刘洋老师补报记录')).toContain('名册里没有找到');
    // 「全部」 about the visits is no everyone; a contact's title names no specialist.
    expect(await say('liuzhou.station', '提醒一下陈老师这个月全部的走访都要补照片')).toContain('转告陈思远老师吗');
    expect(await say('liuzhou.station', '不用了')).toContain('没有转告');
    expect(await say('liuzhou.station', '催一下孙经理把记录确认了')).toContain('要转告哪位老师');

    const active = await db().assignment.findMany({
      where: { status: 'ACTIVE' },
      include: { team: { include: { members: true } } },
    });
    const everyone = new Set(
      active.flatMap((a) => [a.specialistId, ...(a.team?.members.map((m) => m.personId) ?? [])].filter(Boolean)),
    );
    // A name in the words does not narrow a notice to everyone (「施工」 is no one's title).
    const offer = await say(
      'gx.office',
      '给所有特派员发个通知：12月10日前完成年度总结，陈思远老师负责汇总，注意施工安全',
    );
    expect(offer).toContain(`全区的${everyone.size}位科技特派员吗`);
    expect(await say('gx.office', '好')).toContain('已转告');
    const sent = (await passedOn()).filter((m) => m.text.includes('年度总结'));
    expect(new Set(sent.map((m) => m.recipientId))).toEqual(everyone);
    expect(sent).toHaveLength(everyone.size);
    expect(sent[0]?.text).toContain('请助手转告您：\n12月10日前完成年度总结，陈思远老师负责汇总，注意施工安全\n');
  });

  it('from an official to a specialist’s team (「跟李明团队说一声」) go to every member, to the one named otherwise', async () => {
    // 李明 leads the team of 李明, 王芳 and 周杰 serving 漓江光电 in 桂林.
    expect(await say('guilin.station', '跟李明团队说一声 下周三下午开座谈会')).toContain(
      '转告李明老师、王芳老师、周杰老师吗',
    );
    expect(await say('guilin.station', '是')).toContain('已转告');
    const sent = (await passedOn()).filter((m) => m.text.includes('下周三下午开座谈会'));
    expect(new Set(sent.map((m) => m.recipientId))).toEqual(new Set(['P-003', 'P-004', 'P-005']));
    expect(await say('guilin.station', '告诉李老师他们 材料周五前交')).toContain('转告李明老师、王芳老师、周杰老师吗');
    expect(await say('guilin.station', '不是')).toContain('没有转告');
    expect(await say('guilin.station', '跟李明说一声 材料周五前交')).toContain('转告李明老师吗');
    expect(await say('guilin.station', '不是')).toContain('没有转告');
  });

  it('from an official who only urges (「催一下玉林的特派员」) send each specialist behind pace their own progress', async () => {
    const offer = await say('gx.office', '催一下玉林的特派员');
    expect(offer).toContain('· 山湖农机（刘洋）：走访 0/4 次，服务 0/20 天');
    expect(offer).toContain('要向玉林市进度落后的1位科技特派员发送其派驻企业的进度和差额');
    expect(await say('gx.office', '是')).toContain('已向玉林市进度落后的1位科技特派员发送进度督促');
    const liu = await idOf('liu.yang');
    const [sent] = (await passedOn()).filter((m) => m.recipientId === liu && m.text.includes('进度督促'));
    expect(sent?.text).toContain('【进度督促】自治区工作办');
    expect(sent?.text).toContain('山湖农机\n本年度已走访 0/4 次，服务 0/20 天');
    expect(sent?.text).toContain('距完成年度任务还差');
    expect(sent?.text).not.toContain('催一下');
    // Once, however often 「是」 arrives.
    await say('gx.office', '是');
    expect((await passedOn()).filter((m) => m.recipientId === liu && m.text.includes('进度督促'))).toHaveLength(1);

    // A station's 「催催陈老师」: that teacher's postings, named.
    const one = await say('liuzhou.station', '催催陈老师');
    expect(one).toContain('· 龙城齿轮（陈思远）');
    expect(one).toContain('要向陈思远老师发送其派驻企业的进度和差额');
    expect(await say('liuzhou.station', '不用了')).toContain('没有转告');
  });
});
