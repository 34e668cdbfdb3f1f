// Production entry point: `npm start`.

import { systemClock } from './common/clock.js';
import { createLogger } from './common/logger.js';
import { loadConfigOrExit } from './config/env.js';
import { startService, stopOnSignals } from './server.js';

const config = loadConfigOrExit();

const logger = createLogger(config.logLevel);
try {
  const service = await startService(config, { logger, clock: systemClock });
  logger.info(
    {
      url: service.url,
      database: config.database.kind,
      store: config.store.kind,
      localChannel: config.localChannelEnabled,
    },
    'service started',
  );
  stopOnSignals(service, (message) => logger.info(message));
} catch (error) {
  logger.fatal({ err: error }, 'service failed to start');
  process.exit(1);
}
