import type { NewOutboxMessage } from '../domain/outbox/outbox.js';
import type { InboundMessage } from '../platforms/contract.js';

export interface ClaimedMessage {
  message: InboundMessage;
  attempts: number;
  /** The lease this claim holds; completing the message is conditional on it. */
  lease: Date;
  receivedAt: Date;
}

export interface InboundLog {
  /** Persists an accepted message; null when the same delivery was recorded before. */
  record(message: InboundMessage): Promise<{ id: string } | null>;
  /** The id of a recorded delivery. */
  find(channel: InboundMessage['channel'], messageId: string): Promise<{ id: string; status: string } | null>;
  /**
   * Records a failed attempt. `giveUp` closes the message as FAILED, enqueuing `apology` (if given) in the same
   * transaction; otherwise it stays open for another attempt.
   */
  markFailed(id: string, error: string, giveUp: boolean, apology?: NewOutboxMessage[], lease?: Date): Promise<void>;
  /** Takes a recorded, unprocessed message for `leaseMs`; null when it is done or another instance has it. */
  claim(id: string, leaseMs: number): Promise<ClaimedMessage | null>;
  /**
   * Inside the unit of work that answers the message: locks its row until the unit ends, if this caller still holds
   * the lease (null if not). Another instance whose claim comes later then waits, and finds the message done. Read
   * with it, as {@link countRecent} counts them: the messages its account sent in the `countWithinMs` up to it.
   */
  hold(id: string, lease: Date, countWithinMs: number): Promise<{ recentFromSender: number } | null>;
  /** Messages accepted but never finished (the process died, or an attempt failed) whose lease has lapsed. */
  unfinished(limit: number): Promise<string[]>;
  /**
   * Enqueues the replies and marks the message processed if this caller still holds the lease; false when the lease
   * lapsed and another instance took the message over. Runs in the unit of work that answered the message.
   */
  complete(id: string, lease: Date, replies: NewOutboxMessage[]): Promise<boolean>;
  /**
   * How many messages the same account sent in the `windowMs` up to and including this one (by arrival order), and
   * how many of them began with `prefix` if given: the same count however often the message is processed.
   */
  countRecent(id: string, windowMs: number, prefix?: string): Promise<number>;
}
