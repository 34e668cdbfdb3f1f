import type { PassedOnMessages } from '../../domain/people/passed-on-messages.js';
import type { VisitDisputeService } from '../../domain/visits/visit-disputes.js';
import type { Reply } from '../../platforms/contract.js';
import { disputePartyReplies as replies } from '../replies/disputes.js';
import { say, type Turn } from '../turn.js';
import { disputesMeant } from './disputes.js';

/**
 * The two parties of a disputed visit, in their own words: the enterprise taking its objection back (「搞错了 陈老师20号
 * 确实来了」), confirmed before it is done; the specialist answering it (「企业说我没去，我那天确实去了，有照片」), offered
 * to be passed on to whoever checks it.
 */
export function disputePartyHandlers(service: VisitDisputeService, messages: Pick<PassedOnMessages, 'checkersOf'>) {
  /** The one open dispute the words are about, or the reply that asks which (or says there is none). */
  async function meantBy(turn: Turn, text: string, ask: typeof replies.which, none: string) {
    const open = await service.openAbout(turn.sender);
    if (open.length === 0) return { reply: say(none) };
    const meant = disputesMeant(open, text, turn.today);
    const [only, ...others] = meant;
    if (only && others.length === 0) return { visit: only };
    return { reply: say(ask(meant.length > 0 ? meant : open, turn.today, meant.length > 0)) };
  }

  return {
    async offerWithdrawal(turn: Turn, text: string): Promise<Reply[]> {
      const found = await meantBy(turn, text, replies.which, replies.noObjections);
      if (!found.visit) return found.reply;
      turn.conversation.ask({ kind: 'dispute-withdraw', visitId: found.visit.id });
      return say(replies.confirmWithdrawal(found.visit, turn.today));
    },

    async withdraw(turn: Turn, visitId: string): Promise<Reply[]> {
      const withdrawn = await service.withdraw(turn.sender, visitId);
      if (!withdrawn) return say(replies.alreadyResolved);
      return say(replies.withdrawn(withdrawn.visit, withdrawn.checker, turn.today));
    },

    notWithdrawn: (): Reply[] => say(replies.notWithdrawn),

    async offerAccount(turn: Turn, text: string): Promise<Reply[]> {
      const found = await meantBy(turn, text, replies.whichToExplain, replies.noneAgainstYou);
      if (!found.visit) return found.reply;
      const checkers = await messages.checkersOf(found.visit.cityName);
      if (checkers.kind === 'none') return say(replies.noChecker);
      turn.conversation.ask({
        kind: 'relay-confirm',
        text: replies.account(found.visit, text, turn.today),
        ref: `${turn.message.channel}:${turn.message.messageId}`,
        to: checkers.to,
        named: checkers.named,
      });
      return say(replies.offerAccount(found.visit, checkers.named, turn.today));
    },
  };
}

export type DisputePartyHandlers = ReturnType<typeof disputePartyHandlers>;
