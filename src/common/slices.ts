/** The rows in consecutive slices of at most `size` (a statement carries at most 65,535 parameters). */
export function slices<T>(rows: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}
