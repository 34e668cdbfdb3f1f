import type { Quota } from '../../domain/progress/quota.js';
import type { VisitEvidenceService } from '../../domain/visits/visit-evidence.js';
import type {
  AmendableField,
  ReportOutcome,
  VisitDraft,
  VisitReportService,
} from '../../domain/visits/visit-report-service.js';
import type { Reply } from '../../platforms/contract.js';
import { visitReplies } from '../replies/visits.js';
import { say, type Turn } from '../turn.js';

/** Visit reports, their questions, 撤销 and 修改, progress, and photos as evidence. */
export function visitHandlers(deps: { reports: VisitReportService; evidence: VisitEvidenceService; quota: Quota }) {
  const { reports, evidence, quota } = deps;

  function respond(turn: Turn, outcome: ReportOutcome, yearNote: string | null): Reply[] {
    if (outcome.kind === 'incomplete') {
      turn.conversation.ask({
        kind: 'visit',
        draft: outcome.draft,
        missing: outcome.missing,
        postings: outcome.postings,
      });
      return say(visitReplies.ask(outcome.missing, outcome.draft, outcome.postings));
    }
    if (outcome.kind === 'refused') return say(`未记录：${visitReplies.refused(outcome.refusal)}`);
    return say(visitReplies.recorded(outcome.visit, outcome, quota, yearNote));
  }

  return {
    /** A report, new or completed by answering the bot's question. */
    async report(turn: Turn, draft: VisitDraft): Promise<Reply[]> {
      const { sender, message } = turn;
      const outcome = await reports.submit(sender, message.text, draft, sender.postings, message.channel);
      return respond(turn, outcome, draft.yearNote);
    },

    cancelled: (): Reply[] => say(visitReplies.cancelled),

    async undo(turn: Turn, confirmed: string | null = null): Promise<Reply[]> {
      const outcome = await reports.undoLast(turn.sender, confirmed);
      if (outcome.kind === 'nothing') return say(visitReplies.nothingToUndo);
      if (outcome.kind === 'needs-confirmation') {
        turn.conversation.ask({
          kind: 'confirm-undo',
          visitId: outcome.visit.id,
          label: `${outcome.visit.enterpriseShortName} ${outcome.visit.date}`,
        });
        return say(visitReplies.undoNeedsConfirmation(outcome.visit));
      }
      return say(visitReplies.undone(outcome.visit));
    },

    undoKept: (): Reply[] => say(visitReplies.undoKept),

    async amend(turn: Turn, field: AmendableField | null, value: string): Promise<Reply[]> {
      const outcome = await reports.amendLast(turn.sender, field, value);
      if (outcome.kind === 'refused') return say(`未修改：${visitReplies.refused(outcome.refusal)}`);
      if (outcome.kind !== 'recorded') return [];
      return say(visitReplies.recorded(outcome.visit, outcome, quota).replace('已记录服务', '已修改服务记录'));
    },

    async progress(turn: Turn): Promise<Reply[]> {
      return say(visitReplies.progress(await reports.progressFor(turn.sender), quota, reports.currentYear()));
    },

    async image(turn: Turn): Promise<Reply[]> {
      const { message, sender } = turn;
      if (!message.media) return [];
      const visit = await evidence.attach(sender, {
        channel: message.channel,
        messageId: message.messageId,
        mediaId: message.media.mediaId,
        url: message.media.url ?? null,
        sentAt: message.sentAt,
      });
      return say(visit ? visitReplies.evidenceAttached(visit) : visitReplies.evidenceUnattached);
    },
  };
}

export type VisitHandlers = ReturnType<typeof visitHandlers>;
