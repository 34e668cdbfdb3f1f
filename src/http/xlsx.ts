import ExcelJS from 'exceljs';

/** One sheet with a bold header row; column widths in characters. */
export async function toXlsx(
  headers: string[],
  rows: (string | number)[][],
  title: string,
  widths: number[] = [],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(title.slice(0, 31));
  sheet.addRow(headers).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  sheet.columns.forEach((column, i) => {
    column.width = widths[i] ?? 12;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
