import { randomUUID } from 'node:crypto';
import { type Clock, today } from '../../common/clock.js';
import { daysBetween, type LocalDate, yearOf } from '../../common/local-date.js';
import { type Channel, type Person, VISIT_TYPE_LABELS, VISIT_TYPES, type VisitType } from '../programme/types.js';
import { type Pace, paceOf, type Quota } from '../progress/quota.js';
import { matchEnterprise } from './enterprise-match.js';
import { findVisitDate } from './visit-date.js';
import { findVisitDays } from './visit-days.js';
import type { Posting, RecordedVisit, VisitLedger } from './visit-ledger.js';
import type { VisitNotices } from './visit-notices.js';
import { parseVisitReport } from './visit-parser.js';
import { findVisitType } from './visit-type.js';

export const MAX_DAYS_PER_VISIT = 31;
export const UNDO_WINDOW_MS = 24 * 3_600_000;

/** A report with fields still missing, kept while the bot asks for them. */
export interface VisitDraft {
  date: LocalDate;
  dateGiven: boolean;
  days: number | null;
  type: VisitType | null;
  assignmentId: string | null;
  /** The postings the enterprise may be, when the message did not say which. */
  candidates: string[];
  summary: string;
}

export type MissingField = 'enterprise' | 'days' | 'type';

export type ReportOutcome =
  | { kind: 'refused'; reason: string }
  | { kind: 'incomplete'; missing: MissingField; draft: VisitDraft; postings: Posting[] }
  | { kind: 'recorded'; visit: RecordedVisit; posting: Posting; totals: { visits: number; days: number }; pace: Pace };

export interface PostingProgress {
  posting: Posting;
  totals: { visits: number; days: number };
  pace: Pace;
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

  /** Null when the message is not a visit report. */
  async read(sender: Person, text: string): Promise<{ draft: VisitDraft; postings: Posting[] } | null> {
    const postings = sender.role === 'SPECIALIST' ? await this.ledger.postingsOf(sender.id) : [];
    const current = today(this.clock);
    const parsed = parseVisitReport(text, current, postings);
    if (!parsed.isReport) return null;
    const named = parsed.enterprise;
    // The only posting is assumed when no enterprise is named, but not when another enterprise is.
    const assumed = named.kind === 'found' && named.text === '';
    const foreign = assumed ? await this.foreignEnterprise(text, postings) : null;
    return {
      postings,
      draft: {
        date: parsed.date ?? current,
        dateGiven: parsed.date !== null,
        days: parsed.days,
        type: parsed.type,
        assignmentId: named.kind === 'found' && !foreign ? named.posting.assignmentId : null,
        candidates: named.kind === 'ambiguous' ? named.candidates.map((p) => p.assignmentId) : [],
        summary: parsed.summary,
      },
    };
  }

  /** Checks a (possibly completed) draft and stores it, or says what is missing or why it is refused. */
  async submit(
    sender: Person,
    text: string,
    draft: VisitDraft,
    postings: Posting[],
    channel: Channel,
  ): Promise<ReportOutcome> {
    if (sender.role !== 'SPECIALIST') return { kind: 'refused', reason: '只有科技特派员可以报备服务记录。' };
    if (postings.length === 0)
      return { kind: 'refused', reason: '您目前没有派驻企业，无法报备服务记录。如有疑问请联系所在设区市服务站。' };
    if (!draft.assignmentId) {
      const foreign = await this.foreignEnterprise(text, postings);
      if (foreign) return { kind: 'refused', reason: `${foreign}不是您派驻的企业，不能为其报备。` };
      return { kind: 'incomplete', missing: 'enterprise', draft, postings };
    }
    if (draft.days === null) return { kind: 'incomplete', missing: 'days', draft, postings };
    if (draft.type === null) return { kind: 'incomplete', missing: 'type', draft, postings };
    const posting = postings.find((p) => p.assignmentId === draft.assignmentId);
    if (!posting) return { kind: 'refused', reason: '该企业不是您派驻的企业。' };
    const problem = this.dateProblem(draft.date, draft.days, posting);
    if (problem) return { kind: 'refused', reason: problem };

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
    const outbox = await this.notices.toConfirm(visit, posting, sender.name, 'new');
    const stored = await this.ledger.record(visit, outbox);
    if (stored === 'duplicate') return { kind: 'refused', reason: '这条服务记录已经报备过了，无需重复报备。' };
    return { kind: 'recorded', visit, ...(await this.progressOf(posting)) };
  }

  /** "撤销": deletes the sender's latest report, if made within 24 hours. */
  async undoLast(sender: Person): Promise<RecordedVisit | null> {
    const last = await this.ledger.lastReportedBy(sender.id, new Date(this.clock.now().getTime() - UNDO_WINDOW_MS));
    if (last) await this.ledger.remove(last.id, await this.notices.withdrawn(last, sender.name));
    return last;
  }

