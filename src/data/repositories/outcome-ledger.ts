import { endOfYear, fromUtcMidnight, type LocalDate, startOfYear, toUtcMidnight } from '../../common/local-date.js';
import type { NewOutboxMessage } from '../../domain/outbox/outbox.js';
import type { OutcomeFilter, OutcomeLedger } from '../../domain/outcomes/outcome-ledger.js';
import { differentRights } from '../../domain/outcomes/same-outcome.js';
import type {
  IpKind,
  NewOutcome,
  OutcomeKind,
  OutcomeStage,
  ProjectLevel,
  StoredOutcome,
  TransferForm,
} from '../../domain/outcomes/types.js';
import type { Prisma } from '../../generated/prisma/client.js';
import type { Db } from '../database.js';
import { toOutboxRow } from './outbox-repository.js';

type Tx = Prisma.TransactionClient;

async function enqueue(tx: Tx, outbox: NewOutboxMessage[]): Promise<void> {
  if (outbox.length > 0) await tx.outboxMessage.createMany({ data: outbox.map(toOutboxRow), skipDuplicates: true });
}

const WITH_NAMES = {
  assignment: {
    select: { enterprise: { select: { id: true, name: true, shortName: true, city: { select: { name: true } } } } },
  },
  reporter: { select: { name: true } },
} as const;

type OutcomeRow = Prisma.OutcomeGetPayload<{ include: typeof WITH_NAMES }>;

function toStored(row: OutcomeRow): StoredOutcome {
  const enterprise = row.assignment.enterprise;
  return {
    id: row.id,
    assignmentId: row.assignmentId,
    reporterId: row.reporterId,
    kind: row.kind,
    title: row.title,
    date: fromUtcMidnight(row.date),
    monthOnly: row.monthOnly,
    level: row.level as ProjectLevel | null,
    stage: row.stage as OutcomeStage | null,
    form: row.form as TransferForm | null,
    amount: row.amount === null ? null : row.amount.toNumber(),
    ipKind: row.ipKind as IpKind | null,
    quantity: row.quantity,
    summary: row.summary,
    channel: row.channel ?? 'LOCAL',
    confirmedById: row.confirmedById,
    confirmedAt: row.confirmedAt,
    createdAt: row.createdAt,
    status: row.status,
    statusNote: row.statusNote,
    enterpriseId: enterprise.id,
    enterpriseShortName: enterprise.shortName ?? enterprise.name,
    cityName: enterprise.city.name,
    reporterName: row.reporter.name,
  };
}

function fields(outcome: NewOutcome) {
  return {
    assignmentId: outcome.assignmentId,
    kind: outcome.kind,
    title: outcome.title,
    date: toUtcMidnight(outcome.date),
    monthOnly: outcome.monthOnly,
    level: outcome.level,
    stage: outcome.stage,
    form: outcome.form,
    amount: outcome.amount,
    ipKind: outcome.ipKind,
    quantity: outcome.quantity,
    summary: outcome.summary,
  };
}

export class PrismaOutcomeLedger implements OutcomeLedger {
  constructor(private readonly db: Db) {}

