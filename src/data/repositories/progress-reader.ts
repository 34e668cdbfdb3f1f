import type { AssignmentYearTotals, ProgressReader } from '../../domain/progress/progress-service.js';
import type { ReminderSource } from '../../domain/reminders/reminder-source.js';

/** The admin API's progress figures: the same bulk read of postings and visit sums the reminder jobs use. */
export class PrismaProgressReader implements ProgressReader {
  constructor(private readonly source: Pick<ReminderSource, 'postings'>) {}

  async assignmentTotals(year: number): Promise<AssignmentYearTotals[]> {
    return (await this.source.postings(year)).map((p) => ({
      assignmentId: p.assignmentId,
      enterpriseId: p.enterpriseId,
      specialistIds: p.specialistIds,
      visits: p.visits,
      days: p.days,
      startDate: p.startDate,
      endDate: p.endDate,
    }));
  }
}