  /**
   * "修改 <字段> <值>": corrects the sender's latest report (within 24 hours), checked by the same rules as a new one.
   */
  async amendLast(sender: Person, field: string, value: string): Promise<ReportOutcome> {
    const last = await this.ledger.lastReportedBy(sender.id, new Date(this.clock.now().getTime() - UNDO_WINDOW_MS));
    if (!last) return { kind: 'refused', reason: '没有可以修改的记录（只能修改24小时内报备的最近一条）。' };
    const postings = await this.ledger.postingsOf(sender.id);
    const next = this.amended(last, field, value, postings);
    if (typeof next === 'string') return { kind: 'refused', reason: next };
    const posting = postings.find((p) => p.assignmentId === next.assignmentId);
    if (!posting) return { kind: 'refused', reason: '该企业不是您派驻的企业。' };
    const problem = this.dateProblem(next.date, next.days, posting);
    if (problem) return { kind: 'refused', reason: problem };
    const visit = {
      ...next,
      enterpriseId: posting.enterpriseId,
      enterpriseShortName: posting.shortName ?? posting.enterpriseName,
    };
    const version = `amended-${this.clock.now().getTime()}`;
    const outbox = await this.notices.toConfirm(visit, posting, sender.name, version, last.status === 'DISPUTED');
    if ((await this.ledger.update(last.id, next, outbox)) === 'duplicate') {
      return { kind: 'refused', reason: '修改后与已有的一条记录完全相同。' };
    }
    return { kind: 'recorded', visit, ...(await this.progressOf(posting)) };
  }

  /** The visit with one field changed, or why the value cannot be read. */
  private amended(last: RecordedVisit, field: string, value: string, postings: Posting[]): RecordedVisit | string {
    if (/日期|时间/.test(field)) {
      const date = findVisitDate(value, today(this.clock));
      return date ? { ...last, date: date.value } : `看不懂日期「${value}」，例如「修改 日期 11月20日」。`;
    }
    if (/天/.test(field)) {
      const days = findVisitDays(/^\s*\d+(\.\d+)?\s*$/.test(value) ? `${value.trim()}天` : value);
      return days ? { ...last, days: days.value } : `看不懂天数「${value}」，例如「修改 天数 1.5天」。`;
    }
    if (/类型|类别/.test(field)) {
      const type = findVisitType(value)?.value ?? VISIT_TYPES.find((t) => value.includes(VISIT_TYPE_LABELS[t]));
      return type
        ? { ...last, type }
        : `看不懂服务类型「${value}」，可选：${VISIT_TYPES.map((t) => VISIT_TYPE_LABELS[t]).join('、')}。`;
    }
    if (/企业/.test(field)) {
      const named = matchEnterprise(value, postings);
      return named.kind === 'found'
        ? { ...last, assignmentId: named.posting.assignmentId }
        : `「${value}」不是您派驻的企业。`;
    }
    if (/内容|摘要|备注/.test(field)) return { ...last, summary: value.trim() };
    return '可以修改的字段：日期、天数、类型、企业、内容。例如「修改 天数 2天」。';
  }

  /**
   * This year's progress of the postings a person may see: a specialist their own, an enterprise contact their
   * enterprise's, a city official their city's, the regional office all.
   */
  async progressFor(person: Person): Promise<PostingProgress[]> {
    const postings =
      person.role === 'SPECIALIST'
        ? (await this.ledger.postingsOf(person.id)).filter((p) => p.active)
        : person.role === 'ENTERPRISE_CONTACT' && person.enterpriseId
          ? await this.ledger.activePostings({ enterpriseId: person.enterpriseId })
          : person.role === 'CITY_OFFICIAL' && person.cityName
            ? await this.ledger.activePostings({ cityName: person.cityName })
            : person.role === 'REGION_OFFICIAL' || person.role === 'ADMIN'
              ? await this.ledger.activePostings({})
              : [];
    return Promise.all(postings.map((posting) => this.progressOf(posting)));
  }

  private async progressOf(posting: Posting): Promise<PostingProgress> {
    const current = today(this.clock);
    const totals = await this.ledger.totals(posting.assignmentId, yearOf(current));
    return { posting, totals, pace: paceOf(totals, this.quota, current) };
  }

  private dateProblem(date: LocalDate, days: number, posting: Posting): string | null {
    const current = today(this.clock);
    if (date > current) return `日期${date}还没到，不能提前报备。`;
    if (date < posting.startDate) return `日期${date}早于派驻开始日期（${posting.startDate}），不能报备。`;
    if (date > posting.endDate) return `日期${date}晚于派驻结束日期（${posting.endDate}），不能报备。`;
    if (days > MAX_DAYS_PER_VISIT) return `一次服务最多${MAX_DAYS_PER_VISIT}天，请分次报备。`;
    const available = daysBetween(date, current) + 1;
    if (days > available) return `从${date}到今天只有${available}天，服务天数不能超过${available}天。`;
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
