import type { OutboundChannel } from '../domain/outbox/outbox.js';
import type { ReplyTarget } from '../platforms/contract.js';

export interface QueuedMessage {
  id: string;
  channel: OutboundChannel;
  recipientId: string;
  kind: string;
  text: string;
  format: 'TEXT' | 'MARKDOWN';
  target: ReplyTarget | null;
  dedupeKey: string;
  attempts: number;
  /** When an earlier send began whose outcome is unknown (it may have been delivered); null otherwise. */
  inDoubtSince: Date | null;
}

/** A batch of messages leased to one dispatcher: only the holder of `token` may send them or record an outcome. */
export interface ClaimedBatch {
  token: string;
  messages: QueuedMessage[];
}

/** The dispatcher's view of the outbox. Every call after claimDue is conditional on still holding the lease. */
export interface OutboxQueue {
  /**
   * Leases up to `limit` due messages for `leaseMs`. A recipient with a message in flight at another dispatcher is
   * left alone, so each recipient's messages go out in order.
   */
  claimDue(limit: number, leaseMs: number): Promise<ClaimedBatch>;
  /**
   * Just before sending `id`: renews the lease on it and on `waiting` (the rest of its recipient's chain) and notes
   * that a send began. False when the lease was lost: the message must not be sent.
   */
  beginSend(id: string, waiting: string[], token: string, leaseMs: number): Promise<boolean>;
  markSent(id: string, token: string): Promise<boolean>;
  /**
   * Tries again at `nextAttemptAt`; `countAttempt` false for a deferral (rate limit, quiet hours), not a failure.
   * `notDelivered` says the send surely did not arrive (the platform refused it), which clears an in-doubt note.
   * `held` says the message waits by design (quiet hours, a rate limit, an earlier message): `reason` is kept as why it
   * is held, not as an error.
   */
  retryLater(
    id: string,
    token: string,
    error: string,
    nextAttemptAt: Date,
    options: { countAttempt: boolean; notDelivered?: boolean; held?: boolean },
  ): Promise<boolean>;
  markFailed(id: string, token: string, error: string): Promise<boolean>;
}
