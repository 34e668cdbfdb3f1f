import type { PassedOnMessages } from '../../domain/people/passed-on-messages.js';
import type { Reply } from '../../platforms/contract.js';
import type { PendingOf } from '../conversation.js';
import { relayReplies } from '../replies/relay.js';
import { say, type Turn } from '../turn.js';

/**
 * Words said to the bot for someone else (「陈老师能不能再来一趟」, 「帮我跟孙经理说一下明天上午过去」, 「提醒一下陈老师…」):
 * offered to be passed on to the people named, passed on to exactly them on 「是」.
 */
export function relayHandlers(messages: PassedOnMessages) {
  return {
    async offer(turn: Turn, text: string): Promise<Reply[]> {
      const recipients = await messages.recipientsFor(turn.sender, text);
      if (recipients.kind === 'none') return say(relayReplies.none[recipients.why]);
      const ref = `${turn.message.channel}:${turn.message.messageId}`;
      turn.conversation.ask({ kind: 'relay-confirm', text, ref, to: recipients.to, named: recipients.named });
      return say(relayReplies.offer(recipients.named, turn.sender.role));
    },

    async passOn(turn: Turn, pending: PendingOf<'relay-confirm'>): Promise<Reply[]> {
      const unreached = await messages.passOn(turn.sender, pending.text, pending.ref, pending.to);
      if (unreached.length === pending.to.length) return say(relayReplies.noneReached);
      return say(
        relayReplies.passedOn(
          pending.named,
          unreached.map((person) => person.name),
        ),
      );
    },

    notPassedOn: (): Reply[] => say(relayReplies.notPassedOn),
  };
}

export type RelayHandlers = ReturnType<typeof relayHandlers>;
