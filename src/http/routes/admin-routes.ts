import { Router } from '@koa/router';
import { z } from 'zod';
import { toCsv } from '../../common/csv.js';
import { AppError, ErrorCode } from '../../common/errors.js';
import type { Outbox } from '../../domain/outbox/outbox.js';
import type { BindingService } from '../../domain/people/binding-service.js';
import type { QuestionHistory } from '../../domain/policies/policy-qa-service.js';
import { VISIT_STATUSES } from '../../domain/programme/types.js';
import type { ProgressService } from '../../domain/progress/progress-service.js';
import type { Quota } from '../../domain/progress/quota.js';
import {
  LEDGER_DATE_COLUMN,
  LEDGER_HEADERS,
  LEDGER_WIDTHS,
  ledgerCells,
  postingSubtotal,
} from '../../domain/visits/visit-ledger-export.js';
import type { VisitReader } from '../../domain/visits/visit-reader.js';
import { parseWith, readJson } from '../body.js';
import type { AppState } from '../context.js';
import { cityParam } from '../query-params.js';
import { toPrintableXlsx } from '../xlsx.js';

export interface AdminDeps {
  /** The yearly quota, for the ledger's subtotals. */
  quota: Quota;
  maxBodyBytes: number;
  bindings: BindingService;
  questions: QuestionHistory;
  visits: VisitReader;
  progress: ProgressService;
  outbox: Outbox;
}

const year = z.coerce.number({ error: 'must be a year such as 2026' }).int().min(2000).max(2100);
const visitsQuery = z.object({
  year: year.optional(),
  status: z.enum(VISIT_STATUSES, { error: `status must be one of ${VISIT_STATUSES.join(', ')}` }).optional(),
});
const exportQuery = z.object({
  format: z.enum(['csv', 'xlsx'], { error: 'format must be csv or xlsx' }).default('xlsx'),
  year: year.optional(),
  city: cityParam.optional(),
});
const progressQuery = z.object({ year: year.optional() });
const outboxQuery = z.object({
  status: z.enum(['PENDING', 'SENT', 'FAILED']).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});

const bindingRequest = z.object({ personId: z.string().trim().min(1, 'personId is required') });

const questionsQuery = z.object({
  unanswered: z.enum(['0', '1', 'true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});

export function adminRoutes(deps: AdminDeps): Router<AppState> {
  const { maxBodyBytes, bindings, visits, progress, outbox, questions } = deps;
  const router = new Router<AppState>({ prefix: '/admin', sensitive: true });

  router.get('/visits', async (ctx) => {
    const query = parseWith(visitsQuery, ctx.query, 'query');
    ctx.body = { visits: await visits.list(query) };
  });

  router.get('/visits/export', async (ctx) => {
    const query = parseWith(exportQuery, ctx.query, 'query');
    const year = query.year ?? progress.currentYear();
    const rows = await visits.ledger({ year, ...(query.city ? { city: query.city } : {}) });
    const name = `服务台账-${year}${query.city ? `-${query.city}` : ''}.${query.format}`;
    ctx.set(
      'Content-Disposition',
      `attachment; filename="visits-${year}.${query.format}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    );
    if (query.format === 'csv') {
      ctx.type = 'text/csv; charset=utf-8';
      ctx.body = toCsv(LEDGER_HEADERS, rows.map(ledgerCells));
    } else {
      ctx.type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
      // One group a posting, closed by its totals against the quota; numbered through.
      const byPosting = new Map<string, typeof rows>();
      for (const row of rows) byPosting.set(row.assignmentId, [...(byPosting.get(row.assignmentId) ?? []), row]);
      let index = 0;
      ctx.body = await toPrintableXlsx({
        title: `${year}年企业科技特派员服务台账（${query.city ?? '全区'}）`,
        headers: LEDGER_HEADERS,
        widths: LEDGER_WIDTHS,
        dateColumns: [LEDGER_DATE_COLUMN],
        groups: [...byPosting.values()].map((group) => ({
          rows: group.map((row) => ledgerCells(row, index++)),
          subtotal: postingSubtotal(group, deps.quota, year),
        })),
      });
    }
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
        // A message waiting by design (quiet hours, a rate limit) is HELD, with why and until when: not a failure.
        status: m.status === 'PENDING' && m.heldReason ? 'HELD' : m.status,
        attempts: m.attempts,
        lastError: m.lastError,
        heldReason: m.status === 'PENDING' ? m.heldReason : null,
        nextAttemptAt: m.status === 'PENDING' ? m.nextAttemptAt.toISOString() : null,
        createdAt: m.createdAt.toISOString(),
      })),
    };
  });

  router.get('/questions', async (ctx) => {
    const query = parseWith(questionsQuery, ctx.query, 'query');
    const unanswered = query.unanswered === '1' || query.unanswered === 'true';
    const rows = await questions.list({ unanswered, limit: query.limit });
    ctx.body = { questions: rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() })) };
  });

  router.post('/bindings', async (ctx) => {
    const { personId } = await readJson(ctx, bindingRequest, maxBodyBytes);
    const issued = await bindings.issue(personId);
    if (!issued) throw new AppError(ErrorCode.NotFound, `No person with id ${personId}`);
    ctx.status = 201;
    ctx.body = { personId, code: issued.code, expiresAt: issued.expiresAt.toISOString() };
  });

  return router;
}
