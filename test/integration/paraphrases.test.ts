import ExcelJS from 'exceljs';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrismaParaphraseStore } from '../../src/data/repositories/paraphrase-store.js';
import { PrismaPolicyDocuments } from '../../src/data/repositories/policy-documents.js';
import { KnowledgeBase } from '../../src/knowledge/knowledge-base.js';
import { JiebaTokenizer } from '../../src/search/jieba-tokenizer.js';
import { createTestService, TEST_ADMIN_TOKEN, type TestService } from '../support/test-service.js';

const auth = { authorization: `Bearer ${TEST_ADMIN_TOKEN}` };
const PLAN = 'gx-enterprise-tech-specialist-plan-draft';

async function sheet(rows: string[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const worksheet = workbook.addWorksheet('扩展问');
  for (const row of rows) worksheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('扩展问 kept by administrators', () => {
  let service: TestService;
  beforeAll(async () => {
    service = await createTestService();
  });
  afterAll(async () => {
    await service?.close();
  });

  const say = (text: string) =>
    request(service.handler)
      .post('/local/messages')
      .send({ userId: 'ma.weidong', text })
      .then((r) => r.body.replies[0]?.text as string);
  const admin = () => request(service.handler);

  it('leads a question to the clause an administrator names, until the phrasing is removed', async () => {
    const question = '帮我们找投资人';
    expect(await say(question)).toContain('未找到相关政策');
    const added = await admin()
      .post('/admin/paraphrases')
      .set(auth)
      .send({ document: '广西企业科技特派员工作方案（暂行）', clause: '二（四）', text: question });
    expect(added.status).toBe(201);
    const answered = await say(question);
    expect(answered).toContain('依据：《广西企业科技特派员工作方案（暂行）》二、工作任务（四）');
    expect(answered).toContain('寻找优势科技资源');

    const listed = await admin().get(`/admin/paraphrases?document=${PLAN}`).set(auth);
    expect(listed.body.paraphrases).toEqual([
      expect.objectContaining({ document: PLAN, clause: '二（四）', text: question }),
    ]);
    const again = await admin()
      .post('/admin/paraphrases')
      .set(auth)
      .send({ document: PLAN, clause: '二（四）', text: question });
    expect(again.body).toEqual({ added: 0 });

    const id = listed.body.paraphrases[0].id;
    expect((await admin().delete(`/admin/paraphrases/${id}`).set(auth)).status).toBe(204);
    expect(await say(question)).toContain('未找到相关政策');
    expect((await admin().delete(`/admin/paraphrases/${id}`).set(auth)).status).toBe(404);
  });

  it('refuses a phrasing that leads nowhere, saying why', async () => {
    const noClause = await admin()
      .post('/admin/paraphrases')
      .set(auth)
      .send({ document: PLAN, clause: '九（一）', text: '随便问问' });
    expect(noClause.status).toBe(400);
    expect(noClause.body.error.message).toContain('no clause 九（一）');
    const noDocument = await admin()
      .post('/admin/paraphrases')
      .set(auth)
      .send({ document: '不存在的文件', clause: '一', text: '问' });
    expect(noDocument.status).toBe(400);
    const blank = await admin()
      .post('/admin/paraphrases')
      .set(auth)
      .send({ document: PLAN, clause: '一', text: '   ' });
    expect(blank.status).toBe(400);
  });

  it('leads a question that reads like an FAQ entry’s 扩展问 to its pinned answer', async () => {
    const entry = await admin()
      .post('/admin/faq')
      .set(auth)
      .send({ pattern: '补助 到账', answer: '补助在年度考核后统一拨付到派出单位。', citation: '工作办通知' });
    expect(await say('那一万块啥时候能拿到手')).not.toContain('统一拨付');
    await admin().post('/admin/paraphrases').set(auth).send({ faqId: entry.body.id, text: '那一万块啥时候能拿到手啊' });
    expect(await say('那一万块啥时候能拿到手')).toContain('统一拨付到派出单位');
    const faq = await admin().get('/admin/faq').set(auth);
    expect(faq.body.faq[0].paraphrases).toEqual(['那一万块啥时候能拿到手啊']);
  });

  it('imports a spreadsheet all or nothing, naming every bad row', async () => {
    const bad = await sheet([
      ['文件', '条款', '常见问题编号', '扩展问'],
      [PLAN, '二（四）', '', '能帮我们对接高校吗'],
      [PLAN, '九（九）', '', '没有这一条'],
      ['', '', '', '没有目标'],
      [PLAN, '一', '', ''],
    ]);
    const refused = await admin()
      .post('/admin/paraphrases/import')
      .set(auth)
      .set('Content-Type', 'application/octet-stream')
      .send(bad);
    expect(refused.status).toBe(400);
    expect(refused.body.error.details.map((d: { line: number }) => d.line)).toEqual([3, 4, 5]);
    expect(
      (await admin().get('/admin/paraphrases').set(auth)).body.paraphrases.some(
        (p: { text: string }) => p.text === '能帮我们对接高校吗',
      ),
    ).toBe(false);

    const good = await sheet([
      ['文件', '条款', '常见问题编号', '扩展问'],
      [PLAN, '二（四）', '', '能帮我们对接高校吗'],
      ['广西企业科技特派员工作方案（暂行）', '五（一）1.', '', '一年给多少经费'],
    ]);
    const imported = await admin()
      .post('/admin/paraphrases/import')
      .set(auth)
      .set('Content-Type', 'application/octet-stream')
      .send(good);
    expect(imported.status).toBe(200);
    expect(imported.body).toEqual({ rows: 2, added: 2, skipped: 0 });
    const twice = await admin()
      .post('/admin/paraphrases/import')
      .set(auth)
      .set('Content-Type', 'application/octet-stream')
      .send(good);
    expect(twice.body).toEqual({ rows: 2, added: 0, skipped: 2 });
    const exported = await admin().get('/admin/paraphrases/export?format=csv').set(auth);
    expect(exported.text).toContain('文件,条款,常见问题编号,扩展问');
    expect(exported.text).toContain('一年给多少经费');
  });

  it('is followed by another instance’s index, which rebuilds when the phrasings change', async () => {
    const db = service.database.prisma;
    const other = await KnowledgeBase.open(
      new PrismaPolicyDocuments(db, service.clock),
      new JiebaTokenizer(),
      [],
      undefined,
      {
        builtIn: [],
        store: new PrismaParaphraseStore(db),
      },
    );
    const before = other.current().phrasings().length;
    await admin()
      .post('/admin/paraphrases')
      .set(auth)
      .send({ document: PLAN, clause: '七', text: '市里要给特派员撑腰吗' });
    expect(other.current().phrasings().length).toBe(before);
    expect(await other.refresh()).toBe(true);
    const phrasings = other.current().phrasings();
    expect(phrasings.some((p) => p.clause.citation === '七、保障措施' && p.text.includes('撑腰'))).toBe(true);
  });
});
