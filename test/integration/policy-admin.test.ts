import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/common/logger.js';
import { buildServices, type Services } from '../../src/composition.js';
import { loadConfig } from '../../src/config/env.js';
import { makeDocx } from '../support/docx.js';
import { createTestService, TEST_ADMIN_TOKEN, type TestService } from '../support/test-service.js';

const auth = { authorization: `Bearer ${TEST_ADMIN_TOKEN}` };
const RULES = [
  '柳州市科技特派员服务补贴实施细则',
  '一、补贴对象',
  '服务柳州市派驻企业的科技特派员。',
  '二、补贴标准',
  '每服务一天补贴交通费200元，每年最多补贴40天。',
];

describe('administrators manage the policy knowledge base', () => {
  let service: TestService;
  let second: Services;
  beforeAll(async () => {
    service = await createTestService();
    second = await buildServices(loadConfig({ LOG_LEVEL: 'silent' }), {
      logger: createLogger('silent'),
      clock: service.clock,
      database: service.database,
      store: service.services.store,
    });
  });
  afterAll(async () => {
    second?.knowledge.stopWatching();
    await service?.close();
  });

  const upload = (fileName: string, body: Buffer | string, method: 'post' | 'put' = 'post', slug = '') =>
    request(service.handler)
      [method](`/admin/policies${slug ? `/${encodeURIComponent(slug)}` : ''}`)
      .query({ fileName })
      .set(auth)
      .set('content-type', 'application/octet-stream')
      .send(Buffer.isBuffer(body) ? body : Buffer.from(body));
  const ask = async (services: Services, question: string) => {
    const replies = await services.processor.answerNow({
      channel: 'LOCAL',
      senderId: 'chen.siyuan',
      conversationId: 'chen.siyuan',
      conversationKind: 'direct',
      kind: 'text',
      text: question,
      messageId: `q-${Math.random()}`,
      sentAt: services.clock.now(),
      replyTo: { channel: 'LOCAL', userId: 'chen.siyuan' },
    });
    return replies[0]?.text ?? '';
  };

  it('lists the built-in documents', async () => {
    const response = await request(service.handler).get('/admin/policies').set(auth);
    expect(response.status).toBe(200);
    expect(response.body.policies.map((p: { title: string; builtIn: boolean }) => [p.title, p.builtIn])).toContainEqual(
      ['广西企业科技特派员工作方案（暂行）', true],
    );
    expect((await request(service.handler).get('/admin/policies')).status).toBe(401);
  });

  it('answers from a document added as .docx at once, and on another instance once it refreshes', async () => {
    const question = '柳州的特派员每服务一天补贴多少交通费？';
    // Before the city's rules are added, the documents do not say (the plan's 1万元 is a year's, not a day's).
    expect(await ask(service.services, question)).toMatch(/未找到相关政策|文件没有写到这一点/);
    const response = await upload('柳州补贴细则.docx', await makeDocx(RULES));
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      slug: '柳州补贴细则',
      title: '柳州市科技特派员服务补贴实施细则',
      outcome: 'created',
    });
    const reply = await ask(service.services, question);
    expect(reply).toContain('200元');
    expect(reply).toContain('依据：《柳州市科技特派员服务补贴实施细则》二、补贴标准');

    expect(await second.knowledge.refresh()).toBe(true);
    expect(await ask(second, question)).toContain('200元');
    expect((await upload('柳州补贴细则.docx', await makeDocx(RULES))).status).toBe(409);
  });

  it('replaces a document, and the answer follows', async () => {
    const changed = RULES.map((line) => line.replace('200元', '300元'));
    const response = await upload('柳州补贴细则-修订.txt', changed.join('\n'), 'put', '柳州补贴细则');
    expect(response.status).toBe(200);
    expect(response.body.outcome).toBe('replaced');
    expect(await ask(service.services, '柳州的特派员每服务一天补贴多少交通费？')).toContain('300元');
    expect((await upload('x.txt', '标题\n内容', 'put', 'no-such-document')).status).toBe(404);
  });

  it('removes a document, and a removed built-in document is not seeded again', async () => {
    expect((await request(service.handler).delete('/admin/policies/柳州补贴细则').set(auth)).status).toBe(204);
    expect(await ask(service.services, '柳州的特派员每服务一天补贴多少交通费？')).toMatch(
      /未找到相关政策|文件没有写到这一点/,
    );
    expect((await request(service.handler).delete('/admin/policies/柳州补贴细则').set(auth)).status).toBe(404);

    const builtIn = 'gx-stdept-reply-2021513';
    expect((await request(service.handler).delete(`/admin/policies/${builtIn}`).set(auth)).status).toBe(204);
    const restarted = await buildServices(loadConfig({ LOG_LEVEL: 'silent' }), {
      logger: createLogger('silent'),
      clock: service.clock,
      database: service.database,
      store: service.services.store,
    });
    expect((await restarted.knowledge.list()).map((doc) => doc.slug)).not.toContain(builtIn);
    expect(await ask(restarted, '广西网上技术市场签约了多少份合同？')).toContain('未找到相关政策');
  });

  it('reads GB18030 text and Markdown headings', async () => {
    // "梧州市科技特派员奖励办法 / 一、奖励标准 / 考核优秀的科技特派员每人奖励5000元。" saved as GB18030.
    const gb18030 = Buffer.from(
      'cee0d6ddcad0bfc6bcbcccd8c5c9d4b1bdb1c0f8b0ecb7a80ad2bba1a2bdb1c0f8b1ead7bc0abfbcbacbd3c5d0e3b5c4bfc6bcbcccd8c5c9d4b1c3bfc8cbbdb1c0f835303030d4aaa1a3',
      'hex',
    );
    expect((await upload('梧州奖励办法.txt', gb18030)).status).toBe(201);
    expect(await ask(service.services, '梧州考核优秀的特派员奖励多少钱')).toContain('5000元');
    const markdown = '# 桂林市科技特派员考核办法\n\n## 一、考核等次\n\n考核结果分为**优秀**、合格、不合格三个等次。';
    expect((await upload('桂林考核办法.md', markdown)).status).toBe(201);
    expect(await ask(service.services, '桂林的特派员考核结果分为几个等次？')).toContain(
      '依据：《桂林市科技特派员考核办法》一、考核等次',
    );
  });

  it('refuses what it cannot read, keeping what is stored', async () => {
    const before = (await request(service.handler).get('/admin/policies').set(auth)).body.policies.length;
    expect((await upload('notes.pdf', 'x')).status).toBe(400);
    expect((await upload('empty.txt', '   \n  ')).status).toBe(400);
    expect((await upload('broken.docx', 'not a zip file')).status).toBe(400);
    // A zip bomb: 30 MB of text that compresses to a few KB.
    const bomb = await makeDocx(['标题', ' '.repeat(30 * 1_048_576)]);
    expect(bomb.length).toBeLessThan(200_000);
    const refused = await upload('bomb.docx', bomb);
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toContain('MB');
    expect((await request(service.handler).post('/admin/policies').set(auth).send('x')).status).toBe(400);
    expect((await request(service.handler).get('/admin/policies').set(auth)).body.policies.length).toBe(before);
  });
});
