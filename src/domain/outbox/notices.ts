import type { Channel } from '../programme/types.js';
import type { NewOutboxMessage } from './outbox.js';

/** A message the service pushes to a person on its own initiative (not a reply to their message). */
export interface Notice {
  recipientId: string;
  kind: string;
  text: string;
  format?: 'TEXT' | 'MARKDOWN';
  /** What the notice is about; the same key is never enqueued twice. */
  dedupeKey: string;
  /** To this account rather than the person's preferred one (an account that is no longer theirs). */
  account?: { channel: Channel; accountId: string };
}

/** Addresses notices to each person's chat account. */
export interface NoticeAddressing {
  /**
   * Outbox messages for the notices, each addressed to the recipient's preferred configured channel (split into
   * parts the platform accepts). People with no account on a configured channel get none.
   */
  address(notices: Notice[]): Promise<NewOutboxMessage[]>;
}
