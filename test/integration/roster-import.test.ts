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
    expect(response.body.error.details.map((d: { line: number }) => d.line)).toEqual([2, 3, 4]);
    expect(response.body.error.details[0].message).toContain('企业类别');
    // The id of line 2 is read although its category is not, so line 4 repeating it is said in the same answer.
    expect(response.body.error.details[2].message).toBe('编号 E-1 与第2行重复');
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
    expect(
      await db().person.findUniqueOrThrow({ where: { id: 'SAMPLE-P-01' }, include: { accounts: true } }),
    ).toMatchObject({
      role: 'SPECIALIST',
      institutionId: 'SAMPLE-I-01',
      accounts: expect.arrayContaining([expect.objectContaining({ channel: 'WECOM', accountId: 'zhang.shili' })]),
    });
    expect(await db().teamMember.count({ where: { teamId: 'SAMPLE-T-01' } })).toBe(3);
    const before = await db().enterprise.findUniqueOrThrow({ where: { id: 'SAMPLE-E-01' } });
    for (const kind of KINDS) {
      const again = await upload(kind, await sample(kind));
      expect(again.body, kind).toMatchObject({ created: 0, updated: 0 });
    }
    expect((await db().enterprise.findUniqueOrThrow({ where: { id: 'SAMPLE-E-01' } })).updatedAt).toEqual(
      before.updatedAt,
    );
  });

  it('reads the day each posting’s agreement was signed; a blank cell means none, like every optional cell', async () => {
    const signed = async (id: string) =>
      (await db().assignment.findUniqueOrThrow({ where: { id } })).agreementSignedOn?.toISOString().slice(0, 10) ??
      null;
    expect(await signed('SAMPLE-A-01')).toBe('2025-10-25');
    expect(await signed('SAMPLE-A-02')).toBeNull();
    const bad = await upload(
      'assignments',
      '派驻编号,企业编号,特派员编号,团队编号,开始日期,结束日期,状态,协议签订日期\nSAMPLE-A-02,SAMPLE-E-02,,SAMPLE-T-01,2025-07-12,2027-07-11,进行中,去年\n',
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0]).toMatchObject({ line: 2 });
    expect(bad.body.error.details[0].message).toContain('协议签订日期');
    const later = await upload(
      'assignments',
      '派驻编号,企业编号,特派员编号,团队编号,开始日期,结束日期,状态,协议签订日期\nSAMPLE-A-02,SAMPLE-E-02,,SAMPLE-T-01,2025-07-12,2027-07-11,进行中,2025/7/20\nSAMPLE-A-01,SAMPLE-E-01,SAMPLE-P-01,,2025-10-20,2027-10-19,进行中,\n',
    );
    expect(later.body).toMatchObject({ updated: 2, unchanged: 0 });
    expect(await signed('SAMPLE-A-02')).toBe('2025-07-20');
    expect(await signed('SAMPLE-A-01')).toBeNull();
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
      '人员编号,姓名,角色,派出单位编号,企业编号\nP-900,新专家,科技特派员,SAMPLE-I-01,\nP-901,无名,企业联系人,,E-NONE\n';
    const refused = await upload('people', people);
    expect(refused.status).toBe(400);
    expect(refused.body.error.details).toEqual([expect.objectContaining({ line: 3, message: '企业 E-NONE 不存在' })]);
    expect(await db().person.count({ where: { id: 'P-900' } })).toBe(0);
    // A second active posting for an enterprise breaks a database rule: the line is named, nothing is written.
    const twice =
      '派驻编号,企业编号,特派员编号,团队编号,开始日期,结束日期\nA-900,SAMPLE-E-01,SAMPLE-P-01,,2026/1/1,2027/12/31\n';
    const rule = await upload('assignments', twice);
    expect(rule.status).toBe(400);
    expect(rule.body.error.details[0].line).toBe(2);
    expect(rule.body.error.details[0].message).toContain('一家企业同时只能有一个进行中的派驻');
    // An account that belongs to someone else is said so in Chinese, not in the database's words.
    const clash = await upload(
      'people',
      '人员编号,姓名,角色,派出单位编号,企业微信账号\nP-902,重名,科技特派员,SAMPLE-I-01,zhang.shili\n',
    );
    expect(clash.status).toBe(400);
    expect(clash.body.error.details[0]).toMatchObject({ line: 2 });
    expect(clash.body.error.details[0].message).toContain('已属于名册中的另一个人');
    expect(await db().assignment.count({ where: { id: 'A-900' } })).toBe(0);
  });

  it('reports every problem of a file in one answer: bad cells, references to nothing and roster rules', async () => {
    const people = [
      '人员编号,姓名,角色,派出单位编号,企业编号,设区市,手机,企业微信账号',
      'P-910,甲,科技特派员,I-NONE,,,12,', // reference and phone
      'P-911,乙,企业联系人,,,,,', // role without its enterprise
      'P-912,丙,设区市服务站,,,火星市,,', // not one of the 14
      'P-913,丁,科技特派员,SAMPLE-I-01,,,,zhang.shili', // someone else's account
      'P-914,戊,科技特派员,SAMPLE-I-01,,,,NewAcct',
      'P-915,己,科技特派员,SAMPLE-I-01,,,,NewAcct', // the same account twice in the file
      'SAMPLE-P-02,李示例,企业联系人,,SAMPLE-E-02,,,li.shili', // a team member may not stop being a specialist
    ].join('\n');
    const refused = await upload('people', people, true);
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toBe('6 行有问题（共 7 处），名册未作任何改动');
    const details = refused.body.error.details as { line: number; message: string }[];
    const at = (line: number) => details.filter((d) => d.line === line).map((d) => d.message);
    expect(at(2).join('；')).toContain('手机号码格式不对');
    expect(at(2)).toContain('派出单位 I-NONE 不存在');
    expect(at(3)).toEqual(['企业联系人须填企业编号']);
    expect(at(4).join('；')).toContain('不是广西的14个设区市之一');
    expect(at(5)).toEqual(['企业微信账号 zhang.shili 已属于名册中的另一个人（SAMPLE-P-01）']);
    expect(at(6)).toEqual([]);
    expect(at(7)).toEqual(['企业微信账号 NewAcct 与第6行重复']);
    expect(at(8)).toEqual(['此人是团队 SAMPLE-T-01 的成员，角色须为科技特派员']);
    expect(details.every((d) => !/constraint|Unique|Database|违反名册规则/.test(d.message))).toBe(true);
    expect(await db().person.count({ where: { id: { in: ['P-910', 'P-914'] } } })).toBe(0);

    const postings = [
      '派驻编号,企业编号,特派员编号,团队编号,开始日期,结束日期,状态',
      'A-910,SAMPLE-E-01,SAMPLE-P-01,,2026-01-01,2027-12-31,进行中', // SAMPLE-E-01 has SAMPLE-A-01 active
      'A-911,E-NONE,SAMPLE-P-01,SAMPLE-T-01,2027-01-01,2026-01-01,进行中', // every mistake a row can hold
      'A-912,SAMPLE-E-02,P-NONE,,2026-13-01,2027-12-31,已结束',
    ].join('\n');
    const posted = await upload('assignments', postings, true);
    const lines = posted.body.error.details as { line: number; message: string }[];
    const of = (line: number) => lines.filter((d) => d.line === line).map((d) => d.message);
    expect(of(2)).toEqual(['这家企业已有进行中的派驻 SAMPLE-A-01，一家企业同时只能有一个进行中的派驻']);
    expect(of(3)).toEqual(['企业 E-NONE 不存在', '特派员编号和团队编号须填且只填一个', '结束日期应晚于开始日期']);
    expect(of(4)).toEqual(['开始日期应为日期，如 2026-03-01', '特派员 P-NONE 不存在']);
  });

  it('moves an account from one person to another in one file, and a blank account cell removes the account', async () => {
    const header = '人员编号,姓名,角色,派出单位编号,企业编号,设区市,职称,手机,企业微信账号,钉钉账号';
    const moved = await upload(
      'people',
      [
        header,
        'SAMPLE-P-03,王示例,科技特派员,SAMPLE-I-02,,,副研究员,,li.shili,',
        'SAMPLE-P-02,李示例,科技特派员,SAMPLE-I-02,,,研究员,,li.shili2,',
      ].join('\n'),
    );
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(moved.body).toMatchObject({ updated: 2, removedAccounts: [] });
    const wecom = async (id: string) =>
      (await db().platformAccount.findFirst({ where: { personId: id, channel: 'WECOM' } }))?.accountId ?? null;
    expect(await wecom('SAMPLE-P-03')).toBe('li.shili');
    expect(await wecom('SAMPLE-P-02')).toBe('li.shili2');
    const cleared = await upload(
      'people',
      [header, 'SAMPLE-P-03,王示例,科技特派员,SAMPLE-I-02,,,副研究员,,,'].join('\n'),
    );
    expect(cleared.body).toMatchObject({
      updated: 1,
      removedAccounts: [{ line: 2, personId: 'SAMPLE-P-03', channel: 'WECOM', accountId: 'li.shili' }],
    });
    expect(await wecom('SAMPLE-P-03')).toBeNull();
    expect(
      (await upload('people', [header, 'SAMPLE-P-03,王示例,科技特派员,SAMPLE-I-02,,,副研究员,,,'].join('\n'))).body,
    ).toMatchObject({
      updated: 0,
      unchanged: 1,
    });
    // Put back as the sample file has it, for the tests that follow.
    expect((await upload('people', await sample('people'))).status).toBe(200);
    expect(await wecom('SAMPLE-P-02')).toBe('li.shili');
  });

  it('exports phone numbers as they are and formula-like text escaped, and both import back unchanged', async () => {
    await db().person.update({
      where: { id: 'SAMPLE-P-01' },
      data: { phone: '+86 138 0771 0001', title: '=HYPERLINK("x")' },
    });
    const csv = await request(service.handler)
      .get('/admin/export?kind=people&format=csv')
      .set('authorization', `Bearer ${TEST_ADMIN_TOKEN}`);
    expect(csv.text).toContain(',+86 138 0771 0001,');
    expect(csv.text).not.toContain(',=HYPERLINK');
    expect(csv.text).toContain(`"'=HYPERLINK(""x"")"`);
    expect((await upload('people', csv.text)).body).toMatchObject({ created: 0, updated: 0 });
    expect(await db().person.findUniqueOrThrow({ where: { id: 'SAMPLE-P-01' } })).toMatchObject({
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

describe('the sample roster files beside the demo roster', () => {
  let service: TestService;
  beforeAll(async () => {
    service = await createTestService({ demo: true });
  });
  afterAll(async () => {
    await service?.close();
  });

  it('use ids, names and accounts of their own: imported into the demo they add records and change none', async () => {
    const db = service.database.prisma;
    const demoPeople = await db.person.findMany({ include: { accounts: true }, orderBy: { id: 'asc' } });
    for (const kind of KINDS) {
      const response = await request(service.handler)
        .post(`/admin/import?kind=${kind}`)
        .set('authorization', `Bearer ${TEST_ADMIN_TOKEN}`)
        .type('text/csv')
        .send(await sample(kind));
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      expect(response.body, kind).toMatchObject({ updated: 0, unchanged: 0 });
      expect(response.body.created).toBeGreaterThan(0);
    }
    const after = await db.person.findMany({
      where: { id: { in: demoPeople.map((p) => p.id) } },
      include: { accounts: true },
      orderBy: { id: 'asc' },
    });
    expect(after).toEqual(demoPeople);
  });
});
