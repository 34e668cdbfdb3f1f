import { endOfYear, startOfYear, toUtcMidnight } from '../../common/local-date.js';
import type { AssignmentYearTotals, ProgressReader } from '../../domain/progress/progress-service.js';
import type { Db } from '../database.js';

export class PrismaProgressReader implements ProgressReader {
  constructor(private readonly db: Db) {}

  /** Two queries whatever the number of postings: the postings, and the visit sums grouped by posting. */
  async assignmentTotals(year: number): Promise<AssignmentYearTotals[]> {
    const from = toUtcMidnight(startOfYear(year));
    const to = toUtcMidnight(endOfYear(year));
    const [assignments, sums] = await Promise.all([
      this.db.assignment.findMany({
        where: { startDate: { lte: to }, endDate: { gte: from }, status: { not: 'CANCELLED' } },
        select: {
          id: true,
          enterpriseId: true,
          specialistId: true,
          team: { select: { members: { select: { personId: true }, orderBy: { personId: 'asc' } } } },
        },
        orderBy: { id: 'asc' },
      }),
      this.db.visit.groupBy({
        by: ['assignmentId'],
        where: { date: { gte: from, lte: to } },
        _count: { _all: true },
        _sum: { days: true },
      }),
    ]);
    const byAssignment = new Map(sums.map((sum) => [sum.assignmentId, sum]));
    return assignments.map((assignment) => {
      const sum = byAssignment.get(assignment.id);
      return {
        assignmentId: assignment.id,
        enterpriseId: assignment.enterpriseId,
        specialistIds: assignment.specialistId
          ? [assignment.specialistId]
          : (assignment.team?.members.map((member) => member.personId) ?? []),
        visits: sum?._count._all ?? 0,
        days: sum?._sum.days?.toNumber() ?? 0,
      };
    });
  }
}
