import { type Clock, today } from '../../common/clock.js';
import { yearOf } from '../../common/local-date.js';
import type { Channel, Person } from '../programme/types.js';
import type { Posting } from '../visits/visit-ledger.js';
import { inferCategory } from './feedback-category.js';
import { type FeedbackNotices, TICKET_NO } from './feedback-notices.js';
import type { FeedbackStore, Rating, TicketFilter } from './feedback-store.js';
import { FEEDBACK_STATUS_LABELS, type FeedbackStatus, type Ticket } from './types.js';

export const REOPEN_WINDOW_MS = 7 * 24 * 3_600_000;
export const MAX_FEEDBACK_LENGTH = 2_000;
const OPEN: FeedbackStatus[] = ['SUBMITTED', 'IN_PROGRESS'];

/** The postings a specialist serves and an enterprise has (the visits module's ledger provides them). */
export interface PostingSource {
  postingsOf(personId: string): Promise<Posting[]>;
  activePostings(filter: { enterpriseId?: string }): Promise<Posting[]>;
}

export type FileOutcome =
  | { kind: 'filed'; ticket: Ticket }
  | { kind: 'choose-enterprise'; postings: Posting[] }
  | { kind: 'refused'; reason: string };

export type ActOutcome = { kind: 'done'; ticket: Ticket; status: FeedbackStatus } | { kind: 'refused'; reason: string };

export type OfficialAction = 'reply' | 'progress' | 'close';

/** Policy feedback: enterprises (or their specialist) file it, city stations and the regional office answer it. */
export class FeedbackService {
  constructor(
    private readonly store: FeedbackStore,
    private readonly notices: FeedbackNotices,
    private readonly postings: PostingSource,
    private readonly clock: Clock,
  ) {}

  /** The enterprises a specialist may file for: those of their active postings. */
  async enterprisesOf(specialist: Person): Promise<Posting[]> {
    const postings = (await this.postings.postingsOf(specialist.id)).filter((p) => p.active);
    return postings.filter((p, i) => postings.findIndex((q) => q.enterpriseId === p.enterpriseId) === i);
  }

  /**
   * Files a ticket for the sender's enterprise (a contact) or for one of the sender's postings (a specialist,
   * who names it with `enterpriseId` or is asked which).
   */
  async file(submitter: Person, text: string, channel: Channel | null, enterpriseId?: string): Promise<FileOutcome> {
    const body = text.trim();
    if (body.length < 4) return { kind: 'refused', reason: '反馈内容太短，请具体说明遇到的问题。' };
    if (body.length > MAX_FEEDBACK_LENGTH)
      return { kind: 'refused', reason: `反馈内容请控制在${MAX_FEEDBACK_LENGTH}字以内。` };
    let target: string;
    if (submitter.role === 'ENTERPRISE_CONTACT' && submitter.enterpriseId) {
      target = submitter.enterpriseId;
    } else if (submitter.role === 'SPECIALIST') {
      const mine = await this.enterprisesOf(submitter);
      if (mine.length === 0) return { kind: 'refused', reason: '您目前没有派驻企业，无法代企业提交反馈。' };
      const chosen = enterpriseId
        ? mine.find((p) => p.enterpriseId === enterpriseId)
        : mine.length === 1
          ? mine[0]
          : null;
      if (enterpriseId && !chosen) return { kind: 'refused', reason: '只能为您派驻的企业提交反馈。' };
      if (!chosen) return { kind: 'choose-enterprise', postings: mine };
      target = chosen.enterpriseId;
    } else {
      return { kind: 'refused', reason: '政策反馈由企业联系人或其科技特派员提交。' };
    }
    const enterprise = await this.store.enterprise(target);
    if (!enterprise) return { kind: 'refused', reason: '找不到该企业。' };
    const category = inferCategory(body);
    const now = this.clock.now();
    const outbox = await this.notices.filed(
      { enterpriseName: enterprise.name, cityName: enterprise.cityName, category, text: body },
      submitter,
    );
    const ticket = await this.store.file(
      {
        year: yearOf(today(this.clock)),
        enterpriseId: target,
        submitterId: submitter.id,
        category,
        text: body,
        channel,
        createdAt: now,
      },
      (ticketNo) =>
        outbox.map((m) => ({
          ...m,
          text: m.text.replaceAll(TICKET_NO, ticketNo),
          dedupeKey: m.dedupeKey.replaceAll(TICKET_NO, ticketNo),
        })),
    );
    return { kind: 'filed', ticket };
  }

