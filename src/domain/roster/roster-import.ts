import { ROSTER_KINDS, type RosterKind, type RosterRow, SHEETS } from './roster-sheets.js';

export interface RowProblem {
  /** The line in the file: the header is line 1. */
  line: number;
  message: string;
}

export class RosterProblems extends Error {
  constructor(readonly problems: RowProblem[]) {
    super(`${problems.length} row(s) cannot be imported`);
  }
}

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
}

/** Writes validated rows (upsert by the office's ids) in one transaction; throws RosterProblems, writing nothing. */
export interface RosterStore {
  apply<K extends RosterKind>(
    kind: K,
    rows: { line: number; row: RosterRow<K> }[],
    options: { dryRun: boolean },
  ): Promise<ImportCounts>;
  export<K extends RosterKind>(kind: K): Promise<Record<string, string>[]>;
}

export function isRosterKind(value: string): value is RosterKind {
  return (ROSTER_KINDS as readonly string[]).includes(value);
}

/** One record of a sheet: its line in the file (the header is line 1) and its cells by header. */
export interface SheetRecord {
  line: number;
  cells: Record<string, string>;
}

/** Reads a sheet's records into rows, or every problem with its line. */
export function readSheet<K extends RosterKind>(
  kind: K,
  headers: string[],
  records: SheetRecord[],
): { line: number; row: RosterRow<K> }[] {
  const sheet = SHEETS[kind];
  const columns = sheet.columns as Record<string, string>;
  const missing = (sheet.required as readonly string[]).filter((header) => !headers.includes(header));
  if (missing.length > 0) throw new RosterProblems([{ line: 1, message: `缺少列：${missing.join('、')}` }]);
  const problems: RowProblem[] = [];
  const rows: { line: number; row: RosterRow<K> }[] = [];
  const seen = new Map<string, number>();
  for (const { line, cells } of records) {
    const input = Object.fromEntries(Object.entries(columns).map(([header, field]) => [field, cells[header] ?? '']));
    const parsed = sheet.row.safeParse(input);
    if (!parsed.success) {
      problems.push({ line, message: parsed.error.issues.map((issue) => issue.message).join('；') });
      continue;
    }
    const row = parsed.data as RosterRow<K>;
    const earlier = seen.get(row.id);
    if (earlier) problems.push({ line, message: `编号 ${row.id} 与第${earlier}行重复` });
    seen.set(row.id, line);
    rows.push({ line, row });
  }
  if (problems.length > 0) throw new RosterProblems(problems);
  return rows;
}
