import { randomUUID } from 'node:crypto';
import { type Clock, today } from '../../common/clock.js';
import { daysBetween, endOfYear, type LocalDate, startOfYear, yearOf } from '../../common/local-date.js';
import { type Channel, type Person, VISIT_TYPE_LABELS, VISIT_TYPES, type VisitType } from '../programme/types.js';
import type { Period } from '../progress/period-words.js';
import { type Pace, paceOf, type Quota } from '../progress/quota.js';
import {
  type DayConflict,
  type DayRun,
  dayConflict,
  dayTakenBy,
  MAX_DAYS_PER_VISIT,
  maybeSameHalfDay,
} from './day-rules.js';
import { matchEnterprise } from './enterprise-match.js';
import { classifyKind } from './kind-classifier.js';
import { findDates, soonToCome } from './report-dates.js';
import { findVisitDays } from './visit-days.js';
import type { PostedPeople, Posting, RecordedVisit, StoredVisit, VisitLedger, YearTotals } from './visit-ledger.js';
import type { VisitNotices } from './visit-notices.js';

export type AmendableField = 'date' | 'days' | 'type' | 'enterprise' | 'summary';
/** One correction of a report: a field and its new value, or a value alone that tells its field. */
export interface AmendChange {
  field: AmendableField | null;
  value: string;
}
export const UNDO_WINDOW_MS = 24 * 3_600_000;

/** 「上周五也是」: a report of another day with a recorded visit's enterprise, kind and activity (days when known). */
export function anotherDayOf(visit: RecordedVisit, date: LocalDate, days: number | null): VisitDraft {
  return {
    date,
    days,
    type: visit.type,
    assignmentId: visit.assignmentId,
    candidates: [],
    summary: visit.summary,
    typeCandidates: [],
    yearNote: null,
    activity: true,
    refusal: null,
    dateWords: null,
    namedElsewhere: null,
  };
}

/** A report as far as it has been read; fields still missing are asked for. */
export interface VisitDraft {
  /** Null when the message gave no date: the bot asks, it never assumes one. */
  date: LocalDate | null;
  days: number | null;
  type: VisitType | null;
  assignmentId: string | null;
  /** The postings the enterprise may be, when the message did not say which. */
  candidates: string[];
  summary: string;
  /** Two kinds about equally likely: the question offers these. */
  typeCandidates: VisitType[];
  /** Set when the year of the date had to be inferred (shown in the reply). */
  yearNote: string | null;
  /** The message says what was done (a report that does not is asked 「这次主要做了什么？」). */
  activity: boolean;
  /**
   * Why the message cannot be stored as it stands, read from it (a plan, a day to come, an impossible date), or
   * told when asked (the place it named is not the posting).
   */
  refusal: 'plan' | 'future' | 'invalid-date' | 'not-posted' | 'remote' | null;
  /** The words of an impossible date, or of a day still to come, to name them. */
  dateWords: string | null;
  /** A date and the weekday said with it that do not agree (「11月19日周三」): why the day is asked, and where. */
  dateMismatch?: { day: LocalDate; weekday: string } | null;
  /**
   * 「今天」, 「昨天」 or 「前天」 said in the small hours: the day the word reads as, asked about (it may mean the day before, the
   * day just ended not yet slept on).
   */
  smallHoursOf?: LocalDate | null;
  /** The word said of it (「今天」 unless another is). */
  smallHoursWord?: '今天' | '昨天' | '前天' | null;
  /**
   * A name the message puts where the enterprise goes that is none of the reporter's enterprises and none the
   * programme knows (「在柳州钢铁」): the bot asks whether the posting is meant, never assumes it.
   */
  namedElsewhere: string | null;
}

export type MissingField = 'date' | 'enterprise' | 'days' | 'type' | 'activity';

