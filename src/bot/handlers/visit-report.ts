import { VISIT_TYPE_LABELS, VISIT_TYPES } from '../../domain/programme/types.js';
import type { Quota } from '../../domain/progress/quota.js';
import { matchEnterprise } from '../../domain/visits/enterprise-match.js';
import { findVisitDays } from '../../domain/visits/visit-days.js';
import type { Posting } from '../../domain/visits/visit-ledger.js';
import type { ReportOutcome, VisitDraft, VisitReportService } from '../../domain/visits/visit-report-service.js';
import { findVisitType } from '../../domain/visits/visit-type.js';
import type { InboundMessage, Reply } from '../../platforms/contract.js';
import type { KeyValueStore } from '../../store/key-value-store.js';
import type { Intent } from '../pipeline.js';
import { visitReplies } from '../replies/visits.js';

const DRAFT_TTL_MS = 30 * 60_000;
const CANCEL = /^\s*取消\s*$/;
const draftKey = (message: InboundMessage) => `visit-draft:${message.channel}:${message.senderId}`;

interface StoredDraft {
  draft: VisitDraft;
  missing: string;
  postings: Posting[];
}

/** Visit reports in free text; a missing field is asked for, one question at a time, with the draft in the store. */
export function visitIntents(service: VisitReportService, store: KeyValueStore, quota: Quota): Intent[] {
  async function respond(message: InboundMessage, outcome: ReportOutcome, dateGiven: boolean): Promise<Reply[]> {
    if (outcome.kind === 'incomplete') {
      const stored: StoredDraft = { draft: outcome.draft, missing: outcome.missing, postings: outcome.postings };
      await store.set(draftKey(message), JSON.stringify(stored), DRAFT_TTL_MS);
      return [{ text: visitReplies.ask(outcome.missing, outcome.draft, outcome.postings) }];
    }
    await store.delete(draftKey(message));
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
    async matches(message) {
      // With the store unreachable there is no pending question to continue; everything else still works.
      const raw = await store.get(draftKey(message)).catch(() => null);
      return raw !== null && (CANCEL.test(message.text) || fill(JSON.parse(raw) as StoredDraft, message.text) !== null);
    },
    async handle(message, sender) {
      const raw = await store.get(draftKey(message));
      if (!raw || CANCEL.test(message.text)) {
        await store.delete(draftKey(message));
        return [{ text: visitReplies.cancelled }];
      }
      const stored = JSON.parse(raw) as StoredDraft;
      const draft = fill(stored, message.text) ?? stored.draft;
      return respond(
        message,
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
    async handle(message, sender) {
      const read = await readOnce(message, sender);
      if (!read) return [];
      const outcome = await service.submit(sender, message.text, read.draft, read.postings, message.channel);
      return respond(message, outcome, read.draft.dateGiven);
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
