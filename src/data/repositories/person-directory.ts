import type { PersonDirectory } from '../../domain/people/person-directory.js';
import type { Channel, Person } from '../../domain/programme/types.js';
import type { Db } from '../database.js';

export class PrismaPersonDirectory implements PersonDirectory {
  constructor(private readonly db: Db) {}

  async findByAccount(channel: Channel, accountId: string): Promise<Person | null> {
    const account = await this.db.platformAccount.findUnique({
      where: { channel_accountId: { channel, accountId } },
      select: {
        person: {
          select: {
            id: true,
            name: true,
            role: true,
            enterpriseId: true,
            active: true,
            city: { select: { name: true } },
          },
        },
      },
    });
    const person = account?.person;
    if (!person?.active) return null;
    return {
      id: person.id,
      name: person.name,
      role: person.role,
      enterpriseId: person.enterpriseId,
      cityName: person.city?.name ?? null,
    };
  }
}
