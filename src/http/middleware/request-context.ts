import { randomUUID } from 'node:crypto';
import type { Middleware } from 'koa';
import type { Logger } from '../../common/logger.js';
import type { AppState } from '../context.js';

const SAFE_REQUEST_ID = /^[\w.-]{1,100}$/;

/** Gives every request an id (the caller's X-Request-Id when sane), a child logger, and one access-log line. */
export function requestContext(logger: Logger): Middleware<AppState> {
  return async (ctx, next) => {
    const incoming = ctx.get('x-request-id');
    const requestId = SAFE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
    ctx.state.requestId = requestId;
    ctx.state.log = logger.child({ requestId });
    ctx.set('X-Request-Id', requestId);
    const started = performance.now();
    try {
      await next();
    } finally {
      const route = (ctx as { _matchedRoute?: string })._matchedRoute ?? 'unmatched';
      ctx.state.log.info(
        { method: ctx.method, route, status: ctx.status, ms: Math.round(performance.now() - started) },
        'request',
      );
    }
  };
}
