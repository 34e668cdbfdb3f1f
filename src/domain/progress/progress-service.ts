import { type Clock, today } from '../../common/clock.js';
import { type LocalDate, yearOf } from '../../common/local-date.js';
import { owedIn, type Quota } from './quota.js';

export interface AssignmentYearTotals {
  assignmentId: string;
  enterpriseId: string;
  /** The posted specialist, or every member of the posted team. */
  specialistIds: string[];
  visits: number;
  days: number;
  /** When the posting runs: the quota of a year it covers only part of is in proportion. */
  startDate: LocalDate;
  endDate: LocalDate;
}

export interface ProgressReader {
  /** Totals of every posting that runs during any part of the year, over that year's visits. */
  assignmentTotals(year: number): Promise<AssignmentYearTotals[]>;
}

export interface AssignmentProgress extends AssignmentYearTotals {
  /** What the posting owes in the year: the quota, in proportion to the part of the year it covers. */
  visitQuota: number;
  dayQuota: number;
}

export class ProgressService {
  constructor(
    private readonly reader: ProgressReader,
    private readonly quota: Quota,
    private readonly clock: Clock,
  ) {}

  currentYear(): number {
    return yearOf(today(this.clock));
  }

  async forYear(year: number = this.currentYear()): Promise<AssignmentProgress[]> {
    const rows = await this.reader.assignmentTotals(year);
    return rows.map((row) => {
      const owed = owedIn(this.quota, year, row);
      return { ...row, visitQuota: owed.visits, dayQuota: owed.days };
    });
  }
}
