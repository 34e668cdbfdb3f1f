import type { BindingService } from '../../domain/people/binding-service.js';
import type { Person } from '../../domain/programme/types.js';
import type { InboundMessage, Reply } from '../../platforms/contract.js';
import type { InboundLog } from '../inbound-log.js';
import type { Intent, MessageContext, UnregisteredIntent } from '../pipeline.js';
import { replies } from '../replies/zh.js';

const BIND = /^\s*绑定\s*[:：]?\s*([A-Za-z0-9]{6,12})\s*$/;
const TRIES_PER_HOUR = 5;

/**
 * 「绑定 <code>」: an account binds itself to the person an administrator issued the code for. From an account the
 * roster already knows it is still a binding attempt (answered as one, never taken for a question).
 */
export function bindAccountIntents(
  bindings: BindingService,
  inbound: InboundLog,
): { registered: Intent; unregistered: UnregisteredIntent } {
  async function bind(message: InboundMessage, context: MessageContext, sender: Person | null): Promise<Reply[]> {
    // Counted from the inbound log (this account's 绑定 messages of the last hour, up to this one), so a message
    // processed again counts once.
    const tries = await inbound.countRecent(context.inboundId, 3_600_000, '绑定');
    if (tries > TRIES_PER_HOUR) return [{ text: replies.bindingTooManyTries() }];
    const code = BIND.exec(message.text)?.[1] ?? '';
    const outcome = await bindings.redeem(code, message.channel, message.senderId, sender);
    switch (outcome.kind) {
      case 'invalid':
        return [{ text: replies.bindingInvalid() }];
      case 'already-yours':
        return [{ text: replies.alreadyBound(outcome.person) }];
      case 'bound-to-someone-else':
        return [{ text: replies.boundToSomeoneElse() }];
      case 'bound':
        return [{ text: `${replies.bound(outcome.person)}\n\n${replies.help(outcome.person)}` }];
    }
  }
  return {
    registered: {
      name: 'bind-account',
      matches: (message) => BIND.test(message.text),
      handle: (message, sender, _conversation, context) => bind(message, context, sender),
    },
    unregistered: {
      name: 'bind-account',
      matches: (message) => BIND.test(message.text),
      handle: (message, context) => bind(message, context, null),
    },
  };
}
