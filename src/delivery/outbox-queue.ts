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
}

/** The dispatcher's view of the outbox. */
export interface OutboxQueue {
  /** Leases up to `limit` due messages to this dispatcher for `leaseMs`; others skip them meanwhile. */
  claimDue(limit: number, leaseMs: number): Promise<QueuedMessage[]>;
  markSent(id: string): Promise<void>;
  /** Tries again at `nextAttemptAt`; `countAttempt` false for a deferral (rate limit), not a failure. */
  retryLater(id: string, error: string, nextAttemptAt: Date, countAttempt: boolean): Promise<void>;
  markFailed(id: string, error: string): Promise<void>;
}
