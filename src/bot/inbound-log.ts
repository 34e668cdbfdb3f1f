import type { NewOutboxMessage } from '../domain/outbox/outbox.js';
import type { InboundMessage } from '../platforms/contract.js';

export interface InboundLog {
  /** Persists an accepted message; null when the same delivery was recorded before. */
  record(message: InboundMessage): Promise<{ id: string } | null>;
  markProcessed(id: string): Promise<void>;
  /**
   * Records a failed attempt. `giveUp` closes the message as FAILED, enqueuing `apology` (if given) in the same
   * transaction; otherwise it stays open for another attempt.
   */
  markFailed(id: string, error: string, giveUp: boolean, apology?: NewOutboxMessage[], lease?: Date): Promise<void>;
  /** Takes a recorded, unprocessed message for `leaseMs`; null when it is done or another instance has it. */
  claim(id: string, leaseMs: number): Promise<{ message: InboundMessage; attempts: number; lease: Date } | null>;
  /** Messages accepted but never finished (the process died, or an attempt failed) whose lease has lapsed. */
  unfinished(limit: number): Promise<string[]>;
  /**
   * Enqueues the replies and marks the message processed, in one transaction, if this caller still holds the
   * lease it claimed. False when the lease lapsed and another instance took the message over.
   */
  complete(id: string, lease: Date, replies: NewOutboxMessage[]): Promise<boolean>;
}
