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

/**
 * A printable sheet (台账): a title row, the header frozen under it with a filter, date cells as dates, and the rows in
 * groups each closed by a subtotal line.
 */
export async function toPrintableXlsx(options: {
  title: string;
  headers: string[];
  widths: number[];
  /** Rows in groups, each closed by its subtotal line when it has one. */
  groups: { rows: (string | number)[][]; subtotal?: string }[];
  /** 1-based columns whose YYYY-MM-DD text is written as a date cell. */
  dateColumns?: number[];
}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(options.title.slice(0, 31), {
    views: [{ state: 'frozen', ySplit: 2 }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const last = options.headers.length;
  sheet.addRow([options.title]);
  sheet.mergeCells(1, 1, 1, last);
  const title = sheet.getRow(1);
  title.font = { bold: true, size: 14 };
  title.alignment = { horizontal: 'center' };
  sheet.addRow(options.headers).font = { bold: true };
  sheet.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: last } };
  const dates = new Set(options.dateColumns ?? []);
  for (const group of options.groups) {
    for (const cells of group.rows) {
      const row = sheet.addRow(
        cells.map((value, i) =>
          dates.has(i + 1) && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
            ? new Date(`${value}T00:00:00Z`)
            : value,
        ),
      );
      for (const column of dates) row.getCell(column).numFmt = 'yyyy-mm-dd';
    }
    if (!group.subtotal) continue;
    const subtotal = sheet.addRow([group.subtotal]);
    sheet.mergeCells(subtotal.number, 1, subtotal.number, last);
    subtotal.font = { italic: true, bold: true };
  }
  sheet.columns.forEach((column, i) => {
    column.width = options.widths[i] ?? 12;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
