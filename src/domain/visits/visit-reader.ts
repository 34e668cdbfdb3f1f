import type { VisitRecord } from '../programme/types.js';
import type { LedgerRow } from './visit-ledger-export.js';

export interface VisitReader {
  /** Visits in date order; all years when `year` is absent. */
  list(filter: { year?: number }): Promise<VisitRecord[]>;
  /** The ledger of a year, for the whole region or one city. */
  ledger(filter: { year: number; city?: string }): Promise<LedgerRow[]>;
}
