import type { LocalDate } from '../../common/local-date.js';
import type { NewOutboxMessage } from '../outbox/outbox.js';
import type { EvidenceRule, Grade } from './score-sheet.js';

/** A posting's year as the assessment reads it, in one bulk read. */
export interface PostingYear {
  assignmentId: string;
  enterpriseId: string;
  enterpriseName: string;
  cityName: string;
  startDate: LocalDate;
  endDate: LocalDate;
  /** Who is posted: a specialist, or a team (once, with its leader). */
  specialist: { id: string; name: string } | null;
  team: { id: string; name: string; leaderId: string; leaderName: string; memberIds: string[] } | null;
  institutionName: string | null;
  agreementSignedOn: LocalDate | null;
  visits: number;
  days: number;
  outcomes: number;
  rating: number | null;
  decision: Decision | null;
}

export interface Decision {
  computedScore: number;
  score: number;
  grade: Grade;
  reason: string | null;
  decidedById: string;
  decidedByName: string;
  decidedAt: Date;
}

/** Reads postings' years and records decisions (with the notices about them, in one transaction). */
export interface AssessmentSource {
  /** Postings running in the year; visits count only with the evidence the rule asks for. */
  postingsOfYear(year: number, cityName?: string, evidence?: EvidenceRule): Promise<PostingYear[]>;
  decide(
    assignmentId: string,
    year: number,
    decision: Omit<Decision, 'decidedByName'>,
    outbox: NewOutboxMessage[],
  ): Promise<void>;
  /** Sets (or clears) the day the posting's 合作协议书 was signed; false when there is no such posting. */
  setAgreement(assignmentId: string, signedOn: LocalDate | null): Promise<boolean>;
}

/** Settings the office changes at run time, as JSON validated by their readers. */
export interface SettingStore {
  get(key: string): Promise<unknown | null>;
  put(key: string, value: unknown): Promise<void>;
}
