import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/common/logger.js';
import { createTestService, type TestService } from '../support/test-service.js';

describe('hardening', () => {
  let service: TestService;
  beforeAll(async () => {
    service = await createTestService({ env: { CHAT_MESSAGES_PER_MINUTE: '5' } });
  });
  afterAll(async () => {
    await service?.close();
  });
  const send = (userId: string, text: string) =>
    request(service.handler).post('/local/messages').send({ userId, text });

  it('asks a sender who writes too fast to slow down, once, and answers nothing more that minute', async () => {
    for (let i = 0; i < 5; i++) expect((await send('li.ming', '我的进度')).body.replies).toHaveLength(1);
    const sixth = await send('li.ming', '我的进度');
    expect(sixth.body.replies[0].text).toContain('请稍等一分钟');
    expect((await send('li.ming', '我的进度')).body.replies).toEqual([]);
    // Others are not affected.
    expect((await send('wang.fang', '我的进度')).body.replies[0].text).toContain('服务进度');
  });

  it('sends security headers on every response, and a page-specific policy only where a page is served', async () => {
    const response = await request(service.handler).get('/healthz');
    expect(response.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
      'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
      'cache-control': 'no-store',
    });
    const missing = await request(service.handler).get('/no-such-page');
    expect(missing.headers['x-frame-options']).toBe('DENY');
  });

  it('refuses deeply nested and oversized JSON without storing anything', async () => {
    const before = await service.database.prisma.inboundMessage.count();
    const nested = `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`;
    const deep = await request(service.handler).post('/local/messages').type('json').send(nested);
    expect(deep.status).toBeGreaterThanOrEqual(400);
    expect(deep.status).toBeLessThan(500);
    const big = await request(service.handler)
      .post('/local/messages')
      .type('json')
      .send(JSON.stringify({ userId: 'li.ming', text: 'x'.repeat(10 * 1024 * 1024) }));
    expect(big.status).toBe(413);
    expect(await service.database.prisma.inboundMessage.count()).toBe(before);
  });

  it('treats SQL and markdown in chat text as text', async () => {
    const text = "'; DROP TABLE visits; -- [点我](http://evil.example) <script>alert(1)</script>";
    const reply = await send('wang.fang', text);
    expect(reply.status).toBe(200);
    expect(await service.database.prisma.visit.count()).toBeGreaterThan(0);
    const stored = await service.database.prisma.inboundMessage.findFirstOrThrow({ where: { text } });
    expect(stored.text).toBe(text);
  });

  it('keeps names, phone numbers and message text out of the logs at info level', async () => {
    const lines: string[] = [];
    const logged = await createTestService({
      logger: createLogger('info', { write: (line: string) => lines.push(line) }),
    });
    try {
      const chat = (userId: string, text: string) =>
        request(logged.handler).post('/local/messages').send({ userId, text });
      await chat('chen.siyuan', '今天在龙城齿轮技术攻关1天，联系电话13912345678');
      await chat('sun.jianli', '反馈：补贴迟迟没有到账，请联系我 13812345678');
      await chat('stranger', '我是张三，电话13700000000');
      const log = lines.join('\n');
      expect(lines.length).toBeGreaterThan(3);
      for (const secret of [
        '陈思远',
        '孙建立',
        '张三',
        '13912345678',
        '13812345678',
        '13700000000',
        '技术攻关',
        '补贴',
      ]) {
        expect(log, secret).not.toContain(secret);
      }
    } finally {
      await logged.close();
    }
  });

  it('reads invalid UTF-8 as replacement characters, without failing or losing the message', async () => {
    const body = Buffer.concat([
      Buffer.from('{"userId":"wang.fang","text":"我的进度'),
      Buffer.from([0xff, 0xfe, 0xc3]),
      Buffer.from('"}'),
    ]);
    const response = await request(service.handler)
      .post('/local/messages')
      .set('content-type', 'application/json')
      // The bytes as they are (superagent would send JSON of a Buffer object).
      .serialize(((raw: Buffer) => raw) as unknown as (value: unknown) => string)
      .send(body);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const stored = await service.database.prisma.inboundMessage.findFirstOrThrow({
      where: { text: { startsWith: '我的进度' }, senderAccountId: 'wang.fang' },
      orderBy: { receivedAt: 'desc' },
    });
    expect(stored.text).toContain('\uFFFD');
  });
});
