import ExcelJS from 'exceljs';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adjustableClock } from '../../src/common/clock.js';
import { asBuffer } from '../support/binary.js';
import { chatWith } from '../support/chat.js';
import { createTestService, TEST_ADMIN_TOKEN, type TestService } from '../support/test-service.js';

/**
 * The yearly assessment on the demo data (demo-data.json, demo-outcomes.json), on 5 December 2026. Counted by hand:
 * - A-001 (陈思远, 龙城齿轮), posted all year: 4 visits, 18 days of 5 and 30 → 24 + 18 = 42; 3 outcomes → 15; no
 *   rating → 0: 57, 不合格. Agreement signed.
 * - A-002 (黄丽萍, 绿桂生物), posted from 8 February: quota 5 visits and 27 days (327 of 365 days, rounded up); 6 visits,
 *   32 days → 60; 2 outcomes → 10; no rating yet → 0: 70, 合格.
 * - A-006 (赵敏, 蓝湾食品): no agreement signed.
 */
describe('the yearly assessment (考核) and the subsidy list', () => {
  let service: TestService;
  beforeAll(async () => {
    service = await createTestService({ demoOutcomes: true, clock: adjustableClock('2026-12-05T02:00:00.000Z') });
  });
  afterAll(async () => {
    await service?.close();
  });
  const auth = `Bearer ${TEST_ADMIN_TOKEN}`;
  const get = (path: string) => request(service.handler).get(path).set('Authorization', auth);
  const post = (path: string, body: object) =>
    request(service.handler).post(path).set('Authorization', auth).send(body);
  const say = chatWith(() => service);
  const of = async (assignmentId: string) => {
    const response = await get('/admin/assessments?year=2026');
    expect(response.status).toBe(200);
    return (response.body.assessments as Record<string, unknown>[]).find((a) => a.assignmentId === assignmentId);
  };

  it('computes each posting’s score and grade from its visits, outcomes and rating', async () => {
    expect(await of('A-001')).toMatchObject({
      year: 2026,
      score: 57,
      grade: 'FAIL',
      parts: { service: 42, outcomes: 15, rating: 0 },
      confirmed: false,
      subsidyEligible: false,
    });
    expect(await of('A-002')).toMatchObject({
      quota: { visits: 5, days: 27 },
      parts: { service: 60, outcomes: 10, rating: 0 },
      score: 70,
      grade: 'PASS',
    });
  });

  it('owes in chat progress what the assessment measures, for a posting that began during the year', async () => {
    // A-004 (刘洋, 山湖农机) began in May: chat, reminders and the assessment all use its share of the year.
    const { quota } = (await of('A-004')) as { quota: { visits: number; days: number } };
    expect(quota.visits).toBeLessThan(5);
    expect(quota.days).toBeLessThan(30);
    const reply = await say('liu.yang', '我今年的服务进度怎么样');
    const line = reply.split('\n').find((l) => l.includes('山湖农机')) ?? '';
    expect(line).toContain(`走访 0/${quota.visits} 次，服务 0/${quota.days} 天`);
    expect(line).toContain(`今年按派驻天数折算为${quota.visits}次、${quota.days}天`);
    // A posting that ran all year owes the full quota, said without a note.
    const full = reply.split('\n').find((l) => l.includes('石韵新材')) ?? '';
    expect(full).toMatch(/走访 \d+\/5 次，服务 [\d.]+\/30 天，/);
  });

  it('takes in the enterprise’s rating given by chat', async () => {
    expect(await say('ma.weidong', '评价 5分 黄老师很负责')).toContain('5');
    expect(await of('A-002')).toMatchObject({ parts: { rating: 20 }, score: 90, grade: 'EXCELLENT' });
  });

  it('lets the city station confirm or adjust with a reason, and tells the specialist', async () => {
    const wrongCity = await post('/admin/assessments/decisions', {
      assignmentId: 'A-001',
      year: 2026,
      officialId: 'P-202',
    });
    expect(wrongCity.status).toBe(403);
    const noReason = await post('/admin/assessments/decisions', {
      assignmentId: 'A-001',
      year: 2026,
      officialId: 'P-201',
      grade: '合格',
    });
    expect(noReason.status).toBe(400);
    expect(JSON.stringify(noReason.body)).toContain('reason');
    const adjusted = await post('/admin/assessments/decisions', {
      assignmentId: 'A-001',
      year: 2026,
      officialId: 'P-201',
      grade: '合格',
      reason: '企业评价表线下已交，尚未录入',
    });
    expect(adjusted.status, JSON.stringify(adjusted.body)).toBe(200);
    expect(adjusted.body.assessment).toMatchObject({
      computedScore: 57,
      score: 57,
      grade: 'PASS',
      confirmed: true,
      adjusted: true,
      subsidyEligible: true,
    });
    const [told] = await service.database.prisma.outboxMessage.findMany({
      where: { recipientId: 'P-001', kind: 'assessment-result' },
    });
    expect(told?.text).toContain('2026年度考核结果');
    expect(told?.text).toContain('合格');
    expect(told?.text).toContain('企业评价表线下已交');
  });

  it('lets the regional office confirm any posting as computed, and refuses a year not over', async () => {
    const confirmed = await post('/admin/assessments/decisions', {
      assignmentId: 'A-006',
      year: 2026,
      officialId: 'P-301',
    });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.assessment).toMatchObject({ confirmed: true, adjusted: false, subsidyEligible: false });
    const early = await post('/admin/assessments/decisions', {
      assignmentId: 'A-001',
      year: 2027,
      officialId: 'P-301',
    });
    expect(early.status).toBe(409);
  });

  it('lets officials see and decide results by message, each their own city, and specialists see their own', async () => {
    const liuzhou = await say('liuzhou.station', '考核结果');
    expect(liuzhou).toContain('2026年度考核结果');
    expect(liuzhou).toContain('龙城精密齿轮');
    expect(liuzhou).toContain('已调整确认');
    expect(liuzhou).not.toContain('绿桂');
    expect(await say('liuzhou.station', '确认考核 绿桂生物')).toContain('没有找到');
    expect(await say('gx.office', '考核 绿桂生物 调整为 良好')).toContain('需要说明原因');
    // The reason is sent to the specialist: words for officials only hold the decision back.
    const candid = '考核 绿桂生物 调整为 良好 原因：企业评价偏高。另外听说她在外面接私活，先别声张';
    expect(await say('gx.office', candid)).toContain('只供内部的话');
    expect(await of('A-002')).not.toMatchObject({ grade: 'GOOD', adjusted: true });
    const decided = await say('gx.office', '考核 绿桂生物 调整为 良好 原因：企业评价偏高，按服务记录定为良好');
    expect(decided).toContain('已调整并确认2026年度考核');
    expect(await of('A-002')).toMatchObject({ grade: 'GOOD', confirmed: true, adjusted: true });
    const own = await say('huang.liping', '考核结果');
    expect(own).toContain('良好');
    const told = await service.database.prisma.outboxMessage.findMany({ where: { recipientId: 'P-002' } });
    expect(told.some((message) => message.text.includes('私活'))).toBe(false);
    expect(own).not.toContain('龙城');
  });

  it('exports the 考核表 and the subsidy list: a signed agreement and at least 合格, confirmed', async () => {
    const table = await get('/admin/assessments/export?year=2026&format=xlsx').buffer(true).parse(asBuffer);
    expect(table.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(table.body as never);
    const rows = workbook.worksheets[0]?.getSheetValues() ?? [];
    expect(JSON.stringify(rows)).toContain('柳州市龙城精密齿轮有限公司');
    expect(JSON.stringify(rows)).toContain('考核得分');

    const subsidies = await get('/admin/subsidies/export?year=2026&format=csv');
    expect(subsidies.status).toBe(200);
    expect(subsidies.text).toContain('龙城精密齿轮');
    expect(subsidies.text).toContain('2027');
    expect(subsidies.text).toContain('绿桂生物');
    // 蓝湾食品: confirmed, but no agreement signed (and 不合格).
    expect(subsidies.text).not.toContain('蓝湾');
  });

  it('records a signed agreement through the admin API', async () => {
    const bad = await request(service.handler)
      .put('/admin/assignments/A-006/agreement')
      .set('Authorization', auth)
      .send({ signedOn: '2026-13-01' });
    expect(bad.status).toBe(400);
    const missing = await request(service.handler)
      .put('/admin/assignments/A-999/agreement')
      .set('Authorization', auth)
      .send({ signedOn: '2026-03-01' });
    expect(missing.status).toBe(404);
    const ok = await request(service.handler)
      .put('/admin/assignments/A-006/agreement')
      .set('Authorization', auth)
      .send({ signedOn: '2025-01-05' });
    expect(ok.status).toBe(200);
    expect(await of('A-006')).toMatchObject({ agreementSignedOn: '2025-01-05' });
  });

  it('keeps a configurable score sheet, validated', async () => {
    expect((await get('/admin/assessment-sheet')).body.sheet).toMatchObject({ service: 60, outcomes: 20, rating: 20 });
    const bad = await request(service.handler)
      .put('/admin/assessment-sheet')
      .set('Authorization', auth)
      .send({
        service: 70,
        outcomes: 20,
        perOutcome: 5,
        rating: 20,
        thresholds: { excellent: 90, good: 75, pass: 60 },
      });
    expect(bad.status).toBe(400);
    const sheet = {
      service: 50,
      outcomes: 30,
      perOutcome: 10,
      rating: 20,
      thresholds: { excellent: 85, good: 70, pass: 55 },
    };
    const ok = await request(service.handler).put('/admin/assessment-sheet').set('Authorization', auth).send(sheet);
    expect(ok.status).toBe(200);
    // service 50, outcomes 2 × 10 = 20, rating 20 → 90.
    expect(await of('A-002')).toMatchObject({ parts: { service: 50, outcomes: 20, rating: 20 }, score: 90 });
    // With photos required, the demo's visits (none has a photo) count for nothing in the assessment.
    const strict = await request(service.handler)
      .put('/admin/assessment-sheet')
      .set('Authorization', auth)
      .send({ ...sheet, evidence: 'PHOTO' });
    expect(strict.status).toBe(200);
    expect(await of('A-002')).toMatchObject({ visits: 0, days: 0, parts: { service: 0 } });
    const unknown = await request(service.handler)
      .put('/admin/assessment-sheet')
      .set('Authorization', auth)
      .send({ ...sheet, evidence: 'SELFIE' });
    expect(unknown.status).toBe(400);
  });
});
