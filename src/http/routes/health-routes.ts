import { Router } from '@koa/router';
import type { AppState } from '../context.js';

export type ReadinessChecks = Record<string, () => Promise<void>>;

const CHECK_TIMEOUT_MS = 2_000;

function withTimeout(check: () => Promise<void>): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timed out')), CHECK_TIMEOUT_MS);
    check()
      .then(resolve, reject)
      .finally(() => clearTimeout(timer));
  });
}

/** /healthz: the process is up. /readyz: it can serve, i.e. every dependency answers; 503 otherwise. */
export function healthRoutes(checks: ReadinessChecks): Router<AppState> {
  const router = new Router<AppState>();
  router.get('/healthz', (ctx) => {
    ctx.body = { status: 'ok' };
  });
  router.get('/readyz', async (ctx) => {
    const names = Object.keys(checks);
    const results = await Promise.allSettled(names.map((name) => withTimeout(checks[name] as () => Promise<void>)));
    const report = Object.fromEntries(
      names.map((name, i) => [name, results[i]?.status === 'fulfilled' ? 'ok' : 'down']),
    );
    const ready = results.every((result) => result.status === 'fulfilled');
    results.forEach((result, i) => {
      if (result.status === 'rejected') ctx.state.log.warn({ check: names[i], err: result.reason }, 'not ready');
    });
    ctx.status = ready ? 200 : 503;
    ctx.body = { status: ready ? 'ready' : 'unavailable', checks: report };
  });
  return router;
}
