import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from './app.js';
import { buildServices, type ServiceOptions, type Services } from './composition.js';
import type { Config } from './config/env.js';
import { startScheduler } from './jobs/scheduler.js';

export interface RunningService {
  services: Services;
  server: Server;
  url: string;
  /** Stops taking requests, lets those under way finish (up to the shutdown timeout), then closes connections. */
  stop(): Promise<void>;
}

export async function startService(config: Config, options: ServiceOptions): Promise<RunningService> {
  const services = await buildServices(config, options);
  const app = createApp(services);
  const server = app.listen(config.http.port, config.http.host);
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  }).catch(async (error: unknown) => {
    await services.close();
    throw error;
  });
  const scheduler = startScheduler(config.schedulerEnabled ? services.jobs : [], {
    store: services.store,
    logger: services.logger,
    runs: services.jobRuns,
    clock: services.clock,
  });
  services.dispatcher.start();
  services.knowledge.startWatching(5_000, (error) => services.logger.error({ err: error }, 'knowledge refresh failed'));
  const recovery = startRecovery(services);
  const { port } = server.address() as AddressInfo;
  const shownHost = config.http.host === '0.0.0.0' ? '127.0.0.1' : config.http.host;
  let stopping: Promise<void> | undefined;
  return {
    services,
    server,
    url: `http://${shownHost}:${port}`,
    stop() {
      stopping ??= (async () => {
        scheduler.stop();
        clearInterval(recovery);
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        const timeout = new Promise<void>((resolve) => setTimeout(resolve, config.http.shutdownTimeoutMs).unref());
        await Promise.race([closed, timeout]);
        server.closeAllConnections();
        // Messages being answered finish (anything left waits in the database for the next start).
        await Promise.race([services.processor.idle(), timeout]);
        await services.close();
      })();
      return stopping;
    },
  };
}

const RECOVERY_INTERVAL_MS = 15_000;

/** Picks up messages accepted but not answered (a crash, a failed attempt): now, then periodically. */
function startRecovery(services: Services): NodeJS.Timeout {
  const recover = () =>
    services.processor.recover().catch((error: unknown) => services.logger.error({ err: error }, 'recovery failed'));
  void recover();
  const timer = setInterval(recover, RECOVERY_INTERVAL_MS);
  timer.unref();
  return timer;
}

/** Stops gracefully on SIGTERM / SIGINT; a second signal exits at once. */
export function stopOnSignals(service: RunningService, log: (message: string) => void): void {
  let received = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (received) process.exit(1);
    received = true;
    log(`${signal} received: shutting down`);
    service.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
