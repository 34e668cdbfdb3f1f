import type { VisitRecord } from '../programme/types.js';

export interface VisitReader {
  /** Visits in date order; all years when `year` is absent. */
  list(filter: { year?: number }): Promise<VisitRecord[]>;
}
