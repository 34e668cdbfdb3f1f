import type { Clock } from '../../common/clock.js';
import type { LocalDate } from '../../common/local-date.js';
import type { Person } from '../programme/types.js';
import type { StoredVisit, VisitLedger } from './visit-ledger.js';
import type { VisitNotices } from './visit-notices.js';

/** YY-<year>-<seq>: the number officials quote to resolve a dispute (异议). */
export const disputeNumber = (year: number, seq: number) => `YY-${year}-${String(seq).padStart(4, '0')}`;

/** Which disputed visit an official means: its number, or the reporter's name and (optionally) the visit's date. */
export type DisputeRef =
  | { disputeNo: string }
  | { reporterName: string; date: LocalDate | null }
  /** Nothing named: the only open dispute the official may resolve. */
  | { any: true };

export type Verdict = 'VERIFIED' | 'REJECTED';

export type ResolveRefusal =
  | { code: 'not-an-official' }
  | { code: 'no-open-disputes' }
  | { code: 'not-found'; ref: DisputeRef }
  | { code: 'other-city'; visit: StoredVisit }
  | { code: 'not-disputed'; visit: StoredVisit }
  | { code: 'reason-needed'; visit: StoredVisit }
  /** Days found that are not fewer than those reported, or not in half days. */
  | { code: 'days-not-fewer'; visit: StoredVisit };

/** A finding recorded; `days`: the visit was real but shorter, and now counts this many days. */
export interface Resolved {
  kind: 'resolved';
  visit: StoredVisit;
  verdict: Verdict;
  reason: string | null;
  days: number | null;
}

export type ResolveOutcome =
  | Resolved
  | { kind: 'choose'; visits: StoredVisit[] }
  | { kind: 'refused'; refusal: ResolveRefusal };

const isOfficial = (person: Person) =>
  person.role === 'CITY_OFFICIAL' || person.role === 'REGION_OFFICIAL' || person.role === 'ADMIN';

/**
 * Disputed visits and their resolution: the enterprise's city station (or the regional office) finds a disputed
 * visit true (it counts again) or untrue (it never counts), and the reporter and the enterprise are told.
 */
export class VisitDisputeService {
  constructor(
    private readonly ledger: VisitLedger,
    private readonly notices: VisitNotices,
    private readonly clock: Clock,
  ) {}

  /** The open disputes an official may resolve: their city's, or (the office) all. */
  async open(official: Person): Promise<StoredVisit[]> {
    if (!isOfficial(official)) return [];
    if (official.role === 'CITY_OFFICIAL') {
      return official.cityName ? this.ledger.openDisputes({ cityName: official.cityName }) : [];
    }
    return this.ledger.openDisputes({});
  }

  /**
   * The open disputes a person is party to: those of a contact's enterprise (its objections), or of the postings a
   * specialist serves (objections to their records).
   */
  async openAbout(person: Person): Promise<StoredVisit[]> {
    if (person.role === 'ENTERPRISE_CONTACT')
      return person.enterpriseId ? this.ledger.openDisputes({ enterpriseId: person.enterpriseId }) : [];
    if (person.role !== 'SPECIALIST') return [];
    const postings = await this.ledger.postingsOf(person.id);
    return postings.length > 0
      ? this.ledger.openDisputes({ assignmentIds: postings.map((posting) => posting.assignmentId) })
      : [];
  }

  /**
   * An enterprise contact takes back the enterprise's objection to a visit (「搞错了 陈老师20号确实来了」): it counts as
   * confirmed by them, and the station need not check it. Null when it is not the enterprise's open dispute.
   */
  async withdraw(contact: Person, visitId: string): Promise<{ visit: StoredVisit; checker: string | null } | null> {
    const visit = (await this.openAbout(contact)).find((v) => v.id === visitId);
    if (!visit || contact.role !== 'ENTERPRISE_CONTACT') return null;
    const at = this.clock.now();
    const { outbox, checker } = await this.notices.disputeWithdrawn(visit, contact, at);
    return (await this.ledger.withdrawDispute(visit.id, { by: contact.id, at }, outbox)) ? { visit, checker } : null;
  }

  async resolve(
    official: Person,
    ref: DisputeRef,
    verdict: Verdict,
    reason: string | null,
    days: number | null = null,
  ): Promise<ResolveOutcome> {
    const refuse = (refusal: ResolveRefusal): ResolveOutcome => ({ kind: 'refused', refusal });
    if (!isOfficial(official)) return refuse({ code: 'not-an-official' });
    const found = await this.find(official, ref);
    if (found.kind !== 'one') return found.kind === 'choose' ? found : refuse(found.refusal);
    const visit = found.visit;
    if (official.role === 'CITY_OFFICIAL' && visit.cityName !== official.cityName)
      return refuse({ code: 'other-city', visit });
    if (visit.status !== 'DISPUTED') return refuse({ code: 'not-disputed', visit });
    const note = reason?.trim() || null;
    if (verdict === 'REJECTED' && !note) return refuse({ code: 'reason-needed', visit });
    const daysFound = verdict === 'VERIFIED' ? days : null;
    if (daysFound !== null && !(daysFound > 0 && daysFound < visit.days && Number.isInteger(daysFound * 2)))
      return refuse({ code: 'days-not-fewer', visit });
    // The days reported stay in the note, so the record shows what was changed.
    const kept = daysFound === null ? note : `${note ?? '属实'}（原报${visit.days}天，核实按${daysFound}天计）`;
    const resolution = { status: verdict, officialId: official.id, at: this.clock.now(), note: kept, days: daysFound };
    const outbox = await this.notices.resolved(visit, official, resolution);
    if (!(await this.ledger.resolve(visit.id, resolution, outbox))) return refuse({ code: 'not-disputed', visit });
    return { kind: 'resolved', visit, verdict, reason: note, days: daysFound };
  }

  private async find(
    official: Person,
    ref: DisputeRef,
  ): Promise<
    | { kind: 'one'; visit: StoredVisit }
    | { kind: 'choose'; visits: StoredVisit[] }
    | { kind: 'none'; refusal: ResolveRefusal }
  > {
    if ('disputeNo' in ref) {
      const visit = await this.ledger.byDisputeNo(ref.disputeNo);
      return visit ? { kind: 'one', visit } : { kind: 'none', refusal: { code: 'not-found', ref } };
    }
    const open = await this.open(official);
    if (open.length === 0) return { kind: 'none', refusal: { code: 'no-open-disputes' } };
    const matching =
      'any' in ref
        ? open
        : open.filter(
            (v) => namesMatch(v.reporterName, ref.reporterName) && (ref.date === null || v.date === ref.date),
          );
    if (matching.length === 1 && matching[0]) return { kind: 'one', visit: matching[0] };
    if (matching.length === 0) return { kind: 'none', refusal: { code: 'not-found', ref } };
    return { kind: 'choose', visits: matching };
  }
}

/** 「陈思远」 names 陈思远; 「陈」 (from 陈老师) names any 陈; nothing names anyone (a date alone was given). */
const namesMatch = (full: string, given: string) =>
  given === '' || full === given || (given.length === 1 && full.startsWith(given));
