import type { LocalDate } from '../../common/local-date.js';
import type { Channel, VisitType } from '../programme/types.js';
import type { PostingRef } from './enterprise-match.js';

export interface Posting extends PostingRef {
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
  enterpriseShortName: string;
  createdAt: Date;
}

export interface VisitLedger {
  /** Every enterprise in the roster, to recognise one the reporter is not posted to. */
  allEnterprises(): Promise<{ enterpriseId: string; enterpriseName: string; shortName: string | null }[]>;
  /** Active postings of an enterprise, of a city's enterprises, or (no filter) of the whole region. */
  activePostings(filter: { enterpriseId?: string; cityName?: string }): Promise<Posting[]>;
  /** The postings a specialist serves: their own, and their teams'. */
  postingsOf(personId: string): Promise<Posting[]>;
  /** Stores the visit unless the same one is already stored (same posting, date, kind, days and summary). */
  record(visit: NewVisit): Promise<{ id: string } | 'duplicate'>;
  totals(assignmentId: string, year: number): Promise<{ visits: number; days: number }>;
  lastReportedBy(personId: string, since: Date): Promise<RecordedVisit | null>;
  remove(id: string): Promise<void>;
  /** Replaces a visit's fields; 'duplicate' when the result equals another stored visit. */
  update(id: string, visit: NewVisit): Promise<'updated' | 'duplicate'>;
}
