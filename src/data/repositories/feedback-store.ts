import type { FeedbackStore, Rating, TicketChange, TicketFilter } from '../../domain/feedback/feedback-store.js';
import type { FeedbackStatus, NewTicket, Ticket } from '../../domain/feedback/types.js';
import type { NewOutboxMessage } from '../../domain/outbox/outbox.js';
import type { Prisma } from '../../generated/prisma/client.js';
import type { Db } from '../database.js';
import { toOutboxRow } from './outbox-repository.js';

const TICKET_INCLUDE = {
  enterprise: { select: { name: true } },
  city: {
    select: {
      name: true,
      _count: { select: { people: { where: { role: 'CITY_OFFICIAL', active: true } } } },
    },
  },
  submitter: { select: { name: true } },
  escalatedBy: { select: { name: true } },
  replies: {
    orderBy: { createdAt: 'asc' },
    include: { author: { select: { name: true, role: true } } },
  },
} as const satisfies Prisma.FeedbackTicketInclude;

type TicketRow = Prisma.FeedbackTicketGetPayload<{ include: typeof TICKET_INCLUDE }>;

function toTicket(row: TicketRow): Ticket {
  return {
    id: row.id,
    ticketNo: row.ticketNo,
    enterpriseId: row.enterpriseId,
    enterpriseName: row.enterprise.name,
    cityName: row.city.name,
    stationStaffed: row.city._count.people > 0,
    submitterId: row.submitterId,
    submitterName: row.submitter.name,
    category: row.category,
    text: row.text,
    status: row.status,
    createdAt: row.createdAt,
    answeredAt: row.answeredAt,
    closedAt: row.closedAt,
    waitingSince: row.waitingSince,
    escalation:
      row.escalatedAt && row.escalatedById
        ? {
            at: row.escalatedAt,
            byId: row.escalatedById,
            byName: row.escalatedBy?.name ?? '',
            reason: row.escalationReason ?? '',
          }
        : null,
    replies: row.replies.map((reply) => ({
      authorId: reply.authorId,
      authorName: reply.author.name,
      authorRole: reply.author.role,
      text: reply.text,
      createdAt: reply.createdAt,
    })),
  };
}

export const ticketNumber = (year: number, seq: number) => `FK-${year}-${String(seq).padStart(4, '0')}`;

export class PrismaFeedbackStore implements FeedbackStore {
  constructor(private readonly db: Db) {}

  async enterprise(enterpriseId: string) {
    const row = await this.db.enterprise.findUnique({
      where: { id: enterpriseId },
      select: { name: true, shortName: true, city: { select: { name: true } } },
    });
    return row ? { name: row.name, shortName: row.shortName, cityName: row.city.name } : null;
  }

  async file(ticket: NewTicket, outboxFor: (ticketNo: string) => NewOutboxMessage[]): Promise<Ticket> {
    return this.db.$transaction(async (tx) => {
      // The counter row is locked until commit: concurrent filings take turns, and a rollback returns the number.
      const [counter] = await tx.$queryRaw<{ last: number }[]>`
        INSERT INTO feedback_counters (year, last) VALUES (${ticket.year}, 1)
        ON CONFLICT (year) DO UPDATE SET last = feedback_counters.last + 1
        RETURNING last`;
      const seq = Number(counter?.last);
      const enterprise = await tx.enterprise.findUniqueOrThrow({
        where: { id: ticket.enterpriseId },
        select: { cityId: true },
      });
      const ticketNo = ticketNumber(ticket.year, seq);
      const created = await tx.feedbackTicket.create({
        data: {
          ticketNo,
          year: ticket.year,
          seq,
          enterpriseId: ticket.enterpriseId,
          submitterId: ticket.submitterId,
          cityId: enterprise.cityId,
          category: ticket.category,
          text: ticket.text,
          createdAt: ticket.createdAt,
          waitingSince: ticket.createdAt,
        },
        include: TICKET_INCLUDE,
      });
      const outbox = outboxFor(ticketNo);
      if (outbox.length > 0) await tx.outboxMessage.createMany({ data: outbox.map(toOutboxRow), skipDuplicates: true });
      return toTicket(created);
    });
  }

