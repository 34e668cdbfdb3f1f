import { AsyncLocalStorage } from 'node:async_hooks';
import pg from 'pg';

interface Unit {
  client?: pg.PoolClient;
  ended: boolean;
}

type Variadic = (...args: unknown[]) => unknown;

/**
 * A pg pool that lends the SQL runner the connection of the unit of work it runs in: `unit(open)` runs `open`, which
 * opens Prisma's transaction, and the first connection taken inside it (the transaction's) becomes the unit's. The
 * statements every answered message runs then go to the driver on that connection, in that transaction, past Prisma's
 * query pipeline (which costs several times the statement's own CPU). Prisma's own queries are never rerouted: its
 * batched reads run in whatever async context comes first, so only the runner, called directly, relies on the unit.
 */
export class UnitPool extends pg.Pool {
  private readonly units = new AsyncLocalStorage<Unit>();

  unit<T>(open: () => Promise<T>): Promise<T> {
    // Inside an open unit, the inner one joins it. Work that outlived its unit (a timer set inside one) begins anew.
    if (this.units.getStore()?.ended === false) return open();
    return this.units.run({ ended: false }, open);
  }

  /** The unit's connection inside a unit whose transaction is open, otherwise null (use the pool). */
  unitConnection(): pg.PoolClient | null {
    const unit = this.units.getStore();
    if (!unit?.client) return null;
    if (unit.ended) throw new Error('the unit of work has ended: its connection is no longer its own');
    return unit.client;
  }

  override connect(...args: unknown[]): never {
    const taking = (super.connect as unknown as Variadic).apply(this, args);
    const unit = this.units.getStore();
    if (!unit || unit.client || args.length > 0) return taking as never;
    return (taking as Promise<pg.PoolClient>).then((client) => {
      if (!unit.client) {
        unit.client = client;
        const release = client.release;
        // Once the transaction ends (commit, rollback, or its time limit), the connection goes back to the pool.
        client.release = (error?: Error | boolean) => {
          unit.ended = true;
          client.release = release;
          return release.call(client, error);
        };
      }
      return client;
    }) as never;
  }
}
