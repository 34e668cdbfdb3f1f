import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { createLogger } from '../../src/common/logger.js';
import { buildServices } from '../../src/composition.js';
import { loadConfig } from '../../src/config/env.js';
import { dataContext } from '../../src/data/data-context.js';
import { PrismaInboundLog } from '../../src/data/repositories/inbound-log.js';
import { aesKeyFrom, encrypt, signature } from '../../src/platforms/wecom/crypto.js';
import type { KeyValueStore } from '../../src/store/key-value-store.js';
import { eventually, startFakeWecom } from '../support/fake-platforms.js';
import { createTestService, TEST_NOW, type TestService, testStore } from '../support/test-service.js';

const CORP_ID = 'ww-test-corp';
const TOKEN = 'QDG6eK';
const AES_KEY = 'jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C';
const NOW_SECONDS = String(Math.floor(new Date(TEST_NOW).getTime() / 1000));

function signedCallback(from: string, msgId: string) {
  const xml = `<xml><ToUserName><![CDATA[${CORP_ID}]]></ToUserName><FromUserName><![CDATA[${from}]]></FromUserName><CreateTime>${NOW_SECONDS}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[你好]]></Content><MsgId>${msgId}</MsgId><AgentID>1000002</AgentID></xml>`;
  const encrypted = encrypt(aesKeyFrom(AES_KEY), xml, CORP_ID);
  return {
    query: { msg_signature: signature(TOKEN, NOW_SECONDS, 'n1', encrypted), timestamp: NOW_SECONDS, nonce: 'n1' },
    body: `<xml><Encrypt><![CDATA[${encrypted}]]></Encrypt></xml>`,
  };
}

/** A store that can be switched off, as Redis is during a restart or a network blip. */
function switchableStore(inner: KeyValueStore) {
  const state = { down: false };
  const guard =
    <A extends unknown[], R>(call: (...args: A) => Promise<R>) =>
    (...args: A) =>
      state.down ? Promise.reject(new Error('connect ECONNREFUSED (store down)')) : call(...args);
  const store: KeyValueStore = {
    setIfAbsent: guard((k, v, t) => inner.setIfAbsent(k, v, t)),
    get: guard((k) => inner.get(k)),
    set: guard((k, v, t) => inner.set(k, v, t)),
    delete: guard((k) => inner.delete(k)),
    ttl: guard((k) => inner.ttl(k)),
    acquireLock: guard((k, t) => inner.acquireLock(k, t)),
    increment: guard((k, w) => inner.increment(k, w)),
    ping: guard(() => inner.ping()),
    close: () => inner.close(),
  };
  return { store, state };
}

