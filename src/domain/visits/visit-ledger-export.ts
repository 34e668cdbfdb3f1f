import { type LocalDate, shanghaiDateTime } from '../../common/local-date.js';
import { VISIT_TYPE_LABELS, type VisitStatus, type VisitType } from '../programme/types.js';
import { owedIn, type Period, type Quota, totalsForYear } from '../progress/quota.js';

export interface LedgerRow {
  date: string;
  city: string;
  enterprise: string;
  assignmentId: string;
  /** When the posting runs: the quota of a year it covers only part of is in proportion. */
  posting: Period;
  /** The specialist, or the team with its leader. */
  assignee: string;
  /** 派出单位. */
  institution: string;
  type: VisitType;
  days: number;
  reporter: string;
  summary: string;
  status: VisitStatus;
  /** The enterprise contact who confirmed the visit, and when. */
  confirmedBy: string | null;
  confirmedAt: Date | null;
  /** The enterprise's reason when it disputed the visit. */
  statusNote: string | null;
  disputeNo: string | null;
  /** What the station found when it resolved a dispute. */
  resolution: string | null;
  /** Photos kept as evidence. */
  evidence: number;
  /** Locations shared as evidence: the place's name, or its coordinates. */
  locations: string[];
  reportedAt: Date;
}

const STATUS_LABELS: Record<VisitStatus, string> = {
  REPORTED: '已报备',
  CONFIRMED: '企业已确认',
  DISPUTED: '企业有异议（待核实，不计入）',
  VERIFIED: '异议核实属实',
  REJECTED: '异议核实不属实（不计入）',
};
/** What counts toward the quota (a disputed visit waits, a rejected one never counts). */
const COUNTS: Record<VisitStatus, boolean> = {
  REPORTED: true,
  CONFIRMED: true,
  DISPUTED: false,
  VERIFIED: true,
  REJECTED: false,
};

/** The visit ledger (台账) as an office keeps it: Chinese headers, one visit a row. */
export const LEDGER_HEADERS = [
  '序号',
  '日期',
  '设区市',
  '企业',
  '派驻编号',
  '科技特派员/团队',
  '派出单位',
  '服务类型',
  '天数',
  '报备人',
  '服务内容',
  '状态',
  '确认人',
  '确认时间',
  '异议编号',
  '异议说明',
  '核实说明',
  '佐证照片',
  '位置',
  '报备时间',
];
export const LEDGER_WIDTHS = [6, 12, 10, 26, 10, 22, 20, 10, 6, 10, 40, 16, 10, 17, 14, 20, 20, 8, 24, 17];
/** Where the date and the days stand (1-based columns), for the sheet's date cells and subtotals. */
export const LEDGER_DATE_COLUMN = 2;
export const LEDGER_DAYS_COLUMN = 9;

const time = (instant: Date | null) => (instant ? shanghaiDateTime(instant) : '');

export function ledgerCells(row: LedgerRow, index: number): (string | number)[] {
  return [
    index + 1,
    row.date,
    row.city,
    row.enterprise,
    row.assignmentId,
    row.assignee,
    row.institution,
    VISIT_TYPE_LABELS[row.type],
    row.days,
    row.reporter,
    row.summary,
    STATUS_LABELS[row.status],
    row.confirmedBy ?? '',
    time(row.confirmedAt),
    row.disputeNo ?? '',
    row.statusNote ?? '',
    row.resolution ?? '',
    row.evidence,
    row.locations.join('；'),
    time(row.reportedAt),
  ];
}

/**
 * Each posting's visits and days that count in `year`, against what it owes that year (the quota, in proportion for a
 * posting that covers part of it, as the assessment counts): the 台账's subtotal line. Records of one day are one visit.
 */
export function postingSubtotal(rows: LedgerRow[], quota: Quota, year: number): string {
  const { visits, days } = totalsForYear(
    rows.filter((r) => COUNTS[r.status]).map((r) => ({ date: r.date as LocalDate, days: r.days })),
    year,
  );
  const first = rows[0];
  const owed = owedIn(quota, year, first?.posting);
  const part =
    owed.visits !== quota.visitsPerYear || owed.days !== quota.daysPerYear ? '（派驻不满一年，按天数折算）' : '';
  return `小计 ${first?.assignmentId ?? ''} ${first?.enterprise ?? ''}：走访 ${visits}/${owed.visits} 次，服务 ${days}/${owed.days} 天${part}${visits >= owed.visits && days >= owed.days ? '（已达标）' : '（未达标）'}`;
}
