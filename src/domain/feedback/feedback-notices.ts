import type { Notice, NoticeAddressing } from '../outbox/notices.js';
import type { NewOutboxMessage } from '../outbox/outbox.js';
import type { PersonDirectory } from '../people/person-directory.js';
import { stationOfficials } from '../people/station-officials.js';
import type { Person } from '../programme/types.js';
import { FEEDBACK_CATEGORY_LABELS, type FeedbackCategory, type Ticket } from './types.js';

/** Stands for the ticket number in notices written before the number is given out (in the filing transaction). */
export const TICKET_NO = '\u0000TICKET\u0000';

const howToAct = (no: string) =>
  `回复「回复 ${no} 答复内容」答复企业，「处理中 ${no}」标记处理中，「关闭 ${no}」关闭。`;

/** Who hears of a ticket: the city station when it is filed or reopened; the enterprise and filer on every answer. */
export class FeedbackNotices {
  constructor(
    private readonly people: PersonDirectory,
    private readonly addressing: NoticeAddressing,
  ) {}

  /** The city station's officials learn of a new ticket (the text holds TICKET_NO until it is numbered). */
  async filed(
    ticket: { enterpriseName: string; cityName: string; category: FeedbackCategory; text: string },
    submitter: Person,
  ): Promise<NewOutboxMessage[]> {
    const officials = await stationOfficials(this.people, ticket.cityName);
    const by =
      submitter.role === 'SPECIALIST' ? `（科技特派员${submitter.name}代为提交）` : `（${submitter.name}提交）`;
    return this.addressing.address(
      officials.map((official) => ({
        recipientId: official.id,
        kind: 'feedback-filed',
        text: `【政策反馈 ${TICKET_NO}】${ticket.enterpriseName}${by}\n类别：${FEEDBACK_CATEGORY_LABELS[ticket.category]}\n内容：${ticket.text}\n${howToAct(TICKET_NO)}`,
        dedupeKey: `feedback-filed:${TICKET_NO}:${official.id}`,
      })),
    );
  }

  async reopened(ticket: Ticket, by: Person, why: string, at: Date): Promise<NewOutboxMessage[]> {
    const officials = await stationOfficials(this.people, ticket.cityName);
    return this.addressing.address(
      officials.map((official) => ({
        recipientId: official.id,
        kind: 'feedback-reopened',
        text: `【政策反馈 ${ticket.ticketNo} 企业不满意，已重新打开】${ticket.enterpriseName}的${by.name}：${why}\n原反馈：${ticket.text}\n${howToAct(ticket.ticketNo)}`,
        dedupeKey: `feedback-reopened:${ticket.ticketNo}:${at.getTime()}:${official.id}`,
      })),
    );
  }

  /** The enterprise's contacts and whoever filed the ticket hear every answer and status change. */
  async toEnterprise(ticket: Ticket, actor: Person, what: string, at: Date): Promise<NewOutboxMessage[]> {
    const contacts = await this.people.withRole('ENTERPRISE_CONTACT', { enterpriseId: ticket.enterpriseId });
    const recipients = new Set([...contacts.map((c) => c.id), ticket.submitterId]);
    recipients.delete(actor.id);
    const notices: Notice[] = [...recipients].map((recipientId) => ({
      recipientId,
      kind: 'feedback-update',
      text: `【政策反馈 ${ticket.ticketNo}】${what}\n原反馈：${ticket.text}`,
      dedupeKey: `feedback-update:${ticket.ticketNo}:${at.getTime()}:${recipientId}`,
    }));
    return this.addressing.address(notices);
  }
}
