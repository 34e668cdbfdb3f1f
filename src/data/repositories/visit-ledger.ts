import { addDays, fromUtcMidnight, type LocalDate, toUtcMidnight } from '../../common/local-date.js';
import { slices } from '../../common/slices.js';
import type { NewOutboxMessage } from '../../domain/outbox/outbox.js';
import { COUNTED_STATUSES, type VisitStatus } from '../../domain/programme/types.js';
import { lastDayOf, MAX_DAYS_PER_VISIT } from '../../domain/visits/day-rules.js';
import { disputeNumber } from '../../domain/visits/visit-disputes.js';
import type {
  NearbyCheck,
  NewVisit,
  PostedPeople,
  Posting,
  RecordedVisit,
  Resolution,
  StoredVisit,
  VisitEvidence,
  VisitLedger,
  YearTotals,
} from '../../domain/visits/visit-ledger.js';
import type { Prisma } from '../../generated/prisma/client.js';
import type { Db } from '../database.js';
import { toOutboxRow } from './outbox-repository.js';
import { POSTING_FIELDS, toPosting } from './person-directory.js';

type Tx = Prisma.TransactionClient;

async function enqueue(tx: Tx, outbox: NewOutboxMessage[]): Promise<void> {
  if (outbox.length > 0) await tx.outboxMessage.createMany({ data: outbox.map(toOutboxRow), skipDuplicates: true });
}

const VISIT_WITH_ENTERPRISE = {
  assignment: {
    select: { enterprise: { select: { id: true, name: true, shortName: true, city: { select: { name: true } } } } },
  },
  reporter: { select: { name: true } },
} as const;

function toRecordedVisit(row: {
  id: string;
  assignmentId: string;
  reporterId: string;
  date: Date;
  days: Prisma.Decimal;
  type: RecordedVisit['type'];
  status: VisitStatus;
  summary: string;
  channel: RecordedVisit['channel'] | null;
  createdAt: Date;
  disputeNo: string | null;
  statusNote: string | null;
  assignment: { enterprise: { id: string; name: string; shortName: string | null; city: { name: string } } };
  reporter: { name: string };
}): StoredVisit {
  const enterprise = row.assignment.enterprise;
  return {
    id: row.id,
    assignmentId: row.assignmentId,
    reporterId: row.reporterId,
    date: fromUtcMidnight(row.date),
    days: row.days.toNumber(),
    type: row.type,
    summary: row.summary,
    channel: row.channel ?? 'LOCAL',
    enterpriseId: enterprise.id,
    enterpriseShortName: enterprise.shortName ?? enterprise.name,
    createdAt: row.createdAt,
    reporterName: row.reporter.name,
    cityName: enterprise.city.name,
    status: row.status,
    disputeNo: row.disputeNo,
    statusNote: row.statusNote,
  };
}

/**
 * Reports by one person, and reports on one posting, are checked against each other one at a time: two instances
 * answering two messages at once cannot both find a day free. The person is always locked before the posting.
 */
async function lockDays(tx: Tx, visit: Pick<NewVisit, 'reporterId' | 'assignmentId'>): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`visit-days:person:${visit.reporterId}`}))`;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`visit-days:posting:${visit.assignmentId}`}))`;
}

/** Visits that may share a calendar day with `visit`: the reporter's own and the posting's, not rejected. */
async function nearbyVisits(
  tx: Tx,
  visit: Pick<NewVisit, 'reporterId' | 'assignmentId' | 'date' | 'days'>,
  except: string | null,
): Promise<StoredVisit[]> {
  const rows = await tx.visit.findMany({
    where: {
      OR: [{ reporterId: visit.reporterId }, { assignmentId: visit.assignmentId }],
      // A visit reaches at most MAX_DAYS_PER_VISIT days past its date.
      date: {
        gte: toUtcMidnight(addDays(visit.date, -MAX_DAYS_PER_VISIT)),
        lte: toUtcMidnight(lastDayOf(visit)),
      },
      status: { not: 'REJECTED' },
      ...(except ? { id: { not: except } } : {}),
    },
    include: VISIT_WITH_ENTERPRISE,
    orderBy: [{ date: 'asc' }, { createdAt: 'asc' }],
  });
  return rows.map(toRecordedVisit);
}

