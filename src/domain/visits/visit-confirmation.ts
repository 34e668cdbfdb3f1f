import { type Clock, today } from '../../common/clock.js';
import { type LocalDate, yearOf } from '../../common/local-date.js';
import type { Person } from '../programme/types.js';
import type { StoredVisit, VisitLedger } from './visit-ledger.js';
import type { VisitNotices } from './visit-notices.js';

/** How long a reported visit waits for the enterprise's answer by chat. */
export const CONFIRMATION_WINDOW_MS = 60 * 24 * 3_600_000;

export type SettleRefusal =
  | { code: 'not-a-contact' }
  | { code: 'already-settled'; choice: number }
  | { code: 'no-such-visit'; choice: number };

export type SettleOutcome =
  | { kind: 'settled'; visits: StoredVisit[] }
  | { kind: 'none' }
  | { kind: 'choose'; visits: StoredVisit[] }
  | { kind: 'refused'; refusal: SettleRefusal };

/** The enterprise's answer to a reported visit: 确认 (confirmed) or 有异议 (disputed, sent to the city station). */
export class VisitConfirmationService {
  constructor(
    private readonly ledger: VisitLedger,
    private readonly notices: VisitNotices,
    private readonly clock: Clock,
  ) {}

  async pending(contact: Person): Promise<StoredVisit[]> {
    if (contact.role !== 'ENTERPRISE_CONTACT' || !contact.enterpriseId) return [];
    return this.ledger.unconfirmed(contact.enterpriseId, new Date(this.clock.now().getTime() - CONFIRMATION_WINDOW_MS));
  }

  /** The visits recorded at the contact's enterprise on a day, whatever their state (one found untrue is gone). */
  async ofDay(contact: Person, date: LocalDate): Promise<StoredVisit[]> {
    if (contact.role !== 'ENTERPRISE_CONTACT' || !contact.enterpriseId) return [];
    const postings = await this.ledger.activePostings({ enterpriseId: contact.enterpriseId });
    return this.ledger.visitsBetween(
      postings.map((posting) => posting.assignmentId),
      date,
      date,
      10,
    );
  }

  /**
   * Confirms (reason null) or disputes the visits numbered `choices` in the pending list, the only pending one when
   * no number is given, or every pending one when `all`.
   */
  async settle(
    contact: Person,
    answer: { choices: number[] | null; all: boolean; reason: string | null; shown?: string[] | null },
  ): Promise<SettleOutcome> {
    if (contact.role !== 'ENTERPRISE_CONTACT') return { kind: 'refused', refusal: { code: 'not-a-contact' } };
    const pending = await this.pending(contact);
    if (pending.length === 0) return { kind: 'none' };
    let chosen: StoredVisit[];
    if (answer.choices !== null && answer.choices.length > 0) {
      chosen = [];
      for (const choice of answer.choices) {
        // A number refers to the list the contact was shown, which may have changed since.
        const shownId = answer.shown?.[choice - 1];
        const visit = answer.shown ? pending.find((v) => v.id === shownId) : pending[choice - 1];
        if (!visit)
          return { kind: 'refused', refusal: { code: shownId ? 'already-settled' : 'no-such-visit', choice } };
        chosen.push(visit);
      }
    } else if (answer.all && answer.reason === null) {
      chosen = pending;
    } else if (pending.length === 1) {
      chosen = pending;
    } else {
      return { kind: 'choose', visits: pending };
    }
    const settled = await this.settleVisits(contact, chosen, answer.reason);
    return settled.length > 0 ? { kind: 'settled', visits: settled } : { kind: 'none' };
  }

  /** Confirms (reason null) or disputes the given visits; returns those settled now. */
  async settleVisits(contact: Person, chosen: StoredVisit[], reason: string | null): Promise<StoredVisit[]> {
    const answer = { reason };
    const settled: StoredVisit[] = [];
    const at = this.clock.now();
    for (const visit of chosen) {
      let disputeNo: string | null = null;
      const status = answer.reason === null ? 'CONFIRMED' : 'DISPUTED';
      const done = await this.ledger.settle(
        visit.id,
        { status, note: answer.reason, year: yearOf(today(this.clock)), by: contact.id, at },
        (number) => {
          disputeNo = number;
          return this.notices.settled(visit, contact, answer.reason, at, number);
        },
      );
      if (done) settled.push({ ...visit, status, disputeNo });
    }
    return settled;
  }
}
