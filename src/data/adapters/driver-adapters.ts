import type { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';

/** The adapters keep their driver client in a `client` field (a pg Pool, or the PGlite instance). */
interface AdapterInternals {
  client: { query?(sql: string): Promise<unknown>; exec?(sql: string): Promise<unknown> };
  onError?(error: unknown): never;
  startTransactionInner?(conn: TransactionalConnection, options: unknown): Promise<unknown>;
}

interface TransactionalConnection {
  transaction<T>(run: (tx: unknown) => Promise<T>): Promise<T>;
}

/** PostgreSQL for the application, through a pool the caller owns (and ends). */
export function postgresAdapter(pool: pg.Pool): SqlMigrationAwareDriverAdapterFactory {
  // The adapter hands the name to pg as is, and pg runs a statement without a name unprepared.
  const statementNameGenerator = preparedStatementNames() as (query: { sql: string }) => string;
  return new PrismaPg(pool, { statementNameGenerator });
}

/** Distinct statement texts kept prepared per connection; beyond this, a statement is parsed each time it runs. */
const MAX_PREPARED_STATEMENTS = 500;

/**
 * Names Prisma's statements so that each connection parses and plans a statement once instead of at every run
 * (PostgreSQL spent about as much CPU on an answered message as the service did). A name stands for one text only.
 * The number of texts is bounded: a statement whose text varies (a list of N values) must not fill every
 * connection's memory.
 */
export function preparedStatementNames(max = MAX_PREPARED_STATEMENTS): (query: { sql: string }) => string | undefined {
  const names = new Map<string, string>();
  return ({ sql }) => {
    let name = names.get(sql);
    if (name === undefined && names.size < max) {
      name = `prisma_${names.size + 1}`;
      names.set(sql, name);
    }
    return name;
  };
}

/**
 * PostgreSQL for migrations. @prisma/adapter-pg splits a script on every ';', which breaks comments and PL/pgSQL
 * bodies; here a migration runs as one multi-statement query, atomically, as `prisma migrate deploy` runs it.
 */
export function postgresMigrationAdapter(pool: pg.Pool): SqlMigrationAwareDriverAdapterFactory {
  return patchAdapters(new PrismaPg(pool), (adapter) =>
    runScriptsWith(adapter, (client, script) => client.query?.(script)),
  );
}

/**
 * The embedded PGlite database, with two faults of pglite-prisma-adapter 0.7.2 mended (the version is pinned):
 * - executeScript does not await the script, so a failing migration would be recorded as applied;
 * - an error raised at COMMIT (a deferred constraint) is swallowed, so a failed transaction looks committed.
 */
export function pgliteAdapter(pglite: PGlite): SqlMigrationAwareDriverAdapterFactory {
  return patchAdapters(new PrismaPGlite(pglite), (adapter) => {
    runScriptsWith(adapter, (client, script) => client.exec?.(script));
    const inner = adapter as unknown as AdapterInternals;
    const startInner = inner.startTransactionInner?.bind(adapter);
    if (!startInner) throw new Error('pglite-prisma-adapter changed: review pgliteAdapter before upgrading it');
    // The adapter chains `.catch(reject)` onto the transaction's promise and awaits that chain at commit, so the
    // commit's own failure never surfaces. Handing it the promise itself makes commit() reject as it should.
    inner.startTransactionInner = (conn, options) =>
      startInner(
        {
          transaction: (run) => {
            const result = conn.transaction(run);
            const catchable = {
              catch: (onError: (error: unknown) => void) => {
                result.catch(onError);
                return result;
              },
            };
            return catchable as never;
          },
        },
        options,
      );
  });
}

/** Runs a whole migration script through the driver client, reporting errors as the adapter reports its own. */
function runScriptsWith(
  adapter: SqlDriverAdapter,
  run: (client: AdapterInternals['client'], script: string) => Promise<unknown> | undefined,
): void {
  const inner = adapter as unknown as AdapterInternals;
  adapter.executeScript = async (script) => {
    try {
      await run(inner.client, script);
    } catch (error) {
      inner.onError?.(error);
      throw error;
    }
  };
}

function patchAdapters(
  factory: SqlMigrationAwareDriverAdapterFactory,
  patch: (adapter: SqlDriverAdapter) => void,
): SqlMigrationAwareDriverAdapterFactory {
  const patched = async (connecting: Promise<SqlDriverAdapter>) => {
    const adapter = await connecting;
    patch(adapter);
    return adapter;
  };
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: () => patched(factory.connect()),
    connectToShadowDb: () => patched(factory.connectToShadowDb()),
  };
}
