import type { NewOutboxMessage } from '../domain/outbox/outbox.js';
import type { InboundMessage } from '../platforms/contract.js';

export interface TakenMessage {
  message: InboundMessage;
  attempts: number;
  receivedAt: Date;
  /** The messages its account sent in the window asked for, up to and including this one (see countRecent). */
  recentFromSender: number;
}

export interface InboundLog {
  /** Persists an accepted message; null when the same delivery was recorded before. */
  record(message: InboundMessage): Promise<{ id: string } | null>;
  /** The id of a recorded delivery. */
  find(channel: InboundMessage['channel'], messageId: string): Promise<{ id: string; status: string } | null>;
  /**
   * Records a failed attempt, unless the message is done or being answered (another instance took it since).
   * `giveUp` closes it as FAILED, enqueuing `apology` (if given) in the same transaction; otherwise it stays open for
   * another attempt.
   */
  markFailed(id: string, error: string, giveUp: boolean, apology?: NewOutboxMessage[]): Promise<void>;
  /**
   * Inside the unit of work that answers the message: takes it, locking its row until the unit ends; null when it is
   * done or being answered (by this or another instance) right now, without waiting. Should the unit fail or the
   * process die, the lock goes with it and the message is open again. Read with it, as {@link countRecent} counts
   * them: the messages its account sent in the `countWithinMs` up to it.
   */
  take(id: string, countWithinMs: number): Promise<TakenMessage | null>;
  /** Messages accepted but never finished (the process died, or an attempt failed). */
  unfinished(limit: number): Promise<string[]>;
  /**
   * Enqueues the replies and marks the message processed, in the unit of work that took it; false when it was no
   * longer open.
   */
  complete(id: string, replies: NewOutboxMessage[]): Promise<boolean>;
  /**
   * How many messages the same account sent in the `windowMs` up to and including this one (by arrival order), and
   * how many of them began with `prefix` if given: the same count however often the message is processed.
   */
  countRecent(id: string, windowMs: number, prefix?: string): Promise<number>;
}
