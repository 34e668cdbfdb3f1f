import { endOfYear, fromUtcMidnight, type LocalDate, startOfYear, toUtcMidnight } from '../../common/local-date.js';
import type {
  AssessmentSource,
  Decision,
  PostingYear,
  SettingStore,
} from '../../domain/assessment/assessment-source.js';
import type { EvidenceRule, Grade } from '../../domain/assessment/score-sheet.js';
import type { NewOutboxMessage } from '../../domain/outbox/outbox.js';
import { COUNTED_OUTCOME_STATUSES } from '../../domain/outcomes/types.js';
import { COUNTED_STATUSES } from '../../domain/programme/types.js';
import type { Prisma } from '../../generated/prisma/client.js';
import type { Db } from '../database.js';
import { toOutboxRow } from './outbox-repository.js';
import { totalsByPosting } from './visit-day-totals.js';

/** The assessment's reads: a fixed number of queries whatever the number of postings. */
export class PrismaAssessmentSource implements AssessmentSource {
  constructor(private readonly db: Db) {}

  async postingsOfYear(year: number, cityName?: string, evidence: EvidenceRule = 'NONE'): Promise<PostingYear[]> {
    const from = toUtcMidnight(startOfYear(year));
    const to = toUtcMidnight(endOfYear(year));
    const inYear = { gte: from, lte: to };
    const [assignments, visits, outcomes] = await Promise.all([
      this.db.assignment.findMany({
        where: {
          startDate: { lte: to },
          endDate: { gte: from },
          status: { not: 'CANCELLED' },
          ...(cityName ? { enterprise: { city: { name: cityName } } } : {}),
        },
        select: {
          id: true,
          enterpriseId: true,
          startDate: true,
          endDate: true,
          agreementSignedOn: true,
          enterprise: { select: { name: true, city: { select: { name: true } } } },
          specialist: { select: { id: true, name: true, institution: { select: { name: true } } } },
          team: {
            select: {
              id: true,
              name: true,
              leader: { select: { id: true, name: true } },
              institution: { select: { name: true } },
              members: { select: { personId: true }, orderBy: { personId: 'asc' } },
            },
          },
          ratings: { where: { year }, select: { score: true } },
          assessments: { where: { year }, include: { decidedBy: { select: { name: true } } } },
        },
        orderBy: { id: 'asc' },
      }),
      this.db.visit.groupBy({
        by: ['assignmentId', 'date'],
        where: {
          date: inYear,
          status: { in: [...COUNTED_STATUSES] },
          ...(evidence === 'NONE'
            ? {}
            : { evidence: { some: { kind: { in: evidence === 'PHOTO' ? ['PHOTO'] : ['PHOTO', 'LOCATION'] } } } }),
        },
        _sum: { days: true },
      }),
      this.db.outcome.groupBy({
        by: ['assignmentId'],
        where: { date: inYear, status: { in: [...COUNTED_OUTCOME_STATUSES] } },
        _count: { _all: true },
      }),
    ]);
    const visitsOf = totalsByPosting(visits);
    const outcomesOf = new Map(outcomes.map((o) => [o.assignmentId, o._count._all]));
    return assignments.map((a) => {
      const v = visitsOf.get(a.id);
      const decision = a.assessments[0];
      return {
        assignmentId: a.id,
        enterpriseId: a.enterpriseId,
        enterpriseName: a.enterprise.name,
        cityName: a.enterprise.city.name,
        startDate: fromUtcMidnight(a.startDate),
        endDate: fromUtcMidnight(a.endDate),
        specialist: a.specialist ? { id: a.specialist.id, name: a.specialist.name } : null,
        team: a.team
          ? {
              id: a.team.id,
              name: a.team.name,
              leaderId: a.team.leader.id,
              leaderName: a.team.leader.name,
              memberIds: a.team.members.map((m) => m.personId),
            }
          : null,
        institutionName: a.specialist?.institution?.name ?? a.team?.institution?.name ?? null,
        agreementSignedOn: a.agreementSignedOn ? fromUtcMidnight(a.agreementSignedOn) : null,
        visits: v?.visits ?? 0,
        days: v?.days ?? 0,
        outcomes: outcomesOf.get(a.id) ?? 0,
        rating: a.ratings[0]?.score ?? null,
        decision: decision
          ? {
              computedScore: decision.computedScore.toNumber(),
              score: decision.score.toNumber(),
              grade: decision.grade as Grade,
              reason: decision.reason,
              decidedById: decision.decidedById,
              decidedByName: decision.decidedBy.name,
              decidedAt: decision.decidedAt,
            }
          : null,
      };
    });
  }

  async decide(
    assignmentId: string,
    year: number,
    decision: Omit<Decision, 'decidedByName'>,
    outbox: NewOutboxMessage[],
  ): Promise<void> {
    await this.db.$transaction(async (tx: Prisma.TransactionClient) => {
      await tx.assessmentDecision.upsert({
        where: { assignmentId_year: { assignmentId, year } },
        create: { assignmentId, year, ...decision },
        update: decision,
      });
      if (outbox.length > 0) await tx.outboxMessage.createMany({ data: outbox.map(toOutboxRow), skipDuplicates: true });
    });
  }

  async setAgreement(assignmentId: string, signedOn: LocalDate | null): Promise<boolean> {
    const { count } = await this.db.assignment.updateMany({
      where: { id: assignmentId },
      data: { agreementSignedOn: signedOn ? toUtcMidnight(signedOn) : null },
    });
    return count === 1;
  }
}

export class PrismaSettingStore implements SettingStore {
  constructor(private readonly db: Db) {}

  async get(key: string): Promise<unknown | null> {
    return (await this.db.programmeSetting.findUnique({ where: { key } }))?.value ?? null;
  }

  async put(key: string, value: unknown): Promise<void> {
    const json = value as Prisma.InputJsonValue;
    await this.db.programmeSetting.upsert({ where: { key }, create: { key, value: json }, update: { value: json } });
  }
}
