import type { AppDeps } from './app.js';
import { createBot } from './bot/pipeline.js';
import type { Config } from './config/env.js';
import { type Database, openDatabase } from './data/database.js';
import { PrismaInboundLog } from './data/repositories/inbound-log.js';
import { PrismaOutbox } from './data/repositories/outbox-repository.js';
import { PrismaPersonDirectory } from './data/repositories/person-directory.js';
import { PrismaProgressReader } from './data/repositories/progress-reader.js';
import { PrismaVisitReader } from './data/repositories/visit-reader.js';
import { ProgressService } from './domain/progress/progress-service.js';
import type { Job } from './jobs/scheduler.js';
import type { Clock } from './shared/clock.js';
import type { Logger } from './shared/logger.js';
import { createStore } from './store/create-store.js';
import type { KeyValueStore } from './store/key-value-store.js';

export interface Services extends AppDeps {
  database: Database;
  store: KeyValueStore;
  /** Scheduled jobs (reminders, digests); each domain module that has some adds them here. */
  jobs: Job[];
  close(): Promise<void>;
}

export interface ServiceOptions {
  logger: Logger;
  clock: Clock;
  /** An already open database (tests, demo); otherwise the configured one is opened. */
  database?: Database;
  store?: KeyValueStore;
}

/** The composition root: the one place where concrete implementations meet the interfaces the code depends on. */
export async function buildServices(config: Config, options: ServiceOptions): Promise<Services> {
  const { logger, clock } = options;
  const database = options.database ?? (await openDatabase(config.database));
  const store = options.store ?? createStore(config.store);
  const db = database.prisma;
  return {
    config,
    logger,
    clock,
    database,
    store,
    readiness: { database: () => database.ping(), store: () => store.ping() },
    bot: createBot({ people: new PrismaPersonDirectory(db), inbound: new PrismaInboundLog(db), logger }),
    visits: new PrismaVisitReader(db),
    progress: new ProgressService(new PrismaProgressReader(db), config.quota, clock),
    outbox: new PrismaOutbox(db),
    jobs: [],
    async close() {
      await Promise.allSettled([store.close(), database.close()]);
    },
  };
}
