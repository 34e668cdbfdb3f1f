import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chatWith } from '../support/chat.js';
import { createTestService, type TestService } from '../support/test-service.js';

/** The suite's clock stands at 2026-11-24 (a Tuesday) in Asia/Shanghai. */
describe('outcomes told in chat', () => {
  let service: TestService;
  beforeAll(async () => {
    service = await createTestService();
  });
  afterAll(async () => {
    await service?.close();
  });

  const say = chatWith(() => service);
  const db = () => service.database.prisma;
  const outcomes = () => db().outcome.findMany({ orderBy: { createdAt: 'asc' } });
  const noticesTo = (recipientId: string, kind: string) =>
    db().outboxMessage.findMany({ where: { recipientId, kind }, orderBy: { createdAt: 'asc' } });

  it('asks for what a project report leaves out, one question at a time, then stores it for the enterprise to confirm', async () => {
    expect(await say('chen.siyuan', '龙城齿轮的项目昨天立项了🎉')).toContain('哪一级');
    expect(await outcomes()).toEqual([]);
    expect(await say('chen.siyuan', '自治区级的')).toContain('项目名称');
    const reply = await say('chen.siyuan', '高精度齿轮热处理变形控制技术研究');
    expect(reply).toContain('已记录成果');
    expect(reply).toContain('自治区级');
    const [stored] = await outcomes();
    expect(stored).toMatchObject({
      kind: 'PROJECT',
      assignmentId: 'A-001',
      reporterId: 'P-001',
      level: 'REGIONAL',
      stage: 'APPROVED',
      title: '高精度齿轮热处理变形控制技术研究',
      status: 'REPORTED',
    });
    expect(stored?.date.toISOString().slice(0, 10)).toBe('2026-11-23');
    const [asked] = await noticesTo('P-101', 'outcome-confirmation');
    expect(asked?.text).toContain('成果待确认');
    expect(asked?.text).toContain('高精度齿轮热处理变形控制技术研究');
  });

  it('does not store the same outcome twice', async () => {
    expect(await say('chen.siyuan', '龙城齿轮自治区级项目「高精度齿轮热处理变形控制技术研究」昨天立项了')).toContain(
      '已经报备过了',
    );
    expect(await outcomes()).toHaveLength(1);
  });

  it('lets the enterprise confirm it with 确认, and tells the specialist', async () => {
    const reply = await say('sun.jianli', '确认');
    expect(reply).toContain('已确认1条成果');
    const [stored] = await outcomes();
    expect(stored).toMatchObject({ status: 'CONFIRMED', confirmedById: 'P-101' });
    expect((await noticesTo('P-001', 'outcome-confirmed'))[0]?.text).toContain('孙建立');
  });

  it('records patents and a transfer in one message each, with counts and amounts as written', async () => {
    expect(await say('chen.siyuan', '龙城齿轮发明专利授权了２件，上周五下的证')).toContain('已记录成果');
    expect(await say('chen.siyuan', '我们的热处理专利转让给龙城齿轮了，转让费2万5，上个月签的')).toContain(
      '已记录成果',
    );
    const rows = await outcomes();
    expect(rows.find((o) => o.kind === 'IP')).toMatchObject({
      ipKind: 'INVENTION_PATENT',
      quantity: 2,
      stage: 'GRANTED',
    });
    const transfer = rows.find((o) => o.kind === 'TRANSFER');
    expect(transfer).toMatchObject({ form: 'TRANSFER', monthOnly: true });
    expect(transfer?.amount?.toNumber()).toBe(2.5);
    // Told without a name, it is titled by what it is: the date, the enterprise and the sum are shown beside it.
    expect(transfer?.title).toBe('热处理专利转让');
    expect(transfer?.summary).toBe('我们的热处理专利转让给龙城齿轮了，转让费2万5，上个月签的');
    expect(transfer?.date.toISOString().slice(0, 10)).toBe('2026-10-01');
  });

  it('refuses what has not happened yet, a day to come, and another enterprise, storing nothing', async () => {
    const before = (await outcomes()).length;
    expect(await say('chen.siyuan', '准备下个月帮龙城齿轮申报国家级项目')).toContain('未记录');
    expect(await say('chen.siyuan', '龙城齿轮的研发中心12月20号揭牌')).toContain('还没到');
    expect(await say('chen.siyuan', '融江电子的研发中心上周挂牌了')).toContain('不是科技特派员派驻的企业');
    expect(await outcomes()).toHaveLength(before);
  });

  it('records a patent applied for but not granted as applied, and a deal not signed as nothing', async () => {
    const before = (await outcomes()).length;
    expect(await say('zhao.min', '蓝湾食品的1件实用新型昨天刚申请 还没授权')).toContain('已记录成果');
    const [applied] = (await outcomes()).slice(before);
    expect(applied).toMatchObject({ kind: 'IP', ipKind: 'UTILITY_MODEL', stage: 'APPLIED', quantity: 1 });
    expect(await say('zhao.min', '蓝湾食品那个虾青素提取技术转让 价格谈好了二十万 合同还没签')).not.toContain(
      '已记录成果',
    );
    expect(await say('lan.tian', '高企认定的时候研发费用归集口径跟税务的不一样 财务很头疼')).toContain('反馈');
    expect(await outcomes()).toHaveLength(before + 1);
  });

  it('asks the stage and the count of rights told with two counts, storing what the answers say', async () => {
    const before = (await outcomes()).length;
    expect(await say('zhao.min', '今年帮蓝湾食品申请了5件发明专利 其中2件上个月已经授权了')).toContain('还是已经授权');
    expect(await say('zhao.min', '授权')).toContain('已经授权的有几件');
    expect(await say('zhao.min', '2')).toContain('已记录成果');
    const [granted] = (await outcomes()).slice(before);
    expect(granted).toMatchObject({ ipKind: 'INVENTION_PATENT', stage: 'GRANTED', quantity: 2 });
  });

  it('corrects a stage said not reached to the one reached, and says when a correction changes nothing', async () => {
    expect(await say('zhao.min', '蓝湾食品外观设计专利1件 上周五授权的')).toContain('已记录成果');
    const design = async () => (await outcomes()).find((o) => o.reporterId === 'P-007' && o.ipKind === 'DESIGN_PATENT');
    expect(await design()).toMatchObject({ stage: 'GRANTED' });
    expect(await say('zhao.min', '刚才那个外观设计专利改成申请 还没授权')).toContain('已修改成果记录');
    expect(await design()).toMatchObject({ stage: 'APPLIED' });
    expect(await say('zhao.min', '修改 数量 1')).toMatch(/^未修改：成果记录里已经是这样/);
  });

  it('takes no message about another kind of outcome for the name of a project asked about', async () => {
    const before = (await outcomes()).length;
    expect(await say('chen.siyuan', '龙城齿轮的市级科技项目还没立项，10月底报上去的')).toContain('项目名称是什么');
    const reply = await say('chen.siyuan', '龙城齿轮跟柳工谈的技术转让 合同还没签 大概50万');
    expect(reply).not.toContain('已记录成果');
    expect(await outcomes()).toHaveLength(before);
  });

  it('keeps an approximate head count as a question, not a guess', async () => {
    expect(await say('chen.siyuan', '今天给龙城齿轮的技术员做了数控培训，四十多人')).toContain('多少人');
    expect(await say('chen.siyuan', '43')).toContain('已记录成果');
    expect((await outcomes()).find((o) => o.kind === 'TRAINING')).toMatchObject({ quantity: 43 });
  });

  it('corrects and undoes the latest outcome within 24 hours, telling the enterprise', async () => {
    const changed = await say('chen.siyuan', '修改 人数 45');
    expect(changed).toContain('已修改成果记录');
    expect(changed).toContain('45人');
    expect((await outcomes()).find((o) => o.kind === 'TRAINING')).toMatchObject({ quantity: 45 });
    expect(await say('chen.siyuan', '撤销')).toContain('已撤销成果记录');
    expect((await outcomes()).find((o) => o.kind === 'TRAINING')).toBeUndefined();
    expect((await noticesTo('P-101', 'outcome-withdrawn'))[0]?.text).toContain('培训');
  });

  it('keeps no count told first in a training’s title, so a corrected count is the only one shown', async () => {
    expect(await say('chen.siyuan', '前天给他们培训了40个人')).toContain('40人');
    const changed = await say('chen.siyuan', '修改 人数 22');
    // The record reads 「培训22人」: no title holding the 40 told first (the footer's example may say 40).
    expect(changed).toContain('龙城齿轮 培训22人');
    expect(await say('chen.siyuan', '撤销')).toContain('已撤销成果记录');
  });

  it('drops a waiting question when a new outcome is told instead of an answer', async () => {
    expect(await say('chen.siyuan', '龙城齿轮的企业技术中心上个月挂牌了')).toContain('已记录成果');
    expect(await say('chen.siyuan', '龙城齿轮实用新型申请了')).toContain('哪天');
    const reply = await say('chen.siyuan', '龙城齿轮研发费用辅助账今天建好了');
    expect(reply).toContain('已放弃刚才未完成的成果报备');
    expect(reply).toContain('已记录成果');
  });

  it('records a visit reported while an outcome’s date or name is asked, taking it for neither', async () => {
    expect(await say('zhao.min', '蓝湾食品申请了一项发明专利')).toContain('哪天');
    const visit = await say('zhao.min', '11月16号在蓝湾食品做虾仁保水工艺试验 一天');
    expect(visit).toContain('已放弃刚才未完成的成果报备');
    expect(visit).toContain('已记录服务');
    expect(visit).toContain('内容：做虾仁保水工艺试验');
    expect(await say('li.ming', '漓江光电申报的自治区重点研发项目批下来了 上个月')).toContain('项目名称');
    expect(await say('li.ming', '11月13号在漓江光电调试激光测距模块一天')).toContain('已记录服务');
    const named = (await outcomes()).map((o) => o.title ?? '');
    expect(named.some((title) => title.includes('激光测距') || title.includes('虾仁'))).toBe(false);
    expect(await say('zhao.min', '撤销')).toContain('已撤销');
    expect(await say('li.ming', '撤销')).toContain('已撤销');
  });

  it('shows visits and outcomes waiting in one numbered list to the enterprise', async () => {
    expect(await say('chen.siyuan', '今天在龙城齿轮技术攻关1天，调试淬火炉温控')).toContain('已记录服务');
    const list = await say('sun.jianli', '待确认');
    expect(list).toContain('【成果】');
    expect(list).toContain('调试淬火炉温控');
    const confirmed = await say('sun.jianli', '全部确认');
    expect(confirmed).toContain('已确认1条服务记录');
    expect(confirmed).toMatch(/已确认\d条成果/);
    const ofLongcheng = (await outcomes()).filter((o) => o.assignmentId === 'A-001');
    expect(ofLongcheng.every((o) => o.status === 'CONFIRMED')).toBe(true);
  });

  it('lets an enterprise contact report an outcome of their own enterprise, confirmed as told', async () => {
    expect(await say('sun.jianli', '我们公司的外观设计专利昨天授权了1件')).toContain('已记录成果');
    const own = (await outcomes()).find((o) => o.reporterId === 'P-101');
    expect(own).toMatchObject({ kind: 'IP', ipKind: 'DESIGN_PATENT', status: 'CONFIRMED', assignmentId: 'A-001' });
  });

  it('records a visit, not an outcome, when the message gives service days', async () => {
    const before = (await outcomes()).length;
    expect(await say('chen.siyuan', '昨天在龙城齿轮帮他们梳理专利申请材料，待了一天')).toContain('已记录服务');
    expect(await outcomes()).toHaveLength(before);
    // One that also tells of an outcome says the outcome was not recorded with it.
    const both = await say('chen.siyuan', '11月20日在龙城齿轮技术攻关1天，他们的发明专利也授权了2件');
    expect(both).toContain('已记录服务');
    expect(both).toContain('成果请另发一条');
    expect(await outcomes()).toHaveLength(before);
  });

  it('undoes the outcome an undo names, not the visit reported after it', async () => {
    const visits = () => db().visit.count();
    expect(await say('chen.siyuan', '龙城齿轮上个月申请了一件发明专利')).toContain('已记录成果');
    expect(await say('chen.siyuan', '前天在龙城齿轮做技术攻关一天，优化齿面磨削')).toContain('已记录服务');
    const before = { visits: await visits(), outcomes: (await outcomes()).length };
    const reply = await say('chen.siyuan', '撤销刚才那个专利，报错了');
    expect(reply).toContain('已撤销成果记录');
    expect(reply).toContain('发明专利');
    expect(await outcomes()).toHaveLength(before.outcomes - 1);
    expect(await visits()).toBe(before.visits);
    // The same words sent again undo nothing more.
    expect(await say('chen.siyuan', '撤销刚才那个专利，报错了')).toContain('没有再撤销别的记录');
    expect(await outcomes()).toHaveLength(before.outcomes - 1);
    // With no patent to undo, the visit is not undone instead.
    expect(await say('liu.yang', '前天在山湖农机做技术攻关一天，调试播种机')).toContain('已记录服务');
    const theirs = await visits();
    expect(await say('liu.yang', '撤销刚才那个专利')).toContain('服务记录没有改动');
    expect(await visits()).toBe(theirs);
  });

  it('undoes the outcome of the kind named though another was reported after it', async () => {
    expect(await say('huang.liping', '绿桂生物昨天授权了1件发明专利')).toContain('已记录成果');
    expect(await say('huang.liping', '绿桂生物昨天签了技术转让合同 20万')).toContain('已记录成果');
    const before = await outcomes();
    const patent = await say('huang.liping', '把那个专利撤了');
    expect(patent).toContain('已撤销成果记录');
    expect(patent).toContain('发明专利1件');
    const after = await outcomes();
    expect(after).toHaveLength(before.length - 1);
    expect(after.some((o) => o.reporterId === 'P-002' && o.kind === 'TRANSFER' && Number(o.amount) === 20)).toBe(true);
  });

  it('takes back the kind or the stage told before when the date is asked, and still asks the date', async () => {
    expect(await say('chen.siyuan', '龙城齿轮的发明专利授权了1件')).toContain('哪天');
    const taken = await say('chen.siyuan', '哦不对，是实用新型');
    expect(taken).toContain('已改为知识产权：实用新型专利1件');
    expect(taken).toContain('哪天');
    expect(await say('chen.siyuan', '上周四')).toContain('实用新型专利1件（授权）');
    expect(await say('chen.siyuan', '龙城齿轮的发明专利授权了2件')).toContain('哪天');
    expect(await say('chen.siyuan', '不对，是刚申请，还没授权')).toContain('已改为知识产权：发明专利2件（申报）');
    expect(await say('chen.siyuan', '11月20号')).toContain('发明专利2件（申报）');
    const latest = (await outcomes()).slice(-2);
    expect(latest.map((o) => [o.ipKind, o.stage, o.quantity])).toEqual([
      ['UTILITY_MODEL', 'GRANTED', 1],
      ['INVENTION_PATENT', 'APPLIED', 2],
    ]);
  });
  it('applies 修改 sent while an outcome is asked about to that outcome, not the one stored before', async () => {
    expect(await say('huang.liping', '绿桂生物的发明专利前天授权了两件')).toContain('已记录成果');
    const stored = (await outcomes()).at(-1);
    expect(await say('huang.liping', '绿桂生物的软件著作权昨天登记下来两件')).toContain('申请');
    expect(await say('huang.liping', '修改 数量 3')).toContain('已改为知识产权：软件著作权3件');
    expect(await say('huang.liping', '授权')).toContain('软件著作权3件（授权）');
    const earlier = (await outcomes()).find((o) => o.id === stored?.id);
    expect(earlier).toMatchObject({ quantity: 2, title: '发明专利2件' });
  });

  it('keeps a title made from the kind and count in step with a correction', async () => {
    expect(await say('huang.liping', '修改 数量 5')).toContain('软件著作权5件');
    expect((await outcomes()).at(-1)).toMatchObject({ quantity: 5, title: '软件著作权5件' });
  });
  it('corrects the outcome just reported when told in own words, never reporting a second one', async () => {
    expect(await say('liu.yang', '山湖农机上个月申请了一件发明专利')).toContain('已记录成果');
    const before = (await outcomes()).length;
    expect(await say('liu.yang', '刚才那个专利的日期错了，是9月份申请的')).toContain('已修改成果记录：2026年9月');
    expect(await say('liu.yang', '刚才那个专利数量错了，是三件不是两件')).toContain('发明专利3件');
    expect(await outcomes()).toHaveLength(before);
    expect((await outcomes()).at(-1)).toMatchObject({ quantity: 3, monthOnly: true, title: '发明专利3件' });
  });
  it('lets an enterprise contact correct or undo an outcome they reported, and nothing else', async () => {
    expect(await say('wei.xiaohong', '我们公司今天拿到了五件外观设计专利授权')).toContain('已记录成果');
    expect(await say('wei.xiaohong', '修改 数量 3')).toContain('外观设计专利3件');
    const own = (await outcomes()).filter((o) => o.reporterId === 'P-103');
    expect(own.map((o) => [o.quantity, o.title, o.status])).toEqual([[3, '外观设计专利3件', 'CONFIRMED']]);
    expect(await say('wei.xiaohong', '撤销')).toContain('已撤销成果记录');
    expect((await outcomes()).filter((o) => o.reporterId === 'P-103')).toEqual([]);
    // Nothing of theirs left: a specialist's visit is never theirs to undo.
    const visits = await db().visit.count();
    expect(await say('wei.xiaohong', '撤销')).toContain('没有再撤销别的记录');
    expect(await say('lan.tian', '撤销')).toContain('只有科技特派员可以撤销自己报备的服务记录');
    expect(await db().visit.count()).toBe(visits);
  });
  it('takes a count said again right after an outcome as its correction, from the specialist or the contact who told it', async () => {
    expect(await say('zhao.min', '蓝湾食品的发明专利前天授权了两件')).toContain('已记录成果');
    expect(await say('zhao.min', '哦不对是三件')).toContain('发明专利3件');
    expect((await outcomes()).at(-1)).toMatchObject({ quantity: 3, title: '发明专利3件' });
    expect(await say('lan.tian', '我们公司今天拿到了五件外观设计专利授权')).toContain('已记录成果');
    expect(await say('lan.tian', '不是五件是三件')).toContain('外观设计专利3件');
    expect((await outcomes()).at(-1)).toMatchObject({ quantity: 3, reporterId: 'P-106' });
    // The count, then why: 「哦不对 是2件 有一件是去年的」.
    expect(await say('lan.tian', '哦不对 是2件 有一件是去年的')).toContain('外观设计专利2件');
    expect((await outcomes()).at(-1)).toMatchObject({ quantity: 2, reporterId: 'P-106' });
  });

  it('asks before storing an outcome someone else already reported, and stores it only when it is another', async () => {
    expect(await say('huang.liping', '绿桂生物上个月授权了一件发明专利')).toContain('已记录成果');
    const count = async () => (await outcomes()).length;
    const before = await count();
    // The enterprise tells of what may be the same patent, dated by its certificate.
    const asked = await say('huang.liping', '绿桂生物上个月授权了一件发明专利');
    expect(asked).toContain('已经报备过了');
    const contact = 'ma.weidong';
    const same = await say(contact, '我们11月18号拿到发明专利授权证书了，1件');
    expect(same).toContain('已有一条相近的成果记录');
    expect(same).toContain('黄丽萍报备');
    expect(await say(contact, '对，同一个')).toContain('不重复记录');
    expect(await count()).toBe(before);
    // Another one, said so, is stored as well.
    expect(await say(contact, '11月20号又拿到一件发明专利授权')).toContain('是同一项成果吗');
    expect(await say(contact, '不是，这是另外一件')).toContain('已记录成果');
    expect(await count()).toBe(before + 1);
    // A different kind of right is not asked about.
    expect(await say(contact, '我们11月19号有一件实用新型授权了')).toContain('已记录成果');
  });

  it('undoes an outcome only when it is of the right named (「撤销实用新型专利那条」), never another', async () => {
    expect(await say('wang.fang', '漓江光电昨天拿到了一件软件著作权登记证书')).toContain('已记录成果');
    const before = (await outcomes()).length;
    expect(await say('wang.fang', '撤销实用新型专利那条')).not.toContain('已撤销');
    expect(await outcomes()).toHaveLength(before);
    expect(await say('wang.fang', '撤销软著那条')).toContain('已撤销');
    expect(await outcomes()).toHaveLength(before - 1);
  });

  it('applies a name or an amount sent with 修改 while a transfer is asked about', async () => {
    expect(await say('zhao.min', '我们的海参保鲜技术转让给蓝湾食品了')).toContain('？');
    expect(await say('zhao.min', '修改 金额 3万')).toContain('3万元');
  });

  it('tells apart the outcomes of two enterprises in one message, storing neither for the other', async () => {
    const before = (await outcomes()).length;
    const reply = await say('liu.yang', '山湖农机和石韵新材11月各申请了1件实用新型');
    expect(reply).toContain('未记录');
    expect(reply).toContain('「山湖农机11月申请了1件实用新型」');
    expect(reply).toContain('「石韵新材11月申请了1件实用新型」');
    const also = await say('liu.yang', '山湖农机授权了1件发明专利，石韵新材也授权了1件');
    expect(also).toContain('「石韵新材授权了1件」');
    // Each in a sentence of its own: neither is dropped, nor titled with the other's words.
    const sentences = await say(
      'liu.yang',
      '石韵新材培训了32个人 讲石材加工安全 上周四；山湖农机那边的市级项目也立项了',
    );
    expect(sentences).toContain('「石韵新材培训了32个人 讲石材加工安全 上周四」');
    expect(sentences).toContain('「山湖农机那边的市级项目也立项了」');
    expect(await outcomes()).toHaveLength(before);
    // Told one by one, each is its enterprise's.
    expect(await say('liu.yang', '石韵新材11月申请了1件实用新型')).toContain('已记录成果');
    expect((await outcomes()).at(-1)).toMatchObject({ assignmentId: 'A-005', ipKind: 'UTILITY_MODEL', quantity: 1 });
  });

  it('asks which enterprise an outcome of two together is recorded for', async () => {
    expect(await say('liu.yang', '山湖农机和石韵新材联合申请了1件发明专利')).toContain('哪家企业');
  });

  it('asks before storing the same patents told again by their reporter with a day near the first', async () => {
    expect(await say('zhao.min', '蓝湾食品昨天授权了1件实用新型')).toContain('已记录成果');
    const before = (await outcomes()).length;
    const asked = await say('zhao.min', '蓝湾食品上周五授权了1件实用新型');
    expect(asked).toContain('已有一条相近的成果记录');
    expect(await say('zhao.min', '是')).toContain('不重复记录');
    expect(await outcomes()).toHaveLength(before);
    // Weeks apart it is another grant, and stored without asking.
    expect(await say('zhao.min', '蓝湾食品10月15号授权了1件实用新型')).toContain('已记录成果');
    expect(await outcomes()).toHaveLength(before + 1);
  });

  it('asks for the figure of a rough head count, and takes a count said with where it comes from', async () => {
    expect(await say('huang.liping', '绿桂生物9月申请了1件外观设计专利')).toContain('已记录成果');
    const design = (await outcomes()).at(-1);
    expect(await say('huang.liping', '前天给绿桂生物的员工搞了个培训 来了三十来个人')).toContain('多少人');
    expect(await say('huang.liping', '大概30吧')).toContain('「大概30」是个大概的数');
    const counted = await say('huang.liping', '哦不对 是32个 签到表上写的');
    expect(counted).toContain('已记录成果');
    expect(counted).toContain('32人');
    expect(counted).toContain('「修改 人数 40」');
    // The record before it is untouched.
    expect((await outcomes()).find((o) => o.id === design?.id)).toMatchObject({ quantity: 1 });
  });

  it('stores no head count said to be an estimate, however it is pressed, and says where an exact one is found', async () => {
    const before = (await outcomes()).length;
    expect(await say('zhao.min', '上周五给蓝湾食品的工人办了场技术培训')).toContain('多少人');
    const estimate = await say('zhao.min', '五十左右吧 没具体数');
    expect(estimate).toContain('「五十左右」是个大概的数');
    expect(estimate).toContain('签到表');
    expect(estimate).not.toContain('依据');
    expect(await say('zhao.min', '那就按50吧')).toContain('不能按估计的数记');
    expect(await outcomes()).toHaveLength(before);
    const counted = await say('zhao.min', '47');
    expect(counted).toContain('已记录成果');
    expect((await outcomes()).at(-1)).toMatchObject({ kind: 'TRAINING', quantity: 47 });
  });

  it('takes a project name given unquoted, and never a sum for a name or a project for a place to record a sum', async () => {
    const named = await say(
      'liu.yang',
      '石韵新材的自治区重点研发项目昨天立项了 高性能人造石材增韧改性技术研究 经费80万',
    );
    expect(named).toContain('已记录成果');
    expect(named).toContain('「高性能人造石材增韧改性技术研究」');
    expect(await say('liu.yang', '撤销')).toContain('已撤销成果记录');
    const before = (await outcomes()).length;
    expect(await say('liu.yang', '山湖农机的市级项目昨天立项了')).toContain('项目名称');
    for (const said of ['修改 金额 60万', '项目经费其实是60万']) {
      const reply = await say('liu.yang', said);
      expect(reply, said).toContain('科技项目没有金额这一项');
      expect(reply, said).toContain('项目名称是什么');
    }
    expect(await outcomes()).toHaveLength(before);
    expect(await say('liu.yang', '丘陵山地小型收获机械研制')).toContain('「丘陵山地小型收获机械研制」');
    const stored = (await outcomes()).at(-1);
    expect(stored).toMatchObject({ kind: 'PROJECT', title: '丘陵山地小型收获机械研制', amount: null });
    // Of the stored project too: its missing sum is said, not that there is nothing to change.
    const after = await say('liu.yang', '修改 金额 60万');
    expect(after).toContain('科技项目没有金额这一项');
    expect(after).not.toContain('没有可以修改');
    expect((await outcomes()).at(-1)).toMatchObject({
      id: stored?.id,
      title: '丘陵山地小型收获机械研制',
      amount: null,
    });
  });

  it('takes a transfer’s sum said again plainly (「不对 是40万」, 「金额错了，应该是38万」) as its correction', async () => {
    expect(await say('huang.liping', '绿桂生物今天技术转让合同签了 二十八万')).toContain('28万元');
    expect(await say('huang.liping', '不对 是40万')).toContain('40万元');
    expect(await say('huang.liping', '金额错了，应该是38万')).toContain('38万元');
    expect(Number((await outcomes()).at(-1)?.amount)).toBe(38);
    expect(await say('huang.liping', '撤销')).toContain('已撤销成果记录');
  });

  it('says an outcome told of the wrong enterprise is undone and told again, and takes 「不对，是申请的」 as its stage', async () => {
    expect(await say('liu.yang', '山湖农机昨天授权了一个外观专利')).toContain('已记录成果');
    const stored = (await outcomes()).at(-1);
    const moved = await say('liu.yang', '搞错了 是石韵新材的');
    expect(moved).toContain('成果记录的企业不能直接改');
    expect(moved).toContain('回复「撤销」');
    expect((await outcomes()).at(-1)).toMatchObject({ id: stored?.id, assignmentId: 'A-004' });
    expect(await say('liu.yang', '不对，是申请的，还没授权')).toContain('（申报）');
    expect((await outcomes()).at(-1)).toMatchObject({ id: stored?.id, stage: 'APPLIED' });
    expect(await say('liu.yang', '撤销')).toContain('已撤销成果记录');
  });

  it('makes a project applied for the approved one when its approval is told, asked first: one project, not two', async () => {
    expect(await say('zhao.min', '蓝湾食品今天申报了自治区级项目《海产品低温加工技术》')).toContain(
      '（自治区级，申报）',
    );
    const applied = (await outcomes()).at(-1);
    const count = (await outcomes()).length;
    const asked = await say('zhao.min', '蓝湾食品《海产品低温加工技术》自治区级项目今天立项了');
    expect(asked).toContain('这个项目之前报备过申报');
    expect(await outcomes()).toHaveLength(count);
    expect(await say('zhao.min', '是')).toContain('（自治区级，立项）');
    expect(await outcomes()).toHaveLength(count);
    expect((await outcomes()).find((o) => o.id === applied?.id)).toMatchObject({
      stage: 'APPROVED',
      status: 'REPORTED',
    });
    expect(await say('zhao.min', '撤销')).toContain('已撤销成果记录');
  });

  it('never undoes another kind of outcome than the one a withdrawal names', async () => {
    expect(await say('chen.siyuan', '龙城齿轮今天申报了市级项目《精密齿轮磨削工艺优化》')).toContain('已记录成果');
    const project = (await outcomes()).at(-1);
    expect(await say('chen.siyuan', '龙城齿轮申请的那个实用新型撤回了')).not.toContain('已撤销');
    expect((await outcomes()).find((o) => o.id === project?.id)).toBeDefined();
    expect(await say('chen.siyuan', '撤销')).toContain('已撤销成果记录');
  });

  it('asks the enterprise to confirm again an outcome the specialist changed after it was confirmed', async () => {
    expect(await say('huang.liping', '绿桂生物9月授权了1件软件著作权')).toContain('已记录成果');
    const reported = (await outcomes()).at(-1);
    expect(await say('ma.weidong', '全部确认')).toContain('已确认');
    expect((await outcomes()).find((o) => o.id === reported?.id)).toMatchObject({ status: 'CONFIRMED' });
    const changed = await say('huang.liping', '修改 数量 2');
    expect(changed).toContain('软件著作权2件');
    expect(changed).toContain('已发给企业联系人确认');
    expect(changed).not.toContain('由企业报备');
    expect((await outcomes()).find((o) => o.id === reported?.id)).toMatchObject({
      quantity: 2,
      status: 'REPORTED',
      confirmedById: null,
    });
  });

  it('corrects the figure of the outcome a correction names, never storing it as a new one', async () => {
    expect(await say('liu.yang', '石韵新材跟我们学校签了技术许可合同 上周三签的 总共20万')).toContain('已记录成果');
    const deal = (await outcomes()).at(-1);
    expect(await say('liu.yang', '石韵新材昨天授权了1件实用新型')).toContain('已记录成果');
    const count = (await outcomes()).length;
    expect(await say('liu.yang', '刚才那个许可合同金额是24万')).toContain('（许可，24万元）');
    expect(await say('liu.yang', '修改 金额 25万')).toContain('（许可，25万元）');
    expect(await say('liu.yang', '那个许可合同金额改成26万')).toContain('（许可，26万元）');
    expect(await outcomes()).toHaveLength(count);
    expect((await outcomes()).find((o) => o.id === deal?.id)?.amount?.toNumber()).toBe(26);
  });

  it('lists this year’s outcomes of one’s postings on 「我的成果」, with who reported each and where it stands', async () => {
    const listed = await say('liu.yang', '我的成果');
    expect(listed).toMatch(/^2026年的成果记录（共\d+条）：/);
    expect(listed).toContain('石韵新材 成果转化「跟我们学校签了技术许可合同」（许可，26万元），刘洋报备（待企业确认）');
    expect(await say('liu.yang', '我报过哪些成果')).toBe(listed);
    // A contact sees their enterprise's; someone with none is told how to report one.
    expect(await say('lan.tian', '我们的成果')).toContain('蓝湾食品');
    expect(await say('deng.wei', '成果记录')).toContain('今年还没有成果记录');
  });

  it('keeps a patent’s own name, and stores two patents of one day told by their names as two', async () => {
    const first = await say('li.ming', '漓江光电11月2日授权了1件发明专利，一种光谱仪波长校准方法');
    expect(first).toContain('知识产权：发明专利1件「一种光谱仪波长校准方法」（授权）');
    const second = await say('li.ming', '漓江光电的发明专利“一种镜片镀膜检测装置”也是11月2日授权的');
    expect(second).toContain('已记录成果');
    expect(second).toContain('发明专利1件「一种镜片镀膜检测装置」');
    const named = (await outcomes()).filter((o) => o.title.startsWith('一种'));
    expect(named.map((o) => [o.title, o.quantity])).toEqual([
      ['一种光谱仪波长校准方法', 1],
      ['一种镜片镀膜检测装置', 1],
    ]);
    // The same one told again by its name is not stored twice.
    expect(await say('li.ming', '漓江光电11月2日授权了发明专利《一种光谱仪波长校准方法》')).toContain('已经报备过');
  });

  it('records no amount said roughly, and says so with how to add it', async () => {
    const told = await say('zhou.jie', '漓江光电上周三跟桂电签了个技术许可合同 大概三四十万吧');
    expect(told).toContain('已记录成果');
    expect(told).toContain('「大概三四十万」是约数，金额没有记录');
    const stored = await db().outcome.findFirstOrThrow({ where: { reporterId: 'P-005', kind: 'TRANSFER' } });
    expect(stored.amount).toBeNull();
    expect(await say('zhou.jie', '修改 金额 36万')).toContain('36万元');
  });

  it('takes a figure said instead, at the end of a report or while its date is asked, and stores only that', async () => {
    const patent = await say('liu.yang', '山湖农机11月12号申请了三件实用新型，哦不对是两件');
    expect(patent).toContain('实用新型专利2件');
    const stored = (await outcomes()).at(-1);
    expect(stored).toMatchObject({ kind: 'IP', quantity: 2 });
    expect(await say('liu.yang', '石韵新材的改性粉体技术转让给了广东一家企业，转让费五十万')).toContain('哪天');
    const fixed = await say('liu.yang', '金额不对，是45万');
    expect(fixed).toContain('45万元');
    expect(fixed).toContain('哪天');
    expect(await say('liu.yang', '11月18号')).toContain('已记录成果');
    expect((await outcomes()).at(-1)).toMatchObject({ kind: 'TRANSFER' });
    expect(Number((await outcomes()).at(-1)?.amount)).toBe(45);
  });
});