const TOTALS_SLICE = 10_000;

export class PrismaVisitLedger implements VisitLedger {
  constructor(private readonly db: Db) {}

  around(visit: Pick<NewVisit, 'reporterId' | 'assignmentId' | 'date' | 'days'>): Promise<StoredVisit[]> {
    return nearbyVisits(this.db, visit, null);
  }

  async allEnterprises() {
    const rows = await this.db.enterprise.findMany({ select: { id: true, name: true, shortName: true } });
    return rows.map((row) => ({ enterpriseId: row.id, enterpriseName: row.name, shortName: row.shortName }));
  }

  postingsOf(personId: string): Promise<Posting[]> {
    return this.postings({
      status: { not: 'CANCELLED' },
      OR: [{ specialistId: personId }, { team: { members: { some: { personId } } } }],
    });
  }

  activePostings({ enterpriseId, cityName }: { enterpriseId?: string; cityName?: string }): Promise<Posting[]> {
    return this.postings({
      status: 'ACTIVE',
      ...(enterpriseId ? { enterpriseId } : {}),
      ...(cityName ? { enterprise: { city: { name: cityName } } } : {}),
    });
  }

  async postedTo(assignmentIds: string[]): Promise<Map<string, PostedPeople>> {
    const person = { select: { id: true, name: true, title: true, institution: { select: { name: true } } } } as const;
    const rows = await this.db.assignment.findMany({
      where: { id: { in: assignmentIds } },
      select: {
        id: true,
        specialist: person,
        team: {
          select: {
            name: true,
            leader: { select: { id: true, name: true } },
            institution: { select: { name: true } },
            members: { select: { person: { select: { id: true, name: true } } }, orderBy: { personId: 'asc' } },
          },
        },
      },
    });
    return new Map(
      rows.map((row): [string, PostedPeople] => [
        row.id,
        {
          specialist: row.specialist
            ? {
                id: row.specialist.id,
                name: row.specialist.name,
                title: row.specialist.title,
                institution: row.specialist.institution?.name ?? null,
              }
            : null,
          team: row.team
            ? {
                name: row.team.name,
                leader: row.team.leader,
                members: row.team.members
                  .map((member) => member.person)
                  .filter((member) => member.id !== row.team?.leader.id),
                institution: row.team.institution?.name ?? null,
              }
            : null,
        },
      ]),
    );
  }

  private async postings(where: Prisma.AssignmentWhereInput): Promise<Posting[]> {
    const rows = await this.db.assignment.findMany({ where, select: POSTING_FIELDS, orderBy: { startDate: 'asc' } });
    return rows.map(toPosting);
  }

  async record<R>(
    visit: NewVisit & { id: string; createdAt: Date },
    outbox: NewOutboxMessage[],
    check: NearbyCheck<R>,
  ): Promise<R | null> {
    return this.db.$transaction(async (tx) => {
      await lockDays(tx, visit);
      const conflict = check(await nearbyVisits(tx, visit, null));
      if (conflict !== null) return conflict;
      await tx.visit.create({
        data: {
          id: visit.id,
          assignmentId: visit.assignmentId,
          reporterId: visit.reporterId,
          date: toUtcMidnight(visit.date),
          days: visit.days,
          type: visit.type,
          summary: visit.summary,
          channel: visit.channel,
          createdAt: visit.createdAt,
        },
        select: { id: true },
      });
      await enqueue(tx, outbox);
      return null;
    });
  }

