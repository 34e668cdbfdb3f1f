import { Router } from '@koa/router';
import { z } from 'zod';
import { AppError, ErrorCode } from '../../common/errors.js';
import { type FaqStore, patternProblem } from '../../domain/policies/faq.js';
import { readJson } from '../body.js';
import type { AppState } from '../context.js';

const faqRequest = z.object({
  pattern: z.string().superRefine((pattern, ctx) => {
    const problem = patternProblem(pattern);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }),
  answer: z.string().trim().min(1, 'answer is required').max(2_000),
  // null or blank means "no citation", as leaving the field out does.
  citation: z.string().trim().max(200).nullish(),
});

/** Curated answers pinned to question patterns; checked before the documents are searched. */
export function adminFaqRoutes(faq: FaqStore, maxBodyBytes: number): Router<AppState> {
  const router = new Router<AppState>({ prefix: '/admin/faq', sensitive: true });

  router.get('/', async (ctx) => {
    const entries = await faq.list();
    ctx.body = { faq: entries.map((entry) => ({ ...entry, createdAt: entry.createdAt.toISOString() })) };
  });

  router.post('/', async (ctx) => {
    const body = await readJson(ctx, faqRequest, maxBodyBytes);
    const entry = await faq.add({ pattern: body.pattern, answer: body.answer, citation: body.citation || null });
    ctx.status = 201;
    ctx.body = { ...entry, createdAt: entry.createdAt.toISOString() };
  });

  router.delete('/:id', async (ctx) => {
    const id = ctx.params.id ?? '';
    if (!/^[0-9a-f-]{36}$/i.test(id) || !(await faq.remove(id)))
      throw new AppError(ErrorCode.NotFound, `No FAQ entry ${id}`);
    ctx.status = 204;
  });

  return router;
}
