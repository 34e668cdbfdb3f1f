import type { LocalDate } from '../common/local-date.js';
import { VISIT_TYPE_LABELS, VISIT_TYPES } from '../domain/programme/types.js';
import { matchEnterprise } from '../domain/visits/enterprise-match.js';
import { findVisitDate } from '../domain/visits/visit-date.js';
import { findVisitDays } from '../domain/visits/visit-days.js';
import type { Posting } from '../domain/visits/visit-ledger.js';
import { parseVisitReport } from '../domain/visits/visit-parser.js';
import type { VisitDraft } from '../domain/visits/visit-report-service.js';
import { findVisitType } from '../domain/visits/visit-type.js';
import type { PendingOf } from './conversation.js';

/** A message read as a visit report: the draft it makes, and whether it read as a report at all. */
export interface ReportReading {
  draft: VisitDraft;
  /** Which fields the message itself gave (not inferred from the only posting). */
  gave: { date: boolean; enterprise: boolean; days: boolean; type: boolean };
}

/** Reads a message as a visit report, or null when it is not one. Pure: the sender's postings come with them. */
export function readReport(text: string, today: LocalDate, postings: Posting[]): ReportReading | null {
  const parsed = parseVisitReport(text, today, postings);
  if (!parsed.isReport) return null;
  const named = parsed.enterprise;
  // An enterprise the message does not name is not assumed here: the report handler checks first that the message
  // names no other enterprise, then takes the only posting.
  const given = named.kind === 'found' && named.text !== '';
  return {
    draft: {
      date: parsed.date,
      days: parsed.days,
      type: parsed.type,
      assignmentId: given && named.kind === 'found' ? named.posting.assignmentId : null,
      candidates: named.kind === 'ambiguous' ? named.candidates.map((p) => p.assignmentId) : [],
      summary: parsed.summary,
      typeCandidates: [],
      yearNote: null,
    },
    gave: {
      date: parsed.date !== null,
      enterprise: given,
      days: parsed.days !== null,
      type: parsed.type !== null,
    },
  };
}

/**
 * The pending visit question answered by the message: the draft with the asked field filled (and whatever else the
 * message gives), or null when the message does not answer it.
 */
export function answerVisitQuestion(pending: PendingOf<'visit'>, text: string, today: LocalDate): VisitDraft | null {
  const { draft, missing, postings } = pending;
  const choice = /^\s*(\d{1,2})\s*$/.exec(text);
  if (missing === 'enterprise') {
    const options = postings.filter((p) => draft.candidates.length === 0 || draft.candidates.includes(p.assignmentId));
    const picked = choice ? options[Number(choice[1]) - 1] : undefined;
    const named = matchEnterprise(text, options);
    const posting = picked ?? (named.kind === 'found' ? named.posting : undefined);
    return posting ? { ...draft, assignmentId: posting.assignmentId, candidates: [] } : null;
  }
  if (missing === 'days') {
    const days = findVisitDays(/^\s*\d+(\.\d+)?\s*$/.test(text) ? `${text.trim()}天` : text);
    return days ? { ...draft, days: days.value } : null;
  }
  if (missing === 'date') {
    const date = findVisitDate(text, today);
    return date ? { ...draft, date: date.value } : null;
  }
  if (missing === 'activity') {
    const described = text.trim();
    return described.length >= 2 ? { ...draft, summary: described } : null;
  }
  const options = draft.typeCandidates.length > 0 ? draft.typeCandidates : VISIT_TYPES;
  const picked = choice ? options[Number(choice[1]) - 1] : undefined;
  const type =
    picked ??
    findVisitType(text)?.value ??
    VISIT_TYPES.find((t) => text.includes(VISIT_TYPE_LABELS[t]) || text.includes(VISIT_TYPE_LABELS[t].slice(0, 2)));
  return type ? { ...draft, type, typeCandidates: [] } : null;
}

/** Whether a reading contradicts the draft on where or when (then it is a new report, not an answer). */
export function contradicts(reading: ReportReading, draft: VisitDraft): boolean {
  const otherDay = reading.gave.date && draft.date !== null && reading.draft.date !== draft.date;
  const otherPlace =
    reading.gave.enterprise && draft.assignmentId !== null && reading.draft.assignmentId !== draft.assignmentId;
  return otherDay || otherPlace;
}

/** A reading that stands on its own as a report: a date and an enterprise, and days or a kind. */
export function isCompleteReport(reading: ReportReading): boolean {
  return reading.gave.date && reading.gave.enterprise && (reading.gave.days || reading.gave.type);
}
