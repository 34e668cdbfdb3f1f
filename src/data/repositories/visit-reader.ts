import { endOfYear, fromUtcMidnight, startOfYear, toUtcMidnight } from '../../common/local-date.js';
import type { VisitRecord, VisitStatus } from '../../domain/programme/types.js';
import type { LedgerRow } from '../../domain/visits/visit-ledger-export.js';
import type { VisitReader } from '../../domain/visits/visit-reader.js';
import type { Db } from '../database.js';

export class PrismaVisitReader implements VisitReader {
  constructor(private readonly db: Db) {}

  async ledger({ year, city }: { year: number; city?: string }): Promise<LedgerRow[]> {
    const rows = await this.db.visit.findMany({
      where: {
        date: { gte: toUtcMidnight(startOfYear(year)), lte: toUtcMidnight(endOfYear(year)) },
        ...(city ? { assignment: { enterprise: { city: { name: city } } } } : {}),
      },
      include: {
        reporter: { select: { name: true } },
        confirmedBy: { select: { name: true } },
        assignment: {
          select: {
            startDate: true,
            endDate: true,
            enterprise: { select: { name: true, city: { select: { name: true } } } },
            specialist: { select: { name: true, institution: { select: { name: true } } } },
            team: {
              select: { name: true, leader: { select: { name: true } }, institution: { select: { name: true } } },
            },
          },
        },
        evidence: { select: { kind: true, label: true, latitude: true, longitude: true } },
      },
      orderBy: [{ assignmentId: 'asc' }, { date: 'asc' }, { createdAt: 'asc' }],
    });
    return rows.map((row) => ({
      date: fromUtcMidnight(row.date),
      city: row.assignment.enterprise.city.name,
      enterprise: row.assignment.enterprise.name,
      assignmentId: row.assignmentId,
      posting: {
        startDate: fromUtcMidnight(row.assignment.startDate),
        endDate: fromUtcMidnight(row.assignment.endDate),
      },
      assignee: row.assignment.team
        ? `${row.assignment.team.name}（团长${row.assignment.team.leader.name}）`
        : (row.assignment.specialist?.name ?? ''),
      institution: row.assignment.specialist?.institution?.name ?? row.assignment.team?.institution?.name ?? '',
      confirmedBy: row.confirmedBy?.name ?? null,
      confirmedAt: row.confirmedAt,
      type: row.type,
      days: row.days.toNumber(),
      reporter: row.reporter.name,
      summary: row.summary,
      status: row.status,
      statusNote: row.statusNote,
      disputeNo: row.disputeNo,
      resolution: row.resolution,
      evidence: row.evidence.filter((e) => e.kind === 'PHOTO').length,
      locations: row.evidence
        .filter((e) => e.kind === 'LOCATION')
        .map((e) => e.label ?? `${e.latitude?.toFixed(5)},${e.longitude?.toFixed(5)}`),
      reportedAt: row.createdAt,
    }));
  }

  async list({ year, status }: { year?: number; status?: VisitStatus }): Promise<VisitRecord[]> {
    const rows = await this.db.visit.findMany({
      where: {
        ...(year === undefined
          ? {}
          : { date: { gte: toUtcMidnight(startOfYear(year)), lte: toUtcMidnight(endOfYear(year)) } }),
        ...(status ? { status } : {}),
      },
      include: { assignment: { select: { enterpriseId: true } } },
      orderBy: [{ date: 'asc' }, { createdAt: 'asc' }],
    });
    return rows.map((row) => ({
      id: row.id,
      date: fromUtcMidnight(row.date),
      days: row.days.toNumber(),
      type: row.type,
      enterpriseId: row.assignment.enterpriseId,
      assignmentId: row.assignmentId,
      reporterId: row.reporterId,
      summary: row.summary,
      status: row.status,
      disputeNo: row.disputeNo,
      statusNote: row.statusNote,
      resolution: row.resolution,
    }));
  }
}
