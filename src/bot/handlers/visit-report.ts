import { VISIT_TYPE_LABELS, VISIT_TYPES } from '../../domain/programme/types.js';
import type { Quota } from '../../domain/progress/quota.js';
import { matchEnterprise } from '../../domain/visits/enterprise-match.js';
import { findVisitDays } from '../../domain/visits/visit-days.js';
import type { ReportOutcome, VisitDraft, VisitReportService } from '../../domain/visits/visit-report-service.js';
import { findVisitType } from '../../domain/visits/visit-type.js';
import type { InboundMessage, Reply } from '../../platforms/contract.js';
import type { Conversation, TopicValue } from '../conversation.js';
import type { Intent } from '../pipeline.js';
import { visitReplies } from '../replies/visits.js';

const CANCEL = /^\s*取消\s*$/;

type StoredDraft = TopicValue<'visitDraft'>;

/** Visit reports in free text; a missing field is asked for, one question at a time, with the draft in the store. */
export function visitIntents(service: VisitReportService, quota: Quota): Intent[] {
  function respond(conversation: Conversation, outcome: ReportOutcome, dateGiven: boolean): Reply[] {
    if (outcome.kind === 'incomplete') {
      conversation.set('visitDraft', { draft: outcome.draft, missing: outcome.missing, postings: outcome.postings });
      return [{ text: visitReplies.ask(outcome.missing, outcome.draft, outcome.postings) }];
    }
    conversation.clear('visitDraft');
    if (outcome.kind === 'refused') return [{ text: `未记录：${outcome.reason}` }];
    return [{ text: visitReplies.recorded(outcome.visit, outcome, quota, dateGiven) }];
  }

  /** Reads the answer to the pending question into the draft; null when the message does not answer it. */
  function fill(stored: StoredDraft, text: string): VisitDraft | null {
    const { draft, missing, postings } = stored;
    const choice = /^\s*(\d{1,2})\s*$/.exec(text);
    if (missing === 'enterprise') {
      const options = postings.filter(
        (p) => draft.candidates.length === 0 || draft.candidates.includes(p.assignmentId),
      );
      const picked = choice ? options[Number(choice[1]) - 1] : undefined;
      const named = matchEnterprise(text, options);
      const posting = picked ?? (named.kind === 'found' ? named.posting : undefined);
      return posting ? { ...draft, assignmentId: posting.assignmentId, candidates: [] } : null;
    }
    if (missing === 'days') {
      const days = findVisitDays(/^\s*\d+(\.\d+)?\s*$/.test(text) ? `${text.trim()}天` : text);
      return days ? { ...draft, days: days.value } : null;
    }
    const picked = choice ? VISIT_TYPES[Number(choice[1]) - 1] : undefined;
    const type = picked ?? findVisitType(text)?.value ?? VISIT_TYPES.find((t) => text.includes(VISIT_TYPE_LABELS[t]));
    return type ? { ...draft, type } : null;
  }

  const continueDraft: Intent = {
    name: 'visit-report-continued',
    matches(message, _sender, conversation) {
      const stored = conversation.get('visitDraft');
      return stored !== null && (CANCEL.test(message.text) || fill(stored, message.text) !== null);
    },
    async handle(message, sender, conversation) {
      const stored = conversation.get('visitDraft');
      if (!stored || CANCEL.test(message.text)) {
        conversation.clear('visitDraft');
        return [{ text: visitReplies.cancelled }];
      }
      const draft = fill(stored, message.text) ?? stored.draft;
      return respond(
        conversation,
        await service.submit(sender, message.text, draft, stored.postings, message.channel),
        draft.dateGiven,
      );
    },
  };

  // matches() and handle() see the same message: read it (and load the postings) once.
  const readings = new WeakMap<InboundMessage, ReturnType<VisitReportService['read']>>();
  const readOnce = (message: InboundMessage, sender: Parameters<VisitReportService['read']>[0]) => {
    let reading = readings.get(message);
    if (!reading) {
      reading = service.read(sender, message.text);
      readings.set(message, reading);
    }
    return reading;
  };

  const newReport: Intent = {
    name: 'visit-report',
    async matches(message, sender) {
      return (await readOnce(message, sender)) !== null;
    },
    async handle(message, sender, conversation) {
      const read = await readOnce(message, sender);
      if (!read) return [];
      const outcome = await service.submit(sender, message.text, read.draft, read.postings, message.channel);
      return respond(conversation, outcome, read.draft.dateGiven);
    },
  };

  const undo: Intent = {
    name: 'visit-undo',
    matches: (message, sender) => sender.role === 'SPECIALIST' && /^\s*撤销\s*$/.test(message.text),
    async handle(_message, sender) {
      const undone = await service.undoLast(sender);
      return [{ text: undone ? visitReplies.undone(undone) : visitReplies.nothingToUndo }];
    },
  };

  const amend: Intent = {
    name: 'visit-amend',
    matches: (message, sender) => sender.role === 'SPECIALIST' && /^\s*修改\s*\S+\s+\S/.test(message.text),
    async handle(message, sender) {
      const [, field = '', value = ''] = /^\s*修改\s*(\S+?)\s*[:：]?\s+(.+)$/.exec(message.text) ?? [];
      const outcome = await service.amendLast(sender, field, value);
      if (outcome.kind === 'refused') return [{ text: `未修改：${outcome.reason}` }];
      if (outcome.kind !== 'recorded') return [];
      return [
        { text: visitReplies.recorded(outcome.visit, outcome, quota, true).replace('已记录服务', '已修改服务记录') },
      ];
    },
  };

  const progress: Intent = {
    name: 'visit-progress',
    matches: (message) => /^\s*(我的进度|进度|服务情况|服务进度|本市进度|全区进度)\s*[?？]?\s*$/.test(message.text),
    async handle(_message, sender) {
      return [{ text: visitReplies.progress(await service.progressFor(sender), quota, service.currentYear()) }];
    },
  };

  return [continueDraft, undo, amend, progress, newReport];
}
