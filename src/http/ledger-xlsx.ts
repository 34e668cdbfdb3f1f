import ExcelJS from 'exceljs';
import { LEDGER_HEADERS, type LedgerRow, ledgerCells } from '../domain/visits/visit-ledger-export.js';

export async function toXlsx(rows: LedgerRow[], title: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(title.slice(0, 31));
  sheet.addRow(LEDGER_HEADERS).font = { bold: true };
  for (const row of rows) sheet.addRow(ledgerCells(row));
  sheet.columns.forEach((column, i) => {
    column.width = [12, 10, 26, 10, 10, 6, 10, 40, 12, 22][i] ?? 12;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
