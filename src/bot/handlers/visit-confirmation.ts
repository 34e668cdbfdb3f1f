import type { VisitConfirmationService } from '../../domain/visits/visit-confirmation.js';
import type { VisitEvidenceService } from '../../domain/visits/visit-evidence.js';
import type { StoredVisit } from '../../domain/visits/visit-ledger.js';
import type { Reply } from '../../platforms/contract.js';
import type { Conversation } from '../conversation.js';
import type { Intent } from '../pipeline.js';
import { visitReplies } from '../replies/visits.js';

const CONFIRM = /^\s*(?:(全部|所有)\s*)?(?:确认|属实|确认无误)\s*(全部|所有)?\s*(\d{1,2})?\s*[。.!！]?\s*$/;
const DISPUTE = /^\s*(?:有异议|不属实)\s*(?:(\d{1,2})(?:\s*[:：,，]\s*|\s+|$))?[:：,，]?\s*([\s\S]*)$/;
const PENDING = /^\s*(待确认|待确认记录|待确认的记录)\s*[?？]?\s*$/;

/** The enterprise contact's answer to a reported visit: 确认 / 有异议 <原因>, and 待确认 to list them. */
export function visitConfirmationIntents(service: VisitConfirmationService): Intent[] {
  /** Remembers the numbered list a contact was shown, so 「确认 2」 means the second visit of that list. */
  function show(conversation: Conversation, visits: StoredVisit[]): Reply[] {
    if (visits.length > 0)
      conversation.set(
        'shownVisits',
        visits.map((v) => v.id),
      );
    return [{ text: visitReplies.pending(visits) }];
  }

  const settle: Intent = {
    name: 'visit-confirmation',
    matches: (message, sender) =>
      sender.role === 'ENTERPRISE_CONTACT' && (CONFIRM.test(message.text) || DISPUTE.test(message.text)),
    async handle(message, sender, conversation) {
      const confirm = CONFIRM.exec(message.text);
      const dispute = confirm ? null : DISPUTE.exec(message.text);
      const reason = dispute ? (dispute[2] ?? '').trim() : null;
      if (reason === '') return [{ text: visitReplies.disputeNeedsReason }];
      const number = confirm?.[3] ?? dispute?.[1];
      const outcome = await service.settle(sender, {
        choice: number ? Number(number) : null,
        all: Boolean(confirm?.[1] || confirm?.[2]),
        reason,
        shown: number ? conversation.get('shownVisits') : null,
      });
      if (outcome.kind === 'refused') return [{ text: outcome.reason }];
      if (outcome.kind === 'none') return [{ text: visitReplies.pending([]) }];
      if (outcome.kind === 'choose') return show(conversation, outcome.visits);
      return [{ text: visitReplies.settled(outcome.visits, reason) }];
    },
  };

  const pending: Intent = {
    name: 'visit-pending',
    matches: (message, sender) => sender.role === 'ENTERPRISE_CONTACT' && PENDING.test(message.text),
    async handle(_message, sender, conversation) {
      return show(conversation, await service.pending(sender));
    },
  };

  return [settle, pending];
}

/** A photo sent right after a report becomes that visit's evidence. */
export function visitEvidenceIntent(service: VisitEvidenceService): Intent {
  return {
    name: 'visit-evidence',
    kinds: ['image'],
    matches: (message, sender) => sender.role === 'SPECIALIST' && message.media !== undefined,
    async handle(message, sender) {
      if (!message.media) return [];
      const visit = await service.attach(sender, {
        channel: message.channel,
        messageId: message.messageId,
        mediaId: message.media.mediaId,
        url: message.media.url ?? null,
        sentAt: message.sentAt,
      });
      return [{ text: visit ? visitReplies.evidenceAttached(visit) : visitReplies.evidenceUnattached }];
    },
  };
}
