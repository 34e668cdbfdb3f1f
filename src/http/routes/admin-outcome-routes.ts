import { Router } from '@koa/router';
import { z } from 'zod';
import type { OutcomeLedger } from '../../domain/outcomes/outcome-ledger.js';
import {
  OUTCOME_KIND_LABELS,
  OUTCOME_KINDS,
  OUTCOME_STATUSES,
  type StoredOutcome,
} from '../../domain/outcomes/types.js';
import { TARGET_YEAR, type TargetSource, targetProgress } from '../../domain/progress/targets.js';
import { parseWith } from '../body.js';
import type { AppState } from '../context.js';
import { cityParam, codeOrLabel, yearParam } from '../query-params.js';

/** A kind by its code (PROJECT) or its Chinese name (科技项目). */
const kind = codeOrLabel(OUTCOME_KINDS, OUTCOME_KIND_LABELS, 'kind');
const outcomesQuery = z.object({
  year: yearParam.optional(),
  kind: kind.optional(),
  city: cityParam.optional(),
  status: z.enum(OUTCOME_STATUSES, { error: `status must be one of ${OUTCOME_STATUSES.join(', ')}` }).optional(),
});

const toJson = (outcome: StoredOutcome) => ({
  id: outcome.id,
  kind: outcome.kind,
  kindLabel: OUTCOME_KIND_LABELS[outcome.kind],
  assignmentId: outcome.assignmentId,
  enterpriseId: outcome.enterpriseId,
  enterpriseName: outcome.enterpriseShortName,
  city: outcome.cityName,
  reporterId: outcome.reporterId,
  reporterName: outcome.reporterName,
  title: outcome.title,
  date: outcome.monthOnly ? outcome.date.slice(0, 7) : outcome.date,
  monthOnly: outcome.monthOnly,
  status: outcome.status,
  statusNote: outcome.statusNote,
  level: outcome.level,
  stage: outcome.stage,
  form: outcome.form,
  amount: outcome.amount,
  ipKind: outcome.ipKind,
  quantity: outcome.quantity,
  summary: outcome.summary,
  confirmedById: outcome.confirmedById,
  confirmedAt: outcome.confirmedAt?.toISOString() ?? null,
  createdAt: outcome.createdAt.toISOString(),
});

/** GET /admin/outcomes (what was achieved, by year, kind, city, status) and GET /admin/targets (the 2027 targets). */
export function adminOutcomeRoutes(outcomes: OutcomeLedger, targets: TargetSource, currentYear: () => number) {
  const router = new Router<AppState>({ prefix: '/admin', sensitive: true });

  router.get('/outcomes', async (ctx) => {
    const query = parseWith(outcomesQuery, ctx.query, 'query');
    const year = query.year ?? currentYear();
    const rows = await outcomes.list({
      year,
      ...(query.kind ? { kind: query.kind } : {}),
      ...(query.city ? { cityName: query.city } : {}),
      ...(query.status ? { status: query.status } : {}),
    });
    ctx.body = { year, outcomes: rows.map(toJson) };
  });

  router.get('/targets', async (ctx) => {
    const facts = await targets.targetFacts(TARGET_YEAR);
    ctx.body = targetProgress(facts.hosts, facts.outcomes);
  });

  return router;
}
