import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chatWith } from '../support/chat.js';
import { startFakeRobots } from '../support/fake-platforms.js';
import { createTestService, TEST_ADMIN_TOKEN, type TestService } from '../support/test-service.js';

interface Planned {
  recipientId: string;
  channel: string;
  kind: string;
  text: string;
  dedupeKey: string;
}

describe('reminders and digests on schedule (POST /admin/reminders/run)', () => {
  let robots: Awaited<ReturnType<typeof startFakeRobots>>;
  let service: TestService;
  beforeAll(async () => {
    robots = await startFakeRobots();
    service = await createTestService({
      env: {
        GROUP_ROBOTS: JSON.stringify([
          { id: 'lz-station', scope: '柳州市', platform: 'wecom', webhook: `${robots.baseUrl}/wecom-robot?key=k` },
          { id: 'office', scope: 'region', platform: 'dingtalk', webhook: `${robots.baseUrl}/robot/send?t=1` },
        ]),
      },
    });
  });
  afterAll(async () => {
    await service?.close();
    await robots?.close();
  });

  const run = async (job: string, at?: string, dryRun?: boolean): Promise<Planned[]> => {
    const response = await request(service.handler)
      .post('/admin/reminders/run')
      .set('authorization', `Bearer ${TEST_ADMIN_TOKEN}`)
      .send({ job, ...(at ? { at } : {}), ...(dryRun === undefined ? {} : { dryRun }) });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return response.body.messages;
  };
  const say = chatWith(() => service);
  const MONDAY = '2026-11-23T09:10:00+08:00';

  it('reminds every specialist of each posting behind pace, once a week, and nobody on pace', async () => {
    const progress = await request(service.handler)
      .get('/admin/progress?year=2026')
      .set('authorization', `Bearer ${TEST_ADMIN_TOKEN}`);
    // 23 November is in the last 45 days of the year: anything short of 5 visits and 30 days is behind.
    const behind = (
      progress.body.assignments as { assignmentId: string; specialistIds: string[]; visits: number; days: number }[]
    ).filter((a) => a.visits < 5 || a.days < 30);
    const onPace = progress.body.assignments.filter((a: (typeof behind)[number]) => !behind.includes(a));
    expect(behind.length).toBeGreaterThan(0);

    const dry = await run('quota', MONDAY, true);
    const sent = await run('quota', MONDAY);
    expect(sent.map((m) => m.dedupeKey).sort()).toEqual(dry.map((m) => m.dedupeKey).sort());
    const expected = behind.flatMap((a) => a.specialistIds.map((id) => `${a.assignmentId}:${id}`)).sort();
    expect(sent.map((m) => m.dedupeKey.split(':').slice(2).join(':')).sort()).toEqual(expected);
    for (const a of onPace) expect(sent.some((m) => m.dedupeKey.includes(`:${a.assignmentId}:`))).toBe(false);
    // A team posting: every member hears of it.
    const team = sent
      .filter((m) => m.dedupeKey.includes(':A-003:'))
      .map((m) => m.recipientId)
      .sort();
    if (behind.some((a) => a.assignmentId === 'A-003')) expect(team).toEqual(['P-003', 'P-004', 'P-005']);
    const message = sent.find((m) => m.recipientId === 'P-001');
    expect(message?.text).toMatch(/走访 \d+\/5 次，服务 [\d.]+\/30 天/);
    expect(message?.text).toContain('距年底还有 38 天');
    // In the last stretch what is owed is due by the year's end, or by the posting's when that comes first.
    expect(message?.text).toContain('年底前须达到5次、30天');
    expect(message?.text).not.toContain('按时间进度');
    const ending = sent.find((m) => m.recipientId === 'P-007')?.text;
    expect(ending).toContain('派驻期满前须达到5次、29天');
    expect(ending).toContain('距派驻期满还有 21 天');

    expect(await run('quota', MONDAY)).toEqual([]);
    expect(await run('quota', '2026-11-25T09:10:00+08:00')).toEqual([]); // the same ISO week
    expect((await run('quota', '2026-11-30T09:10:00+08:00', true)).length).toBe(sent.length); // next week
  });

  it('counts, in a run as of an earlier time, only the visits known by then', async () => {
    // 陈思远's demo visits fall 200, 150, 90 and 40 days before 24 November: only the first is before 1 June.
    const june = await run('quota', '2026-06-01T09:10:00+08:00', true);
    expect(june.find((m) => m.recipientId === 'P-001')?.text).toContain('走访 1/5 次');
  });

  it('enqueues each message once when two runs race', async () => {
    const at = '2026-12-07T09:10:00+08:00';
    const responses = await Promise.all(
      [1, 2].map(() =>
        request(service.handler)
          .post('/admin/reminders/run')
          .set('authorization', `Bearer ${TEST_ADMIN_TOKEN}`)
          .send({ job: 'quota', at }),
      ),
    );
    const statuses = responses.map((r) => r.status).sort();
    expect([
      [200, 200],
      [200, 409],
    ]).toContainEqual(statuses);
    const keys = responses.flatMap((r) => (r.status === 200 ? r.body.messages : [])).map((m: Planned) => m.dedupeKey);
    expect(new Set(keys).size).toBe(keys.length);
    const stored = await service.database.prisma.outboxMessage.count({
      where: { dedupeKey: { startsWith: 'quota:2026-W50:' } },
    });
    expect(stored).toBe(keys.length);
  });

  it('sends each city station its own digest, the office the whole region, and the group robots', async () => {
    await say('chen.siyuan', '今天在龙城齿轮技术攻关1天，摘要测试');
    await say('sun.jianli', '有异议 当天不在');
    await say('chen.siyuan', '昨天在龙城齿轮政策宣讲半天，讲解申报');
    await say('sun.jianli', '有异议 [点我](http://evil.example) **没来**');
    await say('sun.jianli', '反馈：首台套奖励迟迟没有兑现');
    await say('sun.jianli', '评价 4 服务认真');
    const sent = await run('digest', MONDAY);
    const liuzhou = sent.find((m) => m.recipientId === 'P-201');
    expect(liuzhou?.text).toContain('柳州市');
    expect(liuzhou?.text).toContain('龙城精密齿轮');
    expect(liuzhou?.text).toContain('当天不在'); // the disputed visit
    // A user's text is shown as text in the markdown digest: no link, no emphasis.
    expect(liuzhou?.text).not.toContain('[点我](http');
    expect(liuzhou?.text).toContain('\\[点我\\]\\(http://evil\\.example\\) \\*\\*没来\\*\\*');
    expect(liuzhou?.text).toContain('待处理 1 条');
    expect(liuzhou?.text).toContain('平均 4.0 分');
    expect(liuzhou?.text).not.toContain('漓江');
    const guilin = sent.find((m) => m.recipientId === 'P-202');
    expect(guilin?.text).toContain('桂林市');
    expect(guilin?.text).not.toContain('龙城');
    const office = sent.find((m) => m.recipientId === 'P-301');
    expect(office?.text).toContain('| 柳州市 |');
    expect(office?.text).toContain('| 桂林市 |');
    expect(office?.text).toMatch(/服务企业：\d+\/1000 家/);
    expect(sent.find((m) => m.recipientId === 'lz-station')?.channel).toBe('WECOM_GROUP_ROBOT');
    expect(sent.find((m) => m.recipientId === 'office')?.channel).toBe('DINGTALK_GROUP_ROBOT');
    expect(sent.every((m) => m.kind === 'digest')).toBe(true);
    expect(await run('digest', MONDAY)).toEqual([]);
  });

  it('tells of a posting’s end once per threshold, starting with the tightest one it is within', async () => {
    // A-006 (北海蓝湾) ends 20 days after the demo's today.
    const first = await run('assignment-expiry', '2026-11-24T09:40:00+08:00');
    const a006 = first.filter((m) => m.dedupeKey.startsWith('expiry:A-006:'));
    expect(a006.map((m) => m.dedupeKey.split(':')[2])).toEqual(a006.map(() => '30'));
    expect(a006.map((m) => m.recipientId).sort()).toEqual(expect.arrayContaining(['P-007', 'P-106']));
    expect(await run('assignment-expiry', '2026-11-25T09:40:00+08:00')).toEqual([]);
    const week = await run('assignment-expiry', '2026-12-08T09:40:00+08:00');
    expect(week.filter((m) => m.dedupeKey.startsWith('expiry:A-006:7:')).length).toBe(a006.length);
  });

  it('sends unanswered feedback to the station after 5 working days and to the office after 10', async () => {
    const ticketNo = (
      await service.database.prisma.feedbackTicket.findFirstOrThrow({ where: { enterpriseId: 'E-LZ-001' } })
    ).ticketNo;
    expect(
      (await run('feedback-overdue', '2026-11-27T10:10:00+08:00')).filter((m) => m.text.includes(ticketNo)),
    ).toEqual([]);
    const station = await run('feedback-overdue', '2026-12-02T10:10:00+08:00');
    expect(station.filter((m) => m.text.includes(ticketNo)).map((m) => m.recipientId)).toEqual(['P-201']);
    const office = await run('feedback-overdue', '2026-12-09T10:10:00+08:00');
    expect(office.filter((m) => m.text.includes(ticketNo)).map((m) => m.recipientId)).toEqual(['P-301']);
    // Answered tickets are no longer overdue.
    await say('liuzhou.station', `回复 ${ticketNo} 已兑现`);
    expect(
      (await run('feedback-overdue', '2026-12-30T10:10:00+08:00', true)).filter((m) => m.text.includes(ticketNo)),
    ).toEqual([]);
  });

  it('announces calendar deadlines 14, 3 and 1 days before to their audience', async () => {
    const admin = () =>
      request(service.handler).post('/admin/calendar').set('authorization', `Bearer ${TEST_ADMIN_TOKEN}`);
    const created = await admin().send({ title: '年度考核材料报送', date: '2026-12-18', audience: 'SPECIALISTS' });
    expect(created.status).toBe(201);
    expect((await admin().send({ title: '', date: '2026-13-01', audience: 'EVERYONE' })).status).toBe(400);
    // A deadline already past is refused, saying why; one entered by mistake can be deleted.
    const past = await admin().send({ title: '意向征集', date: '2026-11-01', audience: 'ALL' });
    expect(past.status).toBe(400);
    expect(JSON.stringify(past.body)).toContain('has passed');
    const mistake = await admin().send({ title: '录错的日期', date: '2026-12-20', audience: 'ALL' });
    const remove = (id: string) =>
      request(service.handler).delete(`/admin/calendar/${id}`).set('authorization', `Bearer ${TEST_ADMIN_TOKEN}`);
    expect((await remove(mistake.body.id)).status).toBe(204);
    expect((await remove(mistake.body.id)).status).toBe(404);
    expect((await remove('not-an-id')).status).toBe(404);

    expect(await run('calendar', '2026-12-01T09:50:00+08:00')).toEqual([]); // 17 days before
    const fortnight = await run('calendar', '2026-12-04T09:50:00+08:00');
    expect(new Set(fortnight.map((m) => m.recipientId))).toEqual(
      new Set(['P-001', 'P-002', 'P-003', 'P-004', 'P-005', 'P-006', 'P-007']),
    );
    expect(fortnight[0]?.text).toContain('年度考核材料报送');
    expect(await run('calendar', '2026-12-05T09:50:00+08:00')).toEqual([]);
    expect((await run('calendar', '2026-12-15T09:50:00+08:00')).length).toBe(7);
    expect((await run('calendar', '2026-12-17T09:50:00+08:00')).length).toBe(7);
  });

  it('keeps the office’s working-day entries for a year the holiday data does not know yet', async () => {
    const auth = `Bearer ${TEST_ADMIN_TOKEN}`;
    const get = (year: number) =>
      request(service.handler).get(`/admin/working-days?year=${year}`).set('authorization', auth);
    const put = (date: string, body: object) =>
      request(service.handler).put(`/admin/working-days/${date}`).set('authorization', auth).send(body);
    const del = (date: string) =>
      request(service.handler).delete(`/admin/working-days/${date}`).set('authorization', auth);
    expect((await get(2026)).body).toMatchObject({ year: 2026, known: true });
    expect((await get(2027)).body).toMatchObject({ year: 2027, known: false, entries: [] });
    expect((await put('2027-01-01', { working: false })).status).toBe(200);
    expect((await get(2027)).body).toMatchObject({ known: true, entries: [{ date: '2027-01-01', working: false }] });
    expect((await put('2027-13-01', { working: false })).status).toBe(400);
    expect((await put('2027-01-02', { working: 'no' })).status).toBe(400);
    expect((await del('2027-01-01')).status).toBe(204);
    expect((await del('2027-01-01')).status).toBe(404);
    expect((await get(2027)).body).toMatchObject({ known: false, entries: [] });
  });

  it('refuses an unknown job or a bad time', async () => {
    const post = (body: object) =>
      request(service.handler)
        .post('/admin/reminders/run')
        .set('authorization', `Bearer ${TEST_ADMIN_TOKEN}`)
        .send(body);
    expect((await post({ job: 'weather' })).status).toBe(400);
    expect((await post({ job: 'quota', at: 'monday' })).status).toBe(400);
    expect((await request(service.handler).post('/admin/reminders/run').send({ job: 'quota' })).status).toBe(401);
  });
});
