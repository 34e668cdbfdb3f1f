import type { PersonDirectory } from '../../domain/people/person-directory.js';
import type { Channel, Person } from '../../domain/programme/types.js';
import type { Db } from '../database.js';

export class PrismaPersonDirectory implements PersonDirectory {
  constructor(private readonly db: Db) {}

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
