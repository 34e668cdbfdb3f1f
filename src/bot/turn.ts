import type { LocalDate } from '../common/local-date.js';
import type { InboundMessage, Reply } from '../platforms/contract.js';
import type { Conversation } from './conversation.js';
import type { Sender } from './router.js';

/** What the bot knows of the message beyond its content: its row in the inbound log. */
export interface MessageContext {
  inboundId: string;
  /** The messages the sender's account sent in the chat limit's minute up to this one, when read with the message. */
  recentFromSender?: number;
}

/** One message being answered: who sent it, their conversation, and its place in the inbound log. */
export interface Turn {
  message: InboundMessage;
  sender: Sender;
  conversation: Conversation;
  context: MessageContext;
  /** The programme's calendar day the message is answered on (from the one clock). */
  today: LocalDate;
  /** The hour of the day the message is answered at (0–23, Asia/Shanghai, from the one clock). */
  hour: number;
}

export const say = (text: string): Reply[] => [{ text }];
