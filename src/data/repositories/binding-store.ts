import type { BindingStore } from '../../domain/people/binding-service.js';
import type { Channel } from '../../domain/programme/types.js';
import type { Db } from '../database.js';
import { PERSON_FIELDS, toPerson } from './person-directory.js';

export class PrismaBindingStore implements BindingStore {
  constructor(private readonly db: Db) {}

  async issue(personId: string, code: string, expiresAt: Date, now: Date): Promise<boolean> {
    return this.db.$transaction(async (tx) => {
      const person = await tx.person.findUnique({ where: { id: personId }, select: { id: true } });
      if (!person) return false;
      // A new code revokes the person's older unused ones: only the latest one handed out works.
      await tx.bindingCode.updateMany({
        where: { personId, usedAt: null, expiresAt: { gt: now } },
        data: { expiresAt: now },
      });
      await tx.bindingCode.create({ data: { code, personId, expiresAt } });
      return true;
    });
  }

  async holderOf(code: string, now: Date): Promise<string | null> {
    const row = await this.db.bindingCode.findFirst({
      where: { code, usedAt: null, expiresAt: { gt: now } },
      select: { personId: true },
    });
    return row?.personId ?? null;
  }

  async redeem(code: string, channel: Channel, accountId: string, now: Date) {
    return this.db.$transaction(async (tx) => {
      // Spending the code is the guard: of two concurrent redemptions only one updates the row.
      const spent = await tx.bindingCode.updateMany({
        where: { code, usedAt: null, expiresAt: { gt: now } },
        data: { usedAt: now },
      });
      if (spent.count !== 1) return null;
      const { person } = await tx.bindingCode.findUniqueOrThrow({
        where: { code },
        select: { person: { select: PERSON_FIELDS } },
      });
      const earlier = await tx.platformAccount.findUnique({
        where: { personId_channel: { personId: person.id, channel } },
        select: { accountId: true },
      });
      await tx.platformAccount.upsert({
        where: { personId_channel: { personId: person.id, channel } },
        create: { personId: person.id, channel, accountId },
        update: { accountId },
      });
      const replaced = earlier && earlier.accountId !== accountId ? earlier.accountId : null;
      return { person: toPerson(person), replaced };
    });
  }
}
