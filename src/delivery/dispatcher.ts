import type { Logger } from '../common/logger.js';
import type { OutboundChannel } from '../domain/outbox/outbox.js';
import { quietHoursEnd } from '../domain/outbox/quiet-hours.js';
import { type ChannelSender, SendError } from '../platforms/contract.js';
import { MESSAGES_PER_MINUTE } from '../platforms/limits.js';
import type { KeyValueStore } from '../store/key-value-store.js';
import type { OutboxQueue, QueuedMessage } from './outbox-queue.js';

export const MAX_SEND_ATTEMPTS = 8;

class SentButUnrecorded extends Error {}
const BATCH = 20;
const LEASE_MS = 60_000;
const RATE_WINDOW_MS = 60_000;

/** Exponential backoff from 5 s, capped at 30 min, with ±20 % jitter so retries do not arrive in waves. */
export function backoffMs(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(5_000 * 2 ** attempt, 30 * 60_000);
  return Math.round(base * (0.8 + 0.4 * random()));
}

export interface Dispatcher {
  /** Sends one batch of due messages; returns how many it took. */
  tick(): Promise<number>;
  /** Asks for a tick soon (new messages were enqueued). */
  nudge(): void;
  start(intervalMs?: number): void;
  stop(): Promise<void>;
}

/**
 * Delivers the outbox: each message is leased to one dispatcher, sent by its channel's sender, then marked
 * sent; failures are retried with backoff and, after the last attempt or a permanent error, marked failed.
 * Per-recipient limits keep within what the platforms accept (beyond it they silently drop messages).
 */
export function createDispatcher(deps: {
  queue: OutboxQueue;
  senders: Partial<Record<OutboundChannel, ChannelSender>>;
  store: KeyValueStore;
  logger: Logger;
  now?: () => number;
  /** The service's clock, for the quiet hours (tests fix the day; backoff runs on real time like the database). */
  clock?: () => Date;
}): Dispatcher {
  const { queue, senders, store, logger } = deps;
  const now = deps.now ?? Date.now;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;
  let again = false;

  /** A failure of our own infrastructure (store, database) is no failed send: try again shortly, uncounted. */
  async function deliver(message: QueuedMessage): Promise<boolean> {
    try {
      return await attempt(message);
    } catch (error) {
      if (error instanceof SentButUnrecorded) return true;
      const reason = error instanceof Error ? error.message : String(error);
      logger.warn({ outboxId: message.id, err: error }, 'delivery deferred');
      await queue.retryLater(message.id, reason, new Date(now() + 5_000), false).catch(() => {});
      return false;
    }
  }

  async function attempt(message: QueuedMessage): Promise<boolean> {
    const sender = senders[message.channel];
    if (!sender || !message.target) {
      await queue.markFailed(message.id, `channel ${message.channel} is not configured on this deployment`);
      return false;
    }
    // What the service pushes on its own waits for the morning; answers to a person's own message do not.
    const local = deps.clock?.() ?? new Date(now());
    const quietUntil = message.kind === 'reply' ? null : quietHoursEnd(local);
    if (quietUntil) {
      const wait = quietUntil.getTime() - local.getTime();
      await queue.retryLater(message.id, 'quiet hours (21:00–08:00)', new Date(now() + wait), false);
      return false;
    }
    const limit = MESSAGES_PER_MINUTE[message.channel];
    if (limit !== undefined) {
      const sent = await store.increment(`rate:${message.channel}:${message.recipientId}`, RATE_WINDOW_MS);
      if (sent > limit) {
        await queue.retryLater(message.id, 'rate limited', new Date(now() + 10_000), false);
        return false;
      }
    }
    try {
      await sender.send({
        text: message.text,
        format: message.format,
        target: message.target,
        dedupeKey: message.dedupeKey,
      });
    } catch (error) {
      const retryable = !(error instanceof SendError) || error.retryable;
      const reason = error instanceof Error ? error.message : String(error);
      if (retryable && message.attempts + 1 < MAX_SEND_ATTEMPTS) {
        await queue.retryLater(message.id, reason, new Date(now() + backoffMs(message.attempts)), true);
      } else {
        await queue.markFailed(message.id, reason);
      }
      logger.warn(
        { outboxId: message.id, channel: message.channel, attempts: message.attempts + 1, retryable },
        'send failed',
      );
      return false;
    }
    await markSentAfterSending(message.id);
    return true;
  }

  /**
   * Once a message has gone out it is never rescheduled: recording that is retried, and if the database stays
   * unreachable the message keeps its lease (a resend can then only follow a database outage longer than the lease).
   */
  async function markSentAfterSending(id: string): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        await queue.markSent(id);
        return;
      } catch (error) {
        if (attempt >= 4) {
          logger.error({ outboxId: id, err: error }, 'sent, but could not record it');
          throw new SentButUnrecorded();
        }
        await new Promise((resolve) => setTimeout(resolve, 200 * 2 ** attempt));
      }
    }
  }

  /**
   * Each recipient's messages go out one after another, oldest first (the parts of a long answer in order);
   * when one does not go out, the later ones wait for it.
   */
  async function tick(): Promise<number> {
    const batch = await queue.claimDue(BATCH, LEASE_MS);
    const byRecipient = new Map<string, QueuedMessage[]>();
    for (const message of batch) {
      const key = `${message.channel}:${message.recipientId}`;
      byRecipient.set(key, [...(byRecipient.get(key) ?? []), message]);
    }
    await Promise.all(
      [...byRecipient.values()].map(async (messages) => {
        let blocked = false;
        for (const message of messages) {
          if (blocked) {
            await queue.retryLater(
              message.id,
              'waiting for an earlier message to the same recipient',
              new Date(now() + 5_000),
              false,
            );
          } else if (!(await deliver(message))) {
            blocked = true;
          }
        }
      }),
    );
    return batch.length;
  }

  /** One tick at a time per instance; a nudge during a tick runs another right after. */
  function runTick(): Promise<number> {
    if (running) {
      again = true;
      return running;
    }
    running = tick()
      .catch((error: unknown) => {
        logger.error({ err: error }, 'outbox dispatch failed');
        return 0;
      })
      .finally(() => {
        running = undefined;
        if (again) {
          again = false;
          void runTick();
        }
      });
    return running;
  }

  return {
    tick,
    nudge: () => void runTick(),
    start(intervalMs = 1_000) {
      timer ??= setInterval(() => void runTick(), intervalMs);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      again = false;
      await running;
    },
  };
}
