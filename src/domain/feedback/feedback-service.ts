import { type Clock, today } from '../../common/clock.js';
import { yearOf } from '../../common/local-date.js';
import type { Channel, Person } from '../programme/types.js';
import type { Posting } from '../visits/visit-ledger.js';
import { inferCategory } from './feedback-category.js';
import { type FeedbackNotices, TICKET_NO } from './feedback-notices.js';
import type { FeedbackStore, Rating, TicketFilter } from './feedback-store.js';
import { type FeedbackStatus, holderOf, SUPPLEMENT_MARK, type Ticket } from './types.js';

export const REOPEN_WINDOW_MS = 7 * 24 * 3_600_000;
export const MAX_FEEDBACK_LENGTH = 2_000;
/** How recent a ticket 「刚才那个反馈」 means, when the person has several open. */
const JUST_NOW_MS = 30 * 60_000;
const OPEN: FeedbackStatus[] = ['SUBMITTED', 'IN_PROGRESS'];
const NOT_CLOSED: FeedbackStatus[] = [...OPEN, 'ANSWERED'];

/** The postings a specialist serves and an enterprise has (the visits module's ledger provides them). */
export interface PostingSource {
  postingsOf(personId: string): Promise<Posting[]>;
  activePostings(filter: { enterpriseId?: string }): Promise<Posting[]>;
}

/** Why a feedback action is not taken; the bot's replies module words each one. */
export type FeedbackRefusal =
  | { code: 'too-short' }
  | { code: 'too-long'; max: number }
  | { code: 'no-postings' }
  | { code: 'not-your-enterprise' }
  | { code: 'not-a-filer' }
  | { code: 'unknown-enterprise' }
  | { code: 'ticket-not-found'; ticketNo: string }
  | { code: 'not-your-city'; ticketNo: string; cityName: string }
  | { code: 'closed'; ticketNo: string }
  | { code: 'answer-needed'; ticketNo: string }
  | { code: 'answer-too-long'; max: number }
  | { code: 'wrong-status'; ticketNo: string; status: FeedbackStatus }
  | { code: 'close-needs-note'; ticketNo: string }
  | { code: 'not-your-ticket'; ticketNo: string }
  | { code: 'reason-needed'; ticketNo: string }
  | { code: 'not-answered-yet'; ticketNo: string }
  | { code: 'answered-already'; ticketNo: string }
  | { code: 'reopen-too-late'; ticketNo: string }
  | { code: 'changed-meanwhile'; ticketNo: string }
  | { code: 'not-a-station'; ticketNo: string | null }
  | { code: 'already-escalated'; ticketNo: string; at: Date }
  | { code: 'escalation-reason-needed'; ticketNo: string }
  | { code: 'not-a-contact' }
  | { code: 'score-range' }
  | { code: 'no-posting' }
  | { code: 'several-postings' }
  | { code: 'already-rated'; year: number };

export type FileOutcome =
  | { kind: 'filed'; ticket: Ticket }
  | { kind: 'choose-enterprise'; postings: Posting[] }
  | { kind: 'refused'; refusal: FeedbackRefusal };

export type ActOutcome =
  | { kind: 'done'; ticket: Ticket; status: FeedbackStatus }
  | { kind: 'refused'; refusal: FeedbackRefusal };

