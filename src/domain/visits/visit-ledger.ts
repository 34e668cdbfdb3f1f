import type { LocalDate } from '../../common/local-date.js';
import type { NewOutboxMessage } from '../outbox/outbox.js';
import type { Channel, VisitStatus, VisitType } from '../programme/types.js';
import type { PostingRef } from './enterprise-match.js';

export interface Posting extends PostingRef {
  cityName: string;
  startDate: LocalDate;
  endDate: LocalDate;
  active: boolean;
}

export interface NewVisit {
  assignmentId: string;
  reporterId: string;
  date: LocalDate;
  days: number;
  type: VisitType;
  summary: string;
  channel: Channel;
}

export interface RecordedVisit extends NewVisit {
  id: string;
  /** As stored (a new report is REPORTED). */
  status?: VisitStatus;
  enterpriseId: string;
  enterpriseShortName: string;
  createdAt: Date;
}

/** A visit as stored, with who reported it and where (what confirmations and notices need). */
export interface StoredVisit extends RecordedVisit {
  reporterName: string;
  cityName: string;
}

/** Evidence (a photo) sent for a visit: the platform's reference to the file. */
export interface VisitEvidence {
  visitId: string;
  channel: Channel;
  messageId: string;
  /** WeCom media_id or DingTalk downloadCode. */
  mediaId: string;
  /** A direct link to the picture where the platform gives one (WeCom PicUrl). */
  url: string | null;
  receivedAt: Date;
}

/**
 * Visits and the messages about them. Every change that tells someone about it takes the outbox messages and
 * writes them in the same transaction: nobody is told of a visit that was not stored, and no stored visit goes
 * untold.
 */
export interface VisitLedger {
  /** Every enterprise in the roster, to recognise one the reporter is not posted to. */
  allEnterprises(): Promise<{ enterpriseId: string; enterpriseName: string; shortName: string | null }[]>;
  /** Active postings of an enterprise, of a city's enterprises, or (no filter) of the whole region. */
  activePostings(filter: { enterpriseId?: string; cityName?: string }): Promise<Posting[]>;
  /** The postings a specialist serves: their own, and their teams'. */
  postingsOf(personId: string): Promise<Posting[]>;
  /** Stores the visit unless the same one is already stored (same posting, date, kind, days and summary). */
  record(
    visit: NewVisit & { id: string; createdAt: Date },
    outbox: NewOutboxMessage[],
  ): Promise<'recorded' | 'duplicate'>;
  totals(assignmentId: string, year: number): Promise<{ visits: number; days: number }>;
  lastReportedBy(personId: string, since: Date): Promise<StoredVisit | null>;
  remove(id: string, outbox: NewOutboxMessage[]): Promise<void>;
  /**
   * Replaces a visit's fields and sets it back to reported (the enterprise confirms the new version);
   * 'duplicate' when the result equals another stored visit.
   */
  update(id: string, visit: NewVisit, outbox: NewOutboxMessage[]): Promise<'updated' | 'duplicate'>;
  /**
   * Visits of an enterprise reported by chat since the given time (so its contacts were asked) and not yet
   * confirmed or disputed, oldest first.
   */
  unconfirmed(enterpriseId: string, since: Date): Promise<StoredVisit[]>;
  /** Records the enterprise's answer; false when the visit is no longer awaiting one. */
  settle(
    id: string,
    status: Exclude<VisitStatus, 'REPORTED'>,
    note: string | null,
    outbox: NewOutboxMessage[],
  ): Promise<boolean>;
  /** Attaches evidence; false when that message was attached before. */
  attachEvidence(evidence: VisitEvidence): Promise<boolean>;
}
