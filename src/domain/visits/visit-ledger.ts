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
  /** YY-<year>-<seq> once the enterprise disputed it. */
  disputeNo?: string | null;
  /** The enterprise's reason for a dispute. */
  statusNote?: string | null;
}

/** A posting's visits of a year that count, and the disputed ones waiting for the station, apart. */
export interface YearTotals {
  visits: number;
  days: number;
  disputed: { visits: number; days: number };
  /** The latest day of a visit that counts, if any. */
  last: LocalDate | null;
}

export interface PostedPerson {
  id: string;
  name: string;
}

/** Who serves a posting: one specialist, or a team with its leader and members (the leader first). */
export interface PostedPeople {
  specialist: { id: string; name: string; title: string | null; institution: string | null } | null;
  team: { name: string; leader: PostedPerson; members: PostedPerson[]; institution: string | null } | null;
}

/** How a posting's enterprise is named in a message: its short name, or its full name. */
export const postingName = (posting: { shortName: string | null; enterpriseName: string }) =>
  posting.shortName ?? posting.enterpriseName;

/** The enterprise an example names for someone: their first posting, or 某企业. */
export const examplePlace = (postings: { shortName: string | null; enterpriseName: string }[]) =>
  postings[0] ? postingName(postings[0]) : '某企业';

/** Everyone serving a posting: the specialist, or the team's leader and then its members. */
export function peopleOf(posted: PostedPeople | undefined): PostedPerson[] {
  if (posted?.specialist) return [posted.specialist];
  return posted?.team ? [posted.team.leader, ...posted.team.members] : [];
}

/** Everyone serving the postings, each person once (a specialist may serve two enterprises). */
export function peopleServing(postings: { assignmentId: string }[], posted: Map<string, PostedPeople>): PostedPerson[] {
  const all = postings.flatMap((posting) => peopleOf(posted.get(posting.assignmentId)));
  return [...new Map(all.map((person) => [person.id, person])).values()];
}

/** An official's finding on a disputed visit. */
export interface Resolution {
  status: 'VERIFIED' | 'REJECTED';
  officialId: string;
  at: Date;
  /** Why (required when untrue). */
  note: string | null;
  /** Found true but shorter: the days it now counts (fewer than reported). */
  days?: number | null;
}

/**
 * Given the visits stored that touch the same calendar days (not rejected, the one being corrected left out), says
 * why the visit cannot be stored, or null. Called inside the writing transaction, with the reporter and the posting
 * locked, so two reports racing are checked one after the other.
 */
export type NearbyCheck<R> = (nearby: StoredVisit[]) => R | null;

/** Evidence sent for a visit: a photo (the platform's reference to the file) or the location the specialist shared. */
export type VisitEvidence = {
  visitId: string;
  channel: Channel;
  messageId: string;
  receivedAt: Date;
} & (
  | {
      kind: 'PHOTO';
      /** WeCom media_id or DingTalk downloadCode. */
      mediaId: string;
      /** A direct link to the picture where the platform gives one (WeCom PicUrl). */
      url: string | null;
    }
  | { kind: 'LOCATION'; latitude: number; longitude: number; label: string | null }
);

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
  /** Who serves each of the postings, by assignment id. */
  postedTo(assignmentIds: string[]): Promise<Map<string, PostedPeople>>;
  /** Stores the visit unless `check` finds a conflict with the visits stored around it, which is returned. */
  record<R>(
    visit: NewVisit & { id: string; createdAt: Date },
    outbox: NewOutboxMessage[],
    check: NearbyCheck<R>,
  ): Promise<R | null>;
  /**
   * Each posting's totals of the visits dated from `from` to `to` (a year, a month asked about), read together (an
   * office asks about all its postings at once).
   */
  totalsBetween(assignmentIds: string[], from: LocalDate, to: LocalDate): Promise<Map<string, YearTotals>>;
  /** The visits of the postings dated from `from` to `to`, but those found untrue, by date (at most `limit`). */
  visitsBetween(assignmentIds: string[], from: LocalDate, to: LocalDate, limit: number): Promise<StoredVisit[]>;
  lastReportedBy(personId: string, since: Date): Promise<StoredVisit | null>;
  /** The visits stored that may share a calendar day with `visit`: the reporter's own and the posting's, not rejected. */
  around(visit: Pick<NewVisit, 'reporterId' | 'assignmentId' | 'date' | 'days'>): Promise<StoredVisit[]>;
  /** The person's visits reported since then, newest first (at most twenty). */
  reportedSince(personId: string, since: Date): Promise<StoredVisit[]>;
  remove(id: string, outbox: NewOutboxMessage[]): Promise<void>;
  /**
   * Replaces a visit's fields and sets it back to reported (the enterprise confirms the new version), unless `check`
   * finds a conflict with the other visits around it, which is returned. `keepDispute`: a disputed visit stays
   * disputed, its objection open for the station, whatever was changed.
   */
  update<R>(
    id: string,
    visit: NewVisit,
    outbox: NewOutboxMessage[],
    check: NearbyCheck<R>,
    keepDispute?: boolean,
  ): Promise<R | null>;
  /**
   * Visits of an enterprise reported by chat since the given time (so its contacts were asked) and not yet
   * confirmed or disputed, oldest first.
   */
  unconfirmed(enterpriseId: string, since: Date): Promise<StoredVisit[]>;
  /**
   * Records the enterprise's answer; false when the visit is no longer awaiting one. A dispute is numbered
   * (YY-<year>-<seq>, kept if the visit was disputed before) and `outbox` is given the number.
   */
  settle(
    id: string,
    answer: { status: 'CONFIRMED' | 'DISPUTED'; note: string | null; year: number; by: string; at: Date },
    outbox: (disputeNo: string | null) => Promise<NewOutboxMessage[]>,
  ): Promise<boolean>;
  /**
   * Disputed visits waiting for an official, oldest first: of a city, of an enterprise, of some postings, or (no
   * filter) of the region.
   */
  openDisputes(filter: { cityName?: string; enterpriseId?: string; assignmentIds?: string[] }): Promise<StoredVisit[]>;
  /** A visit by its dispute number. */
  byDisputeNo(disputeNo: string): Promise<StoredVisit | null>;
  /**
   * The enterprise takes its objection back: the disputed visit becomes confirmed by `by`, its objection and number
   * kept on the record; false when it is no longer disputed.
   */
  withdrawDispute(id: string, answer: { by: string; at: Date }, outbox: NewOutboxMessage[]): Promise<boolean>;
  /** Records an official's finding on a disputed visit; false when it is no longer disputed. */
  resolve(id: string, resolution: Resolution, outbox: NewOutboxMessage[]): Promise<boolean>;
  /** Attaches evidence; false when that message was attached before. */
  attachEvidence(evidence: VisitEvidence): Promise<boolean>;
}
