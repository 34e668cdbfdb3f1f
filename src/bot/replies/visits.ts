import { chineseDateLabel as dateLabel } from '../../common/local-date.js';
import { VISIT_TYPE_LABELS, VISIT_TYPES } from '../../domain/programme/types.js';
import type { Pace, Quota } from '../../domain/progress/quota.js';
import type { Posting, RecordedVisit, StoredVisit } from '../../domain/visits/visit-ledger.js';
import type { MissingField, PostingProgress, VisitDraft } from '../../domain/visits/visit-report-service.js';

const name = (posting: Posting) => posting.shortName ?? posting.enterpriseName;

function paceLine(totals: { visits: number; days: number }, pace: Pace, quota: Quota): string {
  const status = pace.onPace
    ? '进度正常'
    : `进度落后（按时间进度应达到${pace.expectedVisits}次、${pace.expectedDays}天）`;
  return `走访 ${totals.visits}/${quota.visitsPerYear} 次，服务 ${totals.days}/${quota.daysPerYear} 天，${status}，距年底还有 ${pace.daysLeftInYear} 天`;
}

const line = (visit: StoredVisit) =>
  `${dateLabel(visit.date)} ${visit.enterpriseShortName} ${VISIT_TYPE_LABELS[visit.type]} ${visit.days}天（${visit.reporterName}）${visit.summary ? `：${visit.summary}` : ''}`;

export const visitReplies = {
  recorded(visit: RecordedVisit, progress: PostingProgress, quota: Quota, dateGiven: boolean): string {
    return [
      '已记录服务：',
      `日期：${dateLabel(visit.date)}${dateGiven ? '' : '（未写日期，按今天记录）'}`,
      `企业：${name(progress.posting)}`,
      `类型：${VISIT_TYPE_LABELS[visit.type]}`,
      `天数：${visit.days}天`,
      ...(visit.summary ? [`内容：${visit.summary}`] : []),
      `本年度进度：${paceLine(progress.totals, progress.pace, quota)}。`,
      '如有误，请在24小时内回复「撤销」删除这条记录。',
    ].join('\n');
  },

  ask(missing: MissingField, draft: VisitDraft, postings: Posting[]): string {
    if (missing === 'enterprise') {
      const options = postings.filter(
        (p) => draft.candidates.length === 0 || draft.candidates.includes(p.assignmentId),
      );
      return [
        '请问是在哪家企业服务的？回复序号或企业名称：',
        ...options.map((p, i) => `${i + 1}. ${name(p)}`),
        '（回复「取消」放弃本次报备）',
      ].join('\n');
    }
    if (missing === 'days') return '这次服务了几天？例如回复「1天」「半天」「一天半」。（回复「取消」放弃本次报备）';
    return `这次服务属于哪一类？回复序号或名称：\n${VISIT_TYPES.map((t, i) => `${i + 1}. ${VISIT_TYPE_LABELS[t]}`).join('\n')}\n（回复「取消」放弃本次报备）`;
  },

  cancelled: '已取消本次报备。',
  undone: (visit: RecordedVisit) =>
    `已撤销：${dateLabel(visit.date)} ${visit.enterpriseShortName} ${VISIT_TYPE_LABELS[visit.type]} ${visit.days}天。`,
  nothingToUndo: '没有可以撤销的记录（只能撤销24小时内报备的最近一条）。',

  pending(visits: StoredVisit[]): string {
    if (visits.length === 0) return '目前没有待您确认的服务记录。';
    return [
      `有${visits.length}条服务记录待确认：`,
      ...visits.map((visit, i) => `${i + 1}. ${line(visit)}`),
      '请回复「确认 序号」或「有异议 序号 原因」，全部属实可回复「全部确认」。',
    ].join('\n');
  },

  settled(visits: StoredVisit[], reason: string | null): string {
    if (reason === null) return [`已确认${visits.length}条服务记录：`, ...visits.map((v) => `· ${line(v)}`)].join('\n');
    return ['已记录您的异议，并转设区市服务站核实：', ...visits.map((v) => `· ${line(v)}`), `异议：${reason}`].join(
      '\n',
    );
  },

  disputeNeedsReason: '请说明异议的原因，例如「有异议 当天没有到企业」。',

  evidenceAttached: (visit: RecordedVisit) =>
    `已将图片作为佐证材料附到服务记录：${dateLabel(visit.date)} ${visit.enterpriseShortName} ${VISIT_TYPE_LABELS[visit.type]} ${visit.days}天。`,
  evidenceUnattached: '图片未关联到服务记录：请在报备服务记录后10分钟内发送现场照片，照片会作为该次服务的佐证材料。',

  progress(rows: PostingProgress[], quota: Quota, year: number): string {
    if (rows.length === 0) return '目前没有您可以查看的进行中的派驻。';
    return [`${year}年服务进度（每个派驻企业每年至少${quota.visitsPerYear}次、${quota.daysPerYear}天）：`]
      .concat(rows.map((row) => `· ${name(row.posting)}：${paceLine(row.totals, row.pace, quota)}`))
      .join('\n');
  },
};
