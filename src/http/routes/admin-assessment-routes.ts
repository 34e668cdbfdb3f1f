import { Router } from '@koa/router';
import { z } from 'zod';
import { toCsv } from '../../common/csv.js';
import { AppError, ErrorCode } from '../../common/errors.js';
import { isLocalDate, type LocalDate } from '../../common/local-date.js';
import {
  ASSESSMENT_HEADERS,
  ASSESSMENT_WIDTHS,
  assessmentCells,
  SUBSIDY_HEADERS,
  SUBSIDY_WIDTHS,
  subsidyCells,
} from '../../domain/assessment/assessment-export.js';
import type { AssessmentService, DecideRefusal } from '../../domain/assessment/assessment-service.js';
import type { AssessmentSource } from '../../domain/assessment/assessment-source.js';
import { GRADE_LABELS, GRADES, scoreSheetSchema } from '../../domain/assessment/score-sheet.js';
import type { PersonDirectory } from '../../domain/people/person-directory.js';
import { parseWith, readJson } from '../body.js';
import type { AppState } from '../context.js';
import { cityParam, codeOrLabel, yearParam } from '../query-params.js';
import { toPrintableXlsx } from '../xlsx.js';

const listQuery = z.object({ year: yearParam.optional(), city: cityParam.optional() });
const exportQuery = listQuery.extend({
  format: z.enum(['csv', 'xlsx'], { error: 'format must be csv or xlsx' }).default('xlsx'),
});
const grade = codeOrLabel(GRADES, GRADE_LABELS, 'grade');
const decisionRequest = z.object({
  assignmentId: z.string().trim().min(1, 'assignmentId is required'),
  year: yearParam,
  officialId: z.string().trim().min(1, 'officialId is required: the official who decides'),
  score: z.number().min(0).max(100).optional(),
  grade: grade.optional(),
  reason: z.string().trim().max(500).optional(),
});
const agreementRequest = z.object({
  signedOn: z.string().refine(isLocalDate, 'signedOn must be a calendar date such as 2026-03-15').nullable(),
});

const REFUSALS: Record<DecideRefusal['code'], [ErrorCode, string]> = {
  'no-such-posting': [ErrorCode.NotFound, 'No posting with that id runs in that year'],
  'not-allowed': [
    ErrorCode.Forbidden,
    'That official may not decide for this posting (a city official decides for their city)',
  ],
  'year-not-over': [ErrorCode.Conflict, 'The year is not over: results are decided from 1 December on'],
  'reason-required': [
    ErrorCode.Validation,
    'A reason is required when the score or grade differs from the computed result',
  ],
};

function send(
  ctx: { set(name: string, value: string): void; type: string; body: unknown },
  name: string,
  format: 'csv' | 'xlsx',
  content: Buffer | string,
) {
  ctx.set(
    'Content-Disposition',
    `attachment; filename="${format === 'csv' ? 'export.csv' : 'export.xlsx'}"; filename*=UTF-8''${encodeURIComponent(`${name}.${format}`)}`,
  );
  ctx.type =
    format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  ctx.body = content;
}

/** The yearly assessment (score sheet, results, decisions, 考核表), agreements and the subsidy list. */
export function adminAssessmentRoutes(deps: {
  assessments: AssessmentService;
  source: AssessmentSource;
  people: PersonDirectory;
  currentYear: () => number;
  maxBodyBytes: number;
}) {
  const { assessments, source, people, currentYear, maxBodyBytes } = deps;
  const router = new Router<AppState>({ prefix: '/admin', sensitive: true });

  router.get('/assessment-sheet', async (ctx) => {
    ctx.body = { sheet: await assessments.sheet() };
  });

  router.put('/assessment-sheet', async (ctx) => {
    const sheet = await readJson(ctx, scoreSheetSchema, maxBodyBytes);
    ctx.body = { sheet: await assessments.setSheet(sheet) };
  });

  router.get('/assessments', async (ctx) => {
    const query = parseWith(listQuery, ctx.query, 'query');
    const forYear = query.year ?? currentYear();
    ctx.body = { year: forYear, assessments: await assessments.list(forYear, query.city) };
  });

  router.post('/assessments/decisions', async (ctx) => {
    const body = await readJson(ctx, decisionRequest, maxBodyBytes);
    const official = await people.byId(body.officialId);
    if (!official) throw new AppError(ErrorCode.NotFound, `No person ${body.officialId}`);
    const result = await assessments.decide({
      assignmentId: body.assignmentId,
      year: body.year,
      official,
      ...(body.score !== undefined ? { score: body.score } : {}),
      ...(body.grade ? { grade: body.grade } : {}),
      reason: body.reason ?? null,
    });
    if (result.kind === 'refused') {
      const [code, message] = REFUSALS[result.refusal.code];
      throw new AppError(code, message);
    }
    ctx.body = { assessment: result.assessment };
  });

  router.get('/assessments/export', async (ctx) => {
    const query = parseWith(exportQuery, ctx.query, 'query');
    const forYear = query.year ?? currentYear();
    const rows = (await assessments.list(forYear, query.city)).map(assessmentCells);
    const name = `${forYear}年度科技特派员考核表${query.city ? `-${query.city}` : ''}`;
    send(
      ctx,
      name,
      query.format,
      query.format === 'csv'
        ? toCsv(ASSESSMENT_HEADERS, rows)
        : await toPrintableXlsx({
            title: name,
            headers: ASSESSMENT_HEADERS,
            widths: ASSESSMENT_WIDTHS,
            groups: [{ rows }],
          }),
    );
  });

  router.get('/subsidies/export', async (ctx) => {
    const query = parseWith(exportQuery, ctx.query, 'query');
    const forYear = query.year ?? currentYear();
    const eligible = (await assessments.list(forYear, query.city)).filter((a) => a.subsidyEligible);
    const rows = eligible.map(subsidyCells);
    const name = `${forYear + 1}年度科技特派员工作补助名单${query.city ? `-${query.city}` : ''}`;
    send(
      ctx,
      name,
      query.format,
      query.format === 'csv'
        ? toCsv(SUBSIDY_HEADERS, rows)
        : await toPrintableXlsx({ title: name, headers: SUBSIDY_HEADERS, widths: SUBSIDY_WIDTHS, groups: [{ rows }] }),
    );
  });

  router.put('/assignments/:id/agreement', async (ctx) => {
    const body = await readJson(ctx, agreementRequest, maxBodyBytes);
    const signedOn = body.signedOn as LocalDate | null;
    if (!(await source.setAgreement(ctx.params.id ?? '', signedOn)))
      throw new AppError(ErrorCode.NotFound, `No posting ${ctx.params.id}`);
    ctx.body = { assignmentId: ctx.params.id, agreementSignedOn: signedOn };
  });

  return router;
}
