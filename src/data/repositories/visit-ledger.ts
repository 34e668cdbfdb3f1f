import { endOfYear, fromUtcMidnight, startOfYear, toUtcMidnight } from '../../common/local-date.js';
import type { NewOutboxMessage } from '../../domain/outbox/outbox.js';
import type { VisitStatus } from '../../domain/programme/types.js';
import type {
  NewVisit,
  Posting,
  RecordedVisit,
  StoredVisit,
  VisitEvidence,
  VisitLedger,
} from '../../domain/visits/visit-ledger.js';
import type { Prisma } from '../../generated/prisma/client.js';
import type { Db } from '../database.js';
import { toOutboxRow } from './outbox-repository.js';

type Tx = Prisma.TransactionClient;

async function enqueue(tx: Tx, outbox: NewOutboxMessage[]): Promise<void> {
  if (outbox.length > 0) await tx.outboxMessage.createMany({ data: outbox.map(toOutboxRow), skipDuplicates: true });
}

const VISIT_WITH_ENTERPRISE = {
  assignment: {
    select: { enterprise: { select: { id: true, name: true, shortName: true, city: { select: { name: true } } } } },
  },
  reporter: { select: { name: true } },
} as const;

function toRecordedVisit(row: {
  id: string;
  assignmentId: string;
  reporterId: string;
  date: Date;
  days: Prisma.Decimal;
  type: RecordedVisit['type'];
  status: VisitStatus;
  summary: string;
  channel: RecordedVisit['channel'] | null;
  createdAt: Date;
  assignment: { enterprise: { id: string; name: string; shortName: string | null; city: { name: string } } };
  reporter: { name: string };
}): StoredVisit {
  const enterprise = row.assignment.enterprise;
  return {
    id: row.id,
    assignmentId: row.assignmentId,
    reporterId: row.reporterId,
    date: fromUtcMidnight(row.date),
    days: row.days.toNumber(),
    type: row.type,
    summary: row.summary,
    channel: row.channel ?? 'LOCAL',
    enterpriseId: enterprise.id,
    enterpriseShortName: enterprise.shortName ?? enterprise.name,
    createdAt: row.createdAt,
    reporterName: row.reporter.name,
    cityName: enterprise.city.name,
    status: row.status,
  };
}

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
        enterprise: { select: { name: true, shortName: true, city: { select: { name: true } } } },
      },
      orderBy: { startDate: 'asc' },
    });
    return rows.map((row) => ({
      assignmentId: row.id,
      enterpriseId: row.enterpriseId,
      enterpriseName: row.enterprise.name,
      shortName: row.enterprise.shortName,
      cityName: row.enterprise.city.name,
      startDate: fromUtcMidnight(row.startDate),
      endDate: fromUtcMidnight(row.endDate),
      active: row.status === 'ACTIVE',
    }));
  }

  async record(
    visit: NewVisit & { id: string; createdAt: Date },
    outbox: NewOutboxMessage[],
  ): Promise<'recorded' | 'duplicate'> {
    return this.db.$transaction(async (tx) => {
      const same = await tx.visit.findFirst({ where: sameVisit(visit), select: { id: true } });
      if (same) return 'duplicate' as const;
      await tx.visit.create({
        data: {
          id: visit.id,
          assignmentId: visit.assignmentId,
          reporterId: visit.reporterId,
          date: toUtcMidnight(visit.date),
          days: visit.days,
          type: visit.type,
          summary: visit.summary,
          channel: visit.channel,
          createdAt: visit.createdAt,
        },
        select: { id: true },
      });
      await enqueue(tx, outbox);
      return 'recorded' as const;
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

  async lastReportedBy(personId: string, since: Date): Promise<StoredVisit | null> {
    const row = await this.db.visit.findFirst({
      where: { reporterId: personId, createdAt: { gte: since } },
      orderBy: { createdAt: 'desc' },
      include: VISIT_WITH_ENTERPRISE,
    });
    return row ? toRecordedVisit(row) : null;
  }

  async unconfirmed(enterpriseId: string, since: Date): Promise<StoredVisit[]> {
    const rows = await this.db.visit.findMany({
      // Reported by chat, so the enterprise was asked (imported history was not).
      where: { status: 'REPORTED', channel: { not: null }, createdAt: { gte: since }, assignment: { enterpriseId } },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      include: VISIT_WITH_ENTERPRISE,
      take: 20,
    });
    return rows.map(toRecordedVisit);
  }

  async settle(
    id: string,
    status: Exclude<VisitStatus, 'REPORTED'>,
    note: string | null,
    outbox: NewOutboxMessage[],
  ): Promise<boolean> {
    return this.db.$transaction(async (tx) => {
      const { count } = await tx.visit.updateMany({
        where: { id, status: 'REPORTED' },
        data: { status, statusNote: note },
      });
      if (count === 1) await enqueue(tx, outbox);
      return count === 1;
    });
  }

  async attachEvidence(evidence: VisitEvidence): Promise<boolean> {
    const { count } = await this.db.visitEvidence.createMany({
      data: [
        {
          visitId: evidence.visitId,
          channel: evidence.channel,
          messageId: evidence.messageId,
          mediaId: evidence.mediaId,
          url: evidence.url,
          receivedAt: evidence.receivedAt,
        },
      ],
      skipDuplicates: true,
    });
    return count === 1;
  }

  async update(id: string, visit: NewVisit, outbox: NewOutboxMessage[]): Promise<'updated' | 'duplicate'> {
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
          status: 'REPORTED',
          statusNote: null,
        },
      });
      await enqueue(tx, outbox);
      return 'updated' as const;
    });
  }

  async remove(id: string, outbox: NewOutboxMessage[]): Promise<void> {
    await this.db.$transaction(async (tx) => {
      await tx.visit.delete({ where: { id } });
      await enqueue(tx, outbox);
    });
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