/** Why a report or a correction is not stored; the bot's replies module words each one. */
export type VisitRefusal =
  | { code: 'not-a-specialist' }
  | { code: 'no-postings' }
  | { code: 'not-posted'; enterprise: string | null }
  | { code: 'future-date'; date: LocalDate | null; words?: string | null }
  | { code: 'plan' }
  | { code: 'remote' }
  | { code: 'unchanged'; visit: RecordedVisit }
  | { code: 'invalid-date'; words: string | null }
  | { code: 'before-posting'; date: LocalDate; start: LocalDate }
  | { code: 'after-posting'; date: LocalDate; end: LocalDate }
  | { code: 'too-many-days'; max: number }
  | { code: 'more-days-than-elapsed'; date: LocalDate; available: number }
  | { code: 'duplicate' }
  | { code: 'team-duplicate'; visit: StoredVisit; free: DayRun[]; report?: ReportShape; rest?: VisitDraft[] }
  | {
      code: 'day-full';
      date: LocalDate;
      earlier: StoredVisit[];
      free: DayRun[];
      report?: ReportShape;
      rest?: VisitDraft[];
    }
  | { code: 'resolved'; visit: StoredVisit }
  | { code: 'nothing-to-amend' }
  /** The words named a record (「23号那条改成半天」) none of the recent ones is. */
  | { code: 'not-named' }
  /** The words name more than one recent record (「昨天那条」 of two that day): none is changed, they are shown. */
  | { code: 'several-named'; visits: StoredVisit[] }
  | { code: 'unreadable-value'; field: 'date' | 'days' | 'type' | 'enterprise'; value: string }
  | { code: 'unknown-field' }
  | { code: 'same-as-another' };

/** What a refused new report said, to word the reports of its days still free (「11月18日在漓江光电技术攻关1天，…」). */
export interface ReportShape {
  place: string;
  type: VisitType | null;
  summary: string;
}

export type ReportOutcome =
  | { kind: 'refused'; refusal: VisitRefusal }
  | { kind: 'incomplete'; missing: MissingField; draft: VisitDraft; postings: Posting[] }
  | ({ kind: 'recorded'; visit: RecordedVisit } & PostingProgress)
  /** A half day like one the reporter already told of that day: the same half day, or the other? Asked first. */
  | { kind: 'maybe-same'; draft: VisitDraft; earlier: StoredVisit };

export type UndoOutcome =
  | { kind: 'undone'; visit: StoredVisit }
  | { kind: 'needs-confirmation'; visit: StoredVisit }
  | { kind: 'resolved'; visit: StoredVisit }
  | { kind: 'nothing' }
  /** The words named a record (「把23号那条删了」) none of the recent ones is. */
  | { kind: 'not-named' }
  /** The words name more than one recent record (「昨天那条删了」 of two that day): none is deleted. */
  | { kind: 'several-named'; visits: StoredVisit[] };

/** Which recent record a change means, when its words name one (「23号那条」, 「菌种筛选那条」). */
export type RecordMeant = (visit: StoredVisit) => boolean;

/** A posting's service in a period asked about (「这个月来了几次」), with the visits themselves when few postings are shown. */
export interface PeriodProgress {
  period: Period;
  rows: { posting: Posting; totals: { visits: number; days: number }; disputed: { visits: number; days: number } }[];
  /** The visits of the period, by date; empty when too many postings are shown to list them. */
  visits: StoredVisit[];
  /** More visits than listed. */
  more: boolean;
}

/** Postings shown at most with their visits listed one by one; more get totals only. */
const LISTED_POSTINGS = 3;
const LISTED_VISITS = 20;

export interface PostingProgress {
  posting: Posting;
  /** What counts toward the quota. */
  totals: { visits: number; days: number };
  /** Disputed visits waiting for the station: shown apart, not counted. */
  disputed: { visits: number; days: number };
  pace: Pace;
  /** The latest day of a visit that counts this year. */
  last: LocalDate | null;
}

/**
 * A new report's refusal for days taken, with what the report said when some of its days are still free, and, when it
 * said all a report needs, the reports of those days (`rest`) for the reporter to have stored with one 「是」.
 */
