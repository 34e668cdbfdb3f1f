import {
  FEEDBACK_CATEGORY_LABELS,
  FEEDBACK_STATUS_LABELS,
  latestAnswer,
  type Ticket,
} from '../../domain/feedback/types.js';
import type { Posting } from '../../domain/visits/visit-ledger.js';

const name = (posting: Posting) => posting.shortName ?? posting.enterpriseName;
const shorten = (text: string, max = 40) => (text.length > max ? `${text.slice(0, max)}…` : text);

export const feedbackReplies = {
  filed: (ticket: Ticket) =>
    [
      `已提交政策反馈，编号 ${ticket.ticketNo}。`,
      `类别：${FEEDBACK_CATEGORY_LABELS[ticket.category]}`,
      `已转${ticket.cityName}服务站处理，自治区工作办可查看；有答复会第一时间通知您。`,
      '回复「我的反馈」查看进展。',
    ].join('\n'),

  confirmFiling: (text: string) =>
    `要作为政策反馈提交吗？\n「${shorten(text, 60)}」\n回复「是」提交给设区市服务站，回复「否」不提交。`,

  notFiled: '好的，没有提交。',

  chooseEnterprise: (postings: Posting[]) =>
    [
      '请问是为哪家企业反馈？回复序号或企业名称：',
      ...postings.map((p, i) => `${i + 1}. ${name(p)}`),
      '（回复「取消」放弃）',
    ].join('\n'),

  nothingToForward: '没有可以转为反馈的问题：「转反馈」用于把刚才没能回答的政策问题交给工作人员（30分钟内有效）。',

  acted: (ticket: Ticket, status: Ticket['status']) =>
    `反馈 ${ticket.ticketNo} 已更新为「${FEEDBACK_STATUS_LABELS[status]}」，已通知企业${status === 'ANSWERED' || status === 'CLOSED' ? '' : '联系人'}。`,

  reopened: (ticket: Ticket) => `反馈 ${ticket.ticketNo} 已重新打开，并转${ticket.cityName}服务站再次处理。`,

  mine(tickets: Ticket[]): string {
    if (tickets.length === 0) return '还没有提交过政策反馈。遇到政策落实问题，可以直接发「反馈：具体问题」。';
    return ['您的政策反馈：']
      .concat(
        tickets.map((t) => {
          const answer = latestAnswer(t);
          return `· ${t.ticketNo}【${FEEDBACK_STATUS_LABELS[t.status]}】${shorten(t.text)}${answer ? `\n  最新答复（${answer.authorName}）：${answer.text}` : ''}`;
        }),
      )
      .join('\n');
  },

  todo(tickets: Ticket[]): string {
    if (tickets.length === 0) return '目前没有待处理的政策反馈。';
    return [`待处理的政策反馈（${tickets.length}条，最早的在前）：`]
      .concat(
        tickets.map(
          (t) =>
            `· ${t.ticketNo}【${FEEDBACK_STATUS_LABELS[t.status]}】${t.enterpriseName}｜${FEEDBACK_CATEGORY_LABELS[t.category]}｜${shorten(t.text)}`,
        ),
      )
      .concat('回复「回复 编号 答复内容」「处理中 编号」「关闭 编号」处理。')
      .join('\n');
  },

  rated: (posting: Posting, score: number) => `感谢评价！已记录对${name(posting)}本年度派驻服务的评分：${score}分。`,
  notAnOfficial: '只有设区市服务站和自治区工作办的工作人员可以查看待办反馈。',
};
