import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/common/logger.js';
import { PrismaOutboxQueue } from '../../src/data/repositories/outbox-queue.js';
import { createDispatcher, type Dispatcher } from '../../src/delivery/dispatcher.js';
import { duplicateCheck, WecomSender } from '../../src/platforms/wecom/api-client.js';
import { startFakeWecom } from '../support/fake-platforms.js';
import { createTestService, type TestService } from '../support/test-service.js';

describe('outbox leases', () => {
  let wecom: Awaited<ReturnType<typeof startFakeWecom>>;
  let service: TestService;
  beforeAll(async () => {
    wecom = await startFakeWecom('secret');
    service = await createTestService({ demo: false });
  });
  afterAll(async () => {
    await service?.close();
    await wecom?.close();
  });

  const dispatcher = (leaseMs: number): Dispatcher =>
    createDispatcher({
      queue: new PrismaOutboxQueue(service.database.prisma, service.clock, service.database.sql),
      senders: {
        WECOM: new WecomSender(
          { corpId: 'corp', agentId: 1, secret: 'secret', token: 't', aesKey: 'k', apiBase: wecom.baseUrl },
          service.services.store,
        ),
      },
      store: service.services.store,
      logger: createLogger('silent'),
      clock: service.clock,
      leaseMs,
    });

  it('sends each of 50 messages exactly once, in order per member, with two dispatchers and a slow platform', async () => {
    // Five members, ten messages each: a claimed batch takes far longer to send than one lease lasts.
    const members = ['A', 'B', 'C', 'D', 'E'];
    const messages = members.flatMap((member) =>
      Array.from({ length: 10 }, (_, i) => ({
        channel: 'WECOM' as const,
        recipientId: `P-${member}`,
        kind: 'reply',
        text: `${member}-${String(i).padStart(2, '0')}`,
        dedupeKey: `lease-test:${member}:${String(i).padStart(2, '0')}`,
        target: { channel: 'WECOM' as const, userId: member },
      })),
    );
    for (const message of messages) await service.services.outbox.enqueue(message);
    wecom.sendDelayMs = 150;
    const first = dispatcher(400);
    const second = dispatcher(400);
    const pending = () =>
      service.database.prisma.outboxMessage.count({
        where: { dedupeKey: { startsWith: 'lease-test:' }, status: 'PENDING' },
      });
    const deadline = performance.now() + 20_000;
    const run = async (d: Dispatcher) => {
      while ((await pending()) > 0 && performance.now() < deadline) {
        await d.tick();
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };
    await Promise.all([run(first), run(second), run(first)]);
    wecom.sendDelayMs = 0;

    const texts = wecom.sent.map((m) => m.content);
    expect(texts).toHaveLength(50);
    expect(new Set(texts).size).toBe(50);
    for (const member of members) {
      const mine = wecom.sent.filter((m) => m.touser === member).map((m) => m.content);
      expect(mine).toEqual([...mine].sort());
    }
    const rows = await service.database.prisma.outboxMessage.findMany({
      where: { dedupeKey: { startsWith: 'lease-test:' } },
    });
    expect(rows.every((row) => row.status === 'SENT' && row.attempts === 1 && row.leaseToken === null)).toBe(true);
  });

  it('records an outcome only for the holder of the lease', async () => {
    await service.services.outbox.enqueue({
      channel: 'WECOM',
      recipientId: 'P-F',
      kind: 'reply',
      text: 'held',
      dedupeKey: 'lease-holder:1',
      target: { channel: 'WECOM', userId: 'F' },
    });
    const queue = new PrismaOutboxQueue(service.database.prisma, service.clock, service.database.sql);
    const stalled = await queue.claimDue(10, 1);
    const [message] = stalled.messages;
    expect(message?.dedupeKey).toBe('lease-holder:1');
    await new Promise((resolve) => setTimeout(resolve, 20));
    const takeover = await queue.claimDue(10, 60_000);
    expect(takeover.messages.map((m) => m.id)).toEqual([message?.id]);
    expect(await queue.beginSend(message?.id as string, [], stalled.token, 60_000)).toBe(false);
    expect(await queue.markSent(message?.id as string, stalled.token)).toBe(false);
    expect(await queue.markFailed(message?.id as string, stalled.token, 'late')).toBe(false);
    expect(await queue.beginSend(message?.id as string, [], takeover.token, 60_000)).toBe(true);
    expect(await queue.markSent(message?.id as string, takeover.token)).toBe(true);
  });

  it('after a send of unknown outcome, asks WeCom to drop a repeat over the time since', async () => {
    await service.services.outbox.enqueue({
      channel: 'WECOM',
      recipientId: 'P-G',
      kind: 'reply',
      text: '只应收到一次',
      dedupeKey: 'in-doubt:1',
      target: { channel: 'WECOM', userId: 'G' },
    });
    // The first dispatcher sends, then dies before recording it (its lease lapses).
    const queue = new PrismaOutboxQueue(service.database.prisma, service.clock, service.database.sql);
    const dead = await queue.claimDue(10, 200);
    const [message] = dead.messages;
    expect(await queue.beginSend(message?.id as string, [], dead.token, 200)).toBe(true);
    await new WecomSender(
      { corpId: 'corp', agentId: 1, secret: 'secret', token: 't', aesKey: 'k', apiBase: wecom.baseUrl },
      service.services.store,
    ).send({
      text: '只应收到一次',
      format: 'TEXT',
      target: { channel: 'WECOM', userId: 'G' },
      dedupeKey: 'in-doubt:1',
    });
    service.clock.advance(5 * 60_000);

    await dispatcher(60_000).tick();
    expect(wecom.sent.filter((m) => m.touser === 'G')).toHaveLength(1);
    const row = await service.database.prisma.outboxMessage.findUniqueOrThrow({ where: { dedupeKey: 'in-doubt:1' } });
    expect(row.status).toBe('SENT');
    expect(duplicateCheck(undefined)).toEqual({});
    expect(duplicateCheck(5 * 60_000)).toEqual({ enable_duplicate_check: 1, duplicate_check_interval: 360 });
    expect(duplicateCheck(10 * 3_600_000).duplicate_check_interval).toBe(14_400);
  });

  it('marks the replies a tick sends side by side begun and sent with one statement each, each only by its holder', async () => {
    const members = ['H', 'I', 'J', 'K', 'L', 'M'];
    for (const member of members)
      await service.services.outbox.enqueue({
        channel: 'WECOM',
        recipientId: `P-${member}`,
        kind: 'reply',
        text: `回复${member}`,
        dedupeKey: `side-by-side:${member}`,
        target: { channel: 'WECOM', userId: member },
      });
    const statements: string[] = [];
    const counting = {
      query: <Row>(statement: { name: string; text: string }, params: unknown[]) => {
        statements.push(statement.name);
        return service.database.sql.query<Row>(statement, params);
      },
    };
    const queue = new PrismaOutboxQueue(service.database.prisma, service.clock, counting);
    const before = service.clock.now();
    const batch = await queue.claimDue(20, 60_000);
    const ours = batch.messages.filter((m) => m.dedupeKey.startsWith('side-by-side:'));
    expect(ours).toHaveLength(members.length);
    const [first, ...others] = ours;
    // A stale token among them: that message alone is refused.
    const begun = await Promise.all([
      queue.beginSend(first?.id as string, [], 'a7d4f9a0-0000-4000-8000-000000000000', 60_000),
      ...others.map((m) => queue.beginSend(m.id, [], batch.token, 60_000)),
    ]);
    expect(begun).toEqual([false, ...others.map(() => true)]);
    expect(await Promise.all(others.map((m) => queue.markSent(m.id, batch.token)))).toEqual(others.map(() => true));
    expect(statements).toEqual(['outbox-begin-sends', 'outbox-mark-sent']);
    const rows = await service.database.prisma.outboxMessage.findMany({
      where: { dedupeKey: { startsWith: 'side-by-side:' } },
      orderBy: { dedupeKey: 'asc' },
    });
    const byKey = new Map(rows.map((row) => [row.dedupeKey, row]));
    expect(byKey.get(first?.dedupeKey as string)).toMatchObject({ status: 'PENDING', sendStartedAt: null });
    const after = service.clock.now();
    for (const m of others) {
      const row = byKey.get(m.dedupeKey);
      expect(row).toMatchObject({ status: 'SENT', leaseToken: null, lockedUntil: null, attempts: 1 });
      // Stored as the service's clock read them (UTC), the send begun before it was recorded.
      const [started, sent] = [row?.sendStartedAt?.getTime() ?? 0, row?.sentAt?.getTime() ?? 0];
      expect(started).toBeGreaterThanOrEqual(before.getTime());
      expect(sent).toBeGreaterThanOrEqual(started);
      expect(sent).toBeLessThanOrEqual(after.getTime());
    }
  });
});
