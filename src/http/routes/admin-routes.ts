import { Router } from '@koa/router';
import { z } from 'zod';
import type { Outbox } from '../../domain/outbox/outbox.js';
import type { ProgressService } from '../../domain/progress/progress-service.js';
import type { VisitReader } from '../../domain/visits/visit-reader.js';
import { parseWith } from '../body.js';
import type { AppState } from '../context.js';
import { adminAuth } from '../middleware/admin-auth.js';

export interface AdminDeps {
  adminToken: string | undefined;
  visits: VisitReader;
  progress: ProgressService;
  outbox: Outbox;
}

const year = z.coerce.number({ error: 'must be a year such as 2026' }).int().min(2000).max(2100);
const visitsQuery = z.object({ year: year.optional() });
const progressQuery = z.object({ year: year.optional() });
const outboxQuery = z.object({
  status: z.enum(['PENDING', 'SENT', 'FAILED']).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});

export function adminRoutes({ adminToken, visits, progress, outbox }: AdminDeps): Router<AppState> {
  const router = new Router<AppState>({ prefix: '/admin' });
  router.use(adminAuth(adminToken));

  router.get('/visits', async (ctx) => {
    const query = parseWith(visitsQuery, ctx.query, 'query');
    ctx.body = { visits: await visits.list(query) };
  });

  router.get('/progress', async (ctx) => {
    const query = parseWith(progressQuery, ctx.query, 'query');
    const forYear = query.year ?? progress.currentYear();
    ctx.body = { year: forYear, assignments: await progress.forYear(forYear) };
  });

  router.get('/outbox', async (ctx) => {
    const query = parseWith(outboxQuery, ctx.query, 'query');
    const messages = await outbox.list(query);
    ctx.body = {
      messages: messages.map((m) => ({
        id: m.id,
        channel: m.channel,
        recipientId: m.recipientId,
        kind: m.kind,
        text: m.text,
        status: m.status,
        attempts: m.attempts,
        lastError: m.lastError,
        createdAt: m.createdAt.toISOString(),
      })),
    };
  });

  return router;
}
