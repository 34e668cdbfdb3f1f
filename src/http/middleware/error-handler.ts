import type { Middleware } from 'koa';
import { AppError, ErrorCode, toAppError } from '../../common/errors.js';
import type { AppState } from '../context.js';

/**
 * Turns every failure into a JSON error with a code. Internal details go to the log, never to the caller.
 * Unmatched routes end here as 404.
 */
export function errorHandler(): Middleware<AppState> {
  return async (ctx, next) => {
    try {
      await next();
      if (ctx.status === 404 && ctx.body === undefined) {
        throw new AppError(ErrorCode.NotFound, 'No such endpoint');
      }
    } catch (thrown) {
      const error = fromHttpError(thrown) ?? toAppError(thrown);
      if (error.status >= 500) ctx.state.log?.error({ err: thrown }, 'request failed');
      ctx.status = error.status;
      ctx.body = {
        error: {
          code: error.code,
          message: error.expose ? error.message : 'Internal server error',
          ...(error.expose && error.details !== undefined ? { details: error.details } : {}),
        },
        requestId: ctx.state.requestId,
      };
    }
  };
}

/** Errors raised by Koa itself or by raw-body carry an HTTP status. */
function fromHttpError(thrown: unknown): AppError | undefined {
  if (thrown instanceof AppError || typeof thrown !== 'object' || thrown === null) return undefined;
  const status = (thrown as { status?: unknown }).status;
  if (typeof status !== 'number' || status < 400 || status >= 500) return undefined;
  const code =
    status === 413
      ? ErrorCode.PayloadTooLarge
      : status === 415
        ? ErrorCode.UnsupportedMediaType
        : status === 401
          ? ErrorCode.Unauthorized
          : status === 404
            ? ErrorCode.NotFound
            : ErrorCode.BadRequest;
  const message = status === 413 ? 'Request body is too large' : 'Bad request';
  return new AppError(code, message, { cause: thrown });
}
