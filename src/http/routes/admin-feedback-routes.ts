import { Router } from '@koa/router';
import { z } from 'zod';
import { toCsv } from '../../common/csv.js';
import { FEEDBACK_HEADERS, FEEDBACK_WIDTHS, feedbackCells } from '../../domain/feedback/feedback-export.js';
import type { FeedbackService } from '../../domain/feedback/feedback-service.js';
import type { TicketFilter } from '../../domain/feedback/feedback-store.js';
import {
  FEEDBACK_CATEGORIES,
  FEEDBACK_CATEGORY_LABELS,
  FEEDBACK_STATUS_LABELS,
  FEEDBACK_STATUSES,
  type Ticket,
} from '../../domain/feedback/types.js';
import { parseWith } from '../body.js';
import type { AppState } from '../context.js';
import { cityParam, codeOrLabel, yearParam } from '../query-params.js';
import { toPrintableXlsx } from '../xlsx.js';

const filters = z.object({
  status: codeOrLabel(FEEDBACK_STATUSES, FEEDBACK_STATUS_LABELS, 'status').optional(),
  city: cityParam.optional(),
  category: codeOrLabel(FEEDBACK_CATEGORIES, FEEDBACK_CATEGORY_LABELS, 'category').optional(),
  since: z.union([z.iso.date(), z.iso.datetime()], { error: 'since must be a date or an ISO time' }).optional(),
  /** Only tickets a station raised to the regional office (true), or only those it did not (false). */
  escalated: z.enum(['true', 'false'], { error: 'escalated must be true or false' }).optional(),
});
const exportQuery = filters.extend({
  format: z.enum(['csv', 'xlsx'], { error: 'format must be csv or xlsx' }).default('xlsx'),
});
const ratingsQuery = z.object({ year: yearParam.optional(), city: cityParam.optional() });

function toFilter(query: z.infer<typeof filters>): TicketFilter {
  return {
    ...(query.status ? { statuses: [query.status] } : {}),
    ...(query.city ? { cityName: query.city } : {}),
    ...(query.category ? { category: query.category } : {}),
    ...(query.escalated ? { escalated: query.escalated === 'true' } : {}),
    // A bare date is the start of that day in Asia/Shanghai.
    ...(query.since
      ? { since: new Date(query.since.length === 10 ? `${query.since}T00:00:00+08:00` : query.since) }
      : {}),
  };
}

const toJson = (ticket: Ticket) => ({
  id: ticket.id,
  ticketNo: ticket.ticketNo,
  enterpriseId: ticket.enterpriseId,
  submitterId: ticket.submitterId,
  category: ticket.category,
  text: ticket.text,
  status: ticket.status,
  createdAt: ticket.createdAt.toISOString(),
  city: ticket.cityName,
  escalation: ticket.escalation
    ? { at: ticket.escalation.at.toISOString(), byId: ticket.escalation.byId, reason: ticket.escalation.reason }
    : null,
  replies: ticket.replies.map((reply) => ({
    authorId: reply.authorId,
    text: reply.text,
    createdAt: reply.createdAt.toISOString(),
  })),
});

/** Policy feedback and the enterprises' ratings, for the stations and the regional office. */
export function adminFeedbackRoutes(feedback: FeedbackService, currentYear: () => number): Router<AppState> {
  const router = new Router<AppState>({ prefix: '/admin', sensitive: true });

  router.get('/feedback', async (ctx) => {
    const query = parseWith(filters, ctx.query, 'query');
    ctx.body = { feedback: (await feedback.list(toFilter(query))).map(toJson) };
  });

  router.get('/feedback/export', async (ctx) => {
    const query = parseWith(exportQuery, ctx.query, 'query');
    const rows = (await feedback.list(toFilter(query))).map(feedbackCells);
    const name = `政策反馈${query.city ? `-${query.city}` : ''}.${query.format}`;
    ctx.set(
      'Content-Disposition',
      `attachment; filename="feedback.${query.format}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    );
    if (query.format === 'csv') {
      ctx.type = 'text/csv; charset=utf-8';
      ctx.body = toCsv(FEEDBACK_HEADERS, rows);
    } else {
      ctx.type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
      ctx.body = await toPrintableXlsx({
        title: `企业科技特派员政策反馈（${query.city ?? '全区'}）`,
        headers: FEEDBACK_HEADERS,
        widths: FEEDBACK_WIDTHS,
        groups: [{ rows }],
      });
    }
  });

  router.get('/ratings', async (ctx) => {
    const query = parseWith(ratingsQuery, ctx.query, 'query');
    const year = query.year ?? currentYear();
    const ratings = await feedback.ratings({ year, ...(query.city ? { cityName: query.city } : {}) });
    ctx.body = {
      year,
      ratings: ratings.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })),
    };
  });

  return router;
}
