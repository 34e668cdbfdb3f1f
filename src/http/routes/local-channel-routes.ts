import { Router } from '@koa/router';
import type { Bot } from '../../bot/pipeline.js';
import type { Clock } from '../../common/clock.js';
import { decodeLocalMessage, localMessageSchema } from '../../platforms/local/local-adapter.js';
import { readJson } from '../body.js';
import type { AppState } from '../context.js';

/** The local channel answers synchronously, in the HTTP response, as the person whose local account is userId. */
export function localChannelRoutes(bot: Bot, clock: Clock, maxBodyBytes: number): Router<AppState> {
  const router = new Router<AppState>();
  router.post('/local/messages', async (ctx) => {
    const body = await readJson(ctx, localMessageSchema, maxBodyBytes);
    const replies = await bot.handle(decodeLocalMessage(body, clock.now()));
    ctx.body = { replies: replies.map((reply) => ({ text: reply.text, format: reply.format ?? 'text' })) };
  });
  return router;
}
