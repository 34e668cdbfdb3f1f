import { describe, expect, it } from 'vitest';
import type { InboundLog } from '../../../src/bot/inbound-log.js';
import { createInboundProcessor } from '../../../src/bot/inbound-processor.js';
import { createLogger } from '../../../src/common/logger.js';
import type { InboundMessage } from '../../../src/platforms/contract.js';

const message = (i: number): InboundMessage => ({
  channel: 'WECOM',
  senderId: `user-${i}`,
  conversationId: `user-${i}`,
  conversationKind: 'direct',
  kind: 'text',
  text: '你好',
  messageId: String(i),
  sentAt: new Date(0),
  replyTo: { channel: 'WECOM', userId: `user-${i}` },
});

/** An in-memory log and a bot that takes 5 ms per answer and records how many answers ran at once. */
function harness() {
  const stored = new Map<string, { message: InboundMessage; done: boolean; busy?: boolean }>();
  const takes = new Map<string, number>();
  const log: InboundLog = {
    record: async (m) => {
      const id = `id-${m.messageId}`;
      if (stored.has(id)) return null;
      stored.set(id, { message: m, done: false });
      return { id };
    },
    find: async () => null,
    markFailed: async () => {},
    take: async (id) => {
      takes.set(id, (takes.get(id) ?? 0) + 1);
      const entry = stored.get(id);
      // Being answered: the row is locked, and a take skips it.
      if (!entry || entry.done || entry.busy) return null;
      entry.busy = true;
      return { message: entry.message, attempts: 0, receivedAt: new Date(0), recentFromSender: 1 };
    },
    unfinished: async (limit) =>
      [...stored]
        .filter(([, entry]) => !entry.done)
        .map(([id]) => id)
        .slice(0, limit),
    complete: async (id) => {
      const entry = stored.get(id);
      if (entry) entry.done = true;
      return true;
    },
    countRecent: async () => 1,
  };
  const concurrency: number[] = [];
  let running = 0;
  const processor = createInboundProcessor({
    log,
    bot: {
      answer: async () => {
        running += 1;
        concurrency.push(running);
        await new Promise((resolve) => setTimeout(resolve, 5));
        running -= 1;
        return { sender: null, replies: [] };
      },
    },
    logger: createLogger('silent'),
    unitOfWork: { run: (work) => work() },
    repliesTo: async () => [],
  });
  return { processor, concurrency, stored, takes };
}

describe('answering while deliveries pour in', () => {
  it('answers one message at a time during a burst of deliveries, and two at a time once it is over', async () => {
    const { processor, concurrency, stored } = harness();
    // 150 deliveries within a few milliseconds: far above the burst rate.
    for (let i = 0; i < 150; i++) {
      const accepted = await processor.accept(message(i));
      if (accepted) processor.schedule(accepted.id);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(Math.max(...concurrency)).toBe(1);
    // The burst is over once no delivery came for two windows: the rest is answered two at a time.
    await processor.idle();
    expect(Math.max(...concurrency)).toBe(2);
    expect([...stored.values()].every((entry) => entry.done)).toBe(true);
  });

  it('leaves the messages this instance has queued to its queue when a recovery sweep runs', async () => {
    const { processor, stored } = harness();
    const queued = await processor.accept(message(1));
    processor.schedule(queued?.id as string);
    // Accepted just before a crash of another instance: nobody has it queued.
    await processor.accept(message(2));
    expect(await processor.recover()).toBe(1);
    await processor.idle();
    expect([...stored.values()].every((entry) => entry.done)).toBe(true);
  });

  it('runs one recovery sweep at a time: a sweep started while one runs joins it instead of taking the same messages', async () => {
    const { processor, stored, takes } = harness();
    // Accepted before a restart, so nobody has them queued; each answer takes 5 ms, so the first sweep is still
    // running when the timer starts the next ones.
    for (let i = 0; i < 30; i++) await processor.accept(message(i));
    const sweeps = await Promise.all([processor.recover(), processor.recover(), processor.recover()]);
    expect(sweeps).toEqual([30, 30, 30]);
    // Each message asked for once (not once by each sweep, all but one of which would find it locked).
    expect([...stored.values()].every((entry) => entry.done)).toBe(true);
    expect([...takes.values()].every((n) => n === 1)).toBe(true);
    expect(takes.size).toBe(30);
  });
});
