import type { InboundMessage } from '../platforms/contract.js';

export interface InboundLog {
  /** Persists an accepted message; null when the same delivery was recorded before. */
  record(message: InboundMessage): Promise<{ id: string } | null>;
  markProcessed(id: string): Promise<void>;
  markFailed(id: string, error: string): Promise<void>;
}
