import type { FaqEntry, FaqStore } from '../../domain/policies/faq.js';
import type { Db } from '../database.js';

const FIELDS = { id: true, pattern: true, answer: true, citation: true, createdAt: true } as const;

export class PrismaFaqStore implements FaqStore {
  constructor(private readonly db: Db) {}

  async list(): Promise<FaqEntry[]> {
    const rows = await this.db.faqEntry.findMany({
      select: { ...FIELDS, paraphrases: { select: { text: true }, orderBy: { createdAt: 'asc' } } },
      orderBy: { createdAt: 'asc' },
    });
    return rows.map(({ paraphrases, ...entry }) => ({ ...entry, paraphrases: paraphrases.map((p) => p.text) }));
  }

  async add(entry: { pattern: string; answer: string; citation: string | null }): Promise<FaqEntry> {
    return { ...(await this.db.faqEntry.create({ data: entry, select: FIELDS })), paraphrases: [] };
  }

  async remove(id: string): Promise<boolean> {
    const { count } = await this.db.faqEntry.deleteMany({ where: { id } });
    return count === 1;
  }
}
