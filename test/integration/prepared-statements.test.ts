import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseUrl } from '../support/env.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

// PostgreSQL only: the embedded default has no server that parses statements apart from running them.
describe.skipIf(!testDatabaseUrl)('statements Prisma sends to PostgreSQL', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.dispose());

  it('are prepared once per connection and reused, each name standing for its own text', async () => {
    const prepared = await database.prisma.$transaction(async (tx) => {
      // The same two statements three times on one connection (a transaction holds one).
      for (let i = 0; i < 3; i++) {
        await tx.city.findMany({ where: { name: '柳州市' } });
        await tx.person.count({ where: { active: true } });
      }
      return tx.$queryRaw<{ name: string; statement: string }[]>`
        SELECT name, statement FROM pg_prepared_statements WHERE name LIKE 'prisma_%'`;
    });
    const cities = prepared.filter((row) => row.statement.includes('"cities"'));
    const people = prepared.filter((row) => row.statement.includes('"people"'));
    expect(cities).toHaveLength(1);
    expect(people).toHaveLength(1);
    expect(cities[0]?.name).not.toBe(people[0]?.name);
  });
});
