import type { SettleOutcome, VisitConfirmationService } from '../../domain/visits/visit-confirmation.js';
import type { StoredVisit } from '../../domain/visits/visit-ledger.js';
import type { Reply } from '../../platforms/contract.js';
import { visitReplies } from '../replies/visits.js';
import { say, type Turn } from '../turn.js';

/** The enterprise's answer to reported visits: 待确认, 确认 [1,2], 有异议 [n] 原因 (the reason may follow apart). */
export function confirmationHandlers(service: VisitConfirmationService) {
  /** Remembers the numbered list a contact was shown, so 「确认 2」 means the second visit of that list. */
  function show(turn: Turn, visits: StoredVisit[], footer?: string): Reply[] {
    if (visits.length > 0)
      turn.conversation.remember(
        'shownVisits',
        visits.map((v) => v.id),
      );
    return say(visitReplies.pending(visits, turn.today, footer));
  }

  function settle(turn: Turn, choices: number[] | null, all: boolean, reason: string | null): Promise<SettleOutcome> {
    return service.settle(turn.sender, {
      choices,
      all,
      reason,
      shown: choices ? turn.conversation.recall('shownVisits') : null,
    });
  }

  function answer(turn: Turn, outcome: SettleOutcome, reason: string | null): Reply[] {
    if (outcome.kind === 'refused') return say(visitReplies.settleRefused(outcome.refusal));
    if (outcome.kind === 'none') return say(visitReplies.pending([], turn.today));
    if (outcome.kind === 'choose') return show(turn, outcome.visits);
    return say(visitReplies.settled(outcome.visits, reason, turn.today));
  }

  async function dispute(turn: Turn, choices: number[] | null, reason: string): Promise<Reply[]> {
    const outcome = await settle(turn, choices, false, reason);
    // Several visits wait and none was named: the list is shown, and the reason waits for the number.
    if (outcome.kind === 'choose') {
      turn.conversation.ask({ kind: 'dispute-which', reason });
      return show(turn, outcome.visits, visitReplies.disputeWhich);
    }
    return answer(turn, outcome, reason);
  }

  return {
    pending: async (turn: Turn) => show(turn, await service.pending(turn.sender)),
    confirm: async (turn: Turn, choices: number[] | null, all: boolean) =>
      answer(turn, await settle(turn, choices, all, null), null),
    async dispute(turn: Turn, choice: number | null, reason: string): Promise<Reply[]> {
      if (reason.trim() === '') {
        turn.conversation.ask({ kind: 'dispute-reason', choice });
        return say(visitReplies.disputeNeedsReason);
      }
      return dispute(turn, choice === null ? null : [choice], reason.trim());
    },
    disputeChosen: (turn: Turn, choices: number[], reason: string) => dispute(turn, choices, reason),
    disputeDropped: (): Reply[] => say(visitReplies.disputeDropped),
  };
}

export type ConfirmationHandlers = ReturnType<typeof confirmationHandlers>;
