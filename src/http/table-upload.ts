import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import getRawBody from 'raw-body';
import { restoreFormulaText } from '../common/csv.js';
import { AppError, ErrorCode } from '../common/errors.js';
import { zipProblem } from '../common/zip-guard.js';
import type { SheetRecord } from '../domain/roster/roster-import.js';
import type { AppContext } from './context.js';

/** The largest spreadsheet upload (roster, 扩展问). */
export const MAX_TABLE_BYTES = 10 * 1024 * 1024;
/** What an XLSX upload may unpack to, and the rows it may hold: a whole region's roster is far below both. */
const MAX_UNZIPPED_BYTES = 16 * 1024 * 1024;
const MAX_ROWS = 20_000;

export class TooLarge extends Error {}

/** A CSV (UTF-8, with or without BOM) or XLSX file as its header row and records. */
export async function readTable(bytes: Buffer): Promise<{ headers: string[]; records: SheetRecord[] }> {
  if (bytes.subarray(0, 2).toString('latin1') === 'PK') {
    const problem = zipProblem(bytes, MAX_UNZIPPED_BYTES);
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
    if (sheet.actualRowCount > MAX_ROWS) throw new TooLarge(`The spreadsheet has more than ${MAX_ROWS} rows`);
    const headers = ((sheet.getRow(1).values as ExcelJS.CellValue[]) ?? []).slice(1).map((v) => text(v).trim());
    const records: SheetRecord[] = [];
    sheet.eachRow({ includeEmpty: false }, (row, line) => {
      if (line === 1) return;
      const values = (row.values as ExcelJS.CellValue[]).slice(1);
      records.push({ line, cells: Object.fromEntries(headers.map((h, i) => [h, text(values[i])])) });
    });
    return { headers, records };
  }
  const csv = decodeCsv(bytes).replace(/^\uFEFF/, '');
  const rows = parse(csv, { relax_column_count: true, skip_empty_lines: false }) as string[][];
  const headers = (rows[0] ?? []).map((h) => h.trim());
  const records = rows.slice(1).map((cells, index) => ({
    line: index + 2,
    cells: Object.fromEntries(headers.map((h, i) => [h, restoreFormulaText(cells[i] ?? '')])),
  }));
  return { headers, records };
}

/**
 * A CSV's text: UTF-8 (with or without BOM), or, when the bytes are not UTF-8, GB18030 (a superset of GBK, what Excel
 * on a Chinese Windows saves as 「CSV (逗号分隔)」).
 */
function decodeCsv(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** The request body read as a table; an upload too large or in no readable format is refused with a clear error. */
export async function readUploadedTable(ctx: AppContext): Promise<{ headers: string[]; records: SheetRecord[] }> {
  const bytes = await getRawBody(ctx.req, { limit: MAX_TABLE_BYTES, length: ctx.request.length });
  try {
    return await readTable(bytes);
  } catch (error) {
    if (error instanceof TooLarge) throw new AppError(ErrorCode.PayloadTooLarge, error.message);
    throw new AppError(ErrorCode.Validation, `The file is neither CSV nor XLSX: ${(error as Error).message}`);
  }
}
