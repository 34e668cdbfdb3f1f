import { describe, expect, it } from 'vitest';
import { preparedStatementNames } from '../../../src/data/adapters/driver-adapters.js';

describe('names of prepared statements', () => {
  it('gives one text one name, every time, and different texts different names', () => {
    const nameOf = preparedStatementNames();
    const select = 'SELECT "t0"."id" FROM "public"."people" AS "t0" WHERE "t0"."id" = $1';
    const update = 'UPDATE "public"."people" SET "name" = $1 WHERE "id" = $2';
    const first = nameOf({ sql: select });
    expect(first).toMatch(/^prisma_\d+$/);
    expect(nameOf({ sql: update })).not.toBe(first);
    // A text built anew (as Prisma builds each statement) gets the name of the same text.
    expect(nameOf({ sql: [select.slice(0, 10), select.slice(10)].join('') })).toBe(first);
  });

  it('leaves statements unnamed beyond its bound, so texts that vary cannot fill every connection', () => {
    const nameOf = preparedStatementNames(2);
    const a = nameOf({ sql: 'SELECT 1' });
    const b = nameOf({ sql: 'SELECT 2' });
    expect(nameOf({ sql: 'SELECT 3' })).toBeUndefined();
    expect([nameOf({ sql: 'SELECT 1' }), nameOf({ sql: 'SELECT 2' })]).toEqual([a, b]);
  });
});
