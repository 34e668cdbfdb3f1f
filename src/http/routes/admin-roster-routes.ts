import { Router } from '@koa/router';
import { z } from 'zod';
import { toCsv } from '../../common/csv.js';
import { RosterProblems, type RosterStore, readSheet } from '../../domain/roster/roster-import.js';
import { ROSTER_KINDS, type RosterKind, SHEETS } from '../../domain/roster/roster-sheets.js';
import { parseWith } from '../body.js';
import type { AppState } from '../context.js';
import { importRefusal } from '../import-refusal.js';
import { readUploadedTable } from '../table-upload.js';
import { toXlsx } from '../xlsx.js';

const kind = z.enum(ROSTER_KINDS, { error: `kind must be one of ${ROSTER_KINDS.join(', ')}` });
const importQuery = z.object({ kind, dryRun: z.enum(['0', '1', 'true', 'false']).optional() });
const exportQuery = z.object({
  kind,
  format: z.enum(['csv', 'xlsx'], { error: 'format must be csv or xlsx' }).default('xlsx'),
});

/** Roster import and export in the office's own spreadsheets (Chinese headers, see the README). */
export function adminRosterRoutes(roster: RosterStore): Router<AppState> {
  const router = new Router<AppState>({ prefix: '/admin', sensitive: true });

  router.post('/import', async (ctx) => {
    const query = parseWith(importQuery, ctx.query, 'query');
    const dryRun = query.dryRun === '1' || query.dryRun === 'true';
    const table = await readUploadedTable(ctx);
    try {
      const reading = readSheet(query.kind as RosterKind, table.headers, table.records);
      const counts = await roster.apply(query.kind as RosterKind, reading, { dryRun });
      ctx.body = { kind: query.kind, dryRun, rows: reading.records.length, ...counts };
    } catch (error) {
      if (!(error instanceof RosterProblems)) throw error;
      throw importRefusal(error.problems, '名册');
    }
  });

  router.get('/export', async (ctx) => {
    const query = parseWith(exportQuery, ctx.query, 'query');
    const headers = Object.keys(SHEETS[query.kind].columns);
    const records = await roster.export(query.kind);
    const cells = records.map((record) => headers.map((h) => record[h] ?? ''));
    ctx.set('Content-Disposition', `attachment; filename="${query.kind}.${query.format}"`);
    if (query.format === 'csv') {
      ctx.type = 'text/csv; charset=utf-8';
      ctx.body = toCsv(headers, cells);
    } else {
      ctx.type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
      ctx.body = await toXlsx(headers, cells, query.kind);
    }
  });
  return router;
}
