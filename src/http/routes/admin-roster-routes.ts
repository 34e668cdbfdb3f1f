import { Router } from '@koa/router';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import getRawBody from 'raw-body';
import { z } from 'zod';
import { restoreFormulaText, toCsv } from '../../common/csv.js';
import { AppError, ErrorCode } from '../../common/errors.js';
import { zipProblem } from '../../common/zip-guard.js';
import { RosterProblems, type RosterStore, readSheet, type SheetRecord } from '../../domain/roster/roster-import.js';
import { ROSTER_KINDS, type RosterKind, SHEETS } from '../../domain/roster/roster-sheets.js';
import { parseWith } from '../body.js';
import type { AppState } from '../context.js';
import { toXlsx } from '../xlsx.js';

const MAX_ROSTER_BYTES = 10 * 1024 * 1024;
/** What an XLSX roster may unpack to, and the rows it may hold: a whole region's roster is far below both. */
const MAX_ROSTER_UNZIPPED_BYTES = 16 * 1024 * 1024;
const MAX_ROSTER_ROWS = 20_000;

class TooLarge extends Error {}
const kind = z.enum(ROSTER_KINDS, { error: `kind must be one of ${ROSTER_KINDS.join(', ')}` });
const importQuery = z.object({ kind, dryRun: z.enum(['0', '1', 'true', 'false']).optional() });
const exportQuery = z.object({
  kind,
  format: z.enum(['csv', 'xlsx'], { error: 'format must be csv or xlsx' }).default('xlsx'),
});

/** A CSV (UTF-8, with or without BOM) or XLSX file as its header row and records. */
async function readTable(bytes: Buffer): Promise<{ headers: string[]; records: SheetRecord[] }> {
  if (bytes.subarray(0, 2).toString('latin1') === 'PK') {
    const problem = zipProblem(bytes, MAX_ROSTER_UNZIPPED_BYTES);
    if (problem?.startsWith('unpacks to')) throw new TooLarge(`The spreadsheet ${problem}`);
    if (problem) throw new Error(problem);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as never);
    const sheet = workbook.worksheets[0];
    if (!sheet) return { headers: [], records: [] };
    const text = (value: ExcelJS.CellValue): string =>
      value instanceof Date
        ? value.toISOString().slice(0, 10)
        : value === null || value === undefined
          ? ''
          : typeof value === 'object' && 'text' in value
            ? String(value.text)
            : String(value);
    // Rows as stored, never up to a declared row number (one cell in row 1,048,576 would make a million rows).
    if (sheet.actualRowCount > MAX_ROSTER_ROWS)
      throw new TooLarge(`The spreadsheet has more than ${MAX_ROSTER_ROWS} rows`);
    const headers = ((sheet.getRow(1).values as ExcelJS.CellValue[]) ?? []).slice(1).map((v) => text(v).trim());
    const records: SheetRecord[] = [];
    sheet.eachRow({ includeEmpty: false }, (row, line) => {
      if (line === 1) return;
      const values = (row.values as ExcelJS.CellValue[]).slice(1);
      records.push({ line, cells: Object.fromEntries(headers.map((h, i) => [h, text(values[i])])) });
    });
    return { headers, records };
  }
  const csv = bytes.toString('utf8').replace(/^\uFEFF/, '');
  const rows = parse(csv, { relax_column_count: true, skip_empty_lines: false }) as string[][];
  const headers = (rows[0] ?? []).map((h) => h.trim());
  const records = rows.slice(1).map((cells, index) => ({
    line: index + 2,
    cells: Object.fromEntries(headers.map((h, i) => [h, restoreFormulaText(cells[i] ?? '')])),
  }));
  return { headers, records };
}

/** Roster import and export in the office's own spreadsheets (Chinese headers, see the README). */
export function adminRosterRoutes(roster: RosterStore): Router<AppState> {
  const router = new Router<AppState>({ prefix: '/admin', sensitive: true });

  router.post('/import', async (ctx) => {
    const query = parseWith(importQuery, ctx.query, 'query');
    const dryRun = query.dryRun === '1' || query.dryRun === 'true';
    const bytes = await getRawBody(ctx.req, { limit: MAX_ROSTER_BYTES, length: ctx.request.length });
    let table: Awaited<ReturnType<typeof readTable>>;
    try {
      table = await readTable(bytes);
    } catch (error) {
      if (error instanceof TooLarge) throw new AppError(ErrorCode.PayloadTooLarge, error.message);
      throw new AppError(ErrorCode.Validation, `The file is neither CSV nor XLSX: ${(error as Error).message}`);
    }
    try {
      const rows = readSheet(query.kind as RosterKind, table.headers, table.records);
      const counts = await roster.apply(query.kind as RosterKind, rows, { dryRun });
      ctx.body = { kind: query.kind, dryRun, rows: rows.length, ...counts };
    } catch (error) {
      if (!(error instanceof RosterProblems)) throw error;
      throw new AppError(
        ErrorCode.Validation,
        `${error.problems.length} row(s) cannot be imported; nothing was changed`,
        {
          details: error.problems.map((p) => ({ path: `line ${p.line}`, line: p.line, message: p.message })),
        },
      );
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
