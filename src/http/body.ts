import getRawBody from 'raw-body';
import type { z } from 'zod';
import { AppError, ErrorCode } from '../common/errors.js';
import type { AppContext } from './context.js';

/** Whether a parsed JSON value holds U+0000 anywhere (PostgreSQL cannot store it). */
export function containsNul(value: unknown): boolean {
  // Iterative: a hostile body may nest deeper than the stack.
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const current = pending.pop();
    if (typeof current === 'string') {
      if (current.includes('\u0000')) return true;
    } else if (current && typeof current === 'object') {
      for (const [key, inner] of Object.entries(current)) pending.push(key, inner);
    }
  }
  return false;
}

/**
 * Reads and validates a JSON body; too large → 413, not JSON → 415, malformed or invalid → 400, and a NUL character
 * anywhere → 400 (unless the caller cleans it, as platform callbacks are cleaned).
 */
export async function readJson<T extends z.ZodType>(
  ctx: AppContext,
  schema: T,
  limit: number,
  options: { allowNul?: boolean } = {},
): Promise<z.infer<T>> {
  if (!ctx.is('application/json')) {
    throw new AppError(ErrorCode.UnsupportedMediaType, 'Send the body as application/json');
  }
  const raw = await getRawBody(ctx.req, { limit, length: ctx.request.length, encoding: 'utf8' });
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw new AppError(ErrorCode.BadRequest, 'Malformed JSON body');
  }
  if (!options.allowNul && containsNul(value)) {
    throw new AppError(ErrorCode.BadRequest, 'The body contains a NUL character (U+0000), which cannot be stored');
  }
  return parseWith(schema, value, 'body');
}

/** Reads a text body (XML callbacks) up to `limit` bytes; too large → 413. */
export async function readText(ctx: AppContext, limit: number): Promise<string> {
  return getRawBody(ctx.req, { limit, length: ctx.request.length, encoding: 'utf8' });
}

export function parseWith<T extends z.ZodType>(schema: T, value: unknown, where: string): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const details = parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
    throw new AppError(ErrorCode.Validation, `Invalid ${where}`, { details });
  }
  return parsed.data;
}
