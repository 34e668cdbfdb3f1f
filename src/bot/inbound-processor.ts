import type { Logger } from '../common/logger.js';
import { splitUtf8 } from '../common/text-chunks.js';
import type { UnitOfWork } from '../common/unit-of-work.js';
import type { NewOutboxMessage } from '../domain/outbox/outbox.js';
import type { Person } from '../domain/programme/types.js';
import type { InboundMessage, Reply } from '../platforms/contract.js';
import { MAX_MESSAGE_BYTES } from '../platforms/limits.js';
import { CHAT_RATE_WINDOW_MS } from './chat-rate-limit.js';
import type { InboundLog, TakenMessage } from './inbound-log.js';
import type { Bot } from './pipeline.js';
import { replies as texts } from './replies/zh.js';
import { replyKeyPrefix } from './reply-keys.js';

const MAX_ATTEMPTS = 3;
const CONCURRENCY = 2;
/**
 * While deliveries arrive faster than this, messages are answered one at a time: a platform waits only a few
 * seconds for its acknowledgement and retries after, while an answer may come a little later.
 */
const BURST_ACCEPTS_PER_SECOND = 200;
const BURST_WINDOW_MS = 250;
const MAX_QUEUED = 5_000;
const RECOVERY_BATCH = 50;
const MAX_PER_SWEEP = 20_000;

export type ProcessOutcome = 'answered' | 'failed' | 'not-mine';

export interface InboundProcessor {
  /** Persists a platform message before the platform is acknowledged; null for a repeated delivery. */
  accept(message: InboundMessage): Promise<{ id: string } | null>;
  /**
   * Answers an accepted message in one unit of work: what the answer changes, the conversation, the replies (into
   * the outbox) and the message's completion commit together, so processing it again changes nothing more.
   * `giveUpOnFailure` closes it with an apology at the first failure (a channel that answers in the response).
   */
  process(id: string, options?: { giveUpOnFailure?: boolean }): Promise<ProcessOutcome>;
  /**
   * Queues an accepted message for answering, a few at a time, so that acknowledging new deliveries keeps
   * priority under load. Past the queue's bound the message waits in the database for the recovery sweep.
   */
  schedule(id: string): void;
  /**
   * The local channel: accepts the message, answers it now through the same path, and returns the replies that
   * produced. A repeated message id gets the replies of its first answer.
   */
  answerNow(message: InboundMessage): Promise<Reply[]>;
  /** Resolves when the queue is empty (tests, shutdown). */
  idle(): Promise<void>;
  /**
   * Processes messages accepted but left unfinished (a crash, a failed attempt). Returns how many it took; a call while
   * a sweep runs gets that sweep.
   */
  recover(): Promise<number>;
}

export interface InboundHooks {
  /** Runs after the answer's effects and before the completion, inside the unit of work (fault injection). */
  beforeComplete?: (inboundId: string) => Promise<void>;
}

class NoLongerOpen extends Error {}

/**
 * Platform messages are acknowledged first and answered after: accept() stores the message (the platform's
 * retries then hit its unique key), process() answers it exactly once, even across instances and restarts.
 */
