import type { Clock } from '../common/clock.js';
import type { Logger } from '../common/logger.js';
import type { OutboundChannel } from '../domain/outbox/outbox.js';
import { quietHoursEnd } from '../domain/outbox/quiet-hours.js';
import { type ChannelSender, SendError } from '../platforms/contract.js';
import { MESSAGES_PER_MINUTE } from '../platforms/limits.js';
import type { KeyValueStore } from '../store/key-value-store.js';
import type { OutboxQueue, QueuedMessage } from './outbox-queue.js';

export const MAX_SEND_ATTEMPTS = 8;

const BATCH = 20;
/**
 * How long a claim holds a message. It is renewed before each send, and every sender's HTTP timeout (10 s) is far
 * shorter, so a message is only ever sent while its dispatcher holds the lease.
 */
export const DELIVERY_LEASE_MS = 60_000;
const RATE_WINDOW_MS = 60_000;
/**
 * Replies enqueued within this long of each other go out in one tick: each tick's claim is a transaction of four
 * statements, which a tick per reply would pay for every reply while messages are answered one after another.
 */
const NUDGE_GATHER_MS = 100;

/** Exponential backoff from 5 s, capped at 30 min, with ±20 % jitter so retries do not arrive in waves. */
export function backoffMs(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(5_000 * 2 ** attempt, 30 * 60_000);
  return Math.round(base * (0.8 + 0.4 * random()));
}

export interface Dispatcher {
  /** Sends one batch of due messages; returns how many it took. */
  tick(): Promise<number>;
  /** Asks for a tick soon (new messages were enqueued): within NUDGE_GATHER_MS, together with other nudges. */
  nudge(): void;
  start(intervalMs?: number): void;
  stop(): Promise<void>;
}

export interface DispatcherHooks {
  /** Runs after a platform accepted a message and before that is recorded (fault injection: the crash window). */
  afterSend?: (message: QueuedMessage) => Promise<void>;
}

type Outcome = 'sent' | 'held' | 'lost';

/**
 * Delivers the outbox: each message is leased to one dispatcher, sent by its channel's sender, then marked sent;
 * failures are retried with backoff and, after the last attempt or a permanent error, marked failed. Every step after
 * the claim is conditional on still holding the lease. Per-recipient limits keep within what the platforms accept
 * (beyond it they silently drop messages).
 */
