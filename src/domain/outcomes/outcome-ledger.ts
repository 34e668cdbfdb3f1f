import type { LocalDate } from '../../common/local-date.js';
import type { NewOutboxMessage } from '../outbox/outbox.js';
import type { IpKind, NewOutcome, OutcomeKind, OutcomeStatus, StoredOutcome } from './types.js';

export interface OutcomeFilter {
  /** Outcomes dated in this year. */
  year?: number;
  /** Outcomes dated up to this year's end (the 2027 targets count everything until then). */
  upToYear?: number;
  kind?: OutcomeKind;
  cityName?: string;
  status?: OutcomeStatus;
  assignmentIds?: string[];
}

/**
 * Outcomes and the messages about them: every change that tells someone takes its outbox messages and writes them in
 * the same transaction.
 */
export interface OutcomeLedger {
  /**
   * Stores the outcome unless the posting already has one of the same kind, day and details (a report sent twice), which
   * is returned instead. Checked with the posting locked, so two instances cannot both store it.
   */
  record(outcome: NewOutcome, outbox: NewOutboxMessage[]): Promise<StoredOutcome | null>;
  /** The person's latest outcome reported since then (of that kind and kind of right, when named). */
  lastReportedBy(personId: string, since: Date, kind?: OutcomeKind, ipKind?: IpKind): Promise<StoredOutcome | null>;
  byId(id: string): Promise<StoredOutcome | null>;
  /** The posting's outcomes of a kind dated from `from` to `to`, oldest first. */
  ofPosting(assignmentId: string, kind: OutcomeKind, from: LocalDate, to: LocalDate): Promise<StoredOutcome[]>;
  remove(id: string, outbox: NewOutboxMessage[]): Promise<void>;
  /** Replaces an outcome's fields; it waits for the enterprise's answer again unless `confirmedById` is set. */
  update(id: string, outcome: NewOutcome, outbox: NewOutboxMessage[]): Promise<void>;
  /** Outcomes of an enterprise reported since the given time and not yet confirmed or disputed, oldest first. */
  unconfirmed(enterpriseId: string, since: Date): Promise<StoredOutcome[]>;
  /** Records the enterprise's answer; false when the outcome no longer awaits one. */
  settle(
    id: string,
    answer: { status: 'CONFIRMED' | 'DISPUTED'; note: string | null; by: string; at: Date },
    outbox: NewOutboxMessage[],
  ): Promise<boolean>;
  list(filter: OutcomeFilter): Promise<StoredOutcome[]>;
}
