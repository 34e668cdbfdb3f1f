import { Router } from '@koa/router';
import type { InboundProcessor } from '../../bot/inbound-processor.js';
import { CALLBACK_MAX_BYTES } from '../../platforms/callback-limits.js';
import type { WecomReceiver } from '../../platforms/wecom/receiver.js';
import { readText } from '../body.js';
import type { AppState } from '../context.js';
import { acceptOnce } from './accept-once.js';

/**
 * The WeCom self-built app callback. GET answers the URL check; POST acknowledges with an empty 200 once the
 * message is stored, and the answer follows through message/send. The receiver verifies and decodes.
 */
export function wecomRoutes(deps: { receiver: WecomReceiver; processor: InboundProcessor }): Router<AppState> {
  const router = new Router<AppState>();

  router.get('/wecom/callback', (ctx) => {
    ctx.type = 'text/plain';
    ctx.body = deps.receiver.verifyUrl(ctx.query);
  });

  router.post('/wecom/callback', async (ctx) => {
    const message = deps.receiver.receive(ctx.query, await readText(ctx, CALLBACK_MAX_BYTES));
    await acceptOnce(ctx, deps.processor, message);
    ctx.status = 200;
    ctx.body = '';
  });

  return router;
}
