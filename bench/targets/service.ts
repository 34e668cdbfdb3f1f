// The service of `npm run bench`, in a process of its own, started as `npm start` would start it but on a database
// holding the bench roster (so that messages are answered as a specialist or an enterprise would be). It tells the
// load generator its address over the IPC channel and, when asked, how many messages are still waiting for an answer.
import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import pg from 'pg';
import { systemClock } from '../../src/common/clock.js';
import { createLogger } from '../../src/common/logger.js';
import { loadConfig } from '../../src/config/env.js';
import { openDatabase } from '../../src/data/database.js';
import { startService } from '../../src/server.js';
import { seedBenchRoster } from './bench-roster.js';
import { BENCH_WECOM } from './wecom-settings.js';

// Every SQL statement the service sends, counted at the driver, to tell where the time goes.
let statements = 0;
const byText = new Map<string, number>();
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  statements += 1;
  if (process.env.BENCH_STATEMENTS) {
    const first = args[0] as string | { text?: string };
    const text = (typeof first === 'string' ? first : (first?.text ?? '')).replace(/\s+/g, ' ').slice(0, 140);
    byText.set(text, (byText.get(text) ?? 0) + 1);
  }
  return (query as (...a: unknown[]) => unknown).apply(this, args);
} as typeof query;

// Where the service allocates, garbage included (what the scavenges pay for): a sampling heap profile written on stop.
// With BENCH_HEAP_PROF=promoted, only what was promoted to the old generation (what the major collections pay for).
const heapSession = process.env.BENCH_HEAP_PROF ? new Session() : null;
async function startHeapSampling() {
  if (!heapSession) return;
  heapSession.connect();
  await heapSession.post('HeapProfiler.startSampling', {
    samplingInterval: 64 * 1024,
    includeObjectsCollectedByMajorGC: true,
    // BENCH_HEAP_PROF=promoted: only what outlived the young generation (survived scavenges), garbage or not.
    includeObjectsCollectedByMinorGC: process.env.BENCH_HEAP_PROF !== 'promoted',
  });
}
async function writeHeapProfile() {
  if (!heapSession) return;
  const { profile } = await heapSession.post('HeapProfiler.stopSampling');
  await writeFile(`HEAP.${process.pid}.heapprofile`, JSON.stringify(profile));
}

const config = loadConfig({
  ...process.env,
  PORT: '0',
  HOST: '127.0.0.1',
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
  WECOM_CORP_ID: BENCH_WECOM.corpId,
  WECOM_AGENT_ID: BENCH_WECOM.agentId,
  WECOM_SECRET: BENCH_WECOM.secret,
  WECOM_TOKEN: BENCH_WECOM.token,
  WECOM_AES_KEY: BENCH_WECOM.aesKey,
});
const database = await openDatabase(config.database);
await seedBenchRoster(database.prisma, systemClock);
const service = await startService(config, { logger: createLogger(config.logLevel), clock: systemClock, database });

async function stats() {
  const prisma = service.services.database.prisma;
  const inbound = await prisma.inboundMessage.groupBy({ by: ['status'], _count: { _all: true } });
  const outbox = await prisma.outboxMessage.groupBy({ by: ['status'], _count: { _all: true } });
  const count = (rows: { status: string; _count: { _all: number } }[], status: string) =>
    rows.find((r) => r.status === status)?._count._all ?? 0;
  const cpu = process.cpuUsage();
  return {
    statements,
    cpuMicros: cpu.user + cpu.system,
    waiting: count(inbound, 'RECEIVED'),
    answered: count(inbound, 'PROCESSED'),
    failed: count(inbound, 'FAILED'),
    sent: count(outbox, 'SENT'),
    unsent: outbox.filter((r) => r.status !== 'SENT').reduce((sum, r) => sum + r._count._all, 0),
    // Replies the dispatcher could send now (not held for quiet hours or a rate limit until later).
    due: await prisma.outboxMessage.count({
      where: { status: 'PENDING', nextAttemptAt: { lte: systemClock.now() } },
    }),
  };
}

await startHeapSampling();
process.send?.({ type: 'ready', url: service.url });
process.on('message', async (message: { type: string }) => {
  if (message.type === 'stats') process.send?.({ type: 'stats', ...(await stats()) });
  if (message.type === 'stop') {
    if (process.env.BENCH_STATEMENTS)
      for (const [text, n] of [...byText].sort((a, b) => b[1] - a[1]).slice(0, 60)) console.error(n, text);
    await service.stop();
    await writeHeapProfile();
    process.exit(0);
  }
});
