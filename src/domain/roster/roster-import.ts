import type { z } from 'zod';
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
  /** People import: the WeCom and DingTalk accounts the file removes (a blank cell where one was stored). */
  removedAccounts?: { line: number; personId: string; channel: string; accountId: string }[];
}

/** A sheet as read: every record's cells that could be read, and the problems found in the cells themselves. */
export interface SheetReading<K extends RosterKind> {
  kind: K;
  /** Every record, with the fields whose cells were read (a bad cell's field is absent). */
  records: { line: number; fields: Partial<RosterRow<K>> }[];
  problems: RowProblem[];
}

/** A record every cell of which was read. */
export type CompleteRow<K extends RosterKind> = { line: number; row: RosterRow<K> };

/**
 * Checks a reading against the stored roster and writes it (upsert by the office's ids) in one transaction.
 * Every problem of the file (cells, references, roster rules) is reported at once as RosterProblems; then nothing is
 * written.
 */
export interface RosterStore {
  apply<K extends RosterKind>(kind: K, reading: SheetReading<K>, options: { dryRun: boolean }): Promise<ImportCounts>;
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

/** Reads a sheet's records cell by cell, so that one bad cell does not hide the row's other problems. */
export function readSheet<K extends RosterKind>(kind: K, headers: string[], records: SheetRecord[]): SheetReading<K> {
  const sheet = SHEETS[kind];
  const columns = sheet.columns as Record<string, string>;
  const missing = (sheet.required as readonly string[]).filter((header) => !headers.includes(header));
  if (missing.length > 0) throw new RosterProblems([{ line: 1, message: `缺少列：${missing.join('、')}` }]);
  const shape = sheet.row.shape as Record<string, z.ZodType>;
  const problems: RowProblem[] = [];
  const read: SheetReading<K>['records'] = [];
  const seen = new Map<string, number>();
  for (const { line, cells } of records) {
    const fields: Record<string, unknown> = {};
    const messages: string[] = [];
    for (const [header, field] of Object.entries(columns)) {
      const parsed = (shape[field] as z.ZodType).safeParse(cells[header] ?? '');
      if (parsed.success) fields[field] = parsed.data;
      else messages.push(...parsed.error.issues.map((issue) => issue.message));
    }
    if (messages.length > 0) problems.push({ line, message: messages.join('；') });
    const id = fields.id as string | undefined;
    const earlier = id === undefined ? undefined : seen.get(id);
    if (earlier) problems.push({ line, message: `编号 ${id} 与第${earlier}行重复` });
    else if (id !== undefined) seen.set(id, line);
    read.push({ line, fields: fields as Partial<RosterRow<K>> });
  }
  return { kind, records: read, problems };
}

/** The records every cell of which was read; once no problem is left, that is all of them. */
export function completeRows<K extends RosterKind>(reading: SheetReading<K>): CompleteRow<K>[] {
  const fields = Object.keys(SHEETS[reading.kind].row.shape);
  return reading.records
    .filter((r) => fields.every((f) => f in r.fields))
    .map((r) => ({ line: r.line, row: r.fields as RosterRow<K> }));
}
