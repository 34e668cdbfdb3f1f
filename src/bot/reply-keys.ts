import type { InboundMessage } from '../platforms/contract.js';

/** The outbox dedupe keys of the replies to one inbound delivery start with this. */
export const replyKeyPrefix = (message: Pick<InboundMessage, 'channel' | 'messageId'>) =>
  `reply:${message.channel}:${message.messageId}:`;
