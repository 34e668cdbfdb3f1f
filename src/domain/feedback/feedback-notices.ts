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

/**
 * Who hears of a ticket: the city station when it is filed or reopened; the enterprise and filer on every answer; once
 * the station has raised it to the regional office, the office as the station does, and both of every answer.
 */
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
    const officials = await this.handlers(ticket);
    return this.addressing.address(
      officials.map((official) => ({
        recipientId: official.id,
        kind: 'feedback-reopened',
        text: `【政策反馈 ${ticket.ticketNo} 企业不满意，已重新打开】${ticket.enterpriseName}的${by.name}：${why}\n原反馈：${ticket.text}\n${howToAct(ticket.ticketNo)}`,
        dedupeKey: `feedback-reopened:${ticket.ticketNo}:${at.getTime()}:${official.id}`,
      })),
    );
  }

  /** The ticket's handlers hear what the enterprise (or its filer) added to it while it waits for an answer. */
  async supplemented(ticket: Ticket, by: Person, words: string, at: Date): Promise<NewOutboxMessage[]> {
    const officials = await this.handlers(ticket);
    return this.addressing.address(
      officials.map((official) => ({
        recipientId: official.id,
        kind: 'feedback-supplemented',
        text: `【政策反馈 ${ticket.ticketNo} 有补充】${ticket.enterpriseName}的${by.name}补充：${words}\n原反馈：${ticket.text}\n${howToAct(ticket.ticketNo)}`,
        dedupeKey: `feedback-supplemented:${ticket.ticketNo}:${at.getTime()}:${official.id}`,
      })),
    );
  }

  /** The station (and the office, of a raised ticket) hear that the enterprise took the ticket back. */
  async withdrawn(ticket: Ticket, by: Person, why: string): Promise<NewOutboxMessage[]> {
    const officials = await this.handlers(ticket);
    return this.addressing.address(
      officials.map((official) => ({
        recipientId: official.id,
        kind: 'feedback-withdrawn',
        text: `【政策反馈 ${ticket.ticketNo} 已撤回，不用再处理】${ticket.enterpriseName}的${by.name}${why ? `：${why}` : '撤回了这条反馈。'}\n原反馈：${ticket.text}`,
        dedupeKey: `feedback-withdrawn:${ticket.ticketNo}:${official.id}`,
      })),
    );
  }

  /**
   * The enterprise's contacts and whoever filed the ticket hear every answer and status change; of a raised ticket,
   * the station and the office hear what the other did.
   */
  async toEnterprise(
    ticket: Ticket,
    actor: Person,
    what: string,
    at: Date,
    /** What the other officials hear instead, where `what` speaks to the enterprise (「如不满意…」). */
    toOfficials = what,
  ): Promise<NewOutboxMessage[]> {
    const contacts = await this.people.withRole('ENTERPRISE_CONTACT', { enterpriseId: ticket.enterpriseId });
    const officials = new Set((ticket.escalation ? await this.handlers(ticket) : []).map((o) => o.id));
    const recipients = new Set([...contacts.map((c) => c.id), ticket.submitterId, ...officials]);
    recipients.delete(actor.id);
    const notices: Notice[] = [...recipients].map((recipientId) => ({
      recipientId,
      kind: 'feedback-update',
      text: `【政策反馈 ${ticket.ticketNo}】${officials.has(recipientId) ? toOfficials : what}\n原反馈：${ticket.text}`,
      dedupeKey: `feedback-update:${ticket.ticketNo}:${at.getTime()}:${recipientId}`,
    }));
    return this.addressing.address(notices);
  }

  /** The station raised the ticket to the regional office: the office is asked to act, the enterprise told. */
  async escalated(ticket: Ticket, station: Person, reason: string, at: Date): Promise<NewOutboxMessage[]> {
    const office = await this.people.withRole('REGION_OFFICIAL');
    const toOffice: Notice[] = office.map((official) => ({
      recipientId: official.id,
      kind: 'feedback-escalated',
      text: `【政策反馈 ${ticket.ticketNo} ${ticket.cityName}服务站上报工作办】${ticket.enterpriseName}\n类别：${FEEDBACK_CATEGORY_LABELS[ticket.category]}\n内容：${ticket.text}\n上报说明（${station.name}）：${reason}\n${howToAct(ticket.ticketNo)}`,
      dedupeKey: `feedback-escalated:${ticket.ticketNo}:${official.id}`,
    }));
    const told = await this.toEnterprise(
      ticket,
      station,
      `${ticket.cityName}服务站已将您的反馈上报自治区工作办协调处理，有答复会第一时间通知您。`,
      at,
    );
    return [...(await this.addressing.address(toOffice)), ...told];
  }

  /** Who handles a ticket: its city station, and the regional office too once the station has raised it. */
  private async handlers(ticket: Ticket): Promise<Person[]> {
    const station = await stationOfficials(this.people, ticket.cityName);
    if (!ticket.escalation) return station;
    const office = await this.people.withRole('REGION_OFFICIAL');
    return [...station, ...office.filter((o) => !station.some((s) => s.id === o.id))];
  }
}
