import type { BindingService } from '../../domain/people/binding-service.js';
import type { InboundLog } from '../inbound-log.js';
import type { UnregisteredIntent } from '../pipeline.js';
import { replies } from '../replies/zh.js';

const BIND = /^绑定\s*[:：]?\s*([A-Za-z0-9]{6,12})$/;
const TRIES_PER_HOUR = 5;

/** "绑定 <code>": an account not in the roster binds itself to the person an administrator issued the code for. */
export function bindAccountIntent(bindings: BindingService, inbound: InboundLog): UnregisteredIntent {
  return {
    name: 'bind-account',
    matches: (message) => BIND.test(message.text),
    async handle(message, context) {
      // Counted from the inbound log (this account's 绑定 messages of the last hour, up to this one), so a message
      // processed again counts once.
      const tries = await inbound.countRecent(context.inboundId, 3_600_000, '绑定');
      if (tries > TRIES_PER_HOUR) return [{ text: replies.bindingTooManyTries() }];
      const code = BIND.exec(message.text)?.[1] ?? '';
      const person = await bindings.redeem(code, message.channel, message.senderId);
      if (!person) return [{ text: replies.bindingInvalid() }];
      return [{ text: `${replies.bound(person)}\n\n${replies.help(person)}` }];
    },
  };
}
