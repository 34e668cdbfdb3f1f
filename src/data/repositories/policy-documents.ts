import type { Clock } from '../../common/clock.js';
import type { PolicyDocumentStore, StoredPolicy } from '../../knowledge/knowledge-base.js';
import type { Db } from '../database.js';

export class PrismaPolicyDocuments implements PolicyDocumentStore {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  listActive(): Promise<StoredPolicy[]> {
    return this.db.policyDocument.findMany({
      where: { deletedAt: null },
      select: { slug: true, title: true, sourceName: true, content: true, builtIn: true, updatedAt: true },
      orderBy: { slug: 'asc' },
    });
  }

  async fingerprint(): Promise<string> {
    const [row] = await this.db.$queryRaw<{ n: bigint; latest: Date | null; hashes: string | null }[]>`
      SELECT count(*) FILTER (WHERE deleted_at IS NULL) AS n, max(greatest(updated_at, deleted_at)) AS latest,
             md5(string_agg(content_hash, ',' ORDER BY slug) FILTER (WHERE deleted_at IS NULL)) AS hashes
      FROM policy_documents`;
    return `${row?.n ?? 0}:${row?.latest?.toISOString() ?? ''}:${row?.hashes ?? ''}`;
  }

  async seed(documents: { slug: string; title: string; sourceName: string; content: string; contentHash: string }[]) {
    await this.db.policyDocument.createMany({
      data: documents.map((doc) => ({ ...doc, builtIn: true })),
      skipDuplicates: true,
    });
  }

  async upsert(doc: { slug: string; title: string; sourceName: string; content: string; contentHash: string }) {
    const existing = await this.db.policyDocument.findUnique({
      where: { slug: doc.slug },
      select: { deletedAt: true },
    });
    await this.db.policyDocument.upsert({
      where: { slug: doc.slug },
      create: doc,
      update: { ...doc, deletedAt: null },
    });
    return existing && !existing.deletedAt ? ('replaced' as const) : ('created' as const);
  }

  async remove(slug: string): Promise<boolean> {
    const { count } = await this.db.policyDocument.updateMany({
      where: { slug, deletedAt: null },
      data: { deletedAt: this.clock.now() },
    });
    return count === 1;
  }
}
