import type { Assessment } from './assessment-service.js';
import { GRADE_LABELS } from './score-sheet.js';

/** The 考核表: one row per posting and year. */
export const ASSESSMENT_HEADERS = [
  '序号',
  '设区市',
  '企业',
  '科技特派员/团队',
  '派出单位',
  '走访次数（实/应）',
  '服务天数（实/应）',
  '成果（项）',
  '企业评价（星）',
  '服务情况得分',
  '服务成效得分',
  '满意度得分',
  '计算得分',
  '考核得分',
  '等级',
  '服务站确认',
  '确认人',
  '调整原因',
  '合作协议签订日期',
  '次年补助资格',
];
export const ASSESSMENT_WIDTHS = [6, 10, 24, 26, 22, 14, 14, 10, 12, 12, 12, 12, 10, 10, 8, 10, 16, 24, 16, 12];

export function assessmentCells(a: Assessment, index: number): (string | number)[] {
  return [
    index + 1,
    a.city,
    a.enterpriseName,
    a.assignee,
    a.institution ?? '',
    `${a.visits}/${a.quota.visits}`,
    `${a.days}/${a.quota.days}`,
    a.outcomes,
    a.rating ?? '未评价',
    a.parts.service,
    a.parts.outcomes,
    a.parts.rating,
    a.computedScore,
    a.score,
    GRADE_LABELS[a.grade],
    a.confirmed ? '已确认' : '待确认',
    a.decidedBy ?? '',
    a.reason ?? '',
    a.agreementSignedOn ?? '未签订',
    a.subsidyEligible ? '是' : '否',
  ];
}

/** The subsidy list (补助名单): a posting, a team once with its leader, 1万元 for the next year. */
export const SUBSIDY_HEADERS = [
  '序号',
  '设区市',
  '企业',
  '科技特派员/团队',
  '派出单位',
  '合作协议签订日期',
  '考核等级',
  '补助年度',
  '补助金额（万元）',
];
export const SUBSIDY_WIDTHS = [6, 10, 24, 26, 22, 16, 10, 10, 14];
export const SUBSIDY_PER_POSTING_WAN = 1;

export function subsidyCells(a: Assessment, index: number): (string | number)[] {
  return [
    index + 1,
    a.city,
    a.enterpriseName,
    a.assignee,
    a.institution ?? '',
    a.agreementSignedOn ?? '',
    GRADE_LABELS[a.grade],
    a.year + 1,
    SUBSIDY_PER_POSTING_WAN,
  ];
}
