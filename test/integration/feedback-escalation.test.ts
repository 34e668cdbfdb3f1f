import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { chatWith } from '../support/chat.js';
import { serviceForSuite, TEST_ADMIN_TOKEN } from '../support/test-service.js';

// 孙建立 (P-101) and 邓伟 (P-107) are contacts of two 柳州 enterprises; 杨帆 (liuzhou.station, P-201) is 柳州's
// station; 韦主任 (gx.office, P-301) the regional office.
describe('a city station raises feedback it cannot settle to the regional office', () => {
  const service = serviceForSuite();
  const say = chatWith(service);
  const db = () => service().database.prisma;
  const numberIn = (reply: string) => /FK-\d{4}-\d{4}/.exec(reply)?.[0] ?? '';
  const ticket = (ticketNo: string) => db().feedbackTicket.findUniqueOrThrow({ where: { ticketNo } });
  const noticesTo = (recipientId: string, kind: string) =>
    db().outboxMessage.findMany({ where: { recipientId, kind }, orderBy: { createdAt: 'asc' } });

  let tax = '';
  let equipment = '';

  it('asks to confirm the one open ticket when the station says so in its own words, and raises it on 是', async () => {
    tax = numberIn(await say('sun.jianli', '反馈：研发费用加计扣除备案在税务窗口一直办不下来'));
    const asked = await say('liuzhou.station', '这个问题我们处理不了，需要上报自治区');
    expect(asked).toContain(`要把反馈 ${tax}`);
    expect(asked).toContain('上报自治区工作办吗');
    expect((await ticket(tax)).escalatedAt).toBeNull();

    expect(await say('liuzhou.station', '是')).toContain(`已将反馈 ${tax}`);
    const raised = await ticket(tax);
    expect(raised).toMatchObject({
      status: 'SUBMITTED',
      escalatedById: 'P-201',
      escalationReason: '这个问题我们处理不了，需要上报自治区',
    });
    expect(raised.escalatedAt).not.toBeNull();
    const [office] = await noticesTo('P-301', 'feedback-escalated');
    expect(office?.text).toContain(`${tax} 柳州市服务站上报工作办`);
    expect(office?.text).toContain('上报说明（柳州服务站-杨帆）：这个问题我们处理不了');
    expect(office?.text).toContain(`回复 ${tax}`);
    expect((await noticesTo('P-101', 'feedback-update')).at(-1)?.text).toContain('已将您的反馈上报自治区工作办');
  });

  it('raises a ticket once, only while open, only by its own city’s station, and always with a reason', async () => {
    expect(await say('liuzhou.station', `上报 ${tax} 再报一次`)).toContain('已于');
    expect(await say('guilin.station', `上报 ${tax} 跨市`)).toContain('您无权操作');
    expect(await say('gx.office', `上报 ${tax} 跨部门`)).toContain('上报工作办由设区市服务站操作');
    expect(await say('sun.jianli', `上报 ${tax} 没人管`)).toContain('上报工作办由设区市服务站操作');
    expect(await say('liuzhou.station', '上报 FK-2026-0999 不存在')).toContain('找不到反馈 FK-2026-0999');
    expect(await noticesTo('P-301', 'feedback-escalated')).toHaveLength(1);

    equipment = numberIn(await say('deng.wei', '反馈：研发设备购置补贴申报系统一直打不开'));
    expect(await say('liuzhou.station', `上报 ${equipment}`)).toContain('请写上上报原因');
    expect((await ticket(equipment)).escalatedAt).toBeNull();

    const closed = numberIn(await say('deng.wei', '反馈：专利资助的到账时间能不能提前公布'));
    await say('liuzhou.station', `关闭 ${closed} 已在官网公布到账时间`);
    expect(await say('liuzhou.station', `上报 ${closed} 企业不认可`)).toContain('已关闭');
    expect((await ticket(closed)).escalatedAt).toBeNull();
  });

  it('leaves the status to the office, which may mark a raised ticket 处理中', async () => {
    expect(await say('gx.office', `处理中 ${tax}`)).toContain('处理中');
    expect((await ticket(tax)).status).toBe('IN_PROGRESS');
    // The enterprise is told who took it on: the office, not the station that raised it.
    const told = (await noticesTo('P-101', 'feedback-update')).at(-1)?.text ?? '';
    expect(told).toContain('自治区工作办已受理');
    expect(told).not.toContain('服务站已受理');
  });

  it('lists what stations raised first in the office’s 待办, with who raised it and why', async () => {
    expect(
      await say('liuzhou.station', `${equipment.toLowerCase()} 转工作办：系统由自治区科技厅建设，本站无权限`),
    ).toContain(`已将反馈 ${equipment}`);
    const todo = await say('gx.office', '待办');
    const order = todo.match(/FK-\d{4}-\d{4}/g) ?? [];
    expect(order.slice(0, 2)).toEqual([tax, equipment]);
    expect(todo).toContain('柳州市服务站已上报工作办（柳州服务站-杨帆：系统由自治区科技厅建设');
    // The station still sees them, marked as raised.
    expect(await say('liuzhou.station', '待办')).toContain('已上报工作办');
  });

  it('tells the station and the enterprise of the office’s answer, and the station finds it in 我的反馈', async () => {
    await say('gx.office', `回复 ${tax} 已协调自治区税务局，本周内开通备案绿色通道`);
    const station = (await noticesTo('P-201', 'feedback-update')).at(-1)?.text;
    expect(station).toContain('已协调自治区税务局');
    expect(station).not.toContain('不满意'); // what only the enterprise can do is told to the enterprise only
    expect((await noticesTo('P-101', 'feedback-update')).at(-1)?.text).toContain('已协调自治区税务局');
    expect((await noticesTo('P-301', 'feedback-update')).map((n) => n.text).join('\n')).not.toContain(
      '已协调自治区税务局',
    );

    const mine = await say('liuzhou.station', '上周报上去的那条意见区里回了没');
    expect(mine).toContain('本站上报工作办的政策反馈');
    expect(mine).toContain(`${tax}【已答复】`);
    expect(mine).toContain('最新答复（工作办-韦主任）：已协调自治区税务局');
    expect(mine).toContain(`${equipment}【已提交】`);
    // Said without 意见 or 反馈, it is the same question.
    expect(await say('liuzhou.station', '上周报上去的那条区里回了没')).toContain('本站上报工作办的政策反馈');
  });

  it('tells where one ticket stands when asked by its number, only to those who may see it', async () => {
    const station = await say('liuzhou.station', `${equipment}上报了吗`);
    expect(station).toContain(`${equipment}【已提交】`);
    expect(station).toContain('柳州市服务站已于');
    expect(station).toContain('上报自治区工作办（柳州服务站-杨帆：系统由自治区科技厅建设');
    const contact = await say('deng.wei', `${equipment}怎么样了`);
    expect(contact).toContain('上报自治区工作办，尚未答复');
    expect(contact).not.toContain('本站无权限'); // the station's reason is for officials
    expect(await say('sun.jianli', `${equipment}怎么样了`)).toContain(`找不到反馈 ${equipment}`);
    expect(await say('guilin.station', equipment)).toContain(`找不到反馈 ${equipment}`);
    expect(await say('gx.office', `${tax} 进展如何`)).toContain('最新答复（工作办-韦主任）');
  });

  it('hears the enterprise’s 不满意 at both the station and the office', async () => {
    await say('sun.jianli', `不满意 ${tax} 窗口说没收到通知`);
    expect((await noticesTo('P-201', 'feedback-reopened')).at(-1)?.text).toContain('窗口说没收到通知');
    expect((await noticesTo('P-301', 'feedback-reopened')).at(-1)?.text).toContain('窗口说没收到通知');
  });

  it('asks which ticket when several are open, and raises none on 否 or 取消', async () => {
    const one = numberIn(await say('sun.jianli', '反馈：首台套保险补偿的申报材料要求不清楚'));
    const two = numberIn(await say('deng.wei', '反馈：高企认定奖励资金迟迟没有拨付'));
    const which = await say('liuzhou.station', '这两个我们解决不了，报给工作办吧');
    expect(which).toContain('哪一条');
    expect(which).toContain(one);
    expect(which).toContain(two);
    expect(which).not.toContain(equipment); // already raised
    const listed = which.match(/\d+\. FK-\d{4}-\d{4}/g) ?? [];
    const second = listed.find((line) => line.endsWith(two))?.split('.')[0] ?? '';
    expect(await say('liuzhou.station', second)).toContain(`已将反馈 ${two}`);
    expect((await ticket(two)).escalationReason).toBe('这两个我们解决不了，报给工作办吧');
    expect((await ticket(one)).escalatedAt).toBeNull();

    expect(await say('liuzhou.station', `${one}这个得请工作办协调一下`)).toContain(`要把反馈 ${one}`);
    expect(await say('liuzhou.station', '否')).toContain('没有上报');
    expect((await ticket(one)).escalatedAt).toBeNull();
  });

  it('sends reminders of a raised ticket to the office alone', async () => {
    const run = async (at: string) =>
      (
        await request(service().handler)
          .post('/admin/reminders/run')
          .set('authorization', `Bearer ${TEST_ADMIN_TOKEN}`)
          .send({ job: 'feedback-overdue', at, dryRun: true })
      ).body.messages as { recipientId: string; text: string }[];
    const late = (await run('2026-12-09T10:10:00+08:00')).filter((m) => m.text.includes(equipment));
    expect(late.map((m) => m.recipientId)).toEqual(['P-301']);
    expect(late[0]?.text).toContain('柳州市服务站已上报工作办');
  });

  it('shows the raising in GET /admin/feedback and its export', async () => {
    const admin = (path: string) =>
      request(service().handler).get(path).set('authorization', `Bearer ${TEST_ADMIN_TOKEN}`);
    const raised = await admin('/admin/feedback?escalated=true');
    expect(raised.status).toBe(200);
    const numbers = raised.body.feedback.map((t: { ticketNo: string }) => t.ticketNo).sort();
    expect(numbers).toEqual([tax, equipment, numbers.find((n: string) => n !== tax && n !== equipment)].sort());
    expect(raised.body.feedback.find((t: { ticketNo: string }) => t.ticketNo === equipment).escalation).toMatchObject({
      byId: 'P-201',
      reason: '系统由自治区科技厅建设，本站无权限',
    });
    expect((await admin('/admin/feedback?escalated=maybe')).status).toBe(400);
    const csv = await admin('/admin/feedback/export?format=csv&escalated=true');
    expect(csv.text).toContain('上报说明');
    expect(csv.text).toContain('柳州服务站-杨帆：系统由自治区科技厅建设，本站无权限');
  });

  it('reads 「FK-… 这个我们要问一下区里，先上报吧」 as raising that ticket, confirmed first', async () => {
    const filed = numberIn(await say('sun.jianli', '反馈：高企认定的专项审计报告费用太高，能不能有补贴'));
    const asked = await say('liuzhou.station', `${filed} 这个我们要问一下区里，先上报吧`);
    expect(asked).toContain(`要把反馈 ${filed}`);
    expect((await ticket(filed)).escalatedAt).toBeNull();
    expect(await say('liuzhou.station', '是')).toContain(`已将反馈 ${filed}`);
    expect((await ticket(filed)).escalatedAt).not.toBeNull();
    // The enterprise asking after its feedback sees it went up to the office.
    expect(await say('sun.jianli', '我的反馈')).toContain(`${filed}【已提交】（已上报自治区工作办）`);
    // The office asks what waits too long in its own words: its to-do list.
    expect(await say('gx.office', '哪些反馈超期了还没人回')).toContain(filed);
  });
});

describe('a station that says yes with its reason', () => {
  const service = serviceForSuite();
  const say = chatWith(service);

  it('raises the one ticket on 「是 涉及税务局 我们协调不动」, with that reason', async () => {
    const reply = await say('sun.jianli', '反馈：研发费用加计扣除备案在税务窗口一直办不下来');
    const ticketNo = /FK-\d{4}-\d{4}/.exec(reply)?.[0] ?? '';
    expect(await say('liuzhou.station', '这个我们解决不了，报工作办吧')).toContain('上报自治区工作办吗');
    expect(await say('liuzhou.station', '是 涉及税务局 我们协调不动')).toContain(`已将反馈 ${ticketNo}`);
    const raised = await service().database.prisma.feedbackTicket.findUniqueOrThrow({ where: { ticketNo } });
    expect(raised.escalationReason).toBe('涉及税务局 我们协调不动');
    expect(raised.escalatedAt).not.toBeNull();
  });
});
