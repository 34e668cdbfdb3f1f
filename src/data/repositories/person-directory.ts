import type { SenderDirectory } from '../../bot/pipeline.js';
import type { Sender } from '../../bot/router.js';
import { fromUtcMidnight } from '../../common/local-date.js';
import type { PersonDirectory } from '../../domain/people/person-directory.js';
import type { Channel, Person, PersonRole } from '../../domain/programme/types.js';
import type { Posting } from '../../domain/visits/visit-ledger.js';
import type { Prisma } from '../../generated/prisma/client.js';
import type { Db } from '../database.js';
import type { SqlRunner } from '../sql-runner.js';

/**
 * What a posting is read with through the query builder. senderOf builds the same Posting in SQL (json_build_object):
 * a field added here goes there too.
 */
export const POSTING_FIELDS = {
  id: true,
  enterpriseId: true,
  startDate: true,
  endDate: true,
  status: true,
  enterprise: { select: { name: true, shortName: true, city: { select: { name: true } } } },
} as const;

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

/** The sender of a message with their postings and conversation (see senderOf), prepared per connection. */
const SENDER_OF = {
  name: 'sender-of',
  text: `
    SELECT p.id, p.name, p.role::text AS role, p.enterprise_id AS "enterpriseId", p.active,
           city.name AS "cityName", conv.state AS conversation, COALESCE(live.postings, '[]'::json) AS postings
    FROM platform_accounts account
    JOIN people p ON p.id = account.person_id
    LEFT JOIN cities city ON city.id = p.city_id
    LEFT JOIN conversations conv ON conv.person_id = p.id
    LEFT JOIN LATERAL (
      SELECT json_agg(json_build_object(
               'assignmentId', a.id, 'enterpriseId', a.enterprise_id, 'enterpriseName', e.name,
               'shortName', e.short_name, 'cityName', ec.name, 'startDate', a.start_date, 'endDate', a.end_date,
               'active', a.status = 'ACTIVE') ORDER BY a.start_date, a.id) AS postings
      -- A union, not an OR: each half is found through its own index.
      FROM (SELECT own.id FROM assignments own WHERE own.specialist_id = p.id
            UNION
            SELECT team.id FROM team_members tm JOIN assignments team ON team.team_id = tm.team_id
            WHERE tm.person_id = p.id) mine
      JOIN assignments a ON a.id = mine.id
      JOIN enterprises e ON e.id = a.enterprise_id
      JOIN cities ec ON ec.id = e.city_id
      WHERE a.status <> 'CANCELLED'
    ) live ON true
    WHERE account.channel = $1::text::"Channel" AND account.account_id = $2`,
};

export class PrismaPersonDirectory implements PersonDirectory, SenderDirectory {
  constructor(
    private readonly db: Db,
    private readonly sql: SqlRunner,
  ) {}

  /**
   * The sender of a message with their postings (their own and their teams', oldest first) and their conversation, in
   * one read. Written as SQL: it runs for every message answered, and the same read through the query builder cost
   * about three times the CPU.
   */
  async senderOf(channel: Channel, accountId: string): Promise<{ sender: Sender; conversation: unknown } | null> {
    const rows = await this.sql.query<SenderRow>(SENDER_OF, [channel, accountId]);
    const row = rows[0];
    if (!row?.active) return null;
    return {
      sender: {
        id: row.id,
        name: row.name,
        role: row.role,
        enterpriseId: row.enterpriseId,
        cityName: row.cityName,
        postings: row.postings,
      },
      conversation: row.conversation ?? null,
    };
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

/** A sender as senderOf reads them: dates of postings come as `YYYY-MM-DD` (json renders a date so). */
interface SenderRow {
  id: string;
  name: string;
  role: PersonRole;
  enterpriseId: string | null;
  active: boolean;
  cityName: string | null;
  conversation: unknown;
  postings: Posting[];
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