export function createDispatcher(deps: {
  queue: OutboxQueue;
  senders: Partial<Record<OutboundChannel, ChannelSender>>;
  store: KeyValueStore;
  logger: Logger;
  clock: Clock;
  hooks?: DispatcherHooks;
  /** Tests shorten it; it must stay well above the senders' HTTP timeout. */
  leaseMs?: number;
}): Dispatcher {
  const { queue, senders, store, logger, clock } = deps;
  const leaseMs = deps.leaseMs ?? DELIVERY_LEASE_MS;
  const after = (ms: number) => new Date(clock.now().getTime() + ms);
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;
  let again = false;
  let gathering: NodeJS.Timeout | undefined;
  let stopped = false;

  /** A failure of our own infrastructure (store, database) is no failed send: try again shortly, uncounted. */
  async function deliver(message: QueuedMessage, waiting: string[], token: string): Promise<Outcome> {
    try {
      return await attempt(message, waiting, token);
    } catch (error) {
      if (error instanceof SentButUnrecorded) return 'sent';
      logger.warn({ outboxId: message.id, err: error }, 'delivery deferred');
      const reason = error instanceof Error ? error.message : String(error);
      await queue.retryLater(message.id, token, reason, after(5_000), { countAttempt: false }).catch(() => false);
      return 'held';
    }
  }

  async function attempt(message: QueuedMessage, waiting: string[], token: string): Promise<Outcome> {
    const sender = senders[message.channel];
    if (!sender || !message.target) {
      await queue.markFailed(message.id, token, `channel ${message.channel} is not configured on this deployment`);
      return 'held';
    }
    // What the service pushes on its own waits for the morning; answers to a person's own message do not.
    const quietUntil = message.kind === 'reply' ? null : quietHoursEnd(clock.now());
    if (quietUntil) {
      await queue.retryLater(message.id, token, 'quiet hours (21:00–08:00): sent in the morning', quietUntil, {
        countAttempt: false,
        held: true,
      });
      return 'held';
    }
    const limit = MESSAGES_PER_MINUTE[message.channel];
    if (limit !== undefined) {
      const sent = await store.increment(`rate:${message.channel}:${message.recipientId}`, RATE_WINDOW_MS);
      if (sent > limit) {
        await queue.retryLater(message.id, token, 'rate limit: sent in a few seconds', after(10_000), {
          countAttempt: false,
          held: true,
        });
        return 'held';
      }
    }
    if (!(await queue.beginSend(message.id, waiting, token, leaseMs))) {
      logger.warn({ outboxId: message.id }, 'lease lost before sending: another dispatcher has the message');
      return 'lost';
    }
    try {
      await sender.send({
        text: message.text,
        format: message.format,
        target: message.target,
        dedupeKey: message.dedupeKey,
        ...(message.inDoubtSince ? { inDoubtForMs: clock.now().getTime() - message.inDoubtSince.getTime() } : {}),
      });
    } catch (error) {
      const retryable = !(error instanceof SendError) || error.retryable;
      const maybeDelivered = error instanceof SendError && error.maybeDelivered;
      const reason = error instanceof Error ? error.message : String(error);
      if (retryable && message.attempts + 1 < MAX_SEND_ATTEMPTS) {
        await queue.retryLater(message.id, token, reason, after(backoffMs(message.attempts)), {
          countAttempt: true,
          notDelivered: !maybeDelivered,
        });
      } else {
        await queue.markFailed(message.id, token, reason);
      }
      logger.warn(
        { outboxId: message.id, channel: message.channel, attempts: message.attempts + 1, retryable, maybeDelivered },
        'send failed',
      );
      return 'held';
    }
    await deps.hooks?.afterSend?.(message);
    await markSentAfterSending(message.id, token);
    return 'sent';
  }

  /**
   * Once a message has gone out it is never rescheduled: recording that is retried, and if the database stays
   * unreachable the message keeps its in-doubt note, so a resend after the lease asks the platform to drop repeats.
   */
  async function markSentAfterSending(id: string, token: string): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        if (!(await queue.markSent(id, token))) {
          logger.error({ outboxId: id }, 'sent, but the lease had passed to another dispatcher');
        }
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
   * Each recipient's messages go out one after another, oldest first (the parts of a long answer in order); when one
   * does not go out, the later ones wait for it, and when the lease is lost the rest of the chain is left alone.
   */
  async function tick(): Promise<number> {
    const { token, messages: batch } = await queue.claimDue(BATCH, leaseMs);
    const byRecipient = new Map<string, QueuedMessage[]>();
    for (const message of batch) {
      const key = `${message.channel}:${message.recipientId}`;
      byRecipient.set(key, [...(byRecipient.get(key) ?? []), message]);
    }
    await Promise.all(
      [...byRecipient.values()].map(async (chain) => {
        for (let i = 0; i < chain.length; i++) {
          const message = chain[i] as QueuedMessage;
          const waiting = chain.slice(i + 1).map((m) => m.id);
          const outcome = await deliver(message, waiting, token);
          if (outcome === 'lost') return;
          if (outcome === 'held') {
            for (const id of waiting) {
              await queue
                .retryLater(id, token, 'waiting for an earlier message to the same recipient', after(5_000), {
                  countAttempt: false,
                  held: true,
                })
                .catch(() => false);
            }
            return;
          }
        }
      }),
    );
    return batch.length;
  }

  /**
   * One tick at a time per instance; a nudge during a tick, or a tick that claimed a full batch (more may be due),
   * runs another right after, so a backlog goes out at the rate the platforms take it, not one batch per interval.
   */
  function runTick(): Promise<number> {
    if (running) {
      again = true;
      return running;
    }
    running = tick()
      .then((claimed) => {
        if (claimed >= BATCH && !stopped) again = true;
        return claimed;
      })
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
    nudge() {
      stopped = false;
      gathering ??= setTimeout(() => {
        gathering = undefined;
        void runTick();
      }, NUDGE_GATHER_MS);
    },
    start(intervalMs = 1_000) {
      stopped = false;
      timer ??= setInterval(() => void runTick(), intervalMs);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      if (gathering) clearTimeout(gathering);
      gathering = undefined;
      stopped = true;
      again = false;
      await running;
    },
  };
}

class SentButUnrecorded extends Error {}