  /** An official answers, marks in progress, or closes a ticket of their city (the regional office: any). */
  async act(official: Person, ticketNo: string, action: OfficialAction, text = ''): Promise<ActOutcome> {
    const ticket = await this.store.byNumber(ticketNo);
    if (!ticket) return { kind: 'refused', reason: `找不到反馈 ${ticketNo}，请核对编号。` };
    const allowed =
      official.role === 'REGION_OFFICIAL' ||
      (official.role === 'CITY_OFFICIAL' && official.cityName === ticket.cityName);
    if (!allowed)
      return { kind: 'refused', reason: `反馈 ${ticketNo} 由${ticket.cityName}服务站或自治区工作办处理，您无权操作。` };
    if (ticket.status === 'CLOSED') return { kind: 'refused', reason: `反馈 ${ticketNo} 已关闭。` };
    const now = this.clock.now();
    if (action === 'reply') {
      const answer = text.trim();
      if (!answer)
        return { kind: 'refused', reason: `请写上答复内容，例如「回复 ${ticketNo} 已协调税务部门，下周办理」。` };
      if (answer.length > MAX_FEEDBACK_LENGTH)
        return { kind: 'refused', reason: `答复请控制在${MAX_FEEDBACK_LENGTH}字以内。` };
      const outbox = await this.notices.toEnterprise(
        ticket,
        official,
        `${official.name}答复：${answer}\n如不满意，可在7天内回复「不满意 ${ticketNo} 原因」。`,
        now,
      );
      return this.apply(
        ticket,
        ['SUBMITTED', 'IN_PROGRESS', 'ANSWERED'],
        { at: now, status: 'ANSWERED', reply: { authorId: official.id, text: answer }, answeredAt: now },
        outbox,
      );
    }
    if (action === 'progress') {
      if (ticket.status !== 'SUBMITTED')
        return { kind: 'refused', reason: `反馈 ${ticketNo} 当前状态为${FEEDBACK_STATUS_LABELS[ticket.status]}。` };
      const outbox = await this.notices.toEnterprise(
        ticket,
        official,
        `${ticket.cityName}服务站已受理，正在处理中。`,
        now,
      );
      return this.apply(ticket, ['SUBMITTED'], { at: now, status: 'IN_PROGRESS' }, outbox);
    }
    // Closing an unanswered ticket takes a closing note, which is its answer (and starts the 7 days to reopen).
    const note = text.trim();
    if (ticket.status !== 'ANSWERED' && !note)
      return {
        kind: 'refused',
        reason: `反馈 ${ticketNo} 还没有答复：请先「回复 ${ticketNo} 答复内容」，或写明办结说明「关闭 ${ticketNo} 说明」。`,
      };
    const what = note ? `已办结关闭。${official.name}说明：${note}` : '已办结关闭。';
    const outbox = await this.notices.toEnterprise(ticket, official, what, now);
    return this.apply(
      ticket,
      ['SUBMITTED', 'IN_PROGRESS', 'ANSWERED'],
      {
        at: now,
        status: 'CLOSED',
        closedAt: now,
        ...(note ? { reply: { authorId: official.id, text: note }, answeredAt: now } : {}),
      },
      outbox,
    );
  }