function withShape(conflict: DayConflict, draft: VisitDraft, postings: Posting[]): VisitRefusal {
  if (conflict.code === 'duplicate' || conflict.free.length === 0) return conflict;
  const posting = postings.find((p) => p.assignmentId === draft.assignmentId);
  const place = posting ? (posting.shortName ?? posting.enterpriseName) : '';
  const report = { place, type: draft.type, summary: draft.activity ? draft.summary : '' };
  if (!posting || draft.type === null || !draft.activity || draft.days === null) return { ...conflict, report };
  const rest = conflict.free.map((run) => ({ ...draft, date: run.date, days: run.days, dateWords: null }));
  return { ...conflict, report, rest };
}

/** Visit reports by chat: read, check against the programme's rules, store, and report progress. */
export class VisitReportService {
  constructor(
    private readonly ledger: VisitLedger,
    private readonly quota: Quota,
    private readonly clock: Clock,
    private readonly notices: VisitNotices,
  ) {}

  currentYear(): number {
    return yearOf(today(this.clock));
  }

  /**
   * Checks a (possibly completed) draft and stores it, or says what is missing or why it is refused. `notSame`: the
   * reporter said this half day is not the one of the same kind they already told of that day.
   */
  async submit(
    sender: Person,
    text: string,
    draft: VisitDraft,
    postings: Posting[],
    channel: Channel,
    notSame = false,
  ): Promise<ReportOutcome> {
    const refuse = (refusal: VisitRefusal): ReportOutcome => ({ kind: 'refused', refusal });
    if (sender.role !== 'SPECIALIST') return refuse({ code: 'not-a-specialist' });
    if (postings.length === 0) return refuse({ code: 'no-postings' });
    if (draft.refusal === 'plan') return refuse({ code: 'plan' });
    if (draft.refusal === 'remote') return refuse({ code: 'remote' });
    if (draft.refusal === 'invalid-date') return refuse({ code: 'invalid-date', words: draft.dateWords });
    if (draft.refusal === 'future') return refuse({ code: 'future-date', date: draft.date, words: draft.dateWords });
    if (draft.refusal === 'not-posted') return refuse({ code: 'not-posted', enterprise: draft.namedElsewhere });
    if (!draft.assignmentId) {
      const foreign = await this.foreignEnterprise(text, postings);
      if (foreign) return refuse({ code: 'not-posted', enterprise: foreign });
      // No enterprise named: the only posting is meant. A name of some other place is asked about first.
      const only =
        postings.length === 1 && draft.candidates.length === 0 && !draft.namedElsewhere ? postings[0] : undefined;
      if (!only) return { kind: 'incomplete', missing: 'enterprise', draft, postings };
      return this.submit(sender, text, { ...draft, assignmentId: only.assignmentId }, postings, channel, notSame);
    }
    if (draft.date === null) return { kind: 'incomplete', missing: 'date', draft, postings };
    // A day already taken is said at once: nothing more is asked about a report that cannot be stored.
    const asking = draft.days === null || draft.type === null || !draft.activity;
    const taken = asking ? await this.dayTaken(sender, draft.assignmentId, draft.date, draft.days) : null;
    if (taken) return refuse(withShape(taken, draft, postings));
    if (draft.days === null) return { kind: 'incomplete', missing: 'days', draft, postings };
    if (draft.type === null) return { kind: 'incomplete', missing: 'type', draft, postings };
    if (!draft.activity) return { kind: 'incomplete', missing: 'activity', draft, postings };
    const posting = postings.find((p) => p.assignmentId === draft.assignmentId);
    if (!posting) return refuse({ code: 'not-posted', enterprise: null });
    const problem = this.dateProblem(draft.date, draft.days, posting);
    if (problem) return refuse(problem);

    const visit: RecordedVisit = {
      id: randomUUID(),
      assignmentId: posting.assignmentId,
      reporterId: sender.id,
      date: draft.date,
      days: draft.days,
      type: draft.type,
      summary: draft.summary,
      channel,
      enterpriseId: posting.enterpriseId,
      enterpriseShortName: posting.shortName ?? posting.enterpriseName,
      createdAt: this.clock.now(),
    };
    if (!notSame && visit.days === 0.5) {
      const earlier = maybeSameHalfDay(visit, await this.ledger.around(visit));
      if (earlier) return { kind: 'maybe-same', draft, earlier };
    }
    const outbox = await this.notices.toConfirm(visit, posting, sender.name, 'new');
    const conflict = await this.ledger.record(visit, outbox, (nearby) => dayConflict(visit, nearby));
    if (conflict) return refuse(withShape(conflict, draft, postings));
    return { kind: 'recorded', visit, ...(await this.progressOf(posting)) };
  }