const refuse = (refusal: FeedbackRefusal) => ({ kind: 'refused' as const, refusal });

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
    if (body.length < 4) return refuse({ code: 'too-short' });
    if (body.length > MAX_FEEDBACK_LENGTH) return refuse({ code: 'too-long', max: MAX_FEEDBACK_LENGTH });
    let target: string;
    if (submitter.role === 'ENTERPRISE_CONTACT' && submitter.enterpriseId) {
      target = submitter.enterpriseId;
    } else if (submitter.role === 'SPECIALIST') {
      const mine = await this.enterprisesOf(submitter);
      if (mine.length === 0) return refuse({ code: 'no-postings' });
      const chosen = enterpriseId
        ? mine.find((p) => p.enterpriseId === enterpriseId)
        : mine.length === 1
          ? mine[0]
          : null;
      if (enterpriseId && !chosen) return refuse({ code: 'not-your-enterprise' });
      if (!chosen) return { kind: 'choose-enterprise', postings: mine };
      target = chosen.enterpriseId;
    } else {
      return refuse({ code: 'not-a-filer' });
    }
    const enterprise = await this.store.enterprise(target);
    if (!enterprise) return refuse({ code: 'unknown-enterprise' });
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
    if (!ticket) return refuse({ code: 'ticket-not-found', ticketNo });
    const allowed =
      official.role === 'REGION_OFFICIAL' ||
      (official.role === 'CITY_OFFICIAL' && official.cityName === ticket.cityName);
    if (!allowed) return refuse({ code: 'not-your-city', ticketNo, cityName: ticket.cityName });
    if (ticket.status === 'CLOSED') return refuse({ code: 'closed', ticketNo });
    const now = this.clock.now();
    if (action === 'reply') {
      const answer = text.trim();
      if (!answer) return refuse({ code: 'answer-needed', ticketNo });
      if (answer.length > MAX_FEEDBACK_LENGTH) return refuse({ code: 'answer-too-long', max: MAX_FEEDBACK_LENGTH });
      const outbox = await this.notices.toEnterprise(
        ticket,
        official,
        `${official.name}答复：${answer}\n如不满意，可在7天内回复「不满意 ${ticketNo} 原因」。`,
        now,
        `${official.name}答复：${answer}`,
      );
      return this.apply(
        ticket,
        ['SUBMITTED', 'IN_PROGRESS', 'ANSWERED'],
        { at: now, status: 'ANSWERED', reply: { authorId: official.id, text: answer }, answeredAt: now },
        outbox,
      );
    }
    if (action === 'progress') {
      if (ticket.status !== 'SUBMITTED') return refuse({ code: 'wrong-status', ticketNo, status: ticket.status });
      // Whoever marks it has taken it on: the regional office, on a raised ticket, is not the station.
      const taker = official.role === 'REGION_OFFICIAL' ? '自治区工作办' : holderOf(ticket);
      const outbox = await this.notices.toEnterprise(ticket, official, `${taker}已受理，正在处理中。`, now);
      return this.apply(ticket, ['SUBMITTED'], { at: now, status: 'IN_PROGRESS' }, outbox);
    }
    // Closing an unanswered ticket takes a closing note, which is its answer (and starts the 7 days to reopen).
    const note = text.trim();
    if (ticket.status !== 'ANSWERED' && !note) return refuse({ code: 'close-needs-note', ticketNo });
    const what = note ? `已办结关闭。${official.name}说明：${note}` : '已办结关闭。';
    const outbox = await this.notices.toEnterprise(ticket, official, what, now);
    return this.close(ticket, now, outbox, note ? { authorId: official.id, text: note, answers: true } : null);
  }

  /**
   * A city station raises a ticket it cannot settle to the regional office (上报工作办), once, saying why: the office
   * is told and takes it to its to-do list first, the enterprise hears who now handles it, and the station still sees
   * it and hears the office's answer.
   */
  async escalate(official: Person, ticketNo: string, reason: string): Promise<ActOutcome> {
    const found = await this.escalatable(official, ticketNo);
    const ticket = found.kind === 'tickets' ? found.tickets[0] : undefined;
    if (found.kind === 'refused' || !ticket)
      return found.kind === 'refused' ? found : refuse({ code: 'not-a-station', ticketNo });
    const why = reason.trim();
    if (why.length < 2) return refuse({ code: 'escalation-reason-needed', ticketNo });
    if (why.length > MAX_FEEDBACK_LENGTH) return refuse({ code: 'answer-too-long', max: MAX_FEEDBACK_LENGTH });
    const now = this.clock.now();
    const outbox = await this.notices.escalated(ticket, official, why, now);
    return this.apply(
      ticket,
      OPEN,
      // The office's wait starts now (its overdue reminders count from here); the status is the office's to move.
      { at: now, status: ticket.status, escalation: { byId: official.id, reason: why }, waitingSince: now },
      outbox,
    );
  }

  /**
   * The tickets a station may raise to the office: the one named, or its city's open ones not yet raised (oldest
   * first, a few to choose from).
   */
  async escalatable(
    official: Person,
    ticketNo: string | null,
  ): Promise<{ kind: 'tickets'; tickets: Ticket[] } | { kind: 'refused'; refusal: FeedbackRefusal }> {
    if (official.role !== 'CITY_OFFICIAL' || !official.cityName) return refuse({ code: 'not-a-station', ticketNo });
    if (!ticketNo) {
      const open = { statuses: OPEN, cityName: official.cityName, escalated: false, oldestFirst: true, limit: 9 };
      return { kind: 'tickets', tickets: await this.store.list(open) };
    }
    const ticket = await this.store.byNumber(ticketNo);
    if (!ticket) return refuse({ code: 'ticket-not-found', ticketNo });
    if (official.cityName !== ticket.cityName)
      return refuse({ code: 'not-your-city', ticketNo, cityName: ticket.cityName });
    if (ticket.escalation) return refuse({ code: 'already-escalated', ticketNo, at: ticket.escalation.at });
    if (ticket.status === 'CLOSED') return refuse({ code: 'closed', ticketNo });
    if (!OPEN.includes(ticket.status)) return refuse({ code: 'wrong-status', ticketNo, status: ticket.status });
    return { kind: 'tickets', tickets: [ticket] };
  }

  /** Within 7 days of an answer, the enterprise may reopen the ticket ("不满意 FK-… 原因"). */
  async reopen(contact: Person, ticketNo: string, why: string): Promise<ActOutcome> {
    const ticket = await this.store.byNumber(ticketNo);
    if (!ticket || contact.role !== 'ENTERPRISE_CONTACT' || contact.enterpriseId !== ticket.enterpriseId)
      return refuse({ code: 'not-your-ticket', ticketNo });
    if (!why.trim()) return refuse({ code: 'reason-needed', ticketNo });
    const now = this.clock.now();
    if (!ticket.answeredAt || !['ANSWERED', 'CLOSED'].includes(ticket.status))
      return refuse({ code: 'not-answered-yet', ticketNo });
    if (now.getTime() - ticket.answeredAt.getTime() > REOPEN_WINDOW_MS)
      return refuse({ code: 'reopen-too-late', ticketNo });
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

  /**
   * The tickets a person may still take back (「那个反馈我不要了，撤回吧」): the one named, or their open ones (of their
   * enterprise, or filed by them), newest first.
   */
  async withdrawable(person: Person, ticketNo: string | null): Promise<Ticket[] | FeedbackRefusal> {
    if (ticketNo) {
      const ticket = await this.store.byNumber(ticketNo);
      if (!ticket || !this.owns(person, ticket)) return { code: 'not-your-ticket', ticketNo };
      if (ticket.status === 'CLOSED') return { code: 'closed', ticketNo };
      return [ticket];
    }
    // Asked of the store, so an open ticket older than the latest twenty is offered too.
    const own = this.ownFilter(person);
    return own ? this.store.list({ ...own, statuses: NOT_CLOSED, limit: 9 }) : [];
  }

  /**
   * The tickets a person may still add to (「补充一下刚才那个反馈…」): the one named, or their tickets waiting for an
   * answer, newest first. With `justNow`, the ticket last filed or answered in the last half hour is meant: refused
   * when that was an answer (「不满意」 reopens it).
   */
  async supplementable(person: Person, ticketNo: string | null, justNow: boolean): Promise<Ticket[] | FeedbackRefusal> {
    if (ticketNo) {
      const ticket = await this.store.byNumber(ticketNo);
      if (!ticket || !this.owns(person, ticket)) return { code: 'not-your-ticket', ticketNo };
      return this.whyNotAddable(ticket) ?? [ticket];
    }
    const own = this.ownFilter(person);
    const notClosed = own ? await this.store.list({ ...own, statuses: NOT_CLOSED, limit: 9 }) : [];
    const lastEvent = (t: Ticket) => Math.max(t.createdAt.getTime(), t.answeredAt?.getTime() ?? 0);
    const [latest] = [...notClosed].sort((a, b) => lastEvent(b) - lastEvent(a));
    if (justNow && latest && this.clock.now().getTime() - lastEvent(latest) <= JUST_NOW_MS)
      return this.whyNotAddable(latest) ?? [latest];
    return notClosed.filter((t) => this.whyNotAddable(t) === null);
  }

  /**
   * More words for a ticket still waiting for an answer: kept with it (「补充：…」), and its handlers are told. An
   * answered ticket is reopened with 「不满意」 instead, and a closed one takes nothing.
   */
  async supplement(person: Person, ticketNo: string, words: string): Promise<ActOutcome> {
    const ticket = await this.store.byNumber(ticketNo);
    if (!ticket || !this.owns(person, ticket)) return refuse({ code: 'not-your-ticket', ticketNo });
    const refusal = this.whyNotAddable(ticket);
    if (refusal) return refuse(refusal);
    const text = words.trim();
    if (text.length < 2) return refuse({ code: 'too-short' });
    if (text.length > MAX_FEEDBACK_LENGTH) return refuse({ code: 'too-long', max: MAX_FEEDBACK_LENGTH });
    const now = this.clock.now();
    const outbox = await this.notices.supplemented(ticket, person, text, now);
    const change = {
      at: now,
      status: ticket.status,
      reply: { authorId: person.id, text: `${SUPPLEMENT_MARK}${text}` },
    };
    return this.apply(ticket, [ticket.status], change, outbox);
  }

  /** Why a ticket takes no more words: closed, or answered already. */
  private whyNotAddable(ticket: Ticket): FeedbackRefusal | null {
    if (ticket.status === 'CLOSED') return { code: 'closed', ticketNo: ticket.ticketNo };
    if (ticket.status === 'ANSWERED') return { code: 'answered-already', ticketNo: ticket.ticketNo };
    return null;
  }

  /** The enterprise (or the specialist who filed it) takes a ticket back: it is closed, and its handlers are told. */
  async withdraw(person: Person, ticketNo: string, why: string): Promise<ActOutcome> {
    const ticket = await this.store.byNumber(ticketNo);
    if (!ticket || !this.owns(person, ticket)) return refuse({ code: 'not-your-ticket', ticketNo });
    if (ticket.status === 'CLOSED') return refuse({ code: 'closed', ticketNo });
    const reason = why.trim().slice(0, MAX_FEEDBACK_LENGTH);
    const now = this.clock.now();
    const outbox = await this.notices.withdrawn(ticket, person, reason);
    const note = { authorId: person.id, text: `撤回${reason ? `：${reason}` : ''}`, answers: false };
    return this.close(ticket, now, outbox, note);
  }

  /** Closes an open ticket with its note: an official's closing answer, or the enterprise's withdrawal (no answer). */
  private close(
    ticket: Ticket,
    now: Date,
    outbox: Parameters<FeedbackStore['change']>[3],
    note: { authorId: string; text: string; answers: boolean } | null,
  ): Promise<ActOutcome> {
    const reply = note ? { reply: { authorId: note.authorId, text: note.text } } : {};
    const answered = note?.answers ? { answeredAt: now } : {};
    const change = { at: now, status: 'CLOSED' as const, closedAt: now, ...reply, ...answered };
    return this.apply(ticket, ['SUBMITTED', 'IN_PROGRESS', 'ANSWERED'], change, outbox);
  }

  /** Whose ticket it is: its enterprise's contacts, and the specialist who filed it. */
  private owns(person: Person, ticket: Ticket): boolean {
    return (
      (person.role === 'ENTERPRISE_CONTACT' && person.enterpriseId === ticket.enterpriseId) ||
      (person.role === 'SPECIALIST' && ticket.submitterId === person.id)
    );
  }

  /**
   * An enterprise contact's tickets (their enterprise's); a specialist's, those they filed; a city station's, those it
   * raised to the regional office. Newest first.
   */
  /** The tickets of a contact's enterprise answered recently enough to be reopened, newest answer first. */
  async reopenable(contact: Person): Promise<Ticket[]> {
    if (contact.role !== 'ENTERPRISE_CONTACT') return [];
    const since = this.clock.now().getTime() - REOPEN_WINDOW_MS;
    return (await this.mine(contact))
      .filter((t) => ['ANSWERED', 'CLOSED'].includes(t.status) && t.answeredAt && t.answeredAt.getTime() >= since)
      .sort((a, b) => (b.answeredAt?.getTime() ?? 0) - (a.answeredAt?.getTime() ?? 0));
  }

  async mine(person: Person): Promise<Ticket[]> {
    if (person.role === 'CITY_OFFICIAL' && person.cityName)
      return this.store.list({ cityName: person.cityName, escalated: true, limit: 20 });
    const own = this.ownFilter(person);
    return own ? this.store.list({ ...own, limit: 20 }) : [];
  }

  /** The tickets a person filed as their own: their enterprise's, or (a specialist) those they filed. */
  private ownFilter(person: Person): TicketFilter | null {
    if (person.role === 'ENTERPRISE_CONTACT' && person.enterpriseId) return { enterpriseId: person.enterpriseId };
    if (person.role === 'SPECIALIST') return { submitterId: person.id };
    return null;
  }

  /**
   * One ticket, for whoever may see it: its enterprise's contacts and filer, its city station, the regional office.
   * Others are told it is not found, as if it were not there.
   */
  async ticketFor(person: Person, ticketNo: string): Promise<Ticket | FeedbackRefusal> {
    const ticket = await this.store.byNumber(ticketNo);
    const sees =
      ticket !== null &&
      (person.role === 'REGION_OFFICIAL' ||
        (person.role === 'CITY_OFFICIAL' && person.cityName === ticket.cityName) ||
        (person.role === 'ENTERPRISE_CONTACT' && person.enterpriseId === ticket.enterpriseId) ||
        ticket.submitterId === person.id);
    return ticket && sees ? ticket : { code: 'ticket-not-found', ticketNo };
  }

  /** Open tickets an official may act on, oldest first. */
  todo(official: Person): Promise<Ticket[]> {
    return this.handledBy(official, OPEN);
  }

  /** The tickets an official may act on in this way, oldest first: open ones, and answered ones too for closing. */
  actionable(official: Person, action: OfficialAction): Promise<Ticket[]> {
    return this.handledBy(official, action === 'close' ? [...OPEN, 'ANSWERED'] : OPEN);
  }

  private async handledBy(official: Person, statuses: FeedbackStatus[]): Promise<Ticket[]> {
    if (official.role === 'REGION_OFFICIAL') {
      // What stations raised to the office comes first, then the rest it may also act on.
      const raised = await this.store.list({ statuses, escalated: true, oldestFirst: true, limit: 50 });
      const rest = await this.store.list({ statuses, escalated: false, oldestFirst: true, limit: 50 });
      return [...raised, ...rest].slice(0, 50);
    }
    if (official.role === 'CITY_OFFICIAL' && official.cityName)
      return this.store.list({ statuses, cityName: official.cityName, oldestFirst: true, limit: 50 });
    return [];
  }

  /** The enterprise's yearly rating of its posting (1–5). */
  async rate(
    contact: Person,
    score: number,
    comment: string,
  ): Promise<{ kind: 'rated'; posting: Posting } | { kind: 'refused'; refusal: FeedbackRefusal }> {
    if (contact.role !== 'ENTERPRISE_CONTACT' || !contact.enterpriseId) return refuse({ code: 'not-a-contact' });
    if (!Number.isInteger(score) || score < 1 || score > 5) return refuse({ code: 'score-range' });
    const [posting, ...others] = await this.postings.activePostings({ enterpriseId: contact.enterpriseId });
    if (!posting) return refuse({ code: 'no-posting' });
    if (others.length > 0) return refuse({ code: 'several-postings' });
    const year = yearOf(today(this.clock));
    const stored = await this.store.rate({
      assignmentId: posting.assignmentId,
      enterpriseId: contact.enterpriseId,
      raterId: contact.id,
      year,
      score,
      comment: comment.trim().slice(0, 500),
    });
    if (stored === 'already') return refuse({ code: 'already-rated', year });
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
      return refuse({ code: 'changed-meanwhile', ticketNo: ticket.ticketNo });
    return { kind: 'done', ticket, status: change.status };
  }
}
