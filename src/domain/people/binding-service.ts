import { randomInt } from 'node:crypto';
import type { Clock } from '../../common/clock.js';
import type { Notice } from '../outbox/notices.js';
import { CHANNEL_LABELS, type Channel, type Person } from '../programme/types.js';

// No 0/O, 1/I/L: codes are read off a screen and typed on a phone.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 8;
export const BINDING_CODE_TTL_MS = 72 * 3_600_000;

export interface BindingStore {
  /** Issues a code, revoking the person's older unused ones; false when the person does not exist. */
  issue(personId: string, code: string, expiresAt: Date, now: Date): Promise<boolean>;
  /** The person a usable (unspent, unexpired) code was issued for. */
  holderOf(code: string, now: Date): Promise<string | null>;
  /**
   * Binds the account to the code's person and spends the code, in one transaction; null when the code is unknown,
   * spent or expired. An account the person already had on that platform is replaced, and returned.
   */
  redeem(
    code: string,
    channel: Channel,
    accountId: string,
    now: Date,
  ): Promise<{ person: Person; replaced: string | null } | null>;
}

export type Redemption =
  | { kind: 'bound'; person: Person }
  | { kind: 'invalid' }
  | { kind: 'already-yours'; person: Person }
  | { kind: 'bound-to-someone-else' };

/** Binding codes: an administrator issues one for a person, who sends 「绑定 <code>」 from a new chat account. */
export class BindingService {
  constructor(
    private readonly store: BindingStore,
    private readonly clock: Clock,
    /** Pushes notices in the caller's unit of work (the message that redeems the code). */
    private readonly notify: (notices: Notice[]) => Promise<void>,
  ) {}

  async issue(personId: string): Promise<{ code: string; expiresAt: Date } | null> {
    const code = Array.from({ length: CODE_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + BINDING_CODE_TTL_MS);
    return (await this.store.issue(personId, code, expiresAt, now)) ? { code, expiresAt } : null;
  }

  /**
   * Redeems a code for the sending account. An account already bound (`boundTo`) is never moved to someone else by
   * a code; when the redemption replaces the person's earlier account on the platform, that account is told.
   */
  async redeem(code: string, channel: Channel, accountId: string, boundTo: Person | null): Promise<Redemption> {
    const normalized = code.trim().toUpperCase();
    const now = this.clock.now();
    if (boundTo) {
      const holder = await this.store.holderOf(normalized, now);
      if (!holder) return { kind: 'invalid' };
      return holder === boundTo.id ? { kind: 'already-yours', person: boundTo } : { kind: 'bound-to-someone-else' };
    }
    const redeemed = await this.store.redeem(normalized, channel, accountId, now);
    if (!redeemed) return { kind: 'invalid' };
    const { person, replaced } = redeemed;
    if (replaced) {
      await this.notify([
        {
          recipientId: person.id,
          kind: 'account-replaced',
          text: [
            `您在${CHANNEL_LABELS[channel]}上使用科技特派员助手的账号已改为新账号（${accountId}），本账号不再接收助手消息。`,
            '如果这不是您本人的操作，请立即联系自治区企业科技特派员工作办或管理员。',
          ].join('\n'),
          dedupeKey: `account-replaced:${channel}:${replaced}:${now.getTime()}`,
          account: { channel, accountId: replaced },
        },
      ]);
    }
    return { kind: 'bound', person };
  }
}