  /**
   * The day is full before the report is complete: the reporter's own records fill it, or a teammate reported the
   * posting that day. Days not yet said count as the least a report takes, half a day.
   */
  private async dayTaken(
    sender: Person,
    assignmentId: string,
    date: LocalDate,
    days: number | null,
  ): Promise<DayConflict | null> {
    const probe = { reporterId: sender.id, assignmentId, date, days: days ?? 0.5 };
    return dayTakenBy(probe, await this.ledger.around(probe));
  }

  /** The person's latest report within the undo window, if any. */
  latest(sender: Person): Promise<StoredVisit | null> {
    return this.ledger.lastReportedBy(sender.id, new Date(this.clock.now().getTime() - UNDO_WINDOW_MS));
  }

  /**
   * "撤销": deletes the sender's latest report, if made within 24 hours. One the enterprise has already confirmed is
   * only deleted when `confirmed` names it (the person answered 「确认撤销」).
   */
  async undoLast(
    sender: Person,
    confirmed: string | null = null,
    meant: RecordMeant | null = null,
  ): Promise<UndoOutcome> {
    const recent = await this.undoable(sender);
    if (recent.length === 0) return { kind: 'nothing' };
    const named = namedAmong(recent, confirmed ? (v) => v.id === confirmed : meant);
    if (named.length > 1) return { kind: 'several-named', visits: named };
    const last = named[0];
    if (!last) return { kind: confirmed ? 'nothing' : 'not-named' };
    // An official's finding on a dispute stays on record.
    if (last.status === 'VERIFIED' || last.status === 'REJECTED') return { kind: 'resolved', visit: last };
    if (last.status === 'CONFIRMED' && confirmed !== last.id) return { kind: 'needs-confirmation', visit: last };
    await this.ledger.remove(last.id, await this.notices.withdrawn(last, sender.name));
    return { kind: 'undone', visit: last };
  }

  /** The sender's reports of the last 24 hours that words name (「大前天那条」), or the latest when they name none. */
  async recentNamed(sender: Person, meant: RecordMeant | null): Promise<StoredVisit[]> {
    return namedAmong(await this.undoable(sender), meant);
  }

  /** The sender's reports of the 24 hours a report may be undone or changed in, latest first. */
  private undoable(sender: Person): Promise<StoredVisit[]> {
    return this.ledger.reportedSince(sender.id, new Date(this.clock.now().getTime() - UNDO_WINDOW_MS));
  }

  /** The sender's latest report within the 24 hours a report may be undone or changed in. */
  async lastReport(sender: Person): Promise<RecordedVisit | null> {
    const recent = await this.undoable(sender);
    return recent[0] ?? null;
  }

