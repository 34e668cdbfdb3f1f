import type { Channel } from '../programme/types.js';

export const OUTBOUND_CHANNELS = ['WECOM', 'DINGTALK', 'LOCAL', 'WECOM_GROUP_ROBOT', 'DINGTALK_GROUP_ROBOT'] as const;
export type OutboundChannel = (typeof OUTBOUND_CHANNELS)[number];

export type OutboxStatus = 'PENDING' | 'SENT' | 'FAILED';

export interface NewOutboxMessage {
  channel: OutboundChannel;
  /** A person's id (P-…) or, for a group robot, the group's configured id. */
  recipientId: string;
  kind: string;
  text: string;
  format?: 'TEXT' | 'MARKDOWN';
  /** What the message is about; a second message with the same key is not enqueued. */
  dedupeKey: string;
  /** Where the platform delivers it (opaque to the domain: the channel adapter's address). */
  target?: unknown;
}

export interface OutboxEntry {
  id: string;
  channel: OutboundChannel;
  recipientId: string;
  kind: string;
  text: string;
  status: OutboxStatus;
  attempts: number;
  lastError: string | null;
  /** Why a message waits by design (quiet hours, a rate limit), and until when. */
  heldReason: string | null;
  nextAttemptAt: Date;
  createdAt: Date;
}

export interface Outbox {
  /** True when enqueued; false when a message with the same dedupe key already exists. */
  enqueue(message: NewOutboxMessage): Promise<boolean>;
  list(filter: { status?: OutboxStatus; limit?: number }): Promise<OutboxEntry[]>;
  /** The replies enqueued for an inbound message, in order. */
  repliesTo(message: { channel: Channel; messageId: string }): Promise<{ text: string; format: 'text' | 'markdown' }[]>;
  /** Messages the service pushed to a person on a channel (not replies), oldest first, after a cursor. */
  pushedTo(recipientId: string, channel: OutboundChannel, after: Date | null, limit: number): Promise<OutboxEntry[]>;
}
