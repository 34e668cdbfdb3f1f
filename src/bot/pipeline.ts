import type { PersonDirectory } from '../domain/people/person-directory.js';
import type { Person } from '../domain/programme/types.js';
import type { InboundMessage, Reply } from '../platforms/contract.js';
import type { Logger } from '../shared/logger.js';
import type { InboundLog } from './inbound-log.js';
import { replies } from './replies/zh.js';

/** A handler for one kind of request (policy Q&A, visit report, feedback, …). */
export interface Intent {
  name: string;
  matches(message: InboundMessage, sender: Person): boolean;
  handle(message: InboundMessage, sender: Person): Promise<Reply[]>;
}

export interface BotDeps {
  people: PersonDirectory;
  inbound: InboundLog;
  logger: Logger;
  /** Tried in order; the first that matches answers. Without a match the sender gets the help text. */
  intents?: Intent[];
}

export interface Bot {
  /** Answers one message. A delivery seen before gets no answer: it was answered the first time. */
  handle(message: InboundMessage): Promise<Reply[]>;
}

export function createBot({ people, inbound, logger, intents = [] }: BotDeps): Bot {
  async function answer(message: InboundMessage): Promise<Reply[]> {
    const sender = await people.findByAccount(message.channel, message.senderId);
    if (!sender) return [{ text: replies.unregistered(message.channel, message.senderId) }];
    if (message.kind !== 'text') return message.kind === 'event' ? [] : [{ text: replies.nonText() }];
    const intent = intents.find((candidate) => candidate.matches(message, sender));
    logger.info({ channel: message.channel, personId: sender.id, intent: intent?.name ?? 'help' }, 'message routed');
    return intent ? intent.handle(message, sender) : [{ text: replies.help(sender) }];
  }

  return {
    async handle(message) {
      const recorded = await inbound.record(message);
      if (!recorded) {
        logger.info({ channel: message.channel, messageId: message.messageId }, 'duplicate delivery ignored');
        return [];
      }
      try {
        const result = await answer(message);
        await inbound.markProcessed(recorded.id);
        return result;
      } catch (error) {
        logger.error({ err: error, channel: message.channel }, 'message handling failed');
        await inbound.markFailed(recorded.id, error instanceof Error ? error.message : String(error));
        return [{ text: replies.failure() }];
      }
    },
  };
}