  async record(outcome: NewOutcome, outbox: NewOutboxMessage[]): Promise<StoredOutcome | null> {
    return this.db.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`outcomes:posting:${outcome.assignmentId}`}))`;
      const alike = await tx.outcome.findMany({
        where: {
          assignmentId: outcome.assignmentId,
          kind: outcome.kind,
          date: toUtcMidnight(outcome.date),
          status: { not: 'DISPUTED' },
          level: outcome.level,
          stage: outcome.stage,
          form: outcome.form,
          ipKind: outcome.ipKind,
          quantity: outcome.quantity,
          amount: outcome.amount,
          // Two projects of one month are told apart by their names (「智能产线改造」 is not the project before it).
          ...(outcome.kind === 'PROJECT' ? { title: outcome.title } : {}),
        },
        include: WITH_NAMES,
      });
      // Two patents granted the same day are told apart by their names where both were named.
      const same = alike.map(toStored).find((earlier) => !differentRights(earlier, outcome));
      if (same) return same;
      const confirmed = outcome.confirmedById !== null;
      await tx.outcome.create({
        data: {
          id: outcome.id,
          reporterId: outcome.reporterId,
          channel: outcome.channel,
          createdAt: outcome.createdAt,
          ...fields(outcome),
          status: confirmed ? 'CONFIRMED' : 'REPORTED',
          confirmedById: outcome.confirmedById,
          confirmedAt: confirmed ? outcome.createdAt : null,
        },
        select: { id: true },
      });
      await enqueue(tx, outbox);
      return null;
    });
  }

  async lastReportedBy(
    personId: string,
    since: Date,
    kind?: OutcomeKind,
    ipKind?: IpKind,
  ): Promise<StoredOutcome | null> {
    const row = await this.db.outcome.findFirst({
      where: {
        reporterId: personId,
        createdAt: { gte: since },
        ...(kind ? { kind } : {}),
        ...(ipKind ? { ipKind } : {}),
      },
      orderBy: { createdAt: 'desc' },
      include: WITH_NAMES,
    });
    return row ? toStored(row) : null;
  }

  async byId(id: string): Promise<StoredOutcome | null> {
    const row = await this.db.outcome.findUnique({ where: { id }, include: WITH_NAMES });
    return row ? toStored(row) : null;
  }

  async ofPosting(assignmentId: string, kind: OutcomeKind, from: LocalDate, to: LocalDate): Promise<StoredOutcome[]> {
    const rows = await this.db.outcome.findMany({
      where: { assignmentId, kind, date: { gte: toUtcMidnight(from), lte: toUtcMidnight(to) } },
      orderBy: [{ date: 'asc' }, { createdAt: 'asc' }],
      include: WITH_NAMES,
    });
    return rows.map(toStored);
  }

  async remove(id: string, outbox: NewOutboxMessage[]): Promise<void> {
    await this.db.$transaction(async (tx) => {
      await tx.outcome.delete({ where: { id } });
      await enqueue(tx, outbox);
    });
  }

  async update(id: string, outcome: NewOutcome, outbox: NewOutboxMessage[]): Promise<void> {
    await this.db.$transaction(async (tx) => {
      const confirmed = outcome.confirmedById !== null;
      await tx.outcome.update({
        where: { id },
        data: {
          ...fields(outcome),
          status: confirmed ? 'CONFIRMED' : 'REPORTED',
          statusNote: null,
          confirmedById: outcome.confirmedById,
          confirmedAt: confirmed ? outcome.createdAt : null,
        },
        select: { id: true },
      });
      await enqueue(tx, outbox);
    });
  }

  async unconfirmed(enterpriseId: string, since: Date): Promise<StoredOutcome[]> {
    const rows = await this.db.outcome.findMany({
      where: { status: 'REPORTED', createdAt: { gte: since }, assignment: { enterpriseId } },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      include: WITH_NAMES,
      take: 20,
    });
    return rows.map(toStored);
  }

  async settle(
    id: string,
    answer: { status: 'CONFIRMED' | 'DISPUTED'; note: string | null; by: string; at: Date },
    outbox: NewOutboxMessage[],
  ): Promise<boolean> {
    return this.db.$transaction(async (tx) => {
      const { count } = await tx.outcome.updateMany({
        where: { id, status: 'REPORTED' },
        data: {
          status: answer.status,
          statusNote: answer.note,
          confirmedById: answer.status === 'CONFIRMED' ? answer.by : null,
          confirmedAt: answer.status === 'CONFIRMED' ? answer.at : null,
        },
      });
      if (count === 1) await enqueue(tx, outbox);
      return count === 1;
    });
  }

  async list(filter: OutcomeFilter): Promise<StoredOutcome[]> {
    const date =
      filter.year !== undefined
        ? { gte: toUtcMidnight(startOfYear(filter.year)), lte: toUtcMidnight(endOfYear(filter.year)) }
        : filter.upToYear !== undefined
          ? { lte: toUtcMidnight(endOfYear(filter.upToYear)) }
          : undefined;
    const rows = await this.db.outcome.findMany({
      where: {
        ...(date ? { date } : {}),
        ...(filter.kind ? { kind: filter.kind } : {}),
        ...(filter.status ? { status: filter.status } : {}),
        ...(filter.assignmentIds ? { assignmentId: { in: filter.assignmentIds } } : {}),
        ...(filter.cityName ? { assignment: { enterprise: { city: { name: filter.cityName } } } } : {}),
      },
      orderBy: [{ date: 'asc' }, { createdAt: 'asc' }],
      include: WITH_NAMES,
    });
    return rows.map(toStored);
  }
}