describe('exactly once, in and out', () => {
  let wecom: Awaited<ReturnType<typeof startFakeWecom>>;
  let service: TestService;
  let env: Record<string, string>;
  let switchable: ReturnType<typeof switchableStore>;

  beforeAll(async () => {
    wecom = await startFakeWecom('secret');
    env = {
      WECOM_CORP_ID: CORP_ID,
      WECOM_AGENT_ID: '1000002',
      WECOM_SECRET: 'secret',
      WECOM_TOKEN: TOKEN,
      WECOM_AES_KEY: AES_KEY,
      WECOM_API_BASE: wecom.baseUrl,
    };
    switchable = switchableStore(testStore());
    service = await createTestService({ env, store: switchable.store });
  });
  afterAll(async () => {
    await service?.close();
    await wecom?.close();
  });

  const outboxFor = (msgId: string) =>
    service.database.prisma.outboxMessage.findMany({ where: { dedupeKey: { startsWith: `reply:WECOM:${msgId}:` } } });

  it('answers once when a retried delivery reaches two instances at the same moment', async () => {
    const second = await buildServices(loadConfig({ ...env, LOG_LEVEL: 'silent' }), {
      logger: createLogger('silent'),
      clock: service.clock,
      database: service.database,
      store: service.services.store,
    });
    const instances = [service.handler, createApp(second).callback()];
    const callback = signedCallback('ChenSiYuan', '7001');
    const responses = await Promise.all(
      [0, 1, 0, 1].map((i) =>
        request(instances[i] as typeof service.handler)
          .post('/wecom/callback')
          .query(callback.query)
          .type('text/xml')
          .send(callback.body),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    await eventually(async () => (await outboxFor('7001')).length > 0);
    await Promise.all([service.services.dispatcher.tick(), second.dispatcher.tick()]);
    await eventually(async () => (await outboxFor('7001')).every((m) => m.status === 'SENT'));
    expect(await service.database.prisma.inboundMessage.count({ where: { dedupeKey: '7001' } })).toBe(1);
    expect(await outboxFor('7001')).toHaveLength(1);
    expect(wecom.sent.filter((m) => m.touser === 'ChenSiYuan')).toHaveLength(1);
  });

  it('stores deliveries arriving together in one statement: a repeat gets null, a row the database refuses fails alone', async () => {
    const log = new PrismaInboundLog(service.database.prisma, service.clock, service.database.sql);
    const delivery = (messageId: string, text = '你好') => ({
      channel: 'WECOM' as const,
      senderId: 'ChenSiYuan',
      conversationId: 'ChenSiYuan',
      conversationKind: 'direct' as const,
      kind: 'text' as const,
      text,
      messageId,
      sentAt: service.clock.now(),
      replyTo: { channel: 'WECOM' as const, userId: 'ChenSiYuan' },
    });
    const before = service.clock.now().getTime();
    const results = await Promise.allSettled([
      log.record(delivery('7201')),
      log.record(delivery('7202')),
      log.record(delivery('7201')),
      log.record(delivery('7203', 'bad\u0000byte')),
      log.record(delivery('7204')),
    ]);
    const [first, second, repeat, refused, last] = results;
    expect(first).toMatchObject({ status: 'fulfilled', value: { id: expect.any(String) } });
    expect(second).toMatchObject({ status: 'fulfilled', value: { id: expect.any(String) } });
    expect(repeat).toEqual({ status: 'fulfilled', value: null });
    expect(refused?.status).toBe('rejected');
    expect(last).toMatchObject({ status: 'fulfilled', value: { id: expect.any(String) } });
    const stored = await service.database.prisma.inboundMessage.findMany({
      where: { dedupeKey: { in: ['7201', '7202', '7203', '7204'] } },
      select: { dedupeKey: true, receivedAt: true },
      orderBy: { dedupeKey: 'asc' },
    });
    expect(stored.map((row) => row.dedupeKey)).toEqual(['7201', '7202', '7204']);
    // Stored past Prisma, read back through it: the service clock's instant, whatever the host's time zone.
    const after = service.clock.now().getTime();
    for (const { receivedAt } of stored) {
      expect(receivedAt.getTime()).toBeGreaterThanOrEqual(before);
      expect(receivedAt.getTime()).toBeLessThanOrEqual(after);
    }
    expect(await log.record(delivery('7202'))).toBeNull();

    // Text that an array literal must escape, and a message without a conversation, stored as sent.
    const awkward = { ...delivery('7205', '他说"好的",{1}\\ 完 NULL'), conversationId: null };
    await log.record(awkward as unknown as ReturnType<typeof delivery>);
    const row = await service.database.prisma.inboundMessage.findFirstOrThrow({ where: { dedupeKey: '7205' } });
    expect(row).toMatchObject({ text: awkward.text, conversationId: null, senderAccountId: 'ChenSiYuan' });
    expect(row.payload).toMatchObject({ text: awkward.text, messageId: '7205' });
  });

  it('lets one answer take a message at a time: another instance skips it meanwhile, a failed answer leaves it open', async () => {
    const { db, sql, unitOfWork } = dataContext(service.database, service.clock);
    const log = new PrismaInboundLog(db, service.clock, sql);
    const recorded = await log.record({
      channel: 'WECOM',
      senderId: 'TakeTest',
      conversationId: 'TakeTest',
      conversationKind: 'direct',
      kind: 'text',
      text: '你好',
      messageId: '7100',
      sentAt: service.clock.now(),
      replyTo: { channel: 'WECOM', userId: 'TakeTest' },
    });
    const id = recorded?.id as string;
    const reply = (text: string) => [
      { channel: 'WECOM' as const, recipientId: 'P-001', kind: 'reply', text, dedupeKey: `take-test:${text}` },
    ];

    // An answer that fails after taking the message: the message is open again at once, with nothing enqueued.
    await expect(
      unitOfWork.run(async () => {
        expect(await log.take(id, 60_000)).toMatchObject({ message: { messageId: '7100' }, recentFromSender: 1 });
        await log.complete(id, reply('rolled back'));
        throw new Error('the answer failed');
      }),
    ).rejects.toThrow('the answer failed');

    // An answer in progress; meanwhile another instance asks for the same message (on PostgreSQL it skips the locked
    // row at once; on the embedded database, one connection, it waits for the answer) and gets nothing.
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let tookIt: () => void = () => {};
    const took = new Promise<void>((resolve) => {
      tookIt = resolve;
    });
    const answering = unitOfWork.run(async () => {
      const taken = await log.take(id, 60_000);
      tookIt();
      await gate;
      return taken && (await log.complete(id, reply('answer')));
    });
    await took;
    const meanwhile = log.take(id, 60_000);
    setTimeout(release, 50);
    expect(await meanwhile).toBeNull();
    expect(await answering).toBe(true);
    expect(await log.take(id, 60_000)).toBeNull();

    const enqueued = await service.database.prisma.outboxMessage.findMany({
      where: { dedupeKey: { startsWith: 'take-test:' } },
    });
    expect(enqueued.map((m) => m.text)).toEqual(['answer']);
  });

  it('accepts and later answers a message that arrives while the store is unreachable, once', async () => {
    switchable.state.down = true;
    const callback = signedCallback('SunJianLi', '7002');
    const response = await request(service.handler)
      .post('/wecom/callback')
      .query(callback.query)
      .type('text/xml')
      .send(callback.body);
    expect(response.status).toBe(200);
    await eventually(async () => (await outboxFor('7002')).length === 1);
    // Delivery needs the store (rate limits, token): it is deferred, not lost and not counted as a failed send.
    // The service's own dispatcher may make that attempt (its nudge races this tick), so wait for either.
    const deferred = await eventually(async () => {
      await service.services.dispatcher.tick();
      const [row] = await outboxFor('7002');
      return row?.lastError ? row : undefined;
    });
    expect(deferred).toMatchObject({ status: 'PENDING', attempts: 0 });
    expect(deferred?.lastError).toContain('store down');

    switchable.state.down = false;
    await service.database.prisma.outboxMessage.updateMany({
      where: { dedupeKey: { startsWith: 'reply:WECOM:7002:' } },
      data: { nextAttemptAt: service.clock.now() },
    });
    await eventually(async () => {
      await service.services.dispatcher.tick();
      return (await outboxFor('7002'))[0]?.status === 'SENT';
    });
    expect(wecom.sent.filter((m) => m.touser === 'SunJianLi')).toHaveLength(1);
  });
});
