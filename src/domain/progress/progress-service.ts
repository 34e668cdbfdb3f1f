import { type Clock, today } from '../../common/clock.js';
import { yearOf } from '../../common/local-date.js';
import type { Quota } from './quota.js';

export interface AssignmentYearTotals {
  assignmentId: string;
  enterpriseId: string;
  /** The posted specialist, or every member of the posted team. */
  specialistIds: string[];
  visits: number;
  days: number;
}

export interface ProgressReader {
  /** Totals of every posting that runs during any part of the year, over that year's visits. */
  assignmentTotals(year: number): Promise<AssignmentYearTotals[]>;
}

export interface AssignmentProgress extends AssignmentYearTotals {
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
    return rows.map((row) => ({ ...row, visitQuota: this.quota.visitsPerYear, dayQuota: this.quota.daysPerYear }));
  }
}
