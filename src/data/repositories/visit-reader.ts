import { endOfYear, fromUtcMidnight, startOfYear, toUtcMidnight } from '../../common/local-date.js';
import type { VisitRecord } from '../../domain/programme/types.js';
import type { VisitReader } from '../../domain/visits/visit-reader.js';
import type { Db } from '../database.js';

export class PrismaVisitReader implements VisitReader {
  constructor(private readonly db: Db) {}

  async list({ year }: { year?: number }): Promise<VisitRecord[]> {
    const rows = await this.db.visit.findMany({
      where:
        year === undefined
          ? {}
          : { date: { gte: toUtcMidnight(startOfYear(year)), lte: toUtcMidnight(endOfYear(year)) } },
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
    }));
  }
}
