import type { Channel, PersonRole } from '../programme/types.js';

export const FEEDBACK_CATEGORIES = [
  'RD_EXPENSE_DEDUCTION',
  'HIGH_TECH_RECOGNITION',
  'SCIENCE_PROGRAMME',
  'TALENT',
  'FUNDING',
  'INTELLECTUAL_PROPERTY',
  'OTHER',
] as const;
export type FeedbackCategory = (typeof FEEDBACK_CATEGORIES)[number];

export const FEEDBACK_CATEGORY_LABELS: Record<FeedbackCategory, string> = {
  RD_EXPENSE_DEDUCTION: '研发费用加计扣除',
  HIGH_TECH_RECOGNITION: '高新技术企业认定',
  SCIENCE_PROGRAMME: '科技计划项目',
  TALENT: '人才政策',
  FUNDING: '资金补助',
  INTELLECTUAL_PROPERTY: '知识产权',
  OTHER: '其他',
};

export const FEEDBACK_STATUSES = ['SUBMITTED', 'IN_PROGRESS', 'ANSWERED', 'CLOSED'] as const;
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];

export const FEEDBACK_STATUS_LABELS: Record<FeedbackStatus, string> = {
  SUBMITTED: '已提交',
  IN_PROGRESS: '处理中',
  ANSWERED: '已答复',
  CLOSED: '已关闭',
};

export interface TicketReply {
  authorId: string;
  authorName: string;
  authorRole: PersonRole;
  text: string;
  createdAt: Date;
}

export interface Ticket {
  id: string;
  ticketNo: string;
  enterpriseId: string;
  enterpriseName: string;
  cityName: string;
  /** The city's station has officials; a ticket of a city without goes to the regional office. */
  stationStaffed: boolean;
  submitterId: string;
  submitterName: string;
  category: FeedbackCategory;
  text: string;
  status: FeedbackStatus;
  createdAt: Date;
  answeredAt: Date | null;
  closedAt: Date | null;
  waitingSince: Date;
  /** Raised by the city station to the regional office (上报工作办): when, by whom and why. */
  escalation: TicketEscalation | null;
  replies: TicketReply[];
}

/** Who handles the ticket, as the enterprise is told: its city's station, or the office where there is none. */
export const holderOf = (ticket: Pick<Ticket, 'cityName' | 'stationStaffed'>): string =>
  ticket.stationStaffed ? `${ticket.cityName}服务站` : '自治区工作办';

export interface TicketEscalation {
  at: Date;
  byId: string;
  byName: string;
  reason: string;
}

export interface NewTicket {
  year: number;
  enterpriseId: string;
  submitterId: string;
  category: FeedbackCategory;
  text: string;
  channel: Channel | null;
  createdAt: Date;
}

/** How words added to a ticket by its enterprise or filer begin, among its replies. */
export const SUPPLEMENT_MARK = '补充：';

/** What the enterprise or filer added to the ticket since filing (「补充：…」), oldest first. */
export function supplementsOf(ticket: Ticket): TicketReply[] {
  return ticket.replies.filter(
    (r) => r.authorRole !== 'CITY_OFFICIAL' && r.authorRole !== 'REGION_OFFICIAL' && r.text.startsWith(SUPPLEMENT_MARK),
  );
}

/** Why the enterprise reopened the ticket after its latest answer (「不满意：…」), if it did. */
export function reopenReason(ticket: Ticket): string | null {
  const answer = latestAnswer(ticket);
  const after = ticket.replies.filter(
    (r) =>
      r.authorRole === 'ENTERPRISE_CONTACT' &&
      (!answer || r.createdAt >= answer.createdAt) &&
      r.text.startsWith('不满意：'),
  );
  const last = after.at(-1);
  return last && answer && (ticket.status === 'SUBMITTED' || ticket.status === 'IN_PROGRESS')
    ? last.text.replace(/^不满意：/, '')
    : null;
}

/** The latest answer of an official (not the enterprise's own follow-ups). */
export function latestAnswer(ticket: Ticket): TicketReply | undefined {
  return ticket.replies.filter((r) => r.authorRole === 'CITY_OFFICIAL' || r.authorRole === 'REGION_OFFICIAL').at(-1);
}
