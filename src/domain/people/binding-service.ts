import { randomInt } from 'node:crypto';
import type { Clock } from '../../common/clock.js';
import type { Channel, Person } from '../programme/types.js';

// No 0/O, 1/I/L: codes are read off a screen and typed on a phone.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 8;
export const BINDING_CODE_TTL_MS = 72 * 3_600_000;

export interface BindingStore {
  /** False when the person does not exist. */
  issue(personId: string, code: string, expiresAt: Date): Promise<boolean>;
  /**
   * Binds the account to the code's person and spends the code, in one transaction; null when the code is unknown,
   * spent or expired. An account the person already had on that platform is replaced.
   */
  redeem(code: string, channel: Channel, accountId: string, now: Date): Promise<Person | null>;
}

export class BindingService {
  constructor(
    private readonly store: BindingStore,
    private readonly clock: Clock,
  ) {}

  async issue(personId: string): Promise<{ code: string; expiresAt: Date } | null> {
    const code = Array.from({ length: CODE_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
    const expiresAt = new Date(this.clock.now().getTime() + BINDING_CODE_TTL_MS);
    return (await this.store.issue(personId, code, expiresAt)) ? { code, expiresAt } : null;
  }

  redeem(code: string, channel: Channel, accountId: string): Promise<Person | null> {
    return this.store.redeem(code.trim().toUpperCase(), channel, accountId, this.clock.now());
  }
}
