import type { FaqEntry, FaqStore } from '../../domain/policies/faq.js';
import type { Db } from '../database.js';

export class PrismaFaqStore implements FaqStore {
  constructor(private readonly db: Db) {}

  list(): Promise<FaqEntry[]> {
    return this.db.faqEntry.findMany({
      select: { id: true, pattern: true, answer: true, citation: true, createdAt: true },
      orderBy: { createdAt: 'asc' },
    });
  }

  add(entry: { pattern: string; answer: string; citation: string | null }): Promise<FaqEntry> {
    return this.db.faqEntry.create({
      data: entry,
      select: { id: true, pattern: true, answer: true, citation: true, createdAt: true },
    });
  }

  async remove(id: string): Promise<boolean> {
    const { count } = await this.db.faqEntry.deleteMany({ where: { id } });
    return count === 1;
  }
}
