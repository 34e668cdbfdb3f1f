import { Writable } from 'node:stream';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/common/logger.js';
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
