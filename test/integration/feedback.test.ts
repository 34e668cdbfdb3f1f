import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asBuffer } from '../support/binary.js';
import { chatWith } from '../support/chat.js';
import { createTestService, serviceForSuite, TEST_ADMIN_TOKEN, type TestService } from '../support/test-service.js';

describe('policy feedback by chat (today = 2026-11-24)', () => {
  let service: TestService;
  beforeAll(async () => {
    service = await createTestService();
  });
  afterAll(async () => {
    await service?.close();
  });

  const say = chatWith(() => service);
  const db = () => service.database.prisma;
  const numberIn = (reply: string) => /FK-\d{4}-\d{4}/.exec(reply)?.[0] ?? '';
  const ticket = (ticketNo: string) =>
    db().feedbackTicket.findUniqueOrThrow({ where: { ticketNo }, include: { replies: true } });
  const noticesTo = (recipientId: string, kind: string) =>
    db().outboxMessage.findMany({ where: { recipientId, kind }, orderBy: { createdAt: 'asc' } });
  const admin = (path: string) => request(service.handler).get(path).set('authorization', `Bearer ${TEST_ADMIN_TOKEN}`);

  let first = '';

  it('files 反馈：… from an enterprise contact, numbered and categorised, and tells that city’s station only', async () => {
    const reply = await say('sun.jianli', '反馈：研发费用加计扣除的备案材料在税务窗口一直办不下来');
    first = numberIn(reply);
    expect(first).toBe('FK-2026-0001');
    expect(reply).toContain('研发费用加计扣除');
    expect(reply).toContain('柳州市服务站');
    expect(await ticket(first)).toMatchObject({
      enterpriseId: 'E-LZ-001',
      submitterId: 'P-101',
      category: 'RD_EXPENSE_DEDUCTION',
      status: 'SUBMITTED',
      text: '研发费用加计扣除的备案材料在税务窗口一直办不下来',
    });
    const [station] = await noticesTo('P-201', 'feedback-filed');
    expect(station?.text).toContain(first);
    expect(station?.text).toContain('龙城精密齿轮');
    expect(station?.text).toContain(`回复 ${first}`);
    expect(await noticesTo('P-202', 'feedback-filed')).toEqual([]);
    expect(await noticesTo('P-203', 'feedback-filed')).toEqual([]);
  });

  it('files 建议 and 投诉 as they are, and infers each category', async () => {
    const suggestion = numberIn(await say('ma.weidong', '建议简化科技计划项目结题验收的材料'));
    expect((await ticket(suggestion)).category).toBe('SCIENCE_PROGRAMME');
    const complaint = numberIn(await say('wei.xiaohong', '投诉：人才引进的安家补贴申请被退回三次'));
    expect((await ticket(complaint)).category).toBe('TALENT');
    expect((await ticket(complaint)).text).toContain('投诉');
  });

  it('asks what the feedback is when a message only announces it, filing nothing until it is said', async () => {
    const before = await db().feedbackTicket.count();
    expect(await say('lan.tian', '想反映个情况')).toContain('请说说要反馈的政策落实问题');
    expect(await say('lan.tian', '提个建议')).toContain('请说说要反馈的政策落实问题');
    expect(await db().feedbackTicket.count()).toBe(before);
    const filed = await say('lan.tian', '海洋捕捞许可证续期的材料要交三遍，能不能合并');
    expect(filed).toMatch(/FK-\d{4}-\d{4}/);
    expect((await ticket(numberIn(filed)))?.text).toBe('海洋捕捞许可证续期的材料要交三遍，能不能合并');
  });

  it('asks before filing a plain complaint, files on 是 and drops it on 否', async () => {
    const asked = await say('qin.hai', '高企认定的奖励资金迟迟没有拨付到企业');
    expect(asked).toContain('要作为政策反馈提交吗？');
    const filed = numberIn(await say('qin.hai', '是'));
    expect(await ticket(filed)).toMatchObject({ enterpriseId: 'E-YL-001', category: 'HIGH_TECH_RECOGNITION' });
    expect((await noticesTo('P-203', 'feedback-filed')).some((n) => n.text.includes(filed))).toBe(true);

    const before = await db().feedbackTicket.count();
    expect(await say('qin.hai', '专利资助的申请手续太繁琐了')).toContain('要作为政策反馈提交吗？');
    expect(await say('qin.hai', '否')).toContain('没有提交');
    expect(await db().feedbackTicket.count()).toBe(before);
  });

  it('lets a specialist file for an enterprise they are posted to, asking which when several', async () => {
    expect(await say('liu.yang', '帮企业反馈：专利申请费用补贴的标准不清楚')).toContain('哪家企业');
    const filed = numberIn(await say('liu.yang', '山湖农机'));
    expect(await ticket(filed)).toMatchObject({ enterpriseId: 'E-YL-001', submitterId: 'P-006' });
    const direct = numberIn(await say('chen.siyuan', '帮龙城齿轮反馈：首台套奖励兑现太慢'));
    expect(await ticket(direct)).toMatchObject({ enterpriseId: 'E-LZ-001', category: 'FUNDING' });
    expect(await say('chen.siyuan', '帮蓝湾食品反馈：补贴迟迟不到')).toContain('只能为您派驻的企业');
  });

  it('lets only the ticket’s city station and the regional office act on it, and tells the enterprise each time', async () => {
    expect(await say('guilin.station', `回复 ${first} 已处理`)).toContain('您无权操作');
    expect(await say('sun.jianli', `关闭 ${first}`)).toContain('只有设区市服务站和自治区工作办');
    expect((await ticket(first)).status).toBe('SUBMITTED');

    expect(await say('liuzhou.station', `处理中 ${first}`)).toContain('处理中');
    expect((await ticket(first)).status).toBe('IN_PROGRESS');
    expect((await noticesTo('P-101', 'feedback-update')).at(-1)?.text).toContain('正在处理中');

    expect(await say('gx.office', `回复 ${first.toLowerCase()} 已协调税务部门，下周可办理备案`)).toContain('已答复');
    const answered = await ticket(first);
    expect(answered.status).toBe('ANSWERED');
    expect(answered.replies.map((r) => r.text)).toEqual(['已协调税务部门，下周可办理备案']);
    expect((await noticesTo('P-101', 'feedback-update')).at(-1)?.text).toContain('已协调税务部门');

    expect(await say('sun.jianli', '我的反馈')).toContain('最新答复（工作办-韦主任）：已协调税务部门');
  });

  it('sends every answer also to the specialist who filed', async () => {
    const filed = (await db().feedbackTicket.findFirstOrThrow({ where: { submitterId: 'P-001' } })).ticketNo;
    await say('liuzhou.station', `回复 ${filed} 奖励资金已在公示，月底前拨付`);
    expect((await noticesTo('P-001', 'feedback-update')).at(-1)?.text).toContain('月底前拨付');
    expect((await noticesTo('P-101', 'feedback-update')).at(-1)?.text).toContain('月底前拨付');
    expect(await say('chen.siyuan', '我的反馈')).toContain(filed);
  });

  it('lists an official’s open tickets oldest first, only of their city (the office: all)', async () => {
    const liuzhou = await say('liuzhou.station', '待办');
    expect(liuzhou).not.toContain(first); // answered
    expect(liuzhou).not.toContain('山湖农机');
    const yulin = await say('yulin.station', '待办');
    expect(yulin).toContain('山湖农机');
    // Asked about disputes in own words with none waiting: told so, not only that no feedback waits.
    expect(await say('guilin.station', '有哪些异议还没核实的')).toContain('目前没有待核实的服务记录异议和成果异议');
    const office = await say('gx.office', '待办');
    const numbers = office.match(/FK-\d{4}-\d{4}/g) ?? [];
    expect(numbers.length).toBeGreaterThanOrEqual(3);
    expect([...numbers].sort()).toEqual(numbers);
    expect(await say('chen.siyuan', '待办')).toContain('只有设区市服务站和自治区工作办');
  });

  it('reopens on 不满意 within 7 days of the answer, and not after', async () => {
    expect(await say('ma.weidong', `不满意 ${first} 不是我们的`)).toContain('找不到贵企业的反馈');
    expect(await say('sun.jianli', `不满意 ${first} 窗口仍说没有收到通知`)).toContain('已重新打开');
    const reopened = await ticket(first);
    expect(reopened.status).toBe('SUBMITTED');
    expect((await noticesTo('P-201', 'feedback-reopened'))[0]?.text).toContain('窗口仍说没有收到通知');
    // The export says it was reopened and why, next to the answer; people by name, times as a clerk reads them.
    const exported = await request(service.handler)
      .get(`/admin/feedback/export?format=csv&city=${encodeURIComponent('柳州')}`)
      .set('authorization', `Bearer ${TEST_ADMIN_TOKEN}`);
    const row = exported.text.split('\r\n').find((line) => line.startsWith(first)) ?? '';
    expect(row).toContain('企业不满意，重新办理（已提交）');
    expect(row).toContain('窗口仍说没有收到通知');
    expect(row).toContain('孙建立');
    expect(row).toMatch(/,2026-11-2\d \d{2}:\d{2},/);
    expect(row).not.toMatch(/T\d{2}:\d{2}:\d{2}/);

    await say('liuzhou.station', `回复 ${first} 已再次协调`);
    await say('liuzhou.station', `关闭 ${first}`);
    expect((await ticket(first)).status).toBe('CLOSED');
    expect(await say('liuzhou.station', `回复 ${first} 补充`)).toContain('已关闭');
    // Said without the number, 不满意 is about the one answer the enterprise got lately.
    // Said without the number while several answers are recent, which one is asked, and nothing is reopened.
    const unnumbered = await say('sun.jianli', '不满意 去了科技局 他们说还要等自治区的文件');
    expect(unnumbered).toContain('是对哪条反馈的答复不满意');
    expect(unnumbered).toContain(`「不满意 ${first} 去了科技局 他们说还要等自治区的文件」`);
    expect((await ticket(first)).status).toBe('CLOSED');
    await db().feedbackTicket.update({
      where: { ticketNo: first },
      data: { answeredAt: new Date(service.clock.now().getTime() - 8 * 24 * 3_600_000) },
    });
    expect(await say('sun.jianli', `不满意 ${first} 还是不行`)).toContain('超过7天');
    expect((await ticket(first)).status).toBe('CLOSED');
  });

  it('turns an unanswered question into feedback with 转反馈', async () => {
    expect(await say('lan.tian', '转反馈')).toContain('没有可以转为反馈的问题');
    const unanswered = await say('lan.tian', '海洋捕捞渔船的柴油补贴今年怎么发放？');
    expect(unanswered).toContain('转反馈');
    const filed = numberIn(await say('lan.tian', '转反馈'));
    expect(await ticket(filed)).toMatchObject({
      enterpriseId: 'E-BH-001',
      text: '海洋捕捞渔船的柴油补贴今年怎么发放？',
      category: 'FUNDING',
    });
  });

  it('numbers tickets filed at once without gaps or collisions', async () => {
    const before = await db().feedbackTicket.count();
    const contacts = ['sun.jianli', 'ma.weidong', 'wei.xiaohong', 'qin.hai', 'mo.li', 'lan.tian', 'deng.wei'];
    const replies = await Promise.all(
      contacts.flatMap((contact) => [1, 2].map((n) => say(contact, `反馈：第${n}个并发提交的问题，来自${contact}`))),
    );
    const numbers = replies.map(numberIn).sort();
    expect(new Set(numbers).size).toBe(14);
    const seqs = numbers.map((no) => Number(no.slice(-4)));
    expect(seqs).toEqual(Array.from({ length: 14 }, (_, i) => before + 1 + i));
  });

  it('serves GET /admin/feedback with filters, and CSV and XLSX exports', async () => {
    const all = await admin('/admin/feedback');
    expect(all.status).toBe(200);
    const one = all.body.feedback.find((f: { ticketNo: string }) => f.ticketNo === first);
    expect(one).toMatchObject({ enterpriseId: 'E-LZ-001', submitterId: 'P-101', category: 'RD_EXPENSE_DEDUCTION' });
    expect(one.replies[0]).toMatchObject({ authorId: 'P-301', text: '已协调税务部门，下周可办理备案' });
    expect(Object.keys(one)).toEqual(
      expect.arrayContaining(['id', 'ticketNo', 'text', 'status', 'createdAt', 'replies']),
    );

    const yulin = await admin('/admin/feedback?city=玉林市&category=HIGH_TECH_RECOGNITION');
    expect(yulin.body.feedback.length).toBeGreaterThan(0);
    expect(yulin.body.feedback.every((f: { enterpriseId: string }) => f.enterpriseId === 'E-YL-001')).toBe(true);
    // As a clerk types it: the category's Chinese name, the city without 市.
    const typed = await admin(
      `/admin/feedback?city=${encodeURIComponent('玉林')}&category=${encodeURIComponent('高新技术企业认定')}`,
    );
    expect(typed.body.feedback).toEqual(yulin.body.feedback);
    expect(
      (await admin('/admin/feedback?status=CLOSED')).body.feedback.map((f: { ticketNo: string }) => f.ticketNo),
    ).toEqual([first]);
    expect((await admin('/admin/feedback?since=2030-01-01')).body.feedback).toEqual([]);
    expect((await admin('/admin/feedback?status=LOST')).status).toBe(400);
    expect((await admin('/admin/feedback?since=yesterday')).status).toBe(400);

    const csv = await admin('/admin/feedback/export?format=csv&city=柳州市');
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.text.startsWith('\uFEFF编号,设区市,企业,类别,反馈内容,状态')).toBe(true);
    expect(csv.text).toContain(first);
    expect(csv.text).not.toContain('玉林市');
    const xlsx = await admin('/admin/feedback/export?format=xlsx').buffer(true).parse(asBuffer);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as never);
    const sheet = workbook.worksheets[0];
    // A title row, then the header frozen under it with a filter.
    expect(String(sheet?.getRow(1).getCell(1).value)).toContain('政策反馈（全区）');
    expect(sheet?.getRow(2).getCell(1).value).toBe('编号');
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect((sheet?.rowCount ?? 0) - 2).toBe(all.body.feedback.length);
  });

  it('takes one rating a year per posting from the enterprise, visible to the admin API', async () => {
    expect(await say('sun.jianli', '评价 5 陈老师服务很好')).toContain('5分');
    expect(await say('sun.jianli', '评价 4 再评一次')).toContain('已经评价过');
    expect(await say('chen.siyuan', '评价 5 自评')).toContain('企业的联系人');
    const ratings = await admin('/admin/ratings?year=2026&city=柳州市');
    expect(ratings.body.ratings).toEqual([
      expect.objectContaining({ assignmentId: 'A-001', raterId: 'P-101', score: 5, comment: '陈老师服务很好' }),
    ]);
    expect((await admin('/admin/ratings?year=2026&city=玉林市')).body.ratings).toEqual([]);
    // In own words: the score and the words around it.
    expect(await say('ma.weidong', '黄老师服务评价 4分吧 来得少了点')).toContain('4分');
    const own = await admin('/admin/ratings?year=2026');
    expect(own.body.ratings).toContainEqual(
      expect.objectContaining({ raterId: 'P-102', score: 4, comment: '黄老师，来得少了点' }),
    );
    // Stars and a score said in passing; a question about the score rates nothing.
    expect(await say('qin.hai', '给刘老师打几分合适')).not.toContain('感谢评价');
    expect(await say('qin.hai', '刘老师很负责 给他打五星⭐⭐⭐⭐⭐')).toContain('5分');
    expect(await say('lan.tian', '评价一下赵老师 4分吧')).toContain('4分');
    const passing = (await admin('/admin/ratings?year=2026')).body.ratings;
    expect(passing).toContainEqual(expect.objectContaining({ raterId: 'P-104', score: 5, comment: '刘老师很负责' }));
    expect(passing).toContainEqual(expect.objectContaining({ raterId: 'P-106', score: 4 }));
  });

  it('files feedback said as such in plain words, offers a complaint asked as a question, and tells officials who files', async () => {
    const filed = await say('sun.jianli', '反馈问题：研发费用加计扣除的申报材料太多，能不能简化');
    expect(filed).toContain('已提交政策反馈');
    expect(await ticket(numberIn(filed))).toMatchObject({
      enterpriseId: 'E-LZ-001',
      submitterId: 'P-101',
      text: '研发费用加计扣除的申报材料太多，能不能简化',
    });

    const before = await db().feedbackTicket.count();
    // A specialist files for an enterprise: asked first, even when said as feedback.
    expect(await say('chen.siyuan', '反映个问题，学校那边说特派员工作不算工作量')).toContain('要作为政策反馈提交吗？');
    expect(await say('chen.siyuan', '不用了')).toContain('没有提交');
    expect(await say('mo.li', '补助申请了半年咋还没到账啊')).toContain('要作为政策反馈提交吗？');
    expect(await say('mo.li', '不是')).toContain('没有提交');
    const official = await say('liuzhou.station', '向工作办反映：不少企业说走访确认期限7天太短，建议延长到15天');
    expect(official).toContain('政策反馈由企业联系人或其科技特派员提交');
    expect(await db().feedbackTicket.count()).toBe(before);

    // Yes with thanks after it is still yes.
    expect(await say('mo.li', '专利资助的申请手续太繁琐了')).toContain('要作为政策反馈提交吗？');
    expect(await say('mo.li', '好的，麻烦了')).toContain('已提交政策反馈');
    expect(await db().feedbackTicket.count()).toBe(before + 1);
  });

  it('does not take ordinary messages for feedback', async () => {
    const before = await db().feedbackTicket.count();
    // A question that starts with 建议 is answered, not filed.
    expect(await say('ma.weidong', '建议我们企业先申报高企还是科技型中小企业？')).not.toContain('已提交政策反馈');
    // A specialist's visit report that mentions 反馈 is a visit report.
    expect(await say('chen.siyuan', '代龙城齿轮整理技术需求并反馈给学校，昨天半天')).toContain('服务属于哪一类');
    await say('chen.siyuan', '取消');
    // 反馈进度 lists, it does not file.
    expect(await say('sun.jianli', '反馈进度')).toContain('您的政策反馈');
    // A complaint phrased as a question gets the policy answer path, not the filing question.
    expect(await say('sun.jianli', '高企认定门槛太高了，我们企业有什么办法能达到')).not.toContain(
      '要作为政策反馈提交吗',
    );
    expect(await db().feedbackTicket.count()).toBe(before);
  });

  it('drops an unanswered filing question once something else is done, and keeps it through a look aside', async () => {
    const before = await db().feedbackTicket.count();
    expect(await say('liu.yang', '帮企业反馈：科技型中小企业评价入库的标准太高')).toContain('哪家企业');
    expect(await say('liu.yang', '今天在山湖农机技术攻关1天，调试播种机排种器')).toContain('已记录服务');
    expect(await say('liu.yang', '2')).not.toContain('已提交政策反馈');
    expect(await db().feedbackTicket.count()).toBe(before);

    expect(await say('qin.hai', '专利资助的申请手续太繁琐了')).toContain('要作为政策反馈提交吗？');
    const aside = await say('qin.hai', '我的反馈');
    expect(aside).toContain('刚才的反馈还没提交');
    expect(await say('qin.hai', '是')).toContain('已提交政策反馈');
    expect(await db().feedbackTicket.count()).toBe(before + 1);
  });

  it('reads ratings strictly: no score from 评价一下 (it is told how to rate), none outside 1–5', async () => {
    const how = await say('mo.li', '评价一下刘老师这次的服务，非常专业');
    expect(how).toContain('发送「评价 5 服务很好」');
    expect(how).not.toContain('感谢评价');
    expect(await say('mo.li', '我们想给刘老师打个好评')).toContain('发送「评价 5 服务很好」');
    expect(await say('mo.li', '评价 10分 非常满意')).toContain('1到5分');
    expect(await db().postingRating.count({ where: { raterId: 'P-105' } })).toBe(0);
  });

  it('takes a station’s action on a numbered ticket said in own words', async () => {
    const filed = numberIn(await say('sun.jianli', '反馈：首台套保险补偿的申报通知一直没看到'));
    expect(await say('liuzhou.station', `${filed} 先标记处理中`)).toContain('处理中');
    expect((await ticket(filed)).status).toBe('IN_PROGRESS');
    expect(await say('liuzhou.station', `${filed} 已经电话答复企业了，通知下周发布`)).toContain('已答复');
    const answered = await ticket(filed);
    expect(answered.status).toBe('ANSWERED');
    expect(answered.replies.map((r) => r.text)).toEqual(['通知下周发布']);
    expect(await say('liuzhou.station', `${filed} 关了吧 企业已收到通知`)).toContain(filed);
    expect((await ticket(filed)).status).toBe('CLOSED');
  });

  it('takes a station’s action on a ticket named by what it is about, once the ticket shown is confirmed', async () => {
    const filed = numberIn(await say('sun.jianli', '反馈：工业互联网标识解析二级节点的补贴标准没看到'));
    const asked = await say('liuzhou.station', '标识解析那个 回复一下企业：补贴标准下周随申报通知一起发布');
    expect(asked).toContain(`要答复反馈 ${filed}`);
    expect(asked).toContain('答复内容：「补贴标准下周随申报通知一起发布」');
    // Nothing is sent before the station says yes; 「不是」 leaves the ticket as it was.
    expect((await ticket(filed)).status).toBe('SUBMITTED');
    expect(await say('liuzhou.station', '不是')).toContain('没有处理');
    expect((await ticket(filed)).status).toBe('SUBMITTED');

    expect(await say('liuzhou.station', '龙城齿轮那个标识解析的 先挂处理中')).toContain('标记为「处理中」');
    expect(await say('liuzhou.station', '是')).toContain('处理中');
    expect((await ticket(filed)).status).toBe('IN_PROGRESS');
    await say('liuzhou.station', '回复标识解析那个：补贴标准已发布，见市科技局官网');
    expect(await say('liuzhou.station', '是')).toContain('已答复');
    const answered = await ticket(filed);
    expect(answered.status).toBe('ANSWERED');
    expect(answered.replies.map((r) => r.text)).toEqual(['补贴标准已发布，见市科技局官网']);
    // A number said is that ticket or none: an answered one is not offered in another's place.
    const seq = filed.slice(-4);
    expect(await say('liuzhou.station', `${seq}那个我们已经电话沟通过了 先标处理中`)).toContain(
      `没有编号以 ${seq} 结尾`,
    );
    // Closing offers answered tickets too.
    expect(await say('liuzhou.station', '标识解析那个反馈可以关了 企业已经申报了')).toContain(`要关闭反馈 ${filed}`);
    expect(await say('liuzhou.station', '是')).toContain('已关闭');
    expect((await ticket(filed)).status).toBe('CLOSED');
  });

  it('closes an unanswered ticket only with a closing note, which counts as the answer', async () => {
    const filed = numberIn(await say('deng.wei', '反馈：汽车电子研发设备购置补贴的申报窗口没有开放'));
    expect(await say('liuzhou.station', `关闭 ${filed}`)).toContain('还没有答复');
    expect((await ticket(filed)).status).toBe('SUBMITTED');
    await say('liuzhou.station', `关闭 ${filed} 申报窗口已于本周开放，请按通知申报`);
    const closed = await ticket(filed);
    expect(closed.status).toBe('CLOSED');
    expect(closed.answeredAt).not.toBeNull();
    expect(closed.replies.map((r) => r.text)).toEqual(['申报窗口已于本周开放，请按通知申报']);
    // Said without the number, 不满意 is about the one answer the enterprise got lately.
    expect(await say('deng.wei', '不满意 窗口其实还没开')).toContain(`反馈 ${filed} 已重新打开`);
    expect((await ticket(filed)).status).toBe('SUBMITTED');
    // With no answer to be unhappy with, it says so, and how to give new feedback.
    expect(await say('deng.wei', '对答复不满意')).toContain('没有收到答复的反馈');
  });

  it('takes back in own words the feedback filed or offered, and lists it when asked after as 「我们的反馈」', async () => {
    const filed = numberIn(await say('lan.tian', '反馈：海洋产业扶持资金申报系统一直登录不上'));
    expect(await say('lan.tian', '我们的反馈现在啥情况')).toContain(filed);
    const asked = await say('lan.tian', '这个问题我们自己解决了 不用麻烦了');
    expect(asked).toMatch(/要撤回/);
    expect(asked).toContain(filed);
    expect(await say('lan.tian', filed)).toContain(`已撤回反馈 ${filed}`);
    expect((await ticket(filed)).status).toBe('CLOSED');
    // While filing is offered: one item of two left out, or all of it.
    const before = await db().feedbackTicket.count();
    expect(await say('qin.hai', '反馈两个问题：1.农机补贴到账太慢了；2.特派员补助能不能给企业也分一点')).toContain(
      '要作为政策反馈提交吗',
    );
    const left = await say('qin.hai', '第二个不用提了 撤了吧');
    expect(left).toContain('「农机补贴到账太慢了」');
    expect(left).not.toContain('特派员补助');
    expect(await say('qin.hai', '不用麻烦了 算了')).toContain('没有提交');
    expect(await db().feedbackTicket.count()).toBe(before);
    // Filed with its items, each is a ticket of its own; the words that introduce them are none.
    const several = await say('qin.hai', '反馈两个问题：1.农机补贴到账太慢了；2.特派员补助能不能给企业也分一点');
    expect(await say('qin.hai', '是')).toContain('已按2个问题分别提交政策反馈');
    expect(several).toContain('要作为政策反馈提交吗');
    expect(await db().feedbackTicket.count()).toBe(before + 2);
  });

  it('sends feedback of a city without station officials to the regional office', async () => {
    const reply = await say('ma.weidong', '反馈：南宁的研发奖补申报系统经常打不开');
    const filed = numberIn(reply);
    expect((await noticesTo('P-301', 'feedback-filed')).some((n) => n.text.includes(filed))).toBe(true);
    // The enterprise is told who has it: the office, not a station that has nobody.
    expect(reply).toContain('已转自治区工作办处理');
    expect(reply).not.toContain('南宁市服务站');
    expect(await say('ma.weidong', filed)).toContain('由自治区工作办办理');
    expect(await say('ma.weidong', `撤回 ${filed} 系统修好了`)).toContain('已告诉自治区工作办不用再处理');
    // A city with a station is told so.
    expect(await say('sun.jianli', '反馈：柳州的研发奖补申报系统经常打不开')).toContain('已转柳州市服务站处理');
  });
  it('lets the enterprise take its own ticket back, asked first, and tells the station; never files the words as new feedback', async () => {
    const filed = numberIn(await say('wei.xiaohong', '反馈：光学镀膜设备进口免税的手续一直办不下来'));
    const before = await db().feedbackTicket.count();
    // Its other open tickets are listed too, newest first.
    const asked = await say('wei.xiaohong', '那个反馈我不要了，撤回吧，已经办下来了');
    expect(asked).toContain(`1. ${filed}`);
    expect((await ticket(filed)).status).toBe('SUBMITTED');
    // A plain yes to a list says not which: asked again, nothing taken back.
    expect(await say('wei.xiaohong', '是')).toContain('请回复序号');
    expect((await ticket(filed)).status).toBe('SUBMITTED');
    expect(await say('wei.xiaohong', '1')).toContain(`已撤回反馈 ${filed}`);
    const withdrawn = await ticket(filed);
    expect(withdrawn.status).toBe('CLOSED');
    expect(withdrawn.replies.map((r) => r.text)).toEqual(['撤回：那个反馈我不要了，撤回吧，已经办下来了']);
    expect(await db().feedbackTicket.count()).toBe(before);
    expect((await noticesTo('P-202', 'feedback-withdrawn'))[0]?.text).toContain(filed);
    // Another enterprise's ticket is not theirs to take back, and a closed one is closed.
    expect(await say('sun.jianli', `撤回 ${filed}`)).toContain('找不到贵企业的反馈');
    expect(await say('wei.xiaohong', `撤回 ${filed}`)).toContain('已关闭');
  });
  it('takes back feedback said in plain words, and several tickets at once (「1和2」, 「都撤」)', async () => {
    const tax = numberIn(await say('mo.li', '反馈：税务局说我们研发费用加计扣除的材料不全，但没说缺什么'));
    const login = numberIn(await say('mo.li', '反馈：高企认定的申报系统一直登不上去'));
    const review = numberIn(await say('mo.li', '反馈：科技型中小企业评价入库的审核一直没通过'));
    const before = await db().feedbackTicket.count();
    // Before, these were offered as new feedback (and filed on 「是」).
    const asked = await say('mo.li', '税务那个事我们自己搞定了 反馈不用管了');
    expect(asked).toContain('要撤回的是哪一条反馈');
    expect(asked).toContain('都撤');
    const [first, second] = asked.split('\n').filter((line) => /^\d\./.test(line));
    // 「都不用撤了」 takes none back.
    expect(await say('mo.li', '都不用撤了 留着吧')).not.toContain('已撤回');
    for (const filed of [tax, login, review]) expect((await ticket(filed)).status).toBe('SUBMITTED');
    expect(await say('mo.li', '税务那个事我们自己搞定了 反馈不用管了')).toContain('要撤回的是哪一条反馈');
    const both = await say('mo.li', '1和2');
    for (const line of [first, second]) expect(both).toContain(`已撤回反馈 ${/FK-\d{4}-\d{4}/.exec(line ?? '')?.[0]}`);
    expect(await say('mo.li', '撤回反馈')).toContain(tax);
    expect(await say('mo.li', '都撤')).toContain('已撤回反馈');
    for (const filed of [tax, login, review]) expect((await ticket(filed)).status).toBe('CLOSED');
    expect(await db().feedbackTicket.count()).toBe(before);
  });
  it('offers an open ticket for withdrawal even when twenty newer ones are closed', async () => {
    const open = numberIn(await say('lan.tian', '反馈：海洋捕捞渔船的燃油补贴申报系统一直登不上'));
    const { id: _id, ticketNo: _no, seq: _seq, createdAt, ...same } = await ticket(open);
    await db().feedbackTicket.createMany({
      data: Array.from({ length: 20 }, (_, i) => ({
        ...same,
        replies: undefined,
        // Numbered in another year, so the year's own numbering is left alone.
        ticketNo: `FK-2025-${String(i + 1).padStart(4, '0')}`,
        year: 2025,
        seq: i + 1,
        status: 'CLOSED' as const,
        createdAt: new Date(createdAt.getTime() + (i + 1) * 60_000),
      })),
    });
    const asked = await say('lan.tian', '燃油补贴那个反馈撤回吧，已经能登上了');
    // Of the enterprise's open tickets, the one about 燃油补贴 is meant: it alone is offered.
    expect(asked).toContain(`要撤回反馈 ${open}`);
    expect(await say('lan.tian', '是')).toContain(`已撤回反馈 ${open}`);
    expect((await ticket(open)).status).toBe('CLOSED');
  });
  it('files each problem a message lists one by one as a ticket of its own', async () => {
    const before = await db().feedbackTicket.count();
    const reply = await say(
      'lan.tian',
      '反馈：1.高新技术企业认定的奖补资金一直没到账；2.人才引进的住房补贴申请不知道找哪个部门',
    );
    expect(reply).toContain('已按2个问题分别提交政策反馈');
    const numbers = reply.match(/FK-\d{4}-\d{4}/g) ?? [];
    expect(numbers).toHaveLength(2);
    const [first, second] = await Promise.all(numbers.map((n) => ticket(n)));
    expect(first).toMatchObject({ text: '高新技术企业认定的奖补资金一直没到账', category: 'HIGH_TECH_RECOGNITION' });
    expect(second).toMatchObject({ text: '人才引进的住房补贴申请不知道找哪个部门', enterpriseId: 'E-BH-001' });
    expect(await db().feedbackTicket.count()).toBe(before + 2);
  });

  it('files feedback without a question asked after it, and answers the question', async () => {
    const reply = await say(
      'ma.weidong',
      '反馈一下 研发费用加计扣除申报材料太多太麻烦了 另外问下特派员每年要来我们这几次',
    );
    const no = numberIn(reply);
    expect((await ticket(no))?.text).toBe('研发费用加计扣除申报材料太多太麻烦了');
    expect(reply).toContain('不少于5次');
  });

  it('reads dissatisfaction said with the number after it or in own words, and shows the station why it is back', async () => {
    const filed = numberIn(await say('qin.hai', '反馈：农机购置补贴的申领材料要求太复杂，能不能简化'));
    // The station names the ticket by its number alone (「回复0003 …」), as clerks do.
    const answered = await say(
      'yulin.station',
      `回复${filed.slice(-4)} 已向市科技局反映，材料清单以科技厅最新通知为准`,
    );
    expect(answered).toContain(`反馈 ${filed} 已更新为「已答复」`);
    // In own words, with no number: which ticket is named back, and nothing is reopened on a guess.
    const ownWords = await say('qin.hai', '你们这个答复等于没说 还是没简化啊');
    expect(ownWords).toContain(`是对反馈 ${filed}`);
    expect(ownWords).toContain('回复「是」重新打开');
    expect(ownWords).not.toContain('要作为政策反馈提交吗');
    expect((await ticket(filed)).status).toBe('ANSWERED');
    // 「不是」 keeps it answered; with the number, it is reopened at once.
    expect(await say('qin.hai', '不是')).toContain('没有重新打开');
    expect((await ticket(filed)).status).toBe('ANSWERED');
    expect(await say('qin.hai', `${filed}的答复我不太满意 材料还是那么多`)).toContain('已重新打开');
    expect((await ticket(filed)).status).toBe('SUBMITTED');
    const todo = await say('yulin.station', '待办');
    expect(todo).toContain('企业对答复不满意，重新打开：材料还是那么多');
    expect(todo).toContain('上次答复：已向市科技局反映');
    // Answered again and found wanting again in own words, 「对 …」 reopens it with both the words and what follows.
    await say('yulin.station', `回复${filed.slice(-4)} 已提请科技厅精简材料清单`);
    expect((await ticket(filed)).status).toBe('ANSWERED');
    expect(await say('qin.hai', '这个答复等于没说')).toContain(`是对反馈 ${filed}`);
    expect(await say('qin.hai', '对 到现在还是要交那么多材料')).toContain('已重新打开');
    expect((await ticket(filed)).status).toBe('SUBMITTED');
    expect(await say('yulin.station', '待办')).toContain(
      '企业对答复不满意，重新打开：这个答复等于没说；到现在还是要交那么多材料',
    );
    // 「不满意 FK-…」 with no reason asks why; the words sent next are why, never new feedback.
    await say('yulin.station', `回复${filed.slice(-4)} 科技厅已同意精简，下月执行`);
    const count = await db().feedbackTicket.count();
    expect(await say('qin.hai', `不满意 ${filed}`)).toContain('不满意的原因');
    expect(await say('qin.hai', '说了好几次下月执行，每次都没执行')).toContain('已重新打开');
    expect((await ticket(filed)).status).toBe('SUBMITTED');
    expect(await db().feedbackTicket.count()).toBe(count);
    expect(await say('yulin.station', '待办')).toContain('重新打开：说了好几次下月执行，每次都没执行');
  });
});

