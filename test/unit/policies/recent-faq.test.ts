import { describe, expect, it } from 'vitest';
import { adjustableClock } from '../../../src/common/clock.js';
import type { FaqEntry, FaqStore } from '../../../src/domain/policies/faq.js';
import { FAQ_MAX_AGE_MS, RecentFaq } from '../../../src/domain/policies/recent-faq.js';

/** The table every instance shares: what another instance writes is only here. */
function sharedTable() {
  const rows: FaqEntry[] = [];
  let reads = 0;
  let failNext = false;
  const store: FaqStore = {
    async list() {
      reads += 1;
      if (failNext) {
        failNext = false;
        throw new Error('database unreachable');
      }
      return rows.map((row) => ({ ...row, paraphrases: [...row.paraphrases] }));
    },
    async add(entry) {
      const row = { ...entry, id: `faq-${rows.length + 1}`, createdAt: new Date(0), paraphrases: [] };
      rows.push(row);
      return row;
    },
    async remove(id) {
      const at = rows.findIndex((row) => row.id === id);
      if (at >= 0) rows.splice(at, 1);
      return at >= 0;
    },
  };
  return { store, rows, reads: () => reads, failOnce: () => (failNext = true) };
}

const patterns = (entries: FaqEntry[]) => entries.map((entry) => entry.pattern);

describe('the FAQ as questions read it', () => {
  it('is read once for many questions, and again once it is older than the bound', async () => {
    const table = sharedTable();
    const clock = adjustableClock('2026-12-02T02:00:00Z');
    const faq = new RecentFaq(table.store, clock);
    await table.store.add({ pattern: '补助 多少', answer: '每年每人1万元', citation: null });
    await Promise.all([faq.recent(), faq.recent(), faq.recent()]);
    await faq.recent();
    expect(table.reads()).toBe(1);

    // Another instance adds an entry: seen here once the read is older than the bound, not before.
    await table.store.add({ pattern: '座谈会', answer: '每季度一次', citation: null });
    clock.advance(FAQ_MAX_AGE_MS - 1_000);
    expect(patterns(await faq.recent())).toEqual(['补助 多少']);
    clock.advance(1_000);
    expect(patterns(await faq.recent())).toEqual(['补助 多少', '座谈会']);
    expect(table.reads()).toBe(2);
  });

  it('sees at once what changes through this instance, and administrators always see the table', async () => {
    const table = sharedTable();
    const clock = adjustableClock('2026-12-02T02:00:00Z');
    const faq = new RecentFaq(table.store, clock);
    expect(await faq.recent()).toEqual([]);
    const entry = await faq.add({ pattern: '补助 多少', answer: '每年每人1万元', citation: null });
    expect(patterns(await faq.recent())).toEqual(['补助 多少']);

    // A 扩展问 added here (the paraphrase routes tell the FAQ).
    (table.rows[0] as FaqEntry).paraphrases.push('一年给多少钱');
    faq.forget();
    expect((await faq.recent())[0]?.paraphrases).toEqual(['一年给多少钱']);

    await table.store.add({ pattern: '座谈会', answer: '每季度一次', citation: null });
    expect(patterns(await faq.list())).toEqual(['补助 多少', '座谈会']);

    expect(await faq.remove(entry.id)).toBe(true);
    expect(patterns(await faq.recent())).toEqual(['座谈会']);
  });

  it('does not keep a failed read: the next question reads again', async () => {
    const table = sharedTable();
    const faq = new RecentFaq(table.store, adjustableClock('2026-12-02T02:00:00Z'));
    await table.store.add({ pattern: '补助 多少', answer: '每年每人1万元', citation: null });
    table.failOnce();
    await expect(faq.recent()).rejects.toThrow('database unreachable');
    expect(patterns(await faq.recent())).toEqual(['补助 多少']);
  });
});
