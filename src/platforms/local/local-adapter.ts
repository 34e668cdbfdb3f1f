import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { InboundMessage } from '../contract.js';

/** The local channel's wire format: the demo web page and tests post this to /local/messages. */
export const localMessageSchema = z.object({
  userId: z.string().trim().min(1, 'userId is required').max(128),
  text: z.string().max(4_000, 'text is limited to 4000 characters'),
  /** Optional client id of the message; a repeated id is answered once. */
  msgId: z.string().min(1).max(128).optional(),
});
export type LocalMessage = z.infer<typeof localMessageSchema>;

export function decodeLocalMessage(body: LocalMessage, receivedAt: Date): InboundMessage {
  return {
    channel: 'LOCAL',
    senderId: body.userId,
    conversationId: body.userId,
    conversationKind: 'direct',
    kind: 'text',
    text: body.text.trim(),
    messageId: body.msgId ?? randomUUID(),
    sentAt: receivedAt,
    replyTo: { channel: 'LOCAL', userId: body.userId },
  };
}
