import type { NewOutboxMessage } from '../outbox/outbox.js';
import type { FeedbackCategory, FeedbackStatus, NewTicket, Ticket } from './types.js';

export interface TicketFilter {
  enterpriseId?: string;
  submitterId?: string;
  cityName?: string;
  statuses?: FeedbackStatus[];
  category?: FeedbackCategory;
  since?: Date;
  /** Only tickets a station raised to the regional office (true), or only those it did not (false). */
  escalated?: boolean;
  /** Oldest first (a to-do list) instead of newest first. */
  oldestFirst?: boolean;
  limit?: number;
}

export interface TicketChange {
  at: Date;
  status: FeedbackStatus;
  reply?: { authorId: string; text: string };
  answeredAt?: Date;
  closedAt?: Date | null;
  waitingSince?: Date;
  escalation?: { byId: string; reason: string };
}

export interface Rating {
  assignmentId: string;
  enterpriseId: string;
  enterpriseName: string;
  cityName: string;
  raterId: string;
  year: number;
  score: number;
  comment: string;
  createdAt: Date;
}

/**
 * Feedback tickets and the messages about them: every change that tells someone is written with its outbox
 * messages in one transaction.
 */
export interface FeedbackStore {
  enterprise(enterpriseId: string): Promise<{ name: string; shortName: string | null; cityName: string } | null>;
  /**
   * Stores a ticket with the next number of its year (FK-2026-0001, no gaps, no collisions) and the outbox messages
   * made for that number.
   */
  file(ticket: NewTicket, outboxFor: (ticketNo: string) => NewOutboxMessage[]): Promise<Ticket>;
  byNumber(ticketNo: string): Promise<Ticket | null>;
  /** Applies the change if the ticket is still in one of the expected statuses; false when it no longer is. */
  change(id: string, expected: FeedbackStatus[], change: TicketChange, outbox: NewOutboxMessage[]): Promise<boolean>;
  list(filter: TicketFilter): Promise<Ticket[]>;
  /** Stores the year's rating of a posting; 'already' when that posting was rated this year. */
  rate(rating: Omit<Rating, 'enterpriseName' | 'cityName' | 'createdAt'>): Promise<'rated' | 'already'>;
  ratings(filter: { year: number; cityName?: string }): Promise<Rating[]>;
}
