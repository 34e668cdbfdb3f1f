import type { OutboundChannel } from '../domain/outbox/outbox.js';

/** The largest message each platform delivers whole, in UTF-8 bytes; longer texts are sent in parts. */
export const MAX_MESSAGE_BYTES: Record<OutboundChannel, number> = {
  WECOM: 2048, // app text and markdown
  DINGTALK: 5000, // well under the 15,000-byte msgParam limit; long messages read better in parts
  LOCAL: 65_536,
  WECOM_GROUP_ROBOT: 2048, // text; markdown allows 4096
  DINGTALK_GROUP_ROBOT: 5000,
};

/** Messages a minute the platform accepts for one recipient (member or robot); beyond that it drops them. */
export const MESSAGES_PER_MINUTE: Partial<Record<OutboundChannel, number>> = {
  WECOM: 30,
  DINGTALK: 20,
  WECOM_GROUP_ROBOT: 20,
  DINGTALK_GROUP_ROBOT: 20,
};
