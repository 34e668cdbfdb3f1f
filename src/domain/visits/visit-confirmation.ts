import type { Clock } from '../../common/clock.js';
import type { Person } from '../programme/types.js';
import type { StoredVisit, VisitLedger } from './visit-ledger.js';
import type { VisitNotices } from './visit-notices.js';

/** How long a reported visit waits for the enterprise's answer by chat. */
export const CONFIRMATION_WINDOW_MS = 60 * 24 * 3_600_000;

export type SettleOutcome =
  | { kind: 'settled'; visits: StoredVisit[] }
  | { kind: 'none' }
  | { kind: 'choose'; visits: StoredVisit[] }
  | { kind: 'refused'; reason: string };

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

  /**
   * Confirms (reason null) or disputes the visit numbered `choice` in the pending list, the only pending one when
   * no number is given, or every pending one when `all`.
   */
  async settle(
    contact: Person,
    answer: { choice: number | null; all: boolean; reason: string | null; shown?: string[] | null },
  ): Promise<SettleOutcome> {
    if (contact.role !== 'ENTERPRISE_CONTACT') return { kind: 'refused', reason: '只有企业联系人可以确认服务记录。' };
    const pending = await this.pending(contact);
    if (pending.length === 0) return { kind: 'none' };
    let chosen: StoredVisit[];
    if (answer.choice !== null) {
      // A number refers to the list the contact was shown, which may have changed since.
      const shownId = answer.shown?.[answer.choice - 1];
      const visit = answer.shown ? pending.find((v) => v.id === shownId) : pending[answer.choice - 1];
      if (!visit)
        return {
          kind: 'refused',
          reason: shownId ? `第${answer.choice}条已经确认或提出异议了。` : `没有第${answer.choice}条待确认的记录。`,
        };
      chosen = [visit];
    } else if (answer.all && answer.reason === null) {
      chosen = pending;
    } else if (pending.length === 1) {
      chosen = pending;
    } else {
      return { kind: 'choose', visits: pending };
    }
    const settled: StoredVisit[] = [];
    for (const visit of chosen) {
      const outbox = await this.notices.settled(visit, contact, answer.reason, this.clock.now());
      const status = answer.reason === null ? 'CONFIRMED' : 'DISPUTED';
      if (await this.ledger.settle(visit.id, status, answer.reason, outbox)) settled.push(visit);
    }
    return settled.length > 0 ? { kind: 'settled', visits: settled } : { kind: 'none' };
  }
}
