import type { VisitRecord, VisitStatus } from '../programme/types.js';
import type { LedgerRow } from './visit-ledger-export.js';

export interface VisitReader {
  /** Visits in date order; all years when `year` is absent. */
  list(filter: { year?: number; status?: VisitStatus }): Promise<VisitRecord[]>;
  /** The ledger of a year, for the whole region or one city. */
  ledger(filter: { year: number; city?: string }): Promise<LedgerRow[]>;
}
