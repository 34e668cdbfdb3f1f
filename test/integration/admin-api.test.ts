import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDemoData } from '../../src/data/seed/load-demo-data.js';
import { asBuffer } from '../support/binary.js';
import { createTestService, TEST_ADMIN_TOKEN, type TestService } from '../support/test-service.js';

const auth = { authorization: `Bearer ${TEST_ADMIN_TOKEN}` };

describe('admin API on the demo roster (today = 2026-11-24 in Shanghai)', () => {
  let service: TestService;
  beforeAll(async () => {
    service = await createTestService();
  });
  afterAll(async () => {
    await service?.close();
  });

  it('refuses requests without the admin token, or with a wrong one', async () => {
    const missing = await request(service.handler).get('/admin/progress');
    expect(missing.status).toBe(401);
    expect(missing.headers['www-authenticate']).toBe('Bearer');
    expect(missing.body.error.code).toBe('UNAUTHORIZED');
    const wrong = await request(service.handler).get('/admin/progress').set('authorization', 'Bearer wrong-token');
    expect(wrong.status).toBe(401);
    const almost = await request(service.handler)
      .get('/admin/visits')
      .set('authorization', `Bearer ${TEST_ADMIN_TOKEN.slice(0, -1)}`);
    expect(almost.status).toBe(401);
  });

  it("lists the six demo postings with this year's visits and days against the quota", async () => {
    const response = await request(service.handler).get('/admin/progress').set(auth);
    expect(response.status).toBe(200);
    expect(response.body.year).toBe(2026);
    const rows = Object.fromEntries(
      response.body.assignments.map((a: { assignmentId: string; visits: number; days: number }) => [
        a.assignmentId,
        [a.visits, a.days],
      ]),
    );
    expect(rows).toEqual({
      'A-001': [4, 18],
      'A-002': [6, 32],
      'A-003': [2, 5],
      'A-004': [0, 0],
      'A-005': [5, 30],
      'A-006': [3, 10],
    });
    const team = response.body.assignments.find((a: { assignmentId: string }) => a.assignmentId === 'A-003');
    expect(team).toEqual({
      assignmentId: 'A-003',
      enterpriseId: 'E-GL-001',
      specialistIds: ['P-003', 'P-004', 'P-005'],
      visits: 2,
      days: 5,
      visitQuota: 5,
      dayQuota: 30,
      startDate: '2025-07-12',
      endDate: '2027-07-12',
    });
    // A posting that began on 8 May owes its share of the year, as its assessment does: 4 visits, 20 days.
    const lateStart = response.body.assignments.find((a: { assignmentId: string }) => a.assignmentId === 'A-004');
    expect(lateStart).toMatchObject({ startDate: '2026-05-08', visitQuota: 4, dayQuota: 20 });
  });

  it('counts a year with no visits as zero for the postings that ran in it', async () => {
    const response = await request(service.handler).get('/admin/progress?year=2025').set(auth);
    expect(response.status).toBe(200);
    // Only postings that had started by 2025-12-31 ran in 2025 (A-002 began 2026-01-28, A-004 2026-05-08);
    // the demo visits all fall in 2026.
    const ids = response.body.assignments.map((a: { assignmentId: string }) => a.assignmentId);
    expect(ids).toEqual(['A-001', 'A-003', 'A-005', 'A-006']);
    expect(response.body.assignments.every((a: { visits: number }) => a.visits === 0)).toBe(true);
  });

  it('lists every demo visit with the documented fields, dated in Shanghai', async () => {
    const response = await request(service.handler).get('/admin/visits').set(auth);
    expect(response.status).toBe(200);
    const demo = await readDemoData();
    expect(response.body.visits).toHaveLength(demo.visits.length);
    const first = response.body.visits.find((v: { summary: string }) => v.summary === '齿轮噪声测试与优化');
    expect(first).toMatchObject({
      date: '2026-08-26', // 90 days before 2026-11-24
      days: 4,
      type: 'TECH_RESEARCH',
      enterpriseId: 'E-LZ-001',
      assignmentId: 'A-001',
      reporterId: 'P-001',
      status: 'REPORTED',
    });
    expect(Object.keys(first).sort()).toEqual(
      [
        'id',
        'date',
        'days',
        'type',
        'enterpriseId',
        'assignmentId',
        'reporterId',
        'summary',
        'status',
        'disputeNo',
        'statusNote',
        'resolution',
      ].sort(),
    );
    const dates = response.body.visits.map((v: { date: string }) => v.date);
    expect([...dates].sort()).toEqual(dates);
  });

  it('filters visits by year', async () => {
    const thisYear = await request(service.handler).get('/admin/visits?year=2026').set(auth);
    const lastYear = await request(service.handler).get('/admin/visits?year=2025').set(auth);
    expect(thisYear.body.visits.length).toBeGreaterThan(0);
    expect(thisYear.body.visits.every((v: { date: string }) => v.date.startsWith('2026-'))).toBe(true);
    expect(lastYear.body.visits).toEqual([]);
  });

  it('exports the visit ledger of a year and city as CSV that Excel opens, with formulas neutralised', async () => {
    await service.database.prisma.visit.create({
      data: {
        assignmentId: 'A-001',
        reporterId: 'P-001',
        date: new Date('2026-11-02T00:00:00Z'),
        days: 1,
        type: 'TECH_RESEARCH',
        summary: '=HYPERLINK("http://evil.example","点我"), 含逗号',
      },
    });
    const response = await request(service.handler)
      .get('/admin/visits/export?format=csv&year=2026&city=柳州市')
      .set(auth);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.headers['content-disposition']).toContain(encodeURIComponent('服务台账-2026-柳州市.csv'));
    const text = response.text;
    expect(
      text.startsWith(
        '\uFEFF序号,日期,设区市,企业,派驻编号,科技特派员/团队,派出单位,服务类型,天数,报备人,服务内容,状态,确认人,确认时间,异议编号,异议说明,核实说明,佐证照片,位置,报备时间',
      ),
    ).toBe(true);
    const lines = text.trim().split('\r\n');
    expect(lines).toHaveLength(1 + 5); // the 4 demo visits of 龙城齿轮 and the one above; no other city
    expect(lines.every((line, i) => i === 0 || line.includes('柳州市龙城精密齿轮有限公司'))).toBe(true);
    // 报备时间 as a clerk reads it, in Asia/Shanghai.
    expect(
      lines.slice(1).every((line) => / \d{2}:\d{2}$/.test(line) && /,\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(line)),
    ).toBe(true);
    expect(text).toContain('"\'=HYPERLINK(""http://evil.example"",""点我""), 含逗号"');
  });

  it('exports the ledger as XLSX with the same rows', async () => {
    const response = await request(service.handler)
      .get('/admin/visits/export?format=xlsx&year=2026')
      .set(auth)
      .buffer(true)
      .parse(asBuffer);
    expect(response.status).toBe(200);
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body as never);
    const sheet = workbook.worksheets[0];
    // A printable 台账: a title row, the header frozen under it with a filter, dates as date cells, and each posting
    // closed by its totals against the quota.
    expect(String(sheet?.getRow(1).getCell(1).value)).toContain('2026年企业科技特派员服务台账');
    expect(sheet?.getRow(2).getCell(1).value).toBe('序号');
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(sheet?.autoFilter).toBeTruthy();
    expect(sheet?.getRow(3).getCell(2).value).toBeInstanceOf(Date);
    expect(sheet?.getRow(3).getCell(6).value).toBeTruthy(); // the specialist or team
    const visits = await request(service.handler).get('/admin/visits?year=2026').set(auth);
    const postings = new Set(visits.body.visits.map((v: { assignmentId: string }) => v.assignmentId)).size;
    expect((sheet?.rowCount ?? 0) - 2).toBe(visits.body.visits.length + postings);
    const subtotals: string[] = [];
    sheet?.eachRow((row) => {
      const first = String(row.getCell(1).value ?? '');
      if (first.startsWith('小计')) subtotals.push(first);
    });
    expect(subtotals).toHaveLength(postings);
    // Against what each posting owes this year: the quota, or its share for a posting that covers part of the year
    // (A-002 began on 28 January: 28 days; A-006 ends on 14 December: 29 days), as the assessment counts.
    const subtotalOf = (id: string) => subtotals.find((line) => line.includes(id)) ?? '';
    expect(subtotalOf('A-001')).toMatch(/走访 \d+\/5 次，服务 [\d.]+\/30 天（/);
    expect(subtotalOf('A-002')).toMatch(/走访 \d+\/5 次，服务 [\d.]+\/28 天（派驻不满一年，按天数折算）/);
    expect(subtotalOf('A-006')).toMatch(/走访 \d+\/5 次，服务 [\d.]+\/29 天（派驻不满一年，按天数折算）/);
    expect((await request(service.handler).get('/admin/visits/export?format=pdf').set(auth)).status).toBe(400);
  });

  it('answers a malformed year with a 400 naming the parameter', async () => {
    const response = await request(service.handler).get('/admin/visits?year=twenty').set(auth);
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('VALIDATION_ERROR');
    expect(response.body.error.details[0].path).toBe('year');
  });

  it('shows outbox messages with their recipient ids, and enqueues a dedupe key only once', async () => {
    const message = {
      channel: 'WECOM' as const,
      recipientId: 'P-001',
      kind: 'reminder.quota',
      text: '您在龙城齿轮的服务进度落后于计划',
      dedupeKey: 'quota:A-001:2026-W48:P-001',
    };
    expect(await service.services.outbox.enqueue(message)).toBe(true);
    expect(await service.services.outbox.enqueue({ ...message, text: 'a second copy' })).toBe(false);
    await service.services.outbox.enqueue({
      channel: 'WECOM_GROUP_ROBOT',
      recipientId: 'group:柳州市',
      kind: 'digest.city',
      text: '本月简报',
      dedupeKey: 'digest:柳州市:2026-11',
    });

    const response = await request(service.handler).get('/admin/outbox').set(auth);
    expect(response.status).toBe(200);
    const quota = response.body.messages.filter((m: { kind: string }) => m.kind === 'reminder.quota');
    expect(quota).toHaveLength(1);
    expect(quota[0]).toMatchObject({
      channel: 'WECOM',
      recipientId: 'P-001',
      text: message.text,
      status: 'PENDING',
    });
    expect(new Date(quota[0].createdAt).toString()).not.toBe('Invalid Date');
    expect(response.body.messages.map((m: { recipientId: string }) => m.recipientId)).toContain('group:柳州市');
  });
});

describe('admin API without ADMIN_TOKEN', () => {
  let service: TestService;
  beforeAll(async () => {
    service = await createTestService({ env: { ADMIN_TOKEN: '' }, demo: false });
  });
  afterAll(async () => {
    await service?.close();
  });

  it('is switched off, whatever token is sent', async () => {
    const response = await request(service.handler).get('/admin/visits').set(auth);
    expect(response.status).toBe(404);
    expect(response.body.error.message).toContain('ADMIN_TOKEN');
  });
});
