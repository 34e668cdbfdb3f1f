import { Writable } from 'node:stream';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/common/logger.js';
import { startFakeLlm } from '../support/fake-platforms.js';
import { createTestService, TEST_ADMIN_TOKEN, type TestService } from '../support/test-service.js';

describe('logs at info level', () => {
  let service: TestService;
  let lines: string[];
  beforeAll(async () => {
    lines = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(...String(chunk).split('\n').filter(Boolean));
        done();
      },
    });
    service = await createTestService({ logger: createLogger('info', sink) });
  });
  afterAll(async () => {
    await service?.close();
  });

  it('record each request with its id, route, status and duration, but no message text or secrets', async () => {
    const secretText = '我们的专利申请号是CN2026000123';
    const chat = await request(service.handler)
      .post('/local/messages')
      .set('x-request-id', 'trace-me-1')
      .send({ userId: 'chen.siyuan', text: secretText });
    expect(chat.status).toBe(200);
    await request(service.handler).get('/admin/visits').set('authorization', `Bearer ${TEST_ADMIN_TOKEN}`);

    const all = lines.join('\n');
    expect(all).not.toContain(secretText);
    expect(all).not.toContain(TEST_ADMIN_TOKEN);
    const access = lines.map((line) => JSON.parse(line)).find((entry) => entry.requestId === 'trace-me-1');
    expect(access).toMatchObject({ msg: 'request', method: 'POST', route: '/local/messages', status: 200 });
    expect(typeof access.ms).toBe('number');
  });
});

describe('logs when platforms and the LLM fail', () => {
  const SECRETS = {
    wecomSecret: 'wecom-secret-LOGTEST-7781',
    llmKey: 'sk-LOGTEST-llm-key-4412',
    robotKey: 'robot-key-LOGTEST-9925',
    question: '科技特派员每年至少服务多少天呀LOGTEST',
  };
  let service: TestService;
  let llm: Awaited<ReturnType<typeof startFakeLlm>>;
  let lines: string[];
  beforeAll(async () => {
    lines = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(...String(chunk).split('\n').filter(Boolean));
        done();
      },
    });
    llm = await startFakeLlm();
    llm.reply = () => ({ status: 500 });
    // A port nothing listens on: every call to WeCom and to the robot fails to connect.
    const closed = 'http://127.0.0.1:9';
    service = await createTestService({
      logger: createLogger('info', sink),
      env: {
        LLM_BASE_URL: llm.baseUrl,
        LLM_API_KEY: SECRETS.llmKey,
        LLM_MODEL: 'm',
        WECOM_CORP_ID: 'ww-log',
        WECOM_AGENT_ID: '1000002',
        WECOM_SECRET: SECRETS.wecomSecret,
        WECOM_TOKEN: 'LogToken1',
        WECOM_AES_KEY: 'jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C',
        WECOM_API_BASE: closed,
        GROUP_ROBOTS: JSON.stringify([
          {
            id: 'lz',
            scope: '柳州市',
            platform: 'wecom',
            webhook: `${closed}/cgi-bin/webhook/send?key=${SECRETS.robotKey}`,
          },
        ]),
      },
    });
  });
  afterAll(async () => {
    await service?.close();
    await llm?.close();
  });

  it('carry no key, token, webhook key or question, at warn and error either', async () => {
    const answer = await request(service.handler)
      .post('/local/messages')
      .send({ userId: 'sun.jianli', text: SECRETS.question });
    expect(answer.status).toBe(200);
    await service.services.outbox.enqueue({
      channel: 'WECOM',
      recipientId: 'P-001',
      kind: 'reply',
      text: SECRETS.question,
      dedupeKey: 'log-test:wecom',
      target: { channel: 'WECOM', userId: 'ChenSiYuan' },
    });
    await service.services.outbox.enqueue({
      channel: 'WECOM_GROUP_ROBOT',
      recipientId: 'lz',
      kind: 'reply',
      text: SECRETS.question,
      dedupeKey: 'log-test:robot',
      target: { channel: 'WECOM_GROUP_ROBOT', robotId: 'lz' },
    });
    await service.services.dispatcher.tick();

    const warnings = lines.map((line) => JSON.parse(line)).filter((entry) => entry.level >= 40);
    expect(warnings.map((entry) => entry.msg)).toEqual(
      expect.arrayContaining(['LLM answer not used: sending the retrieved answer', 'send failed']),
    );
    const all = lines.join('\n');
    for (const secret of Object.values(SECRETS)) expect(all).not.toContain(secret);
    expect(all).not.toMatch(/access_token=(?!\[redacted\])/);
    expect(all).not.toMatch(/Bearer (?!\[redacted\])/);
  });
});
