import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chatWith } from '../support/chat.js';
import { createTestService, TEST_ADMIN_TOKEN, type TestService } from '../support/test-service.js';

/**
 * The demo's outcomes (demo/demo-outcomes.json) over the demo roster: 7 host enterprises, of which 6 have a posting
 * that is not cancelled… every figure below is counted from that file by hand.
 */
describe('outcomes and the 2027 targets on the demo data', () => {
  let service: TestService;
  beforeAll(async () => {
    service = await createTestService({ demoOutcomes: true });
  });
  afterAll(async () => {
    await service?.close();
  });
  const admin = (path: string) => request(service.handler).get(path).set('Authorization', `Bearer ${TEST_ADMIN_TOKEN}`);
  const say = chatWith(() => service);

  it("lists the year's outcomes with their kind, posting, reporter, title, date and status", async () => {
    const response = await admin('/admin/outcomes?year=2026');
    expect(response.status).toBe(200);
    const { outcomes } = response.body as { outcomes: Record<string, unknown>[] };
    expect(outcomes.length).toBeGreaterThanOrEqual(8);
    for (const outcome of outcomes) {
      expect(Object.keys(outcome)).toEqual(
        expect.arrayContaining(['id', 'kind', 'assignmentId', 'enterpriseId', 'reporterId', 'title', 'date', 'status']),
      );
      expect(String(outcome.date).startsWith('2026')).toBe(true);
    }
    expect(outcomes.find((o) => o.kind === 'TRANSFER' && o.assignmentId === 'A-002')).toMatchObject({
      form: 'LICENSE',
      amount: 12,
      status: 'CONFIRMED',
    });
  });

  it('filters by kind in code or Chinese, and by city with or without 市', async () => {
    const byCode = (await admin('/admin/outcomes?year=2026&kind=PROJECT')).body.outcomes;
    const byName = (await admin(`/admin/outcomes?year=2026&kind=${encodeURIComponent('科技项目')}`)).body.outcomes;
    expect(byCode.length).toBeGreaterThan(0);
    expect(byName).toEqual(byCode);
    const liuzhou = (await admin(`/admin/outcomes?year=2026&city=${encodeURIComponent('柳州')}`)).body.outcomes;
    expect(liuzhou.length).toBe(3);
    expect(liuzhou.every((o: { city: string }) => o.city === '柳州市')).toBe(true);
    const bad = await admin('/admin/outcomes?kind=PATENTS');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('kind must be one of');
  });

  it('measures the targets region-wide and per city, counting only what counts', async () => {
    const response = await admin('/admin/targets');
    expect(response.status).toBe(200);
    const { region, cities } = response.body;
    // Approved or joined projects (A-001 approved, A-004 joined); A-003's is only applied for.
    expect(region).toMatchObject({ projects: 2, projectsApplied: 1, transfers: 2 });
    expect(region.targets).toMatchObject({
      enterprisesServed: 1000,
      projects: 500,
      transfers: 300,
      rdAccountingShare: 1,
    });
    // 6 enterprises with a posting; 龙城齿轮 keeps an R&D account; R&D activity: 龙城齿轮, 绿桂生物, 漓江光电, 山湖农机,
    // 石韵新材 (蓝湾食品's disputed patent does not count).
    expect(region.enterprisesServed).toBe(6);
    expect(region.rdAccounting).toBe(1);
    expect(region.rdAccountingShare).toBeCloseTo(1 / 6, 3);
    expect(region.rdActivity).toBe(5);
    const liuzhou = cities.find((c: { city: string }) => c.city === '柳州市');
    expect(liuzhou).toMatchObject({ enterprisesServed: 1, projects: 1, rdAccounting: 1, rdAccountingShare: 1 });
    expect(liuzhou.targets.projects).toBeNull();
  });

  it('moves with an outcome reported by chat, and not with one for an enterprise without a posting', async () => {
    expect(await say('deng.wei', '我们公司的研发费用辅助账建好了')).toContain('贵单位目前没有进行中的派驻');
    expect(await say('huang.liping', '绿桂生物的研发费用辅助账今天建好了')).toContain('已记录成果');
    const { region } = (await admin('/admin/targets')).body;
    expect(region.rdAccounting).toBe(2);
  });

  it('shows officials the same figures with 服务情况: a city station its city, the office the region', async () => {
    const liuzhou = await say('liuzhou.station', '服务情况');
    expect(liuzhou).toContain('2027年目标进展（柳州市）');
    expect(liuzhou).toContain('实施项目：1/— 项');
    const office = await say('gx.office', '服务情况');
    expect(office).toContain('2027年目标进展（全区）');
    expect(office).toContain('实施项目：2/500 项');
    expect(await say('chen.siyuan', '我的进度')).not.toContain('目标进展');
    // Asked in their own words, not only as 服务情况.
    expect(await say('liuzhou.station', '柳州这边特派员进度咋样')).toContain('2027年目标进展（柳州市）');
    expect(await say('gx.office', '全区还有多少人没达标')).toContain('2027年目标进展（全区）');
    // 「哪个市最落后」: the region by city, the largest share behind first; a station gets no such line.
    const cities = (await say('gx.office', '哪个市最落后')).split('\n').find((line) => line.startsWith('分市'));
    expect(cities).toMatch(/^分市（落后占比高的在前）：\S+市 \d+个、落后\d+个/);
    const shares = [...(cities ?? '').matchAll(/(\d+)个、落后(\d+)个/g)].map((m) => Number(m[2]) / Number(m[1]));
    expect(shares).toEqual([...shares].sort((a, b) => b - a));
    expect(liuzhou).not.toContain('分市');
  });

  it('puts the figures in the regional digest instead of 暂无数据', async () => {
    const run = await request(service.handler)
      .post('/admin/reminders/run')
      .set('Authorization', `Bearer ${TEST_ADMIN_TOKEN}`)
      .send({ job: 'digest', dryRun: true });
    expect(run.status, JSON.stringify(run.body)).toBe(200);
    const office = (run.body.messages as { recipientId: string; text: string }[]).find(
      (m) => m.recipientId === 'P-301',
    );
    expect(office?.text).toContain('实施项目：2/500 项');
    expect(office?.text).toContain('转化科技成果：2/300 项');
    expect(office?.text).toContain('建立研发投入核算制度：2/6 家');
    expect(office?.text).not.toContain('暂无数据');
    const liuzhou = (run.body.messages as { recipientId: string; text: string }[]).find(
      (m) => m.recipientId === 'P-201',
    );
    expect(liuzhou?.text).toContain('实施项目 1 项');
  });
});
