import { randomBytes } from 'node:crypto';

/** Real servers to run the suite against, when the environment names them; otherwise the embedded default. */
export const testDatabaseUrl = process.env.DATABASE_URL || undefined;
export const testRedisUrl = process.env.REDIS_URL || undefined;

export function uniqueSuffix(): string {
  return `${process.pid.toString(36)}${randomBytes(5).toString('hex')}`;
}
