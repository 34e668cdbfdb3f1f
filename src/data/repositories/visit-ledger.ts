import { endOfYear, fromUtcMidnight, startOfYear, toUtcMidnight } from '../../common/local-date.js';
import type { NewVisit, Posting, RecordedVisit, VisitLedger } from '../../domain/visits/visit-ledger.js';
import type { Prisma } from '../../generated/prisma/client.js';
import type { Db } from '../database.js';

export class PrismaVisitLedger implements VisitLedger {
  constructor(private readonly db: Db) {}

  async allEnterprises() {
    const rows = await this.db.enterprise.findMany({ select: { id: true, name: true, shortName: true } });
    return rows.map((row) => ({ enterpriseId: row.id, enterpriseName: row.name, shortName: row.shortName }));
  }

  postingsOf(personId: string): Promise<Posting[]> {
    return this.postings({
      status: { not: 'CANCELLED' },
      OR: [{ specialistId: personId }, { team: { members: { some: { personId } } } }],
    });
  }

  activePostings({ enterpriseId, cityName }: { enterpriseId?: string; cityName?: string }): Promise<Posting[]> {
    return this.postings({
      status: 'ACTIVE',
      ...(enterpriseId ? { enterpriseId } : {}),
      ...(cityName ? { enterprise: { city: { name: cityName } } } : {}),
    });
  }

  private async postings(where: Prisma.AssignmentWhereInput): Promise<Posting[]> {
    const rows = await this.db.assignment.findMany({
      where,
      select: {
        id: true,
        enterpriseId: true,
        startDate: true,
        endDate: true,
        status: true,
        enterprise: { select: { name: true, shortName: true } },
      },
      orderBy: { startDate: 'asc' },
    });
    return rows.map((row) => ({
      assignmentId: row.id,
      enterpriseId: row.enterpriseId,
      enterpriseName: row.enterprise.name,
      shortName: row.enterprise.shortName,
      startDate: fromUtcMidnight(row.startDate),
      endDate: fromUtcMidnight(row.endDate),
      active: row.status === 'ACTIVE',
    }));
  }

  async record(visit: NewVisit): Promise<{ id: string } | 'duplicate'> {
    return this.db.$transaction(async (tx) => {
      const same = await tx.visit.findFirst({ where: sameVisit(visit), select: { id: true } });
      if (same) return 'duplicate' as const;
      const created = await tx.visit.create({
        data: { ...visit, date: toUtcMidnight(visit.date) },
        select: { id: true },
      });
      return created;
    });
  }

  async totals(assignmentId: string, year: number): Promise<{ visits: number; days: number }> {
    const sum = await this.db.visit.aggregate({
      where: { assignmentId, date: { gte: toUtcMidnight(startOfYear(year)), lte: toUtcMidnight(endOfYear(year)) } },
      _count: { _all: true },
      _sum: { days: true },
    });
    return { visits: sum._count._all, days: sum._sum.days?.toNumber() ?? 0 };
  }

  async lastReportedBy(personId: string, since: Date): Promise<RecordedVisit | null> {
    const row = await this.db.visit.findFirst({
      where: { reporterId: personId, createdAt: { gte: since } },
      orderBy: { createdAt: 'desc' },
      include: { assignment: { select: { enterprise: { select: { name: true, shortName: true } } } } },
    });
    if (!row) return null;
    return {
      id: row.id,
      assignmentId: row.assignmentId,
      reporterId: row.reporterId,
      date: fromUtcMidnight(row.date),
      days: row.days.toNumber(),
      type: row.type,
      summary: row.summary,
      channel: row.channel ?? 'LOCAL',
      enterpriseShortName: row.assignment.enterprise.shortName ?? row.assignment.enterprise.name,
      createdAt: row.createdAt,
    };
  }

  async update(id: string, visit: NewVisit): Promise<'updated' | 'duplicate'> {
    return this.db.$transaction(async (tx) => {
      const same = await tx.visit.findFirst({ where: { ...sameVisit(visit), id: { not: id } }, select: { id: true } });
      if (same) return 'duplicate' as const;
      await tx.visit.update({
        where: { id },
        data: {
          assignmentId: visit.assignmentId,
          date: toUtcMidnight(visit.date),
          days: visit.days,
          type: visit.type,
          summary: visit.summary,
        },
      });
      return 'updated' as const;
    });
  }

  async remove(id: string): Promise<void> {
    await this.db.visit.delete({ where: { id } });
  }
}

/** An exact duplicate: the same posting, date, kind, days and summary. */
function sameVisit(visit: NewVisit): Prisma.VisitWhereInput {
  return {
    assignmentId: visit.assignmentId,
    date: toUtcMidnight(visit.date),
    type: visit.type,
    days: visit.days,
    summary: visit.summary,
  };
}
