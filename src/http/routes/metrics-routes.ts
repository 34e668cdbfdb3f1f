import { Router } from '@koa/router';
import type { Middleware } from 'koa';
import type { ServiceMetrics } from '../../observability/metrics.js';
import type { AppState } from '../context.js';

/** Counts each request by its route pattern (not its path, which would make a label per id). */
export function httpMetrics(metrics: ServiceMetrics): Middleware<AppState> {
  return async (ctx, next) => {
    const started = performance.now();
    // A request that fails is answered by the error handler outside this middleware: until then ctx.status still reads
    // Koa's default 404, so the status is taken from the error (400, 401, 413 …; 500 when it has none).
    let status: number | null = null;
    try {
      await next();
    } catch (error) {
      const carried = (error as { status?: unknown }).status;
      status = typeof carried === 'number' && carried >= 400 && carried < 600 ? carried : 500;
      throw error;
    } finally {
      const route = (ctx as { _matchedRoute?: string })._matchedRoute ?? 'unmatched';
      metrics.observeRequest(ctx.method, route, status ?? ctx.status, (performance.now() - started) / 1000);
    }
  };
}

/** GET /metrics in Prometheus' text format, behind the admin token (Prometheus sends it as a bearer token). */
export function metricsRoutes(metrics: ServiceMetrics): Router<AppState> {
  const router = new Router<AppState>();
  router.get('/metrics', async (ctx) => {
    ctx.type = metrics.registry.contentType;
    ctx.body = await metrics.registry.metrics();
  });
  return router;
}
