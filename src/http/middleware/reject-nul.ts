import type { Middleware } from 'koa';
import { AppError, ErrorCode } from '../../common/errors.js';
import type { AppState } from '../context.js';

/** A NUL character (raw or as %00) in the path or the query is refused before any route sees it. */
export function rejectNul(): Middleware<AppState> {
  return async (ctx, next) => {
    const address = `${ctx.path}?${ctx.querystring}`;
    if (address.includes('%00') || address.includes('\u0000')) {
      throw new AppError(ErrorCode.BadRequest, 'The address contains a NUL character (%00)');
    }
    await next();
  };
}
