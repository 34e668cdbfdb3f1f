import { saidInstead } from '../../common/said-instead.js';
import type { OutcomeDraft } from '../../domain/outcomes/outcome-draft.js';
import { draftOf } from '../../domain/outcomes/outcome-draft.js';
import { roughSumTold } from '../../domain/outcomes/outcome-figures.js';
import { ipKindsNamed } from '../../domain/outcomes/outcome-lexicon.js';
import { type OutcomeReading, outcomesOfEach, outcomesTold } from '../../domain/outcomes/outcome-reading.js';
import {
  type DraftContext,
  NO_REFUSAL,
  type OutcomeResult,
  type OutcomeService,
} from '../../domain/outcomes/outcome-service.js';
import { figuresDiffer } from '../../domain/outcomes/same-outcome.js';
import type { IpKind, OutcomeKind, StoredOutcome } from '../../domain/outcomes/types.js';
import { cityNamedIn } from '../../domain/programme/types.js';
import type { Reply } from '../../platforms/contract.js';
import { outcomeReplies, unreadableChange } from '../replies/outcomes.js';
import { say, type Turn } from '../turn.js';

/** Asking for the outcomes the enterprise objected to (「成果异议有哪些」, 「有异议的成果」). */
const DISPUTES_ASKED = /异议|争议|不认|有出入|对不上/;