  /**
   * "修改 <字段> <值>" (or several fields in own words): corrects the sender's latest report (within 24 hours), each
   * change in turn (a value alone tells its field), checked by the same rules as a new one; nothing changes when one
   * cannot be applied.
   */
  async amendLast(
    sender: Person,
    changes: readonly AmendChange[],
    meant: RecordMeant | null = null,
  ): Promise<ReportOutcome> {
    const refuse = (refusal: VisitRefusal): ReportOutcome => ({ kind: 'refused', refusal });
    const recent = await this.undoable(sender);
    const named = namedAmong(recent, meant);
    if (named.length > 1) return refuse({ code: 'several-named', visits: named });
    const last = named[0];
    if (!last) return refuse({ code: meant && recent.length > 0 ? 'not-named' : 'nothing-to-amend' });
    if (last.status === 'VERIFIED' || last.status === 'REJECTED') return refuse({ code: 'resolved', visit: last });
    const postings = await this.ledger.postingsOf(sender.id);
    let next: RecordedVisit | VisitRefusal = last;
    for (const { field, value } of changes) {
      next = this.amended(next, field, value, postings);
      if ('code' in next) return refuse(next);
    }
    const changed = (['date', 'days', 'type', 'assignmentId', 'summary'] as const).some(
      (key) => next[key] !== last[key],
    );
    // A correction that gives what the record already says changes nothing, and nobody is told it did.
    if (!changed) return refuse({ code: 'unchanged', visit: last });
    const posting = postings.find((p) => p.assignmentId === next.assignmentId);
    if (!posting) return refuse({ code: 'not-posted', enterprise: null });
    const problem = this.dateProblem(next.date, next.days, posting);
    if (problem) return refuse(problem);
    const visit = {
      ...next,
      enterpriseId: posting.enterpriseId,
      enterpriseShortName: posting.shortName ?? posting.enterpriseName,
    };
    const version = `amended-${this.clock.now().getTime()}`;
    const outbox = await this.notices.toConfirm(
      visit,
      posting,
      sender.name,
      version,
      last.status === 'DISPUTED' ? { no: last.disputeNo ?? null } : null,
    );
    // Moved to another enterprise: the first one no longer has it to confirm, and is told so.
    if (next.assignmentId !== last.assignmentId)
      outbox.push(...(await this.notices.withdrawn(last, sender.name, version)));
    // An objection to the visit (「那天陈老师没来」) stays open for the station, however the record is corrected.
    const disputed = last.status === 'DISPUTED';
    const conflict = await this.ledger.update(last.id, next, outbox, (nearby) => dayConflict(next, nearby), disputed);
    if (conflict) return refuse(conflict.code === 'duplicate' ? { code: 'same-as-another' } : conflict);
    return { kind: 'recorded', visit, ...(await this.progressOf(posting)) };
  }

  /** The visit with one field changed, or why the value cannot be read. A value alone tells its field. */
  private amended(
    last: RecordedVisit,
    field: AmendableField | null,
    value: string,
    postings: Posting[],
  ): RecordedVisit | VisitRefusal {
    const days = () => findVisitDays(/^\s*\d+(\.\d+)?\s*$/.test(value) ? `${value.trim()}天` : value);
    const date = () => {
      const [first] = findDates(value, today(this.clock), postings);
      // 「修改 日期 12月20日」 sent on 12月3日 is a day to come (refused as such), never last year's.
      const meant = first ? (soonToCome(first, today(this.clock)) ?? first.value) : null;
      return meant ? { value: meant } : null;
    };
    const type = () => classifyKind(value).type ?? VISIT_TYPES.find((t) => value.includes(VISIT_TYPE_LABELS[t]));
    const enterprise = () => matchEnterprise(value, postings).kind === 'found';
    const which = field ?? (days() ? 'days' : date() ? 'date' : type() ? 'type' : enterprise() ? 'enterprise' : null);
    if (which === 'date') {
      const found = date();
      return found ? { ...last, date: found.value } : { code: 'unreadable-value', field: 'date', value };
    }
    if (which === 'days') {
      const found = days();
      return found ? { ...last, days: found.value } : { code: 'unreadable-value', field: 'days', value };
    }
    if (which === 'type') {
      const found = type();
      return found ? { ...last, type: found } : { code: 'unreadable-value', field: 'type', value };
    }
    if (which === 'enterprise') {
      const named = matchEnterprise(value, postings);
      return named.kind === 'found'
        ? { ...last, assignmentId: named.posting.assignmentId }
        : { code: 'unreadable-value', field: 'enterprise', value };
    }
    if (which === 'summary') return { ...last, summary: value.trim() };
    return { code: 'unknown-field' };
  }

  /**
   * This year's progress of the postings a person may see: a specialist their own, an enterprise contact their
   * enterprise's, a city official their city's, the regional office all.
   */
  async progressFor(person: Person): Promise<PostingProgress[]> {
    return this.yearProgress(await this.postingsFor(person));
  }

