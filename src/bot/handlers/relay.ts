import type { SpecialistMessages } from '../../domain/people/specialist-messages.js';
import type { Reply } from '../../platforms/contract.js';
import { relayReplies } from '../replies/relay.js';
import { say, type Turn } from '../turn.js';

/** An enterprise's words for its specialist (「陈老师能不能再来一趟」): offered to be passed on, passed on on 「是」. */
export function relayHandlers(messages: SpecialistMessages) {
  return {
    async offer(turn: Turn, text: string): Promise<Reply[]> {
      const people = (await messages.specialistsOf(turn.sender)).flatMap((served) => served.people);
      if (people.length === 0) return say(relayReplies.noSpecialist);
      const ref = `${turn.message.channel}:${turn.message.messageId}`;
      turn.conversation.ask({ kind: 'relay-confirm', text, ref });
      return say(relayReplies.offer(people.map((person) => person.name)));
    },

    async passOn(turn: Turn, text: string, ref: string): Promise<Reply[]> {
      const outcome = await messages.passOn(turn.sender, text, ref);
      if (outcome.kind === 'no-specialist') return say(relayReplies.noSpecialist);
      return say(relayReplies.passedOn(outcome.to.map((person) => person.name)));
    },

    notPassedOn: (): Reply[] => say(relayReplies.notPassedOn),
  };
}

export type RelayHandlers = ReturnType<typeof relayHandlers>;
