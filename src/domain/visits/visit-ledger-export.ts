import { shanghaiDateTime } from '../../common/local-date.js';
import { VISIT_TYPE_LABELS, type VisitStatus, type VisitType } from '../programme/types.js';

export interface LedgerRow {
  date: string;
  city: string;
  enterprise: string;
  assignmentId: string;
  type: VisitType;
  days: number;
  reporter: string;
  summary: string;
  status: VisitStatus;
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

/** The visit ledger (台账) as an office keeps it: Chinese headers, one visit a row. */
export const LEDGER_HEADERS = [
  '日期',
  '设区市',
  '企业',
  '派驻编号',
  '服务类型',
  '天数',
  '报备人',
  '服务内容',
  '状态',
  '异议编号',
  '异议说明',
  '核实说明',
  '佐证照片',
  '位置',
  '报备时间',
];

export function ledgerCells(row: LedgerRow): (string | number)[] {
  return [
    row.date,
    row.city,
    row.enterprise,
    row.assignmentId,
    VISIT_TYPE_LABELS[row.type],
    row.days,
    row.reporter,
    row.summary,
    STATUS_LABELS[row.status],
    row.disputeNo ?? '',
    row.statusNote ?? '',
    row.resolution ?? '',
    row.evidence,
    row.locations.join('；'),
    shanghaiDateTime(row.reportedAt),
  ];
}

export const LEDGER_WIDTHS = [12, 10, 26, 10, 10, 6, 10, 40, 16, 14, 20, 20, 8, 24, 22];
