import { type Clock, today } from '../../common/clock.js';
import { type LocalDate, yearOf } from '../../common/local-date.js';
import type { Notice, NoticeAddressing } from '../outbox/notices.js';
import type { NewOutboxMessage } from '../outbox/outbox.js';
import type { Person } from '../programme/types.js';
import { owedIn, type Quota } from '../progress/quota.js';
import type { AssessmentSource, PostingYear, SettingStore } from './assessment-source.js';
import {
  DEFAULT_SCORE_SHEET,
  GRADE_LABELS,
  type Grade,
  gradeOf,
  PASSING_GRADES,
  type ScoreParts,
  type ScoreSheet,
  scoreOf,
  scoreSheetSchema,
} from './score-sheet.js';

export const SCORE_SHEET_KEY = 'assessment-score-sheet';

/** A posting's assessment for a year: computed from the records, and as decided by its station if it was. */
export interface Assessment {
  assignmentId: string;
  year: number;
  enterpriseId: string;
  enterpriseName: string;
  city: string;
  /** The specialist, or the team once with its leader. */
  assignee: string;
  leaderId: string;
  institution: string | null;
  visits: number;
  days: number;
  quota: { visits: number; days: number };
  outcomes: number;
  rating: number | null;
  parts: ScoreParts;
  computedScore: number;
  computedGrade: Grade;
  /** The decided score and grade once confirmed, else the computed ones. */
  score: number;
  grade: Grade;
  confirmed: boolean;
  adjusted: boolean;
  reason: string | null;
  decidedBy: string | null;
  decidedAt: Date | null;
  agreementSignedOn: LocalDate | null;
  /** A signed agreement and a confirmed grade of 合格 or better: the next year's 1万元. */
  subsidyEligible: boolean;
}

export type DecideRefusal =
  | { code: 'no-such-posting' }
  | { code: 'not-allowed' }
  | { code: 'year-not-over'; year: number }
  | { code: 'reason-required' };

export interface DecideRequest {
  assignmentId: string;
  year: number;
  official: Person;
  /** Either, both or neither: neither confirms the computed result. */
  score?: number;
  grade?: Grade;
  reason?: string | null;
}

/** The yearly assessment (年度考核): computed per posting and year, confirmed or adjusted by the city station. */
export class AssessmentService {
  constructor(
    private readonly source: AssessmentSource,
    private readonly settings: SettingStore,
    private readonly addressing: NoticeAddressing,
    private readonly quota: Quota,
    private readonly clock: Clock,
  ) {}

  async sheet(): Promise<ScoreSheet> {
    const stored = scoreSheetSchema.safeParse(await this.settings.get(SCORE_SHEET_KEY));
    return stored.success ? stored.data : DEFAULT_SCORE_SHEET;
  }

  /** Replaces the score sheet; the value is validated by the caller with scoreSheetSchema. */
  async setSheet(sheet: ScoreSheet): Promise<ScoreSheet> {
    await this.settings.put(SCORE_SHEET_KEY, sheet);
    return sheet;
  }

  async list(year: number, cityName?: string): Promise<Assessment[]> {
    const sheet = await this.sheet();
    return (await this.source.postingsOfYear(year, cityName, sheet.evidence)).map((p) => this.assess(p, year, sheet));
  }

  /**
   * Confirms a posting's computed result, or adjusts its score or grade with a reason. A city official decides for
   * the postings of their city, the regional office (or an administrator) for any; a year is decided once it is over
   * or in its last month.
   */
  async decide(
    request: DecideRequest,
  ): Promise<{ kind: 'decided'; assessment: Assessment } | { kind: 'refused'; refusal: DecideRefusal }> {
    const refuse = (refusal: DecideRefusal) => ({ kind: 'refused' as const, refusal });
    const { official, year } = request;
    const current = today(this.clock);
    if (year > yearOf(current) || (year === yearOf(current) && current < `${year}-12-01`))
      return refuse({ code: 'year-not-over', year });
    const sheet = await this.sheet();
    const posting = (await this.source.postingsOfYear(year, undefined, sheet.evidence)).find(
      (p) => p.assignmentId === request.assignmentId,
    );
    if (!posting) return refuse({ code: 'no-such-posting' });
    const allowed =
      official.role === 'REGION_OFFICIAL' ||
      official.role === 'ADMIN' ||
      (official.role === 'CITY_OFFICIAL' && official.cityName === posting.cityName);
    if (!allowed) return refuse({ code: 'not-allowed' });
    const computed = this.assess({ ...posting, decision: null }, year, sheet);
    const score = request.score ?? computed.computedScore;
    const grade = request.grade ?? (request.score === undefined ? computed.computedGrade : gradeOf(score, sheet));
    const reason = request.reason?.trim() || null;
    const adjusted = score !== computed.computedScore || grade !== computed.computedGrade;
    if (adjusted && !reason) return refuse({ code: 'reason-required' });
    const decidedAt = this.clock.now();
    const decision = {
      computedScore: computed.computedScore,
      score,
      grade,
      reason,
      decidedById: official.id,
      decidedAt,
    };
    const decided = this.assess({ ...posting, decision: { ...decision, decidedByName: official.name } }, year, sheet);
    await this.source.decide(posting.assignmentId, year, decision, await this.told(decided, posting));
    return { kind: 'decided', assessment: decided };
  }

