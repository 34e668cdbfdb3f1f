import type { Clock } from '../../common/clock.js';
import { AppError, ErrorCode } from '../../common/errors.js';
import type { KeyValueStore } from '../../store/key-value-store.js';
import { cleanMessage } from '../clean-message.js';
import type { InboundMessage } from '../contract.js';
import type { DingtalkConfig } from './config.js';
import { type DingtalkCallback, decodeDingtalkMessage } from './decode.js';
import { MAX_CLOCK_SKEW_MS, verifyCallback } from './verify.js';

/**
 * The DingTalk enterprise robot's HTTP callback: the signature (headers) is checked before the body is read; a
 * signature is accepted again only for the same message.
 */
export class DingtalkReceiver {
  constructor(
    private readonly config: DingtalkConfig,
    private readonly clock: Clock,
    private readonly store: KeyValueStore,
  ) {}

  /** Throws unless the headers carry a valid, fresh signature. */
  verify(headers: { timestamp: string; sign: string }): void {
    const verdict = verifyCallback(headers, this.config.appSecret, this.clock.now().getTime());
    if (verdict === 'forged') throw new AppError(ErrorCode.Unauthorized, 'Invalid sign');
    if (verdict === 'stale') throw new AppError(ErrorCode.Forbidden, 'Stale timestamp');
  }

  /**
   * The signature covers the timestamp, not the body: a captured header pair could carry any message for an hour.
   * It is accepted again only for the same message (DingTalk's own redelivery). Without the store this cannot be
   * known, so the callback is refused with 503 and DingTalk delivers it again later.
   */
  async receive(sign: string, body: DingtalkCallback): Promise<InboundMessage | null> {
    const key = `dingtalk-sign:${sign}`;
    let seenFor: string | null;
    try {
      const first = await this.store.setIfAbsent(key, body.msgId, MAX_CLOCK_SKEW_MS);
      seenFor = first ? body.msgId : await this.store.get(key);
    } catch (error) {
      throw new AppError(ErrorCode.ServiceUnavailable, 'Cannot check the signature against replays now', {
        cause: error,
      });
    }
    if (seenFor !== body.msgId)
      throw new AppError(ErrorCode.Unauthorized, 'Signature already used for another message');
    const message = decodeDingtalkMessage(body, this.clock.now());
    return message ? cleanMessage(message) : null;
  }
}

/** Only DingTalk's own session endpoint is trusted as a reply address: same origin, exactly its path. */
export function isTrustedSessionWebhook(webhook: string | undefined, oapiBase: string): boolean {
  if (!webhook) return false;
  try {
    const url = new URL(webhook);
    const base = new URL(oapiBase);
    return (
      url.origin === base.origin &&
      url.pathname === '/robot/sendBySession' &&
      url.username === '' &&
      url.password === ''
    );
  } catch {
    return false;
  }
}
