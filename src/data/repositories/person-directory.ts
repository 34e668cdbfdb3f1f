import type { SenderDirectory } from '../../bot/pipeline.js';
import type { Sender } from '../../bot/router.js';
import { fromUtcMidnight } from '../../common/local-date.js';
import type { PersonDirectory } from '../../domain/people/person-directory.js';
import type { Channel, Person, PersonRole } from '../../domain/programme/types.js';
import type { Posting } from '../../domain/visits/visit-ledger.js';
import type { Prisma } from '../../generated/prisma/client.js';
import type { Db } from '../database.js';

/** What a posting is read with, wherever postings are read. */
export const POSTING_FIELDS = {
  id: true,
  enterpriseId: true,
  startDate: true,
  endDate: true,
  status: true,
  enterprise: { select: { name: true, shortName: true, city: { select: { name: true } } } },
} as const;
const LIVE_POSTING = { status: { not: 'CANCELLED' as const } };

type PostingRow = Prisma.AssignmentGetPayload<{ select: typeof POSTING_FIELDS }>;

export function toPosting(row: PostingRow): Posting {
  return {
    assignmentId: row.id,
    enterpriseId: row.enterpriseId,
    enterpriseName: row.enterprise.name,
    shortName: row.enterprise.shortName,
    cityName: row.enterprise.city.name,
    startDate: fromUtcMidnight(row.startDate),
    endDate: fromUtcMidnight(row.endDate),
    active: row.status === 'ACTIVE',
  };
}

export class PrismaPersonDirectory implements PersonDirectory, SenderDirectory {
  constructor(private readonly db: Db) {}

  /** The sender of a message with their postings (their own and their teams') and their conversation, in one read. */
  async senderOf(channel: Channel, accountId: string): Promise<{ sender: Sender; conversation: unknown } | null> {
    const account = await this.db.platformAccount.findUnique({
      where: { channel_accountId: { channel, accountId } },
      select: {
        person: {
          select: {
            ...PERSON_FIELDS,
            assignments: { where: LIVE_POSTING, select: POSTING_FIELDS },
            teamMemberships: {
              select: { team: { select: { assignments: { where: LIVE_POSTING, select: POSTING_FIELDS } } } },
            },
            conversation: { select: { state: true } },
          },
        },
      },
    });
    const person = account?.person;
    if (!person?.active) return null;
    const rows = [...person.assignments, ...person.teamMemberships.flatMap((m) => m.team.assignments)];
    const postings = rows
      .filter((row, i) => rows.findIndex((other) => other.id === row.id) === i)
      .map(toPosting)
      .sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0));
    return { sender: { ...toPerson(person), postings }, conversation: person.conversation?.state ?? null };
  }

  async findByAccount(channel: Channel, accountId: string): Promise<Person | null> {
    const account = await this.db.platformAccount.findUnique({
      where: { channel_accountId: { channel, accountId } },
      select: {
        person: { select: PERSON_FIELDS },
      },
    });
    const person = account?.person;
    return person?.active ? toPerson(person) : null;
  }

  async listAccounts(channel: Channel): Promise<{ accountId: string; person: Person }[]> {
    const accounts = await this.db.platformAccount.findMany({
      where: { channel, person: { active: true } },
      select: { accountId: true, person: { select: PERSON_FIELDS } },
      orderBy: { personId: 'asc' },
    });
    return accounts.map((account) => ({ accountId: account.accountId, person: toPerson(account.person) }));
  }

  async byId(id: string): Promise<Person | null> {
    const row = await this.db.person.findFirst({ where: { id, active: true }, select: PERSON_FIELDS });
    return row ? toPerson(row) : null;
  }

  async withRole(role: PersonRole, filter: { enterpriseId?: string; cityName?: string } = {}): Promise<Person[]> {
    const rows = await this.db.person.findMany({
      where: {
        role,
        active: true,
        ...(filter.enterpriseId ? { enterpriseId: filter.enterpriseId } : {}),
        ...(filter.cityName ? { city: { name: filter.cityName } } : {}),
      },
      select: PERSON_FIELDS,
      orderBy: { id: 'asc' },
    });
    return rows.map(toPerson);
  }

  async accountsOf(personIds: string[]): Promise<Map<string, { channel: Channel; accountId: string }[]>> {
    const rows = await this.db.platformAccount.findMany({
      where: { personId: { in: personIds }, person: { active: true } },
      select: { personId: true, channel: true, accountId: true },
    });
    const byPerson = new Map<string, { channel: Channel; accountId: string }[]>();
    for (const row of rows) {
      const list = byPerson.get(row.personId) ?? [];
      list.push({ channel: row.channel, accountId: row.accountId });
      byPerson.set(row.personId, list);
    }
    return byPerson;
  }
}

export const PERSON_FIELDS = {
  id: true,
  name: true,
  role: true,
  enterpriseId: true,
  active: true,
  city: { select: { name: true } },
} as const;

export function toPerson(row: {
  id: string;
  name: string;
  role: Person['role'];
  enterpriseId: string | null;
  city: { name: string } | null;
}): Person {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    enterpriseId: row.enterpriseId,
    cityName: row.city?.name ?? null,
  };
}
