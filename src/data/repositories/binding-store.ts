import type { BindingStore } from '../../domain/people/binding-service.js';
import type { Channel, Person } from '../../domain/programme/types.js';
import type { Db } from '../database.js';
import { PERSON_FIELDS, toPerson } from './person-directory.js';

export class PrismaBindingStore implements BindingStore {
  constructor(private readonly db: Db) {}

  async issue(personId: string, code: string, expiresAt: Date): Promise<boolean> {
    const person = await this.db.person.findUnique({ where: { id: personId }, select: { id: true } });
    if (!person) return false;
    await this.db.bindingCode.create({ data: { code, personId, expiresAt } });
    return true;
  }

  async redeem(code: string, channel: Channel, accountId: string, now: Date): Promise<Person | null> {
    return this.db.$transaction(async (tx) => {
      // Spending the code is the guard: of two concurrent redemptions only one updates the row.
      const spent = await tx.bindingCode.updateMany({
        where: { code, usedAt: null, expiresAt: { gt: now } },
        data: { usedAt: now },
      });
      if (spent.count !== 1) return null;
      const { person } = await tx.bindingCode.findUniqueOrThrow({
        where: { code },
        select: {
          person: { select: PERSON_FIELDS },
        },
      });
      await tx.platformAccount.upsert({
        where: { personId_channel: { personId: person.id, channel } },
        create: { personId: person.id, channel, accountId },
        update: { accountId },
      });
      return toPerson(person);
    });
  }
}
