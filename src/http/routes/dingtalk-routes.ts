import { Router } from '@koa/router';
import type { InboundProcessor } from '../../bot/inbound-processor.js';
import type { Clock } from '../../common/clock.js';
import { AppError, ErrorCode } from '../../common/errors.js';
import type { DingtalkConfig } from '../../platforms/dingtalk/config.js';
import { decodeDingtalkMessage, dingtalkCallbackSchema } from '../../platforms/dingtalk/decode.js';
import { MAX_CLOCK_SKEW_MS, verifyCallback } from '../../platforms/dingtalk/verify.js';
import type { KeyValueStore } from '../../store/key-value-store.js';
import { readJson } from '../body.js';
import type { AppState } from '../context.js';

/**
 * The DingTalk enterprise robot's HTTP callback. The signature is checked before the body is read; the message
 * is stored, acknowledged, and answered afterwards through the session webhook or the robot API.
 */
export function dingtalkRoutes(deps: {
  config: DingtalkConfig;
  processor: InboundProcessor;
  clock: Clock;
  maxBodyBytes: number;
  store: KeyValueStore;
}): Router<AppState> {
  const router = new Router<AppState>();
  router.post('/dingtalk/callback', async (ctx) => {
    const verdict = verifyCallback(
      { timestamp: ctx.get('timestamp'), sign: ctx.get('sign') },
      deps.config.appSecret,
      deps.clock.now().getTime(),
    );
    if (verdict === 'forged') throw new AppError(ErrorCode.Unauthorized, 'Invalid sign');
    if (verdict === 'stale') throw new AppError(ErrorCode.Forbidden, 'Stale timestamp');
    const body = await readJson(ctx, dingtalkCallbackSchema, deps.maxBodyBytes);
    // The signature covers the timestamp, not the body: a captured header pair could carry any message for an hour.
    // A signature is accepted again only for the same message (DingTalk's own redelivery).
    const first = await deps.store
      .setIfAbsent(`dingtalk-sign:${ctx.get('sign')}`, body.msgId, MAX_CLOCK_SKEW_MS)
      .catch(() => true);
    if (!first && (await deps.store.get(`dingtalk-sign:${ctx.get('sign')}`).catch(() => body.msgId)) !== body.msgId) {
      throw new AppError(ErrorCode.Unauthorized, 'Signature already used for another message');
    }
    const message = decodeDingtalkMessage(body, deps.clock.now());
    ctx.body = {};
    if (!message) return;
    const accepted = await deps.processor.accept(message);
    if (accepted) deps.processor.schedule(accepted.id);
  });
  return router;
}