  /** Within 7 days of an answer, the enterprise may reopen the ticket ("不满意 FK-… 原因"). */
  async reopen(contact: Person, ticketNo: string, why: string): Promise<ActOutcome> {
    const ticket = await this.store.byNumber(ticketNo);
    if (!ticket || contact.role !== 'ENTERPRISE_CONTACT' || contact.enterpriseId !== ticket.enterpriseId)
      return { kind: 'refused', reason: `找不到贵企业的反馈 ${ticketNo}，请核对编号。` };
    if (!why.trim())
      return { kind: 'refused', reason: `请说明不满意的原因，例如「不满意 ${ticketNo} 问题仍未解决」。` };
    const now = this.clock.now();
    if (!ticket.answeredAt || !['ANSWERED', 'CLOSED'].includes(ticket.status))
      return { kind: 'refused', reason: `反馈 ${ticketNo} 还没有答复，服务站正在处理。` };
    if (now.getTime() - ticket.answeredAt.getTime() > REOPEN_WINDOW_MS)
      return { kind: 'refused', reason: `反馈 ${ticketNo} 答复已超过7天，不能重新打开；如仍有问题，请提交新的反馈。` };
    const outbox = await this.notices.reopened(ticket, contact, why.trim(), now);
    return this.apply(
      ticket,
      ['ANSWERED', 'CLOSED'],
      {
        at: now,
        status: 'SUBMITTED',
        reply: { authorId: contact.id, text: `不满意：${why.trim()}` },
        closedAt: null,
        waitingSince: now,
      },
      outbox,
    );
  }

  /** An enterprise contact's tickets (their enterprise's); a specialist's, those they filed. Newest first. */
  async mine(person: Person): Promise<Ticket[]> {
    if (person.role === 'ENTERPRISE_CONTACT' && person.enterpriseId)
      return this.store.list({ enterpriseId: person.enterpriseId, limit: 20 });
    if (person.role === 'SPECIALIST') return this.store.list({ submitterId: person.id, limit: 20 });
    return [];
  }

  /** Open tickets an official may act on, oldest first. */
  async todo(official: Person): Promise<Ticket[]> {
    if (official.role === 'REGION_OFFICIAL') return this.store.list({ statuses: OPEN, oldestFirst: true, limit: 50 });
    if (official.role === 'CITY_OFFICIAL' && official.cityName)
      return this.store.list({ statuses: OPEN, cityName: official.cityName, oldestFirst: true, limit: 50 });
    return [];
  }

  /** The enterprise's yearly rating of its posting (1–5). */
  async rate(
    contact: Person,
    score: number,
    comment: string,
  ): Promise<{ kind: 'rated'; posting: Posting } | { kind: 'refused'; reason: string }> {
    if (contact.role !== 'ENTERPRISE_CONTACT' || !contact.enterpriseId)
      return { kind: 'refused', reason: '评价由派驻企业的联系人提交。' };
    if (!Number.isInteger(score) || score < 1 || score > 5)
      return { kind: 'refused', reason: '评分为1到5分，例如「评价 5 服务很好」。' };
    const [posting, ...others] = await this.postings.activePostings({ enterpriseId: contact.enterpriseId });
    if (!posting) return { kind: 'refused', reason: '贵企业目前没有进行中的派驻，无法评价。' };
    if (others.length > 0) return { kind: 'refused', reason: '贵企业有多个派驻，请联系设区市服务站评价。' };
    const year = yearOf(today(this.clock));
    const stored = await this.store.rate({
      assignmentId: posting.assignmentId,
      enterpriseId: contact.enterpriseId,
      raterId: contact.id,
      year,
      score,
      comment: comment.trim().slice(0, 500),
    });
    if (stored === 'already') return { kind: 'refused', reason: `贵企业${year}年已经评价过本次派驻，每年评价一次。` };
    return { kind: 'rated', posting };
  }

  /** Tickets for the admin API and exports, newest first. */
  list(filter: TicketFilter): Promise<Ticket[]> {
    return this.store.list(filter);
  }

  ratings(filter: { year: number; cityName?: string }): Promise<Rating[]> {
    return this.store.ratings(filter);
  }

  private async apply(
    ticket: Ticket,
    expected: FeedbackStatus[],
    change: Parameters<FeedbackStore['change']>[2],
    outbox: Parameters<FeedbackStore['change']>[3],
  ): Promise<ActOutcome> {
    if (!(await this.store.change(ticket.id, expected, change, outbox)))
      return { kind: 'refused', reason: `反馈 ${ticket.ticketNo} 的状态刚刚被其他人更新，请查看后重试。` };
    return { kind: 'done', ticket, status: change.status };
  }
}
