/** A number as people write one (a phone number, an amount): it cannot hold a formula, so it is left as it is. */
const PLAIN_NUMBER = /^[+-]?[\d\s().-]+$/;
/** What a spreadsheet would run as a formula: a cell starting with = + - @, a tab or a carriage return. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell made safe for a spreadsheet: a leading formula character is escaped with ', numbers are left alone. */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/** Undoes neutralizeFormula on import, so an export imports back unchanged. */
export function restoreFormulaText(text: string): string {
  return /^'[=+\-@\t\r]/.test(text) && !PLAIN_NUMBER.test(text.slice(1)) ? text.slice(1) : text;
}

/** CSV for Excel: UTF-8 with a BOM, quoted, and no cell that a spreadsheet would run as a formula. */
export function toCsv(headers: string[], rows: (string | number)[][]): string {
  const cell = (value: string | number) => {
    const text = String(value);
    const safe = typeof value === 'string' ? neutralizeFormula(text) : text;
    return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const lines = [headers, ...rows].map((cells) => cells.map(cell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
