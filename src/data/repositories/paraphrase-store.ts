import type { ParaphraseStore, ParaphraseTarget, StoredParaphrase } from '../../domain/policies/paraphrases.js';
import { targetKey } from '../../domain/policies/paraphrases.js';
import type { Db } from '../database.js';

type Row = {
  id: string;
  faqId: string | null;
  documentSlug: string | null;
  clauseKey: string | null;
  text: string;
  createdAt: Date;
};

function toStored(row: Row): StoredParaphrase {
  const target: ParaphraseTarget = row.faqId
    ? { kind: 'faq', faqId: row.faqId }
    : { kind: 'clause', documentSlug: row.documentSlug ?? '', clauseKey: row.clauseKey ?? '' };
  return { id: row.id, target, text: row.text, createdAt: row.createdAt };
}

export class PrismaParaphraseStore implements ParaphraseStore {
  constructor(private readonly db: Db) {}

  async list(filter: { documentSlug?: string; faqId?: string } = {}): Promise<StoredParaphrase[]> {
    const rows = await this.db.paraphrase.findMany({
      where: {
        ...(filter.documentSlug ? { documentSlug: filter.documentSlug } : {}),
        ...(filter.faqId ? { faqId: filter.faqId } : {}),
      },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
    return rows.map(toStored);
  }

  async add(items: { target: ParaphraseTarget; text: string }[]): Promise<{ added: number; skipped: number }> {
    const { count } = await this.db.paraphrase.createMany({
      data: items.map(({ target, text }) => ({
        target: targetKey(target),
        text: text.trim(),
        ...(target.kind === 'faq'
          ? { faqId: target.faqId }
          : { documentSlug: target.documentSlug, clauseKey: target.clauseKey }),
      })),
      skipDuplicates: true,
    });
    return { added: count, skipped: items.length - count };
  }

  async remove(id: string): Promise<boolean> {
    const { count } = await this.db.paraphrase.deleteMany({ where: { id } });
    return count === 1;
  }

  async fingerprint(): Promise<string> {
    const [row] = await this.db.$queryRaw<{ fingerprint: string | null }[]>`
      SELECT md5(string_agg(id::text, ',' ORDER BY id)) AS fingerprint FROM paraphrases`;
    return row?.fingerprint ?? 'none';
  }
}