  /** The specialist, or every member of the team, hears the result. */
  private async told(assessment: Assessment, posting: PostingYear): Promise<NewOutboxMessage[]> {
    const recipients = posting.team ? posting.team.memberIds : posting.specialist ? [posting.specialist.id] : [];
    const text = [
      `【${assessment.year}年度考核结果】派驻${assessment.enterpriseName}：${assessment.score}分，${GRADE_LABELS[assessment.grade]}。`,
      `服务 ${assessment.visits}/${assessment.quota.visits} 次、${assessment.days}/${assessment.quota.days} 天（${assessment.parts.service}分），成果 ${assessment.outcomes} 项（${assessment.parts.outcomes}分），企业评价 ${assessment.rating === null ? '未评价' : `${assessment.rating}星`}（${assessment.parts.rating}分）。`,
      ...(assessment.adjusted
        ? [`服务站调整了计算结果（${assessment.computedScore}分），原因：${assessment.reason}`]
        : []),
      assessment.subsidyEligible
        ? `已签订合作协议，可获${assessment.year + 1}年度工作补助。`
        : PASSING_GRADES.includes(assessment.grade)
          ? '尚无合作协议书签订日期，补助需签订协议后发放。'
          : '',
    ].filter(Boolean);
    const notices: Notice[] = recipients.map((id) => ({
      recipientId: id,
      kind: 'assessment-result',
      text: text.join('\n'),
      dedupeKey: `assessment:${posting.assignmentId}:${assessment.year}:${assessment.decidedAt?.getTime()}:${id}`,
    }));
    return notices.length > 0 ? this.addressing.address(notices) : [];
  }

  private assess(p: PostingYear, year: number, sheet: ScoreSheet): Assessment {
    const quota = owedIn(this.quota, year, p);
    const { parts, score: computedScore } = scoreOf(
      { visits: p.visits, days: p.days, quota, outcomes: p.outcomes, rating: p.rating },
      sheet,
    );
    const computedGrade = gradeOf(computedScore, sheet);
    const decision = p.decision;
    const grade = decision?.grade ?? computedGrade;
    return {
      assignmentId: p.assignmentId,
      year,
      enterpriseId: p.enterpriseId,
      enterpriseName: p.enterpriseName,
      city: p.cityName,
      assignee: p.team ? `${p.team.name}（团长${p.team.leaderName}）` : (p.specialist?.name ?? ''),
      leaderId: p.team?.leaderId ?? p.specialist?.id ?? '',
      institution: p.institutionName,
      visits: p.visits,
      days: p.days,
      quota,
      outcomes: p.outcomes,
      rating: p.rating,
      parts,
      computedScore,
      computedGrade,
      score: decision?.score ?? computedScore,
      grade,
      confirmed: decision !== null,
      // Adjusted against what was computed when the station decided (records may have changed since).
      adjusted:
        decision !== null &&
        (decision.score !== decision.computedScore || decision.grade !== gradeOf(decision.computedScore, sheet)),
      reason: decision?.reason ?? null,
      decidedBy: decision?.decidedByName ?? null,
      decidedAt: decision?.decidedAt ?? null,
      agreementSignedOn: p.agreementSignedOn,
      subsidyEligible: decision !== null && p.agreementSignedOn !== null && PASSING_GRADES.includes(grade),
    };
  }
}
