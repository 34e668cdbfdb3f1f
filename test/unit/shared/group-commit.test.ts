import { describe, expect, it } from 'vitest';
import { groupCommit } from '../../../src/common/group-commit.js';

describe('group commit', () => {
  it('writes calls made together in one write, and calls made while it runs in the next, bounded in size', async () => {
    const writes: number[][] = [];
    let release: () => void = () => {};
    const record = groupCommit(
      async (items: number[]) => {
        writes.push(items);
        if (writes.length === 1) await new Promise<void>((resolve) => (release = resolve));
        return items.map((item) => ({ status: 'fulfilled' as const, value: item * 10 }));
      },
      { inFlight: 1, maxBatch: 3 },
    );
    const first = [record(1), record(2)];
    await new Promise((resolve) => setImmediate(resolve));
    const later = [record(3), record(4), record(5), record(6)];
    release();
    expect(await Promise.all([...first, ...later])).toEqual([10, 20, 30, 40, 50, 60]);
    expect(writes).toEqual([[1, 2], [3, 4, 5], [6]]);
  });

  it('gives each call its own error, and every call of a failed write that write’s error', async () => {
    const record = groupCommit(
      async (items: string[]) => {
        if (items.includes('all')) throw new Error('write failed');
        return items.map((item) =>
          item === 'bad'
            ? { status: 'rejected' as const, reason: new Error(`refused ${item}`) }
            : { status: 'fulfilled' as const, value: item },
        );
      },
      { inFlight: 2, maxBatch: 10 },
    );
    const results = await Promise.allSettled([record('a'), record('bad'), record('b')]);
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message))).toEqual([
      'a',
      'refused bad',
      'b',
    ]);
    const failed = await Promise.allSettled([record('x'), record('all')]);
    expect(failed.every((r) => r.status === 'rejected' && (r.reason as Error).message === 'write failed')).toBe(true);
  });
});

describe('group commit and the callers’ context', () => {
  it('writes outside the context of the caller that started the write', async () => {
    const { AsyncLocalStorage } = await import('node:async_hooks');
    const context = new AsyncLocalStorage<string>();
    const seen: (string | undefined)[] = [];
    const record = groupCommit(
      async (items: number[]) => {
        seen.push(context.getStore());
        return items.map((value) => ({ status: 'fulfilled' as const, value }));
      },
      { inFlight: 1, maxBatch: 10 },
    );
    await context.run('a unit of work', () => Promise.all([record(1), record(2)]));
    expect(seen).toEqual([undefined]);
  });
});
