import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestService, TEST_ADMIN_TOKEN, type TestService } from '../support/test-service.js';

const auth = { authorization: `Bearer ${TEST_ADMIN_TOKEN}` };

describe('curated answers pinned to question patterns', () => {
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
  const pin = (body: object) => request(service.handler).post('/admin/faq').set(auth).send(body);

  it('answers a matching question with the pinned answer instead of searching', async () => {
    const question = '科技特派员补助什么时候发放？';
    const created = await pin({
      pattern: '补助 什么时候|补助 何时|发放时间',
      answer: '补助经费在年度考核合格后发放，一般在次年第一季度。',
      citation: '自治区科技厅2026年第3号工作通知',
    });
    expect(created.status).toBe(201);
    const reply = await say(question);
    expect(reply).toContain('年度考核合格后发放');
    expect(reply).toContain('依据：自治区科技厅2026年第3号工作通知');
    expect(await say('发放时间是哪天')).toContain('年度考核合格后发放');
    // Other questions still search the documents.
    expect(await say('一年得下企业几趟？')).toContain('不少于5次');

    const list = await request(service.handler).get('/admin/faq').set(auth);
    expect(list.body.faq).toHaveLength(1);
    expect((await request(service.handler).delete(`/admin/faq/${created.body.id}`).set(auth)).status).toBe(204);
    expect(await say(question)).not.toContain('年度考核合格后发放');
    expect((await request(service.handler).delete(`/admin/faq/${created.body.id}`).set(auth)).status).toBe(404);

    // Patterns are keywords, taken literally: what would be a catastrophic regular expression is just text.
    await pin({ pattern: '(a+)+$', answer: '字面匹配' });
    expect(await say(`${'a'.repeat(40)}!`)).not.toContain('字面匹配');
    expect(await say('公式 (a+)+$ 是什么意思')).toContain('字面匹配');
  });

  it('takes a null or blank citation as no citation, as leaving it out', async () => {
    for (const [word, citation] of [
      ['饭卡', null],
      ['停车位', '   '],
    ] as const) {
      const created = await pin({ pattern: word, answer: `${word}的事请找办公室。`, citation });
      expect(created.status).toBe(201);
      expect(created.body.citation).toBeNull();
      const reply = await say(`${word}怎么办`);
      expect(reply).toContain(`${word}的事请找办公室`);
      expect(reply).not.toContain('依据');
      await request(service.handler).delete(`/admin/faq/${created.body.id}`).set(auth);
    }
    expect((await pin({ pattern: '饭卡', answer: 'x', citation: 3 })).status).toBe(400);
  });

  it('refuses an unusable pattern or an empty answer, with the reason', async () => {
    const empty = await pin({ pattern: ' | ', answer: 'x' });
    expect(empty.status).toBe(400);
    expect(empty.body.error.details[0].message).toContain('keyword');
    expect((await pin({ pattern: '补'.repeat(201), answer: 'x' })).status).toBe(400);
    expect((await pin({ pattern: '补助', answer: '  ' })).status).toBe(400);
    expect((await request(service.handler).post('/admin/faq').send({ pattern: 'x', answer: 'y' })).status).toBe(401);
  });
});
