import { FEEDBACK_CATEGORY_LABELS, FEEDBACK_STATUS_LABELS, latestAnswer, type Ticket } from './types.js';

/** Feedback as an office lists it: Chinese headers, one ticket a row. */
export const FEEDBACK_HEADERS = [
  '编号',
  '设区市',
  '企业',
  '类别',
  '反馈内容',
  '状态',
  '提交人',
  '提交时间',
  '最新答复',
  '答复时间',
  '关闭时间',
];
export const FEEDBACK_WIDTHS = [14, 10, 26, 16, 50, 8, 10, 22, 50, 22, 22];

export function feedbackCells(ticket: Ticket): string[] {
  const answer = latestAnswer(ticket);
  return [
    ticket.ticketNo,
    ticket.cityName,
    ticket.enterpriseName,
    FEEDBACK_CATEGORY_LABELS[ticket.category],
    ticket.text,
    FEEDBACK_STATUS_LABELS[ticket.status],
    ticket.submitterId,
    ticket.createdAt.toISOString(),
    answer ? `${answer.authorName}：${answer.text}` : '',
    ticket.answeredAt?.toISOString() ?? '',
    ticket.closedAt?.toISOString() ?? '',
  ];
}
