import type { BindingService } from '../../domain/people/binding-service.js';
import type { Person } from '../../domain/programme/types.js';
import type { Quota } from '../../domain/progress/quota.js';
import type { InboundMessage, Reply } from '../../platforms/contract.js';
import type { InboundLog } from '../inbound-log.js';
import { replies } from '../replies/zh.js';
import { type MessageContext, say } from '../turn.js';

const TRIES_PER_HOUR = 5;

/**
 * 「绑定 <code>」: an account binds itself to the person an administrator issued the code for. From an account the
 * roster already knows it is still a binding attempt (answered as one, never taken for a question).
 */
export function bindingHandlers(bindings: BindingService, inbound: InboundLog, quota: Quota) {
  return {
    async bind(
      message: InboundMessage,
      context: MessageContext,
      sender: Person | null,
      code: string,
    ): Promise<Reply[]> {
      // Counted from the inbound log (this account's 绑定 messages of the last hour, up to this one), so a message
      // processed again counts once.
      const tries = await inbound.countRecent(context.inboundId, 3_600_000, '绑定');
      if (tries > TRIES_PER_HOUR) return say(replies.bindingTooManyTries());
      const outcome = await bindings.redeem(code, message.channel, message.senderId, sender);
      switch (outcome.kind) {
        case 'invalid':
          return say(replies.bindingInvalid());
        case 'already-yours':
          return say(replies.alreadyBound(outcome.person));
        case 'bound-to-someone-else':
          return say(replies.boundToSomeoneElse());
        case 'bound':
          return say(`${replies.bound(outcome.person)}\n\n${replies.help(outcome.person, quota)}`);
      }
    },
  };
}

export type BindingHandlers = ReturnType<typeof bindingHandlers>;
