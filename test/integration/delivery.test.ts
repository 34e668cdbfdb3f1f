import { createHmac } from 'node:crypto';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/common/logger.js';
import { buildServices, type Services } from '../../src/composition.js';
import { loadConfig } from '../../src/config/env.js';
import type { NewOutboxMessage } from '../../src/domain/outbox/outbox.js';
import { startFakeRobots } from '../support/fake-platforms.js';
import { createTestService, TEST_ADMIN_TOKEN, type TestService } from '../support/test-service.js';

describe('outbox delivery', () => {
  let robots: Awaited<ReturnType<typeof startFakeRobots>>;
  let service: TestService;
  let env: Record<string, string>;

  beforeAll(async () => {
    robots = await startFakeRobots();
    env = {
      GROUP_ROBOTS: JSON.stringify([
        { id: 'lz-station', scope: '柳州市', platform: 'wecom', webhook: `${robots.baseUrl}/wecom-robot?key=k-lz` },
        {
          id: 'office',
          scope: 'region',
          platform: 'dingtalk',
          webhook: `${robots.baseUrl}/robot/send?access_token=t-office`,
          secret: 'SECoffice',
        },
      ]),
    };
    service = await createTestService({ env, demo: false });
  });
  afterAll(async () => {
    await service?.close();
    await robots?.close();
  });

  const enqueue = (message: Partial<NewOutboxMessage> & { dedupeKey: string }) =>
    service.services.outbox.enqueue({
      channel: 'WECOM_GROUP_ROBOT',
      recipientId: 'lz-station',
      kind: 'digest.city',
      text: '## 柳州市服务站月报',
      format: 'MARKDOWN',
      target: { channel: 'WECOM_GROUP_ROBOT', robotId: 'lz-station' },
      ...message,
    });
  const drain = async (services: Services = service.services) => {
    while ((await services.dispatcher.tick()) > 0);
  };
  const row = (dedupeKey: string) => service.database.prisma.outboxMessage.findUniqueOrThrow({ where: { dedupeKey } });

  it('sends a backlog larger than one batch after a single nudge, without waiting for the interval', async () => {
    const keys = Array.from({ length: 45 }, (_, i) => `backlog:${i}`);
    for (const [i, dedupeKey] of keys.entries()) {
      await enqueue({
        channel: 'LOCAL',
        recipientId: `backlog-${i}`,
        kind: 'reply',
        text: `第${i}条回复`,
        format: 'TEXT',
        target: { channel: 'LOCAL', userId: `backlog-${i}` },
        dedupeKey,
      });
    }
    service.services.dispatcher.nudge();
    const unsent = () =>
      service.database.prisma.outboxMessage.count({ where: { dedupeKey: { in: keys }, status: { not: 'SENT' } } });
    await expect.poll(unsent, { timeout: 5_000, interval: 100 }).toBe(0);
  });

  it('posts a digest to a WeCom group robot as markdown', async () => {
    await enqueue({ dedupeKey: 'digest:lz:1' });
    await drain();
    const post = robots.posts.find((p) => p.path === '/wecom-robot');
    expect(post?.query.get('key')).toBe('k-lz');
    expect(post?.body).toEqual({ msgtype: 'markdown', markdown: { content: '## 柳州市服务站月报' } });
    expect((await row('digest:lz:1')).status).toBe('SENT');
  });

  it('signs posts to a DingTalk custom robot with its secret', async () => {
    await enqueue({
      channel: 'DINGTALK_GROUP_ROBOT',
      recipientId: 'office',
      target: { channel: 'DINGTALK_GROUP_ROBOT', robotId: 'office' },
      text: '## 全区月报\n各市进度',
      dedupeKey: 'digest:office:1',
    });
    await drain();
    const post = robots.posts.find((p) => p.path === '/robot/send');
    const timestamp = post?.query.get('timestamp') ?? '';
    expect(post?.query.get('access_token')).toBe('t-office');
    expect(post?.query.get('sign')).toBe(
      createHmac('sha256', 'SECoffice').update(`${timestamp}\nSECoffice`).digest('base64'),
    );
    expect(post?.body).toEqual({ msgtype: 'markdown', markdown: { title: '全区月报', text: '## 全区月报\n各市进度' } });
  });

  it('keeps to 20 messages a minute per robot, deferring the rest without counting a failure', async () => {
    const before = robots.posts.length;
    for (let i = 0; i < 25; i++) await enqueue({ dedupeKey: `burst:${i}`, text: `第${i}条` });
    await drain();
    // The first test already sent one message to this robot in this minute.
    const sentNow = robots.posts.length - before;
    expect(sentNow).toBe(19);
    const deferred = await service.database.prisma.outboxMessage.findMany({
      where: { dedupeKey: { startsWith: 'burst:' }, status: 'PENDING' },
    });
    expect(deferred).toHaveLength(6);
    expect(
      deferred.every(
        (m) =>
          m.attempts === 0 &&
          // Held by design, which is no error.
          /rate limit|waiting for an earlier/.test(m.heldReason ?? '') &&
          m.lastError === null &&
          m.nextAttemptAt > service.clock.now(),
      ),
    ).toBe(true);
    const listed = await request(service.handler)
      .get('/admin/outbox?status=PENDING')
      .set('authorization', `Bearer ${TEST_ADMIN_TOKEN}`);
    const held = listed.body.messages.filter((m: { id: string }) => deferred.some((d) => d.id === m.id));
    expect(held.length).toBe(6);
    expect(held.every((m: { status: string; lastError: unknown }) => m.status === 'HELD' && m.lastError === null)).toBe(
      true,
    );
  });

  it('holds what the service pushes at night until 08:00, shown as held rather than failed', async () => {
    const now = service.clock.now();
    service.clock.set('2026-11-24T14:30:00.000Z'); // 22:30 in Shanghai
    try {
      await enqueue({ dedupeKey: 'night:1', recipientId: 'office', channel: 'DINGTALK_GROUP_ROBOT' });
      await service.services.dispatcher.tick();
      const held = await row('night:1');
      expect(held).toMatchObject({ status: 'PENDING', attempts: 0, lastError: null });
      expect(held.heldReason).toContain('quiet hours');
      expect(held.nextAttemptAt.toISOString()).toBe('2026-11-25T00:00:00.000Z'); // 08:00 in Shanghai
      const listed = await request(service.handler)
        .get('/admin/outbox?status=PENDING')
        .set('authorization', `Bearer ${TEST_ADMIN_TOKEN}`);
      expect(listed.body.messages.find((m: { id: string }) => m.id === held.id)).toMatchObject({
        status: 'HELD',
        lastError: null,
        heldReason: expect.stringContaining('quiet hours'),
      });
    } finally {
      service.clock.set(now);
    }
  });

  it('fails for good, with the reason, what cannot be delivered', async () => {
    await enqueue({
      dedupeKey: 'nowhere:1',
      recipientId: 'no-such-robot',
      target: { channel: 'WECOM_GROUP_ROBOT', robotId: 'no-such-robot' },
    });
    await enqueue({
      channel: 'WECOM',
      recipientId: 'P-001',
      target: { channel: 'WECOM', userId: 'ChenSiYuan' },
      dedupeKey: 'unconfigured:1',
    });
    await drain();
    expect(await row('nowhere:1')).toMatchObject({
      status: 'FAILED',
      lastError: expect.stringContaining('no-such-robot'),
    });
    expect(await row('unconfigured:1')).toMatchObject({
      status: 'FAILED',
      lastError: expect.stringContaining('not configured'),
    });
  });

  it('sends each message once when two instances dispatch the same outbox at the same time', async () => {
    const second = await buildServices(loadConfig({ ...env, LOG_LEVEL: 'silent' }), {
      logger: createLogger('silent'),
      clock: service.clock,
      database: service.database,
      store: service.services.store,
    });
    await service.database.prisma.outboxMessage.deleteMany({ where: { dedupeKey: { startsWith: 'burst:' } } });
    for (let i = 0; i < 12; i++) {
      await enqueue({
        channel: 'DINGTALK_GROUP_ROBOT',
        recipientId: 'office',
        target: { channel: 'DINGTALK_GROUP_ROBOT', robotId: 'office' },
        text: `并发${i}`,
        dedupeKey: `pair:${i}`,
      });
    }
    const before = robots.posts.length;
    await Promise.all([drain(), drain(second)]);
    const texts = robots.posts.slice(before).map((p) => (p.body.markdown as { text: string }).text);
    expect(texts).toHaveLength(12);
    expect(new Set(texts).size).toBe(12);
  });
});

describe('the parts of a long answer', () => {
  let robots: Awaited<ReturnType<typeof startFakeRobots>>;
  let service: TestService;
  beforeAll(async () => {
    robots = await startFakeRobots();
    service = await createTestService({
      demo: false,
      env: {
        GROUP_ROBOTS: JSON.stringify([
          { id: 'r1', scope: 'region', platform: 'wecom', webhook: `${robots.baseUrl}/r1` },
        ]),
      },
    });
  });
  afterAll(async () => {
    await service?.close();
    await robots?.close();
  });

  it('arrive in order, enqueued together', async () => {
    const parts = Array.from({ length: 6 }, (_, i) => ({
      channel: 'WECOM_GROUP_ROBOT' as const,
      recipientId: 'r1',
      kind: 'reply',
      text: `第${i + 1}部分`,
      dedupeKey: `reply:WECOM:9000:0:${i}`,
      target: { channel: 'WECOM_GROUP_ROBOT' as const, robotId: 'r1' },
    }));
    await service.db.outboxMessage.createMany({ data: parts });
    while ((await service.services.dispatcher.tick()) > 0);
    expect(robots.posts.map((p) => (p.body.text as { content: string }).content)).toEqual(parts.map((p) => p.text));
  });
});
