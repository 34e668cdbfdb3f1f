import type { Clock } from '../common/clock.js';
import type { Logger } from '../common/logger.js';
import type { PersonDirectory } from '../domain/people/person-directory.js';
import type { Person } from '../domain/programme/types.js';
import type { InboundMessage, Reply } from '../platforms/contract.js';
import { Conversation, type ConversationStore } from './conversation.js';
import { replies } from './replies/zh.js';

/** What the bot knows of the message beyond its content: its row in the inbound log. */
export interface MessageContext {
  inboundId: string;
}

/** A handler for one kind of request (policy Q&A, visit report, feedback, …). */
export interface Intent {
  name: string;
  /** The kinds of message it handles; text only when not given. */
  kinds?: InboundMessage['kind'][];
  matches(message: InboundMessage, sender: Person, conversation: Conversation): boolean | Promise<boolean>;
  handle(
    message: InboundMessage,
    sender: Person,
    conversation: Conversation,
    context: MessageContext,
  ): Promise<Reply[]>;
  /** Called when another intent handled the sender's message (to drop a question that was not answered). */
  passedOver?(message: InboundMessage, sender: Person, conversation: Conversation): void;
}

/** Handles what an unregistered account may still do (binding itself to a roster entry). */
export interface UnregisteredIntent {
  name: string;
  matches(message: InboundMessage): boolean;
  handle(message: InboundMessage, context: MessageContext): Promise<Reply[]>;
}

export interface BotDeps {
  people: PersonDirectory;
  conversations: ConversationStore;
  clock: Clock;
  logger: Logger;
  /** Tried in order; the first that matches answers. Without a match the sender gets the help text. */
  intents?: Intent[];
  /** Tried for accounts not in the roster, before telling them they are not registered. */
  unregisteredIntents?: UnregisteredIntent[];
  /** Whether the sender is within their messages a minute. */
  rateLimit?: (message: InboundMessage, context: MessageContext) => Promise<'ok' | 'just-over' | 'over'>;
  /** Told which intent handled each message (metrics). */
  onRouted?: (message: InboundMessage, intent: string) => void;
}

export interface Answer {
  sender: Person | null;
  replies: Reply[];
}

export interface Bot {
  /**
   * Identifies the sender and answers the message. Run inside the unit of work that completes the message: what it
   * changes (records, the conversation) commits with the replies or not at all.
   */
  answer(message: InboundMessage, context: MessageContext): Promise<Answer>;
}

export function createBot({
  people,
  conversations,
  clock,
  logger,
  intents = [],
  unregisteredIntents = [],
  onRouted,
  rateLimit,
}: BotDeps): Bot {
  async function answerRegistered(message: InboundMessage, sender: Person, context: MessageContext): Promise<Reply[]> {
    const conversation = Conversation.from(await conversations.load(sender.id), clock);
    let intent: Intent | undefined;
    for (const candidate of intents) {
      if (!(candidate.kinds ?? ['text']).includes(message.kind)) continue;
      if (await candidate.matches(message, sender, conversation)) {
        intent = candidate;
        break;
      }
    }
    logger.info({ channel: message.channel, personId: sender.id, intent: intent?.name ?? 'help' }, 'message routed');
    onRouted?.(message, intent?.name ?? 'help');
    for (const other of intents) if (other !== intent) other.passedOver?.(message, sender, conversation);
    const answer = intent
      ? await intent.handle(message, sender, conversation, context)
      : [{ text: message.kind === 'text' ? replies.help(sender) : replies.nonText() }];
    if (conversation.dirty) await conversations.save(sender.id, conversation.snapshot());
    return answer;
  }

  return {
    async answer(message, context) {
      const verdict = message.kind === 'event' || !rateLimit ? 'ok' : await rateLimit(message, context);
      if (verdict !== 'ok') {
        onRouted?.(message, 'rate-limited');
        return { sender: null, replies: verdict === 'just-over' ? [{ text: replies.slowDown() }] : [] };
      }
      const sender = await people.findByAccount(message.channel, message.senderId);
      if (!sender) {
        const intent = message.kind === 'text' ? unregisteredIntents.find((c) => c.matches(message)) : undefined;
        if (message.kind !== 'event') onRouted?.(message, `unregistered:${intent?.name ?? 'help'}`);
        if (intent) return { sender, replies: await intent.handle(message, context) };
        if (message.kind === 'event') return { sender, replies: [] };
        return { sender, replies: [{ text: replies.unregistered(message.channel, message.senderId) }] };
      }
      if (message.kind === 'event') return { sender, replies: [] };
      return { sender, replies: await answerRegistered(message, sender, context) };
    },
  };
}
