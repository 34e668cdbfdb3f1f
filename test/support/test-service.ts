import type { RequestListener } from 'node:http';
import { createApp } from '../../src/app.js';
import { type Clock, runningClock, today } from '../../src/common/clock.js';
import { createLogger, type Logger } from '../../src/common/logger.js';
import { buildServices, type Services } from '../../src/composition.js';
import { type Config, loadConfig } from '../../src/config/env.js';
import { loadDemoData, readDemoData } from '../../src/data/seed/load-demo-data.js';
import type { KeyValueStore } from '../../src/store/key-value-store.js';
import { MemoryStore } from '../../src/store/memory-store.js';
import { RedisStore } from '../../src/store/redis-store.js';
import { testRedisUrl, uniqueSuffix } from './env.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export const TEST_ADMIN_TOKEN = 'test-admin-token-0123456789';
/** A fixed "now" for the suite: 2026-11-24 10:00 in Asia/Shanghai. */
export const TEST_NOW = '2026-11-24T02:00:00.000Z';

export interface TestService {
  services: Services;
  database: TestDatabase;
  clock: Clock;
  /** A request handler for supertest, without a listening port. */
  handler: RequestListener;
  close(): Promise<void>;
}

export function testStore(): KeyValueStore {
  return testRedisUrl ? RedisStore.connect(testRedisUrl, `test:${uniqueSuffix()}:`) : new MemoryStore();
}

/** The service as it runs in production, on a fresh database (with the demo roster unless told otherwise). */
export async function createTestService(
  options: { env?: Record<string, string>; demo?: boolean; clock?: Clock; store?: KeyValueStore; logger?: Logger } = {},
): Promise<TestService> {
  // Conversation tests talk fast; the chat rate limit has a test of its own.
  const config: Config = loadConfig({
    ADMIN_TOKEN: TEST_ADMIN_TOKEN,
    LOG_LEVEL: 'silent',
    CHAT_MESSAGES_PER_MINUTE: '10000',
    ...options.env,
  });
  const clock = options.clock ?? runningClock(TEST_NOW);
  const database = await createTestDatabase();
  if (options.demo ?? true) await loadDemoData(database.prisma, await readDemoData(), today(clock));
  const services = await buildServices(config, {
    logger: options.logger ?? createLogger('silent'),
    clock,
    database,
    store: options.store ?? testStore(),
  });
  return {
    services,
    database,
    clock,
    handler: createApp(services).callback(),
    async close() {
      await services.store.close();
      await database.dispose();
    },
  };
}
