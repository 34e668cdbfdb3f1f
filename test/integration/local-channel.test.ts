import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestService, type TestService } from '../support/test-service.js';

const say = (service: TestService, body: unknown) =>
  request(service.handler)
    .post('/local/messages')
    .send(body as object);

describe('local chat channel', () => {
  let service: TestService;
  beforeAll(async () => {
    service = await createTestService();
  });
  afterAll(async () => {
    await service?.close();
  });

  it('answers a specialist with what the bot can do for a specialist', async () => {
    const response = await say(service, { userId: 'chen.siyuan', text: '帮助' });
    expect(response.status).toBe(200);
    expect(response.body.replies).toHaveLength(1);
    const text: string = response.body.replies[0].text;
    expect(text).toContain('陈思远');
    expect(text).toContain('服务报备');
    expect(text).toContain('我的进度');
  });

  it('answers an enterprise contact with the enterprise functions', async () => {
    const response = await say(service, { userId: 'sun.jianli', text: '能做什么' });
    const text: string = response.body.replies[0].text;
    expect(text).toContain('孙建立');
    expect(text).toContain('政策反馈');
    expect(text).not.toContain('服务报备');
  });

  it('tells an unknown account it is not registered and how to get bound', async () => {
    const response = await say(service, { userId: 'stranger', text: '你好' });
    expect(response.status).toBe(200);
    const text: string = response.body.replies[0].text;
    expect(text).toContain('尚未登记');
    expect(text).toContain('绑定');
  });

  it('does not take a WeCom userid as a local account', async () => {
    const response = await say(service, { userId: 'ChenSiYuan', text: '你好' });
    expect(response.body.replies[0].text).toContain('尚未登记');
  });

  it('answers a repeated delivery once, and repeats that answer', async () => {
    const first = await say(service, { userId: 'chen.siyuan', text: '你好', msgId: 'client-42' });
    const again = await say(service, { userId: 'chen.siyuan', text: '你好', msgId: 'client-42' });
    expect(first.body.replies).toHaveLength(1);
    expect(again.body.replies).toEqual(first.body.replies);
    const logged = await service.database.prisma.inboundMessage.findMany({ where: { dedupeKey: 'client-42' } });
    expect(logged).toHaveLength(1);
    expect(logged[0]?.status).toBe('PROCESSED');
  });

  it('refuses a body without userId with a 400 that says what is missing', async () => {
    const response = await say(service, { text: '你好' });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('VALIDATION_ERROR');
    expect(response.body.error.details.map((d: { path: string }) => d.path)).toContain('userId');
  });

  it('refuses malformed JSON with a 400 and non-JSON with a 415', async () => {
    const malformed = await request(service.handler)
      .post('/local/messages')
      .set('content-type', 'application/json')
      .send('{"userId": "chen.siyuan", ');
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe('BAD_REQUEST');
    const form = await request(service.handler).post('/local/messages').type('form').send('userId=chen.siyuan');
    expect(form.status).toBe(415);
  });

  it('refuses a body over the size limit with a 413 and stores nothing', async () => {
    const before = await service.database.prisma.inboundMessage.count();
    const response = await say(service, { userId: 'chen.siyuan', text: '长'.repeat(600_000) });
    expect(response.status).toBe(413);
    expect(response.body.error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(await service.database.prisma.inboundMessage.count()).toBe(before);
  });
});

describe('local chat channel in production mode', () => {
  let service: TestService;
  beforeAll(async () => {
    service = await createTestService({ env: { LOCAL_CHANNEL_ENABLED: '' }, demo: false });
  });
  afterAll(async () => {
    await service?.close();
  });

  it('is off unless LOCAL_CHANNEL_ENABLED=true, embedded or not', async () => {
    const response = await say(service, { userId: 'chen.siyuan', text: '你好' });
    expect(response.status).toBe(404);
    expect((await request(service.handler).get('/local/inbox').query({ userId: 'chen.siyuan' })).status).toBe(404);
  });
});
