import { createHash, timingSafeEqual } from 'node:crypto';
import type { Middleware } from 'koa';
import { AppError, ErrorCode } from '../../common/errors.js';
import type { AppState } from '../context.js';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Bearer-token guard of the admin API. Both sides are hashed first so the comparison takes the same time
 * whatever the length or content of the presented token.
 */
export function adminAuth(adminToken: string | undefined): Middleware<AppState> {
  const expected = adminToken === undefined ? undefined : digest(adminToken);
  return async (ctx, next) => {
    if (!expected) throw new AppError(ErrorCode.NotFound, 'The admin API is disabled: set ADMIN_TOKEN to enable it');
    const match = /^Bearer (.+)$/.exec(ctx.get('authorization'));
    if (!match?.[1] || !timingSafeEqual(digest(match[1]), expected)) {
      ctx.set('WWW-Authenticate', 'Bearer');
      throw new AppError(
        ErrorCode.Unauthorized,
        'A valid admin token is required (Authorization: Bearer <ADMIN_TOKEN>)',
      );
    }
    await next();
  };
}
