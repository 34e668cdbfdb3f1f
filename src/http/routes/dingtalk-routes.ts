import { Router } from '@koa/router';
import type { InboundProcessor } from '../../bot/inbound-processor.js';
import { CALLBACK_MAX_BYTES } from '../../platforms/callback-limits.js';
import { dingtalkCallbackSchema } from '../../platforms/dingtalk/decode.js';
import type { DingtalkReceiver } from '../../platforms/dingtalk/receiver.js';
import { readJson } from '../body.js';
import type { AppState } from '../context.js';
import { acceptOnce } from './accept-once.js';

/**
 * The DingTalk enterprise robot's HTTP callback. The signature is checked before the body is read; the message is
 * stored, acknowledged, and answered afterwards through the session webhook or the robot API.
 */
export function dingtalkRoutes(deps: { receiver: DingtalkReceiver; processor: InboundProcessor }): Router<AppState> {
  const router = new Router<AppState>();
  router.post('/dingtalk/callback', async (ctx) => {
    deps.receiver.verify({ timestamp: ctx.get('timestamp'), sign: ctx.get('sign') });
    const body = await readJson(ctx, dingtalkCallbackSchema, CALLBACK_MAX_BYTES, { allowNul: true });
    const message = await deps.receiver.receive(ctx.get('sign'), body);
    ctx.body = {};
    if (message) await acceptOnce(ctx, deps.processor, message);
  });
  return router;
}