export function createInboundProcessor(deps: {
  log: InboundLog;
  bot: Bot;
  logger: Logger;
  unitOfWork: UnitOfWork;
  /** The replies already enqueued for a message, in order. */
  repliesTo: (message: InboundMessage) => Promise<Reply[]>;
  onReplies?: () => void;
  hooks?: InboundHooks;
}): InboundProcessor {
  const { log, bot, logger, unitOfWork } = deps;

  async function process(id: string, options: { giveUpOnFailure?: boolean } = {}): Promise<ProcessOutcome> {
    let taken: TakenMessage | null = null;
    try {
      const answered = await unitOfWork.run(async () => {
        // The row stays locked until the unit ends: another instance (or a recovery sweep) skips the message while it
        // is answered, and finds it done after.
        taken = await log.take(id, CHAT_RATE_WINDOW_MS);
        if (!taken) return false;
        const { message, recentFromSender } = taken;
        const { sender, replies } = await bot.answer(message, { inboundId: id, recentFromSender });
        await deps.hooks?.beforeComplete?.(id);
        if (!(await log.complete(id, toOutbox(message, sender, replies)))) throw new NoLongerOpen();
        return true;
      });
      if (!answered) return 'not-mine';
    } catch (error) {
      if (error instanceof NoLongerOpen) return 'not-mine';
      // Taking it failed (the database is unreachable): the message waits for the next attempt, uncounted.
      const failed = taken as TakenMessage | null;
      if (!failed) throw error;
      const giveUp = options.giveUpOnFailure === true || failed.attempts + 1 >= MAX_ATTEMPTS;
      logger.error({ err: error, channel: failed.message.channel, inboundId: id, giveUp }, 'message processing failed');
      const apology = giveUp ? toOutbox(failed.message, null, [{ text: texts.failure() }]) : [];
      await log.markFailed(id, error instanceof Error ? error.message : String(error), giveUp, apology);
      if (giveUp) deps.onReplies?.();
      return 'failed';
    }
    deps.onReplies?.();
    return 'answered';
  }

  // Deliveries accepted in the current and the previous window: the rate that tells a burst.
  let windowStart = performance.now();
  let inWindow = 0;
  let inPreviousWindow = 0;
  function countAccept(): void {
    const now = performance.now();
    if (now - windowStart >= BURST_WINDOW_MS) {
      inPreviousWindow = now - windowStart < 2 * BURST_WINDOW_MS ? inWindow : 0;
      inWindow = 0;
      windowStart = now;
    }
    inWindow += 1;
  }
  function inBurst(): boolean {
    const elapsed = performance.now() - windowStart;
    if (elapsed >= 2 * BURST_WINDOW_MS) return false;
    const previous = elapsed < BURST_WINDOW_MS ? inPreviousWindow : 0;
    return (
      ((inWindow + previous) * 1000) / (BURST_WINDOW_MS + Math.min(elapsed, BURST_WINDOW_MS)) > BURST_ACCEPTS_PER_SECOND
    );
  }

  const queue: string[] = [];
  /** The ids in the queue or being answered from it. */
  const queued = new Set<string>();
  let active = 0;
  let idleWaiters: (() => void)[] = [];

  function pump(): void {
    while (active < (inBurst() ? 1 : CONCURRENCY) && queue.length > 0) {
      const id = queue.shift() as string;
      active += 1;
      process(id)
        .catch((error: unknown) => logger.error({ err: error, inboundId: id }, 'message processing failed'))
        .finally(() => {
          active -= 1;
          queued.delete(id);
          pump();
        });
    }
    if (active === 0 && queue.length === 0) {
      for (const resolve of idleWaiters) resolve();
      idleWaiters = [];
    }
  }

  /**
   * Works through the backlog in batches until it is empty (or a sweep's bound): after a burst beyond the in-memory
   * queue, or a crash, everything waiting is answered in one sweep, not 50 per sweep. Messages this instance has
   * queued are left to the queue, oldest first, so a sweep during a burst does not answer them beside it.
   */
  async function sweep(): Promise<number> {
    let taken = 0;
    while (taken < MAX_PER_SWEEP) {
      const ids = await log.unfinished(RECOVERY_BATCH);
      const left = ids.filter((id) => !queued.has(id));
      const lanes = inBurst() ? 1 : CONCURRENCY;
      await Promise.all(
        Array.from({ length: lanes }, async (_, lane) => {
          for (let i = lane; i < left.length; i += lanes) await process(left[i] as string);
        }),
      );
      taken += left.length;
      if (ids.length < RECOVERY_BATCH || left.length === 0) break;
    }
    return taken;
  }
  /** The sweep running now: one at a time, since sweeps running side by side would all ask for the same messages. */
  let sweeping: Promise<number> | undefined;

  return {
    accept(message) {
      countAccept();
      return log.record(message);
    },
    process,
    schedule(id) {
      if (queue.length < MAX_QUEUED && !queued.has(id)) {
        queue.push(id);
        queued.add(id);
      }
      setImmediate(pump);
    },
    async answerNow(message) {
      const accepted = (await log.record(message)) ?? (await log.find(message.channel, message.messageId));
      if (accepted) await process(accepted.id, { giveUpOnFailure: true });
      return deps.repliesTo(message);
    },
    idle: () =>
      active === 0 && queue.length === 0
        ? Promise.resolve()
        : new Promise<void>((resolve) => idleWaiters.push(resolve)),
    recover() {
      sweeping ??= sweep().finally(() => {
        sweeping = undefined;
      });
      return sweeping;
    },
  };
}

/** One outbox message per reply part; the dedupe key ties each to the inbound delivery it answers. */
export function toOutbox(message: InboundMessage, sender: Person | null, replies: Reply[]): NewOutboxMessage[] {
  const channel = message.replyTo.channel;
  const recipientId = sender?.id ?? `${message.channel.toLowerCase()}:${message.senderId}`;
  return replies.flatMap((reply, index) =>
    splitUtf8(reply.text, MAX_MESSAGE_BYTES[channel]).map((part, partIndex) => ({
      channel,
      recipientId,
      kind: 'reply',
      text: part,
      format: reply.format === 'markdown' ? ('MARKDOWN' as const) : ('TEXT' as const),
      dedupeKey: `${replyKeyPrefix(message)}${index}:${partIndex}`,
      target: message.replyTo,
    })),
  );
}