  async byNumber(ticketNo: string): Promise<Ticket | null> {
    const row = await this.db.feedbackTicket.findUnique({ where: { ticketNo }, include: TICKET_INCLUDE });
    return row ? toTicket(row) : null;
  }

  async change(
    id: string,
    expected: FeedbackStatus[],
    change: TicketChange,
    outbox: NewOutboxMessage[],
  ): Promise<boolean> {
    return this.db.$transaction(async (tx) => {
      const { count } = await tx.feedbackTicket.updateMany({
        // Raised once: of two officials raising the same ticket at once, one does.
        where: { id, status: { in: expected }, ...(change.escalation ? { escalatedAt: null } : {}) },
        data: {
          status: change.status,
          updatedAt: change.at,
          ...(change.answeredAt ? { answeredAt: change.answeredAt } : {}),
          ...(change.closedAt !== undefined ? { closedAt: change.closedAt } : {}),
          ...(change.waitingSince ? { waitingSince: change.waitingSince } : {}),
          ...(change.escalation
            ? {
                escalatedAt: change.at,
                escalatedById: change.escalation.byId,
                escalationReason: change.escalation.reason,
              }
            : {}),
        },
      });
      if (count !== 1) return false;
      if (change.reply) {
        await tx.feedbackReply.create({
          data: { ticketId: id, authorId: change.reply.authorId, text: change.reply.text, createdAt: change.at },
        });
      }
      if (outbox.length > 0) await tx.outboxMessage.createMany({ data: outbox.map(toOutboxRow), skipDuplicates: true });
      return true;
    });
  }

  async list(filter: TicketFilter): Promise<Ticket[]> {
    const rows = await this.db.feedbackTicket.findMany({
      where: {
        ...(filter.enterpriseId ? { enterpriseId: filter.enterpriseId } : {}),
        ...(filter.submitterId ? { submitterId: filter.submitterId } : {}),
        ...(filter.cityName ? { city: { name: filter.cityName } } : {}),
        ...(filter.statuses ? { status: { in: filter.statuses } } : {}),
        ...(filter.category ? { category: filter.category } : {}),
        ...(filter.since ? { createdAt: { gte: filter.since } } : {}),
        ...(filter.escalated !== undefined ? { escalatedAt: filter.escalated ? { not: null } : null } : {}),
      },
      include: TICKET_INCLUDE,
      orderBy: filter.oldestFirst
        ? [{ waitingSince: 'asc' }, { seq: 'asc' }]
        : [{ createdAt: 'desc' }, { seq: 'desc' }],
      ...(filter.limit ? { take: filter.limit } : {}),
    });
    return rows.map(toTicket);
  }

  async rate(rating: Omit<Rating, 'enterpriseName' | 'cityName' | 'createdAt'>): Promise<'rated' | 'already'> {
    const { count } = await this.db.postingRating.createMany({
      data: [
        {
          assignmentId: rating.assignmentId,
          raterId: rating.raterId,
          year: rating.year,
          score: rating.score,
          comment: rating.comment,
        },
      ],
      skipDuplicates: true,
    });
    return count === 1 ? 'rated' : 'already';
  }

  async ratings({ year, cityName }: { year: number; cityName?: string }): Promise<Rating[]> {
    const rows = await this.db.postingRating.findMany({
      where: { year, ...(cityName ? { assignment: { enterprise: { city: { name: cityName } } } } : {}) },
      include: {
        assignment: {
          select: { enterpriseId: true, enterprise: { select: { name: true, city: { select: { name: true } } } } },
        },
      },
      orderBy: { createdAt: 'asc' },
    });
    return rows.map((row) => ({
      assignmentId: row.assignmentId,
      enterpriseId: row.assignment.enterpriseId,
      enterpriseName: row.assignment.enterprise.name,
      cityName: row.assignment.enterprise.city.name,
      raterId: row.raterId,
      year: row.year,
      score: row.score,
      comment: row.comment,
      createdAt: row.createdAt,
    }));
  }
}