/** Outcomes told in chat, the bot's questions about them, and 撤销 / 修改 of the latest one. */
export function outcomeHandlers(service: OutcomeService) {
  function respond(
    turn: Turn,
    result: OutcomeResult,
    noted: string | null = null,
    unread: string | null = null,
  ): Reply[] {
    if (result.kind === 'incomplete') {
      turn.conversation.ask({
        kind: 'outcome',
        draft: result.draft,
        missing: result.missing,
        postings: result.postings,
      });
      const ask = outcomeReplies.ask(result.missing, result.draft, result.postings);
      return say(noted ? `已改为${noted}。\n${ask}` : unread ? `${unread}\n${ask}` : ask);
    }
    if (result.kind === 'refused') {
      // A duplicate is stored already: 「撤销」 after it undoes that one.
      if (result.refusal.code !== 'duplicate') turn.conversation.remember('refused', turn.message.text ?? '');
      else turn.conversation.forget('refused');
      return say(`未记录：${outcomeReplies.refused(result.refusal, turn.today)}`);
    }
    if (result.kind === 'maybe-progressed') {
      const earlier = outcomeReplies.reportedBy(result.earlier, turn.today);
      turn.conversation.ask({ kind: 'outcome-same', draft: result.draft, earlier, applied: result.earlier.id });
      return say(outcomeReplies.askProgressed(earlier));
    }
    if (result.kind === 'maybe-same') {
      const earlier = outcomeReplies.reportedBy(result.earlier, turn.today);
      turn.conversation.ask({ kind: 'outcome-same', draft: result.draft, earlier });
      return say(outcomeReplies.askSame(earlier, figuresDiffer(result.earlier, result.draft)));
    }
    turn.conversation.forget('refused');
    turn.conversation.forget('undone');
    turn.conversation.forget('undoneBy');
    turn.conversation.forget('changedVisit');
    return say(outcomeReplies.recorded(result.outcome, turn.today));
  }

  return {
    async report(turn: Turn, reading: OutcomeReading, text: string): Promise<Reply[]> {
      // 「1件发明1件实用新型」 are two outcomes: neither is recorded as the other's kind.
      const kinds = reading.kind === 'IP' ? ipKindsNamed(saidInstead(text)) : [];
      if (kinds.length > 1) return say(outcomeReplies.severalIpKinds(kinds));
      // 「山湖农机和石韵新材各申请了1件」 are two enterprises' outcomes: neither is recorded for the other, nor one dropped.
      const each = turn.sender.role === 'SPECIALIST' ? outcomesOfEach(text, turn.sender.postings, turn.today) : [];
      if (each.length > 1) {
        turn.conversation.remember('refused', turn.message.text ?? '');
        return say(outcomeReplies.eachEnterprise(each));
      }
      // 「申请了3件发明专利，…，还有…培训 三十来个人」: several outcomes; none is kept in part or under another's name.
      const several = outcomesTold(text);
      if (several.length > 1) return say(outcomeReplies.severalOutcomes(several));
      const context: DraftContext = {
        refusal: reading.refusal,
        foreign: reading.foreign,
        othersOwn: reading.othersOwn,
      };
      const replies = respond(
        turn,
        await service.submit(turn.sender, draftOf(reading, text), context, turn.message.channel),
      );
      // A sum said roughly is not recorded as the amount: said so, rather than let it seem recorded.
      const rough = reading.kind === 'TRANSFER' && reading.amount === null ? roughSumTold(text) : null;
      return rough
        ? replies.map((reply, i) =>
            i === 0 ? { ...reply, text: `${reply.text}\n${outcomeReplies.roughSum(rough)}` } : reply,
          )
        : replies;
    },

    /** `noted`: a value the answer took back and changed (「实用新型专利」), said back while the question stands. */
    async continue(
      turn: Turn,
      draft: OutcomeDraft,
      noted: string | null = null,
      unread: string | null = null,
    ): Promise<Reply[]> {
      const result = await service.submit(turn.sender, draft, NO_REFUSAL, turn.message.channel);
      return respond(turn, result, noted, unread === null ? null : unreadableChange(draft.kind, unread));
    },

    /** 「不是」: not the outcome someone else reported, so it is stored as well. */
    notSame: async (turn: Turn, draft: OutcomeDraft): Promise<Reply[]> =>
      respond(turn, await service.submit(turn.sender, draft, NO_REFUSAL, turn.message.channel, true)),
    /** 「是」 to 「是这个项目立项了吗」: the application becomes the approved project. */
    progressed: async (turn: Turn, applied: string, draft: OutcomeDraft): Promise<Reply[]> =>
      respond(turn, await service.progressed(turn.sender, applied, draft, turn.message.channel)),
    /** 「是」: the same outcome, already recorded; nothing more is stored. */
    same: (earlier: string): Reply[] => say(outcomeReplies.sameKept(earlier)),

    cancelled: (): Reply[] => say(outcomeReplies.cancelled),

    /**
     * 「我的成果」: this year's outcomes of the person's postings, with where each stands; an official's 「柳州今年成果有哪些」,
     * 「成果异议有哪些」 (`asked`: the words, for a city or 异议).
     */
    async mine(turn: Turn, asked = ''): Promise<Reply[]> {
      const disputed = DISPUTES_ASKED.test(asked);
      const seen = await service.ofScope(turn.sender, cityNamedIn(asked), disputed);
      if (seen) return say(outcomeReplies.ofScope(seen.scope, seen.outcomes, turn.today, disputed));
      return say(outcomeReplies.listed(await service.thisYear(turn.sender), turn.today));
    },

    /** The disputes over outcomes still standing in an official's scope, for 待办; null when none. */
    async todoSection(turn: Turn): Promise<string | null> {
      const seen = await service.ofScope(turn.sender, null, true);
      return seen && seen.outcomes.length > 0
        ? outcomeReplies.ofScope(seen.scope, seen.outcomes, turn.today, true)
        : null;
    },

    /** The person's latest outcome within the undo window (to weigh against their latest visit). */
    /** `kind`: the latest of that kind (「刚才那个许可合同金额是24万」 after a patent was reported). */
    latest: (turn: Turn, kind?: OutcomeKind, ipKind?: IpKind): Promise<StoredOutcome | null> =>
      service.latest(turn.sender, kind, ipKind),

    async undo(turn: Turn, outcome: StoredOutcome): Promise<Reply[]> {
      await service.undo(outcome);
      const undone = outcomeReplies.undone(outcome, turn.today);
      turn.conversation.remember('undone', undone);
      turn.conversation.remember('undoneBy', (turn.message.text ?? '').trim());
      return say(undone);
    },

    async amend(turn: Turn, outcome: StoredOutcome, value: string): Promise<Reply[]> {
      // 「是35个」 of a training counts people.
      const said =
        outcome.kind === 'TRAINING' ? value.replace(/^(\d{1,6}|[一二两三四五六七八九十百]+)\s*个$/, '$1人') : value;
      const result = await service.amend(turn.sender, outcome, said);
      if (result.kind === 'refused') return say(`未修改：${outcomeReplies.refused(result.refusal, turn.today)}`);
      if (result.kind !== 'recorded') return respond(turn, result);
      return say(outcomeReplies.recorded(result.outcome, turn.today).replace('已记录成果', '已修改成果记录'));
    },
  };
}

export type OutcomeHandlers = ReturnType<typeof outcomeHandlers>;