describe('an enterprise chasing its feedback (today = 2026-11-24, then weeks on)', () => {
  const service = serviceForSuite();
  const say = chatWith(service);
  const tickets = () => service().database.prisma.feedbackTicket.count();

  it('answers 「超期了还没人回」 and 「能不能催一下」 with its tickets and how long they have waited, filing nothing', async () => {
    await say('sun.jianli', '反馈：高企认定奖励资金迟迟没有拨付');
    const filed = await tickets();
    service().clock.advance(15 * 24 * 3_600_000);
    for (const chase of [
      '我的反馈超期了还没人回',
      '提交的问题都半个月了 没人理',
      '反馈的事怎么还没人管',
      '能不能催一下',
      '奖励资金那个反馈现在到哪一步了',
      '那条反馈有进展没',
    ]) {
      const reply = await say('sun.jianli', chase);
      expect(reply, chase).toContain('您的政策反馈');
      expect(reply, chase).toContain('已等待15天，尚未答复');
      expect(reply, chase).toContain('系统每天提醒办理的服务站');
    }
    expect(await tickets()).toBe(filed);
    // Answered, it no longer waits.
    const ticketNo = (await service().database.prisma.feedbackTicket.findFirstOrThrow()).ticketNo;
    await say('liuzhou.station', `回复 ${ticketNo} 已协调财政局，本月底前拨付`);
    const after = await say('sun.jianli', '我的反馈有回复了吗');
    expect(after).toContain('已协调财政局');
    expect(after).not.toContain('已等待');
    expect(after).not.toContain('系统每天提醒');
  });

  it('adds what is said before 「是」 to the feedback offered, and files both', async () => {
    expect(await say('mo.li', '补助申请了半年咋还没到账啊')).toContain('要作为政策反馈提交吗');
    const more = await say('mo.li', '去年8月交的材料 市里说等区里拨款');
    expect(more).toContain('「补助申请了半年咋还没到账啊\n去年8月交的材料 市里说等区里拨款」');
    expect(await say('mo.li', '是')).toContain('已提交政策反馈');
    const filed = await service().database.prisma.feedbackTicket.findFirstOrThrow({ orderBy: { createdAt: 'desc' } });
    expect(filed.text).toBe('补助申请了半年咋还没到账啊\n去年8月交的材料 市里说等区里拨款');
  });
});
