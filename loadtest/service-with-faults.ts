// The service as `npm start` runs it, with the load test's injected faults: a delay inside the unit of work that
// answers a message, just before the message is completed (FAULT_DELAY_BEFORE_COMPLETE_MS), and a delay between a
// platform accepting a message and the outbox recording it (FAULT_DELAY_AFTER_SEND_MS). The load test kills the
// process with SIGKILL inside those delays. Never used outside the load test.
import { systemClock } from '../src/common/clock.js';
import { createLogger } from '../src/common/logger.js';
import { loadConfigOrExit } from '../src/config/env.js';
import { startService, stopOnSignals } from '../src/server.js';

const config = loadConfigOrExit();
const logger = createLogger(config.logLevel);
const pause = (variable: string) => {
  const ms = Number(process.env[variable] ?? 0);
  return ms > 0 ? () => new Promise<void>((resolve) => setTimeout(resolve, ms)) : undefined;
};
const beforeComplete = pause('FAULT_DELAY_BEFORE_COMPLETE_MS');
const afterSend = pause('FAULT_DELAY_AFTER_SEND_MS');

const service = await startService(config, {
  logger,
  clock: systemClock,
  faults: {
    ...(beforeComplete ? { inbound: { beforeComplete } } : {}),
    ...(afterSend ? { dispatcher: { afterSend } } : {}),
  },
});
logger.warn({ url: service.url, beforeComplete: Boolean(beforeComplete), afterSend: Boolean(afterSend) }, 'started');
stopOnSignals(service, (message) => logger.info(message));
