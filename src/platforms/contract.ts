import type { Channel } from '../domain/programme/types.js';

/**
 * One inbound chat message, whatever platform it came from. Adapters produce it; the bot pipeline and the domain
 * never see XML, signatures or platform SDKs.
 */
export interface InboundMessage {
  channel: Channel;
  /** The sender's platform account: WeCom userid, DingTalk staffId, or local id. */
  senderId: string;
  conversationId: string;
  conversationKind: 'direct' | 'group';
  kind: 'text' | 'image' | 'location' | 'event' | 'other';
  text: string;
  /** The platform's id of this delivery, the same on every retry (the dedupe key). */
  messageId: string;
  sentAt: Date;
  /** Where an answer to this message goes. */
  replyTo: ReplyTarget;
  /** An image's reference on the platform (WeCom MediaId and PicUrl, DingTalk downloadCode). */
  media?: { mediaId: string; url?: string };
  /** A location the sender shared (WeCom location message). */
  location?: { latitude: number; longitude: number; label: string | null };
}

/** Where a platform delivers an outbound message. Stored with the outbox message, so it survives restarts. */
export type ReplyTarget =
  | { channel: 'LOCAL'; userId: string }
  | { channel: 'WECOM'; userId: string }
  | {
      channel: 'DINGTALK';
      staffId: string;
      conversationKind: 'direct' | 'group';
      /** The group's openConversationId, for group chats. */
      conversationId?: string;
      sessionWebhook?: string;
      /** Epoch ms after which the session webhook no longer works. */
      sessionWebhookExpiresAt?: number;
    }
  | { channel: 'WECOM_GROUP_ROBOT' | 'DINGTALK_GROUP_ROBOT'; robotId: string };

/** One message for a platform to deliver, as the outbox dispatcher hands it to a sender. */
export interface Delivery {
  text: string;
  format: 'TEXT' | 'MARKDOWN';
  target: ReplyTarget;
  dedupeKey: string;
  /**
   * Set when an earlier send of this message may have arrived (the sender died or timed out before the outcome was
   * known): how long ago that send began. A platform that can drop repeats within a window is asked to.
   */
  inDoubtForMs?: number;
}

export interface ChannelSender {
  send(delivery: Delivery): Promise<void>;
}

/**
 * A failed send. `retryable` false means trying again cannot help (bad recipient, message refused).
 * `maybeDelivered` means the request may have reached the platform (a timeout or a dropped connection).
 */
export class SendError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly maybeDelivered = false,
  ) {
    super(message);
    this.name = 'SendError';
  }
}

/** Whether a request that failed without an answer may still have been received (it left before the failure). */
export function mayHaveArrived(error: unknown): boolean {
  const { code, response } = (error ?? {}) as { code?: string; response?: unknown };
  if (response) return false; // the platform answered: with an error, not a delivery
  return !(code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'ERR_INVALID_URL');
}

/** One reply of the bot, sent back on the conversation the message came from. */
export interface Reply {
  text: string;
  format?: 'text' | 'markdown';
}
