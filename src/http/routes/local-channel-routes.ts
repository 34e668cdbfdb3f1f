import { Router } from '@koa/router';
import { z } from 'zod';
import type { InboundProcessor } from '../../bot/inbound-processor.js';
import type { Clock } from '../../common/clock.js';
import type { Outbox } from '../../domain/outbox/outbox.js';
import type { PersonDirectory } from '../../domain/people/person-directory.js';
import { decodeLocalMessage, localMessageSchema } from '../../platforms/local/local-adapter.js';
import { parseWith, readJson } from '../body.js';
import type { AppState } from '../context.js';

const inboxQuery = z.object({
  userId: z.string().trim().min(1, 'userId is required').max(128),
  after: z.iso.datetime({ message: 'after must be an ISO time' }).optional(),
});

/**
 * The local channel answers synchronously, in the HTTP response, as the person whose local account is userId, through
 * the same accept → process → outbox path as the platforms; what the service pushes on its own (confirmations,
 * reminders, digests) is read from GET /local/inbox.
 */
export function localChannelRoutes(deps: {
  processor: InboundProcessor;
  clock: Clock;
  maxBodyBytes: number;
  people: PersonDirectory;
  outbox: Outbox;
}): Router<AppState> {
  const router = new Router<AppState>();
  router.post('/local/messages', async (ctx) => {
    const body = await readJson(ctx, localMessageSchema, deps.maxBodyBytes);
    const replies = await deps.processor.answerNow(decodeLocalMessage(body, deps.clock.now()));
    ctx.body = {
      // The service's time (its one clock), which the demo page shows on the bubbles.
      at: deps.clock.now().toISOString(),
      replies: replies.map((reply) => ({ text: reply.text, format: reply.format ?? 'text' })),
    };
  });
  router.get('/local/inbox', async (ctx) => {
    const query = parseWith(inboxQuery, ctx.query, 'query');
    const person = await deps.people.findByAccount('LOCAL', query.userId);
    const messages = person
      ? await deps.outbox.pushedTo(person.id, 'LOCAL', query.after ? new Date(query.after) : null, 100)
      : [];
    ctx.body = {
      messages: messages.map((m) => ({ id: m.id, kind: m.kind, text: m.text, createdAt: m.createdAt.toISOString() })),
    };
  });
  return router;
}