  async totalsBetween(assignmentIds: string[], from: LocalDate, to: LocalDate): Promise<Map<string, YearTotals>> {
    const sums = [];
    // The region may have more postings than one statement can name.
    for (const slice of slices(assignmentIds, TOTALS_SLICE)) {
      sums.push(
        ...(await this.db.visit.groupBy({
          // By day: records of one day are one visit to the enterprise.
          by: ['assignmentId', 'status', 'date'],
          where: {
            assignmentId: { in: slice },
            date: { gte: toUtcMidnight(from), lte: toUtcMidnight(to) },
          },
          _sum: { days: true },
          _max: { date: true },
        })),
      );
    }
    const totals = new Map<string, YearTotals>(
      assignmentIds.map((id) => [id, { visits: 0, days: 0, disputed: { visits: 0, days: 0 }, last: null }]),
    );
    // A day counts once whatever the statuses of its records (one confirmed, one still reported); a disputed record
    // adds a visit only on a day that has no counted one (upheld, it would add days, not a trip).
    const daysCounted = new Set<string>();
    const counted = (status: VisitStatus) => (COUNTED_STATUSES as readonly VisitStatus[]).includes(status);
    const countedFirst = [...sums].sort((a, b) => Number(counted(b.status)) - Number(counted(a.status)));
    for (const sum of countedFirst) {
      const posting = totals.get(sum.assignmentId);
      const into = sum.status === 'DISPUTED' ? posting?.disputed : counted(sum.status) ? posting : null;
      if (!into) continue;
      const day = `${sum.assignmentId} ${sum.date.toISOString()}`;
      if (!daysCounted.has(day)) into.visits += 1;
      daysCounted.add(day);
      into.days += sum._sum.days?.toNumber() ?? 0;
      const last = sum._max.date ? fromUtcMidnight(sum._max.date) : null;
      if (posting && into === posting && last && (!posting.last || last > posting.last)) posting.last = last;
    }
    return totals;
  }

  async visitsBetween(assignmentIds: string[], from: LocalDate, to: LocalDate, limit: number): Promise<StoredVisit[]> {
    const rows = await this.db.visit.findMany({
      where: {
        assignmentId: { in: assignmentIds },
        date: { gte: toUtcMidnight(from), lte: toUtcMidnight(to) },
        status: { not: 'REJECTED' },
      },
      orderBy: [{ date: 'asc' }, { createdAt: 'asc' }],
      include: VISIT_WITH_ENTERPRISE,
      take: limit,
    });
    return rows.map(toRecordedVisit);
  }

  async lastReportedBy(personId: string, since: Date): Promise<StoredVisit | null> {
    const row = await this.db.visit.findFirst({
      where: { reporterId: personId, createdAt: { gte: since } },
      orderBy: { createdAt: 'desc' },
      include: VISIT_WITH_ENTERPRISE,
    });
    return row ? toRecordedVisit(row) : null;
  }

  async reportedSince(personId: string, since: Date): Promise<StoredVisit[]> {
    const rows = await this.db.visit.findMany({
      where: { reporterId: personId, createdAt: { gte: since } },
      orderBy: { createdAt: 'desc' },
      take: 20,
      include: VISIT_WITH_ENTERPRISE,
    });
    return rows.map(toRecordedVisit);
  }

  async unconfirmed(enterpriseId: string, since: Date): Promise<StoredVisit[]> {
    const rows = await this.db.visit.findMany({
      // Reported by chat, so the enterprise was asked (imported history was not).
      where: { status: 'REPORTED', channel: { not: null }, createdAt: { gte: since }, assignment: { enterpriseId } },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      include: VISIT_WITH_ENTERPRISE,
      take: 20,
    });
    return rows.map(toRecordedVisit);
  }

  async settle(
    id: string,
    answer: { status: 'CONFIRMED' | 'DISPUTED'; note: string | null; year: number; by: string; at: Date },
    outbox: (disputeNo: string | null) => Promise<NewOutboxMessage[]>,
  ): Promise<boolean> {
    return this.db.$transaction(async (tx) => {
      const [row] = await tx.$queryRaw<{ dispute_no: string | null }[]>`
        SELECT dispute_no FROM visits WHERE id = ${id}::uuid AND status = 'REPORTED' FOR UPDATE`;
      if (!row) return false;
      let disputeNo = row.dispute_no;
      if (answer.status === 'DISPUTED' && !disputeNo) {
        // The counter row is locked until commit, like the feedback counter: numbers have no gaps or collisions.
        const [counter] = await tx.$queryRaw<{ last: number }[]>`
          INSERT INTO visit_dispute_counters (year, last) VALUES (${answer.year}, 1)
          ON CONFLICT (year) DO UPDATE SET last = visit_dispute_counters.last + 1
          RETURNING last`;
        disputeNo = disputeNumber(answer.year, Number(counter?.last));
      }
      await tx.visit.update({
        where: { id },
        data: {
          status: answer.status,
          statusNote: answer.note,
          disputeNo,
          confirmedById: answer.status === 'CONFIRMED' ? answer.by : null,
          confirmedAt: answer.status === 'CONFIRMED' ? answer.at : null,
        },
        select: { id: true },
      });
      await enqueue(tx, await outbox(answer.status === 'DISPUTED' ? disputeNo : null));
      return true;
    });
  }

