import type { Logger } from '../common/logger.js';
import type { PersonDirectory } from '../domain/people/person-directory.js';
import type { Person } from '../domain/programme/types.js';
import type { InboundMessage, Reply } from '../platforms/contract.js';
import type { InboundLog } from './inbound-log.js';
import { replies } from './replies/zh.js';

/** A handler for one kind of request (policy Q&A, visit report, feedback, …). */
export interface Intent {
  name: string;
  /** The kinds of message it handles; text only when not given. */
  kinds?: InboundMessage['kind'][];
  matches(message: InboundMessage, sender: Person): boolean | Promise<boolean>;
  handle(message: InboundMessage, sender: Person): Promise<Reply[]>;
  /** Called when another intent handled the sender's message (to drop a question that was not answered). */
  passedOver?(message: InboundMessage, sender: Person): Promise<void>;
}

/** Handles what an unregistered account may still do (binding itself to a roster entry). */
export interface UnregisteredIntent {
  name: string;
  matches(message: InboundMessage): boolean;
  handle(message: InboundMessage): Promise<Reply[]>;
}

export interface BotDeps {
  people: PersonDirectory;
  inbound: InboundLog;
  logger: Logger;
  /** Tried in order; the first that matches answers. Without a match the sender gets the help text. */
  intents?: Intent[];
  /** Tried for accounts not in the roster, before telling them they are not registered. */
  unregisteredIntents?: UnregisteredIntent[];
  /** Whether the sender is within their messages a minute. */
  rateLimit?: (message: InboundMessage) => Promise<'ok' | 'just-over' | 'over'>;
  /** Told which intent handled each message (metrics). */
  onRouted?: (message: InboundMessage, intent: string) => void;
}

export interface Answer {
  sender: Person | null;
  replies: Reply[];
}

export interface Bot {
  /** Identifies the sender and answers the message; no side effects on the inbound log. */
  answer(message: InboundMessage): Promise<Answer>;
  /** Records and answers a message synchronously (the local channel). A delivery seen before gets no answer. */
  handle(message: InboundMessage): Promise<Reply[]>;
}

export function createBot({
  people,
  inbound,
  logger,
  intents = [],
  unregisteredIntents = [],
  onRouted,
  rateLimit,
}: BotDeps): Bot {
  async function answer(message: InboundMessage): Promise<Answer> {
    const verdict = message.kind === 'event' || !rateLimit ? 'ok' : await rateLimit(message);
    if (verdict !== 'ok') {
      onRouted?.(message, 'rate-limited');
      return { sender: null, replies: verdict === 'just-over' ? [{ text: replies.slowDown() }] : [] };
    }
    const sender = await people.findByAccount(message.channel, message.senderId);
    if (!sender) {
      const intent = message.kind === 'text' ? unregisteredIntents.find((c) => c.matches(message)) : undefined;
      if (message.kind !== 'event') onRouted?.(message, `unregistered:${intent?.name ?? 'help'}`);
      if (intent) return { sender, replies: await intent.handle(message) };
      if (message.kind === 'event') return { sender, replies: [] };
      return { sender, replies: [{ text: replies.unregistered(message.channel, message.senderId) }] };
    }
    if (message.kind === 'event') return { sender, replies: [] };
    let intent: Intent | undefined;
    for (const candidate of intents) {
      if (!(candidate.kinds ?? ['text']).includes(message.kind)) continue;
      if (await candidate.matches(message, sender)) {
        intent = candidate;
        break;
      }
    }
    logger.info({ channel: message.channel, personId: sender.id, intent: intent?.name ?? 'help' }, 'message routed');
    onRouted?.(message, intent?.name ?? 'help');
    await Promise.all(
      intents
        .filter((other) => other !== intent && other.passedOver)
        .map((other) => other.passedOver?.(message, sender)),
    );
    if (intent) return { sender, replies: await intent.handle(message, sender) };
    return { sender, replies: [{ text: message.kind === 'text' ? replies.help(sender) : replies.nonText() }] };
  }

  return {
    answer,
    async handle(message) {
      const recorded = await inbound.record(message);
      if (!recorded) {
        logger.info({ channel: message.channel, messageId: message.messageId }, 'duplicate delivery ignored');
        return [];
      }
      try {
        const result = await answer(message);
        await inbound.markProcessed(recorded.id);
        return result.replies;
      } catch (error) {
        logger.error({ err: error, channel: message.channel }, 'message handling failed');
        await inbound.markFailed(recorded.id, error instanceof Error ? error.message : String(error), true);
        return [{ text: replies.failure() }];
      }
    },
  };
}
