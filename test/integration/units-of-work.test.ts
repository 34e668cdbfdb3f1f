import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataContext } from '../../src/data/data-context.js';
import { testDatabaseUrl } from '../support/env.js';
import { createTestService, type TestService } from '../support/test-service.js';

const CURRENT_TRANSACTION = { name: 'test-current-transaction', text: 'SELECT txid_current()::text AS txid' };
const ADD_CITY = { name: 'test-add-city', text: 'INSERT INTO cities (name) VALUES ($1)' };

describe('units of work', () => {
  let service: TestService;
  let context: ReturnType<typeof dataContext>;
  const city = (name: string) => context.db.city.findUnique({ where: { name } });

  beforeAll(async () => {
    service = await createTestService();
    context = dataContext(service.database, service.clock);
  });
  afterAll(async () => {
    await service.close();
  });

  it('commits what the query builder and plain SQL write in a unit together, or neither', async () => {
    await context.unitOfWork.run(async () => {
      await context.db.city.create({ data: { name: '测试市1' } });
      await context.sql.query(ADD_CITY, ['测试市2']);
    });
    expect(await city('测试市1')).not.toBeNull();
    expect(await city('测试市2')).not.toBeNull();

    const failing = context.unitOfWork.run(async () => {
      await context.db.city.create({ data: { name: '测试市3' } });
      await context.sql.query(ADD_CITY, ['测试市4']);
      throw new Error('the answer failed after both writes');
    });
    await expect(failing).rejects.toThrow('the answer failed after both writes');
    expect(await city('测试市3')).toBeNull();
    expect(await city('测试市4')).toBeNull();
  });

  it("joins a repository's own transaction to the unit around it", async () => {
    const failing = context.unitOfWork.run(async () => {
      await context.db.$transaction(async (tx) => {
        await tx.city.create({ data: { name: '测试市5' } });
      });
      throw new Error('failed after the inner transaction ended');
    });
    await expect(failing).rejects.toThrow('failed after the inner transaction ended');
    expect(await city('测试市5')).toBeNull();
  });

  // PGlite has one connection: its units run one after another.
  it.skipIf(!testDatabaseUrl)('keeps units apart: what one has not committed, another does not see', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let written = () => {};
    const wrote = new Promise<void>((resolve) => {
      written = resolve;
    });
    const first = context.unitOfWork.run(async () => {
      await context.sql.query(ADD_CITY, ['测试市6']);
      written();
      await held;
    });
    await wrote;
    const seen = await context.unitOfWork.run(() => city('测试市6'));
    release();
    await first;
    expect(seen).toBeNull();
    expect(await city('测试市6')).not.toBeNull();
  });

  it("runs plain SQL inside a unit in the unit's own transaction", async () => {
    const [viaSql, viaPrisma] = await context.unitOfWork.run(async () => {
      const [row] = await context.sql.query<{ txid: string }>(CURRENT_TRANSACTION, []);
      const [same] = await context.db.$queryRawUnsafe<{ txid: string }[]>(CURRENT_TRANSACTION.text);
      return [row?.txid, same?.txid];
    });
    expect(viaSql).toBeDefined();
    expect(viaSql).toBe(viaPrisma);
  });

  it.skipIf(!testDatabaseUrl)(
    'refuses a statement of a unit that has ended, instead of running it on a connection lent to another',
    async () => {
      let straggler: Promise<unknown> = Promise.resolve();
      await context.unitOfWork.run(async () => {
        await context.sql.query(ADD_CITY, ['测试市7']);
        straggler = new Promise((resolve) => setTimeout(resolve, 50)).then(() =>
          context.sql.query(ADD_CITY, ['测试市8']),
        );
      });
      await expect(straggler).rejects.toThrow('the unit of work has ended');
      expect(await city('测试市7')).not.toBeNull();
      expect(await city('测试市8')).toBeNull();
    },
  );

  it('lets work begun inside a unit that has ended open a unit of its own', async () => {
    let later: Promise<unknown> = Promise.resolve();
    await context.unitOfWork.run(async () => {
      later = new Promise((resolve) => setTimeout(resolve, 50)).then(() =>
        context.unitOfWork.run(() => context.sql.query(ADD_CITY, ['测试市9'])),
      );
    });
    await later;
    expect(await city('测试市9')).not.toBeNull();
  });
});
