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
  kind: 'text' | 'image' | 'event' | 'other';
  text: string;
  /** The platform's id of this delivery, the same on every retry (the dedupe key). */
  messageId: string;
  sentAt: Date;
}

/** One reply of the bot, sent back on the conversation the message came from. */
export interface Reply {
  text: string;
  format?: 'text' | 'markdown';
}