  /** The active postings a person may see the progress of (as progressFor). */
  async postingsFor(person: Person): Promise<Posting[]> {
    return person.role === 'SPECIALIST'
      ? (await this.ledger.postingsOf(person.id)).filter((p) => p.active)
      : person.role === 'ENTERPRISE_CONTACT' && person.enterpriseId
        ? await this.ledger.activePostings({ enterpriseId: person.enterpriseId })
        : person.role === 'CITY_OFFICIAL' && person.cityName
          ? await this.ledger.activePostings({ cityName: person.cityName })
          : person.role === 'REGION_OFFICIAL' || person.role === 'ADMIN'
            ? await this.ledger.activePostings({})
            : [];
  }

  /** Every active posting of the programme (to tell a station that what it names is another city's). */
  allPostings(): Promise<Posting[]> {
    return this.ledger.activePostings({});
  }

  /** Who serves each of the postings (a roster question: 「玉林的特派员都有谁」). */
  postedTo(postings: Posting[]): Promise<Map<string, PostedPeople>> {
    return this.ledger.postedTo(postings.map((posting) => posting.assignmentId));
  }

  /** The postings' service in a period (the year's progress is progressFor). */
  async progressIn(all: Posting[], period: Period): Promise<PeriodProgress> {
    // A posting that began after the period had no part in it.
    const postings = all.filter((posting) => posting.startDate <= period.to);
    const ids = postings.map((posting) => posting.assignmentId);
    const totals = await this.ledger.totalsBetween(ids, period.from, period.to);
    const listed =
      postings.length <= LISTED_POSTINGS
        ? await this.ledger.visitsBetween(ids, period.from, period.to, LISTED_VISITS + 1)
        : [];
    return {
      period,
      rows: postings.map((posting) => {
        const { disputed, last: _last, ...counted } = totals.get(posting.assignmentId) as YearTotals; // every id is answered
        return { posting, totals: counted, disputed };
      }),
      visits: listed.slice(0, LISTED_VISITS),
      more: listed.length > LISTED_VISITS,
    };
  }

  private async progressOf(posting: Posting): Promise<PostingProgress> {
    const [progress] = await this.yearProgress([posting]);
    return progress as PostingProgress;
  }

  /** The year's progress of the postings: one read for all of them, however many an office sees. */
  async yearProgress(postings: Posting[]): Promise<PostingProgress[]> {
    const current = today(this.clock);
    const year = yearOf(current);
    const totals = await this.ledger.totalsBetween(
      postings.map((posting) => posting.assignmentId),
      startOfYear(year),
      endOfYear(year),
    );
    return postings.map((posting) => {
      const { disputed, last, ...counted } = totals.get(posting.assignmentId) as YearTotals; // every id asked is answered
      return { posting, totals: counted, disputed, last, pace: paceOf(counted, this.quota, current, posting) };
    });
  }

  private dateProblem(date: LocalDate, days: number, posting: Posting): VisitRefusal | null {
    const current = today(this.clock);
    if (date > current) return { code: 'future-date', date };
    if (date < posting.startDate) return { code: 'before-posting', date, start: posting.startDate };
    if (date > posting.endDate) return { code: 'after-posting', date, end: posting.endDate };
    if (days > MAX_DAYS_PER_VISIT) return { code: 'too-many-days', max: MAX_DAYS_PER_VISIT };
    const available = daysBetween(date, current) + 1;
    if (days > available) return { code: 'more-days-than-elapsed', date, available };
    return null;
  }

  private async foreignEnterprise(text: string, postings: Posting[]): Promise<string | null> {
    const mine = new Set(postings.map((p) => p.enterpriseId));
    const others = (await this.ledger.allEnterprises())
      .filter((e) => !mine.has(e.enterpriseId))
      .map((e) => ({ ...e, assignmentId: '' }));
    const match = matchEnterprise(text, others, false);
    return match.kind === 'found' ? (match.posting.shortName ?? match.posting.enterpriseName) : null;
  }
}

/** The records words name (all of them, to tell one from several), or the latest when they name none. */
const namedAmong = (recent: StoredVisit[], meant: RecordMeant | null): StoredVisit[] =>
  meant ? recent.filter(meant) : recent.slice(0, 1);