  async openDisputes({
    cityName,
    enterpriseId,
    assignmentIds,
  }: {
    cityName?: string;
    enterpriseId?: string;
    assignmentIds?: string[];
  }): Promise<StoredVisit[]> {
    const rows = await this.db.visit.findMany({
      where: {
        status: 'DISPUTED',
        ...(cityName || enterpriseId
          ? {
              assignment: {
                ...(enterpriseId ? { enterpriseId } : {}),
                ...(cityName ? { enterprise: { city: { name: cityName } } } : {}),
              },
            }
          : {}),
        ...(assignmentIds ? { assignmentId: { in: assignmentIds } } : {}),
      },
      orderBy: [{ updatedAt: 'asc' }, { id: 'asc' }],
      include: VISIT_WITH_ENTERPRISE,
      take: 50,
    });
    return rows.map(toRecordedVisit);
  }

  async byDisputeNo(disputeNo: string): Promise<StoredVisit | null> {
    const row = await this.db.visit.findUnique({ where: { disputeNo }, include: VISIT_WITH_ENTERPRISE });
    return row ? toRecordedVisit(row) : null;
  }

  async withdrawDispute(id: string, answer: { by: string; at: Date }, outbox: NewOutboxMessage[]): Promise<boolean> {
    return this.db.$transaction(async (tx) => {
      const { count } = await tx.visit.updateMany({
        where: { id, status: 'DISPUTED' },
        data: {
          status: 'CONFIRMED',
          confirmedById: answer.by,
          confirmedAt: answer.at,
          resolvedAt: answer.at,
          resolution: '企业撤回异议',
        },
      });
      if (count === 1) await enqueue(tx, outbox);
      return count === 1;
    });
  }

  async resolve(id: string, resolution: Resolution, outbox: NewOutboxMessage[]): Promise<boolean> {
    return this.db.$transaction(async (tx) => {
      const { count } = await tx.visit.updateMany({
        where: { id, status: 'DISPUTED' },
        data: {
          status: resolution.status,
          resolvedById: resolution.officialId,
          resolvedAt: resolution.at,
          resolution: resolution.note,
          ...(resolution.days ? { days: resolution.days } : {}),
        },
      });
      if (count === 1) await enqueue(tx, outbox);
      return count === 1;
    });
  }

  async attachEvidence(evidence: VisitEvidence): Promise<boolean> {
    const { count } = await this.db.visitEvidence.createMany({
      data: [
        {
          visitId: evidence.visitId,
          kind: evidence.kind,
          channel: evidence.channel,
          messageId: evidence.messageId,
          receivedAt: evidence.receivedAt,
          ...(evidence.kind === 'PHOTO'
            ? { mediaId: evidence.mediaId, url: evidence.url }
            : { latitude: evidence.latitude, longitude: evidence.longitude, label: evidence.label }),
        },
      ],
      skipDuplicates: true,
    });
    return count === 1;
  }

  async update<R>(
    id: string,
    visit: NewVisit,
    outbox: NewOutboxMessage[],
    check: NearbyCheck<R>,
    keepDispute = false,
  ): Promise<R | null> {
    return this.db.$transaction(async (tx) => {
      await lockDays(tx, visit);
      const conflict = check(await nearbyVisits(tx, visit, id));
      if (conflict !== null) return conflict;
      await tx.visit.update({
        where: { id },
        data: {
          assignmentId: visit.assignmentId,
          date: toUtcMidnight(visit.date),
          days: visit.days,
          type: visit.type,
          summary: visit.summary,
          ...(keepDispute ? {} : { status: 'REPORTED' as const, statusNote: null }),
          confirmedById: null,
          confirmedAt: null,
        },
      });
      await enqueue(tx, outbox);
      return null;
    });
  }

  async remove(id: string, outbox: NewOutboxMessage[]): Promise<void> {
    await this.db.$transaction(async (tx) => {
      await tx.visit.delete({ where: { id } });
      await enqueue(tx, outbox);
    });
  }
}
