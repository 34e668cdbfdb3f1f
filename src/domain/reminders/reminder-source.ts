import type { LocalDate } from '../../common/local-date.js';
import type { FeedbackStatus } from '../feedback/types.js';
import type { Person } from '../programme/types.js';
import type { HostEnterprise, OutcomeFact } from '../progress/targets.js';

/** A posting with this year's totals, read in bulk (a fixed number of queries whatever the number of postings). */
export interface PostingStatus {
  assignmentId: string;
  enterpriseId: string;
  enterpriseName: string;
  cityName: string;
  startDate: LocalDate;
  endDate: LocalDate;
  active: boolean;
  /** The posted specialist, or every member of the posted team. */
  specialistIds: string[];
  visits: number;
  days: number;
  lastVisit: LocalDate | null;
}

export interface OpenTicket {
  ticketNo: string;
  enterpriseName: string;
  cityName: string;
  status: FeedbackStatus;
  text: string;
  waitingSince: Date;
  /** Raised by the city station to the regional office, which now holds it. */
  escalated: boolean;
}

export const AUDIENCES = ['SPECIALISTS', 'ENTERPRISES', 'CITY_OFFICIALS', 'REGION_OFFICIALS', 'ALL'] as const;
export type Audience = (typeof AUDIENCES)[number];

export interface CalendarEvent {
  id: string;
  title: string;
  date: LocalDate;
  audience: Audience;
}

/** What the reminder and digest jobs read. */
export interface ReminderSource {
  /**
   * Postings of the year with their totals as known at `asOf` (a run as of an earlier time counts only the visits
   * reported by then and dated up to that day); without it, everything recorded.
   */
  postings(year: number, asOf?: Date): Promise<PostingStatus[]>;
  /** Contacts of enterprises, officials of cities and of the office, by one query. */
  people(): Promise<Person[]>;
  disputedVisits(
    year: number,
  ): Promise<{ cityName: string; enterpriseName: string; date: LocalDate; note: string | null }[]>;
  openTickets(): Promise<OpenTicket[]>;
  ratings(year: number): Promise<{ cityName: string; enterpriseName: string; score: number }[]>;
  /** Host enterprises and the outcomes that count, up to a year's end: what the 2027 targets are measured on. */
  targetFacts(upToYear: number): Promise<{ hosts: HostEnterprise[]; outcomes: OutcomeFact[] }>;
  calendar(from: LocalDate, to: LocalDate): Promise<CalendarEvent[]>;
}
