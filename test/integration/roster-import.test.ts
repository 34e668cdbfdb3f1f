import { readFile } from 'node:fs/promises';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asBuffer } from '../support/binary.js';
import { createTestService, TEST_ADMIN_TOKEN, type TestService } from '../support/test-service.js';

const KINDS = ['institutions', 'enterprises', 'people', 'teams', 'assignments'] as const;
const sample = (kind: string) => readFile(new URL(`../../docs/roster-samples/${kind}.csv`, import.meta.url));

describe('roster import and export (POST /admin/import, GET /admin/export)', () => {
  let service: TestService;
  beforeAll(async () => {
    service = await createTestService({ demo: false });
  });
  afterAll(async () => {
    await service?.close();
  });
  const upload = (kind: string, body: Buffer | string, dryRun = false) =>
    request(service.handler)
      .post(`/admin/import?kind=${kind}${dryRun ? '&dryRun=1' : ''}`)
      .set('authorization', `Bearer ${TEST_ADMIN_TOKEN}`)
      .type('text/csv')
      .send(typeof body === 'string' ? Buffer.from(body) : body);
  const db = () => service.database.prisma;

  it('reports every bad row with its line on a dry run, and changes nothing', async () => {
    const bad =
      '企业编号,企业名称,简称,设区市,企业类别\nE-1,甲公司,,柳州市,大型企业\n,乙公司,,柳州市,高新技术企业\nE-1,丙公司,,柳州市,高新技术企业\n';
    const response = await upload('enterprises', bad, true);
    expect(response.status).toBe(400);
    expect(response.body.error.details.map((d: { line: number }) => d.line)).toEqual([2, 3]);
    expect(response.body.error.details[0].message).toContain('企业类别');
    expect(await db().enterprise.count()).toBe(0);
    expect((await upload('enterprises', '企业名称\n甲公司\n')).body.error.details[0]).toMatchObject({ line: 1 });
  });

  it('imports the sample files in order, each in one transaction, and a second import changes nothing', async () => {
    for (const kind of KINDS) {
      const dry = await upload(kind, await sample(kind), true);
      expect(dry.status, JSON.stringify(dry.body)).toBe(200);
      const real = await upload(kind, await sample(kind));
      expect(real.status, JSON.stringify(real.body)).toBe(200);
      expect(real.body.created).toBe(dry.body.created);
      expect(real.body.created).toBeGreaterThan(0);
    }
    expect(await db().person.findUniqueOrThrow({ where: { id: 'P-001' }, include: { accounts: true } })).toMatchObject({
      role: 'SPECIALIST',
      institutionId: 'I-GXU',
      accounts: expect.arrayContaining([expect.objectContaining({ channel: 'WECOM', accountId: 'ChenSiYuan' })]),
    });
    expect(await db().teamMember.count({ where: { teamId: 'T-001' } })).toBe(3);
    const before = await db().enterprise.findUniqueOrThrow({ where: { id: 'E-LZ-001' } });
    for (const kind of KINDS) {
      const again = await upload(kind, await sample(kind));
      expect(again.body, kind).toMatchObject({ created: 0, updated: 0 });
    }
    expect((await db().enterprise.findUniqueOrThrow({ where: { id: 'E-LZ-001' } })).updatedAt).toEqual(
      before.updatedAt,
    );
  });

  it('reads the day each posting’s agreement was signed; a blank cell means none, like every optional cell', async () => {
    const signed = async (id: string) =>
      (await db().assignment.findUniqueOrThrow({ where: { id } })).agreementSignedOn?.toISOString().slice(0, 10) ??
      null;
    expect(await signed('A-001')).toBe('2025-10-25');
    expect(await signed('A-003')).toBeNull();
    const bad = await upload(
      'assignments',
      '派驻编号,企业编号,特派员编号,团队编号,开始日期,结束日期,状态,协议签订日期\nA-003,E-GL-001,,T-001,2025-07-12,2027-07-11,进行中,去年\n',
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0]).toMatchObject({ line: 2 });
    expect(bad.body.error.details[0].message).toContain('协议签订日期');
    const later = await upload(
      'assignments',
      '派驻编号,企业编号,特派员编号,团队编号,开始日期,结束日期,状态,协议签订日期\nA-003,E-GL-001,,T-001,2025-07-12,2027-07-11,进行中,2025/7/20\nA-001,E-LZ-001,P-001,,2025-10-20,2027-10-19,进行中,\n',
    );
    expect(later.body).toMatchObject({ updated: 2, unchanged: 0 });
    expect(await signed('A-003')).toBe('2025-07-20');
    expect(await signed('A-001')).toBeNull();
    // Put back as the sample file has it, for the tests that follow.
    expect((await upload('assignments', await sample('assignments'))).status).toBe(200);
  });

  it('reads a CSV saved by Excel in GBK, and takes 设区市 as one of the 14 with or without 市', async () => {
    const gbk = await readFile(new URL('../fixtures/roster/enterprises-gbk.csv', import.meta.url));
    const cities = await db().city.count();
    const read = await upload('enterprises', gbk);
    expect(read.status, JSON.stringify(read.body)).toBe(200);
    expect(
      await db().enterprise.findUniqueOrThrow({ where: { id: 'E-GBK-1' }, include: { city: true } }),
    ).toMatchObject({
      name: '柳州鑫达模具有限公司',
      city: { name: '柳州市' },
    });
    expect(await db().city.count()).toBe(cities);
    const mars = await upload(
      'enterprises',
      '企业编号,企业名称,简称,设区市,企业类别\nE-X-1,火星公司,,火星市,高新技术企业\n',
    );
    expect(mars.status).toBe(400);
    expect(mars.body.error.details[0]).toMatchObject({ line: 2 });
    expect(mars.body.error.details[0].message).toContain('不是广西的14个设区市之一');
  });

  it('refuses a file with a reference to nothing, or against the roster rules, as a whole', async () => {
    const people =
      '人员编号,姓名,角色,派出单位编号,企业编号\nP-900,新专家,科技特派员,I-GXU,\nP-901,无名,企业联系人,,E-NONE\n';
    const refused = await upload('people', people);
    expect(refused.status).toBe(400);
    expect(refused.body.error.details).toEqual([expect.objectContaining({ line: 3, message: '企业 E-NONE 不存在' })]);
    expect(await db().person.count({ where: { id: 'P-900' } })).toBe(0);
    // A second active posting for an enterprise breaks a database rule: the line is named, nothing is written.
    const twice =
      '派驻编号,企业编号,特派员编号,团队编号,开始日期,结束日期\nA-900,E-LZ-001,P-001,,2026/1/1,2027/12/31\n';
    const rule = await upload('assignments', twice);
    expect(rule.status).toBe(400);
    expect(rule.body.error.details[0].line).toBe(2);
    expect(rule.body.error.details[0].message).toContain('一家企业同时只能有一个进行中的派驻');
    // An account that belongs to someone else is said so in Chinese, not in the database's words.
    const clash = await upload(
      'people',
      '人员编号,姓名,角色,派出单位编号,企业微信账号\nP-902,重名,科技特派员,I-GXU,ChenSiYuan\n',
    );
    expect(clash.status).toBe(400);
    expect(clash.body.error.details[0]).toMatchObject({ line: 2 });
    expect(clash.body.error.details[0].message).toContain('已属于名册中的另一个人');
    expect(await db().assignment.count({ where: { id: 'A-900' } })).toBe(0);
  });

  it('exports phone numbers as they are and formula-like text escaped, and both import back unchanged', async () => {
    await db().person.update({
      where: { id: 'P-001' },
      data: { phone: '+86 138 0771 0001', title: '=HYPERLINK("x")' },
    });
    const csv = await request(service.handler)
      .get('/admin/export?kind=people&format=csv')
      .set('authorization', `Bearer ${TEST_ADMIN_TOKEN}`);
    expect(csv.text).toContain(',+86 138 0771 0001,');
    expect(csv.text).not.toContain(',=HYPERLINK');
    expect(csv.text).toContain(`"'=HYPERLINK(""x"")"`);
    expect((await upload('people', csv.text)).body).toMatchObject({ created: 0, updated: 0 });
    expect(await db().person.findUniqueOrThrow({ where: { id: 'P-001' } })).toMatchObject({
      phone: '+86 138 0771 0001',
      title: '=HYPERLINK("x")',
    });
  });

  it('exports every kind with the same headers, which imports back unchanged', async () => {
    for (const kind of KINDS) {
      const csv = await request(service.handler)
        .get(`/admin/export?kind=${kind}&format=csv`)
        .set('authorization', `Bearer ${TEST_ADMIN_TOKEN}`);
      expect(csv.status).toBe(200);
      const header = (await sample(kind)).toString('utf8').split('\n')[0];
      expect(csv.text.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(header);
      expect((await upload(kind, csv.text)).body, kind).toMatchObject({ created: 0, updated: 0 });
    }
    const xlsx = await request(service.handler)
      .get('/admin/export?kind=people&format=xlsx')
      .set('authorization', `Bearer ${TEST_ADMIN_TOKEN}`)
      .buffer(true)
      .parse(asBuffer);
    const back = await upload('people', xlsx.body as Buffer);
    expect(back.status, JSON.stringify(back.body)).toBe(200);
    expect(back.body).toMatchObject({ created: 0, updated: 0 });
  });
});
