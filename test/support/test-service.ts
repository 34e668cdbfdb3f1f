import type { RequestListener } from 'node:http';
import { afterAll, beforeAll } from 'vitest';
import { createApp } from '../../src/app.js';
import { type AdjustableClock, adjustableClock } from '../../src/common/clock.js';
import { createLogger, type Logger } from '../../src/common/logger.js';
import { buildServices, type ServiceOptions, type Services } from '../../src/composition.js';
import { type Config, loadConfig } from '../../src/config/env.js';
import { dataContext } from '../../src/data/data-context.js';
import type { Db } from '../../src/data/database.js';
import { loadDemoData, loadDemoOutcomes, readDemoData, readDemoOutcomes } from '../../src/data/seed/load-demo-data.js';
import type { KeyValueStore } from '../../src/store/key-value-store.js';
import { MemoryStore } from '../../src/store/memory-store.js';
import { RedisStore } from '../../src/store/redis-store.js';
import { testRedisUrl, uniqueSuffix } from './env.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export const TEST_ADMIN_TOKEN = 'test-admin-token-0123456789';
/**
 * Where the service's clock starts in the suite: 2026-11-24 10:00 in Asia/Shanghai. It runs on from there at real
 * speed, and tests move it on; every expected time is derived from it, so the suite passes on any date.
 */
export const TEST_NOW = '2026-11-24T02:00:00.000Z';

export interface TestService {
  services: Services;
  database: TestDatabase;
  /** The database as the service writes it: rows stamped with the service's clock. */
  db: Db;
  clock: AdjustableClock;
  /** A request handler for supertest, without a listening port. */
  handler: RequestListener;
  close(): Promise<void>;
}

export function testStore(): KeyValueStore {
  return testRedisUrl ? RedisStore.connect(testRedisUrl, `test:${uniqueSuffix()}:`) : new MemoryStore();
}

/** The service as it runs in production, on a fresh database (with the demo roster unless told otherwise). */
export async function createTestService(
  options: {
    env?: Record<string, string>;
    demo?: boolean;
    /** The demo's outcomes and signed agreements too (demo/demo-outcomes.json). */
    demoOutcomes?: boolean;
    clock?: AdjustableClock;
    store?: KeyValueStore;
    logger?: Logger;
    faults?: ServiceOptions['faults'];
  } = {},
): Promise<TestService> {
  // Conversation tests talk fast; the chat rate limit has a test of its own.
  const config: Config = loadConfig({
    ADMIN_TOKEN: TEST_ADMIN_TOKEN,
    LOG_LEVEL: 'silent',
    CHAT_MESSAGES_PER_MINUTE: '10000',
    // Most tests talk through the local channel, which the service keeps off unless asked.
    LOCAL_CHANNEL_ENABLED: 'true',
    ...options.env,
  });
  const clock = options.clock ?? adjustableClock(TEST_NOW);
  const database = await createTestDatabase();
  if (options.demo ?? true) await loadDemoData(database, await readDemoData(), clock);
  if (options.demoOutcomes) await loadDemoOutcomes(database, await readDemoOutcomes(), clock);
  const services = await buildServices(config, {
    logger: options.logger ?? createLogger('silent'),
    clock,
    database,
    store: options.store ?? testStore(),
    faults: options.faults,
  });
  return {
    services,
    database,
    db: dataContext(database, clock).db,
    clock,
    handler: createApp(services).callback(),
    async close() {
      await services.store.close();
      await database.dispose();
    },
  };
}

/** A fresh service for the enclosing describe block: started before its tests, closed after them. */
export function serviceForSuite(options: Parameters<typeof createTestService>[0] = {}): () => TestService {
  let service: TestService | undefined;
  beforeAll(async () => {
    service = await createTestService(options);
  });
  afterAll(async () => {
    await service?.close();
  });
  return () => {
    if (!service) throw new Error('the test service has not started');
    return service;
  };
}
