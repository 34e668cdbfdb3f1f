import { z } from 'zod';
import type { InboundMessage } from '../contract.js';

/** The robot callback body (https://open.dingtalk.com/document/orgapp/receive-message); unknown fields are kept out. */
export const dingtalkCallbackSchema = z.object({
  msgId: z.string().min(1),
  msgtype: z.string(),
  conversationId: z.string().optional(),
  conversationType: z.string().optional(),
  senderStaffId: z.string().optional(),
  senderId: z.string().optional(),
  createAt: z.number().optional(),
  isInAtList: z.boolean().optional(),
  sessionWebhook: z.string().url().optional(),
  sessionWebhookExpiredTime: z.number().optional(),
  text: z.object({ content: z.string() }).optional(),
  content: z.object({ downloadCode: z.string().optional() }).passthrough().optional(),
});
export type DingtalkCallback = z.infer<typeof dingtalkCallbackSchema>;

/**
 * Translates a robot callback into the common message, or null when the bot must stay silent (a group message
 * that does not @ the robot, or a sender without a staffId).
 */
export function decodeDingtalkMessage(body: DingtalkCallback, receivedAt: Date): InboundMessage | null {
  const staffId = body.senderStaffId;
  if (!staffId) return null;
  const group = body.conversationType === '2';
  if (group && body.isInAtList === false) return null;
  const kind = body.msgtype === 'text' ? 'text' : body.msgtype === 'picture' ? 'image' : 'other';
  return {
    channel: 'DINGTALK',
    senderId: staffId,
    conversationId: body.conversationId ?? staffId,
    conversationKind: group ? 'group' : 'direct',
    kind,
    text: kind === 'text' ? stripMentions(body.text?.content ?? '') : '',
    messageId: body.msgId,
    sentAt: body.createAt ? new Date(body.createAt) : receivedAt,
    replyTo: {
      channel: 'DINGTALK',
      staffId,
      conversationKind: group ? 'group' : 'direct',
      ...(group && body.conversationId ? { conversationId: body.conversationId } : {}),
      ...(body.sessionWebhook ? { sessionWebhook: body.sessionWebhook } : {}),
      ...(body.sessionWebhookExpiredTime ? { sessionWebhookExpiresAt: body.sessionWebhookExpiredTime } : {}),
    },
    ...(kind === 'image' && body.content?.downloadCode ? { media: { mediaId: body.content.downloadCode } } : {}),
  };
}

/** DingTalk leaves the robot's @-mention (and a leading space) in group messages: "@助手 你好" → "你好". */
function stripMentions(content: string): string {
  return content.replace(/^(\s*@\S+\s+)+/, '').trim();
}
