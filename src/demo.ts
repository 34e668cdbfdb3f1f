// `npm run demo`: the service on the embedded default, with a fresh database loaded from demo/demo-data.json
// and the local chat channel on.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { systemClock } from './common/clock.js';
import { createLogger } from './common/logger.js';
import { type Config, loadConfigOrExit } from './config/env.js';
import { openEmbedded } from './data/database.js';
import { loadDemoData, loadDemoOutcomes, readDemoData, readDemoOutcomes } from './data/seed/load-demo-data.js';
import { startService, stopOnSignals } from './server.js';

const DEMO_ADMIN_TOKEN = 'demo-admin-token';

const config = loadConfigOrExit();
const logger = createLogger(config.logLevel);
if (config.database.kind === 'postgres' || config.store.kind === 'redis') {
  logger.warn(
    'the demo always runs on the embedded database and in-process store; DATABASE_URL / REDIS_URL are ignored',
  );
}

const dataDir = path.join(config.database.kind === 'embedded' ? config.database.dataDir : path.resolve('data'), 'demo');
const demoConfig: Config = {
  ...config,
  database: { kind: 'embedded', dataDir },
  store: { kind: 'memory' },
  adminToken: config.adminToken ?? DEMO_ADMIN_TOKEN,
  localChannelEnabled: true,
  demoMode: true,
};

try {
  await rm(dataDir, { recursive: true, force: true });
  const database = await openEmbedded(path.join(dataDir, 'pgdata'));
  await loadDemoData(database, await readDemoData(), systemClock);
  await loadDemoOutcomes(database, await readDemoOutcomes(), systemClock);
  const service = await startService(demoConfig, { logger, clock: systemClock, database });
  stopOnSignals(service, (message) => logger.info(message));
  console.log(
    [
      '',
      `科技特派员助手 demo is running at ${service.url}`,
      `  Chat in a browser: ${service.url}/`,
      `  or with curl: curl -s ${service.url}/local/messages -H 'content-type: application/json' -d '{"userId":"chen.siyuan","text":"你好"}'`,
      `  Admin API token: ${demoConfig.adminToken === DEMO_ADMIN_TOKEN ? DEMO_ADMIN_TOKEN : '(the ADMIN_TOKEN you set)'}`,
      `  curl -s ${service.url}/admin/progress -H 'authorization: Bearer ${demoConfig.adminToken === DEMO_ADMIN_TOKEN ? DEMO_ADMIN_TOKEN : '$ADMIN_TOKEN'}'`,
      '',
    ].join('\n'),
  );
} catch (error) {
  logger.fatal({ err: error }, 'demo failed to start');
  process.exit(1);
}
