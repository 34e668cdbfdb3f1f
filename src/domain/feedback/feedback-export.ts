import { shanghaiDateTime } from '../../common/local-date.js';
import { FEEDBACK_CATEGORY_LABELS, FEEDBACK_STATUS_LABELS, latestAnswer, reopenReason, type Ticket } from './types.js';

/** Feedback as an office lists it: Chinese headers, one ticket a row, times in Asia/Shanghai, people by name. */
export const FEEDBACK_HEADERS = [
  '编号',
  '设区市',
  '企业',
  '类别',
  '反馈内容',
  '状态',
  '不满意原因',
  '提交人',
  '提交人编号',
  '提交时间',
  '最新答复',
  '答复人编号',
  '答复时间',
  '关闭时间',
  '上报工作办时间',
  '上报说明',
];
export const FEEDBACK_WIDTHS = [14, 10, 26, 16, 50, 14, 30, 10, 10, 17, 50, 10, 17, 17, 17, 40];

const time = (instant: Date | null | undefined) => (instant ? shanghaiDateTime(instant) : '');

export function feedbackCells(ticket: Ticket): string[] {
  const answer = latestAnswer(ticket);
  const reopened = reopenReason(ticket);
  return [
    ticket.ticketNo,
    ticket.cityName,
    ticket.enterpriseName,
    FEEDBACK_CATEGORY_LABELS[ticket.category],
    ticket.text,
    // A ticket the enterprise reopened waits again, and says so, next to the answer it was not satisfied with.
    reopened
      ? `企业不满意，重新办理（${FEEDBACK_STATUS_LABELS[ticket.status]}）`
      : FEEDBACK_STATUS_LABELS[ticket.status],
    reopened ?? '',
    ticket.submitterName,
    ticket.submitterId,
    time(ticket.createdAt),
    answer ? `${answer.authorName}：${answer.text}` : '',
    answer?.authorId ?? '',
    time(ticket.answeredAt),
    time(ticket.closedAt),
    time(ticket.escalation?.at),
    ticket.escalation ? `${ticket.escalation.byName}：${ticket.escalation.reason}` : '',
  ];
}
