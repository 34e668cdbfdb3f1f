import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import type { KeyValueStore, Lock } from './key-value-store.js';

// Compare-and-delete / compare-and-extend: a lock is only touched by the owner of its token.
const RELEASE_SCRIPT =
  "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";
const EXTEND_SCRIPT =
  "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end";
// INCR and set the window's expiry on the first hit, atomically.
const INCREMENT_SCRIPT =
  "local n = redis.call('incr', KEYS[1]) if n == 1 then redis.call('pexpire', KEYS[1], ARGV[1]) end return n";

/** The shared store of a production deployment. Every key carries the deployment's prefix. */
export class RedisStore implements KeyValueStore {
  private constructor(private readonly redis: Redis) {}

  static connect(url: string, keyPrefix: string): RedisStore {
    const redis = new Redis(url, {
      keyPrefix,
      lazyConnect: false,
      maxRetriesPerRequest: 2,
      enableOfflineQueue: true,
      connectTimeout: 5_000,
    });
    // Connection errors surface through the commands that fail; this only keeps ioredis from crashing.
    redis.on('error', () => {});
    return new RedisStore(redis);
  }

  async setIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean> {
    return (await this.redis.set(key, value, 'PX', ttlMs, 'NX')) === 'OK';
  }

  async get(key: string): Promise<string | null> {
    return this.redis.get(key);
  }

  async set(key: string, value: string, ttlMs?: number): Promise<void> {
    if (ttlMs === undefined) await this.redis.set(key, value);
    else await this.redis.set(key, value, 'PX', ttlMs);
  }

  async delete(key: string): Promise<void> {
    await this.redis.del(key);
  }

  async ttl(key: string): Promise<number | null> {
    const ms = await this.redis.pttl(key);
    return ms < 0 ? null : ms;
  }

  async acquireLock(key: string, ttlMs: number): Promise<Lock | null> {
    const token = randomUUID();
    if (!(await this.setIfAbsent(key, token, ttlMs))) return null;
    return {
      key,
      token,
      release: async () => (await this.redis.eval(RELEASE_SCRIPT, 1, key, token)) === 1,
      extend: async (ms: number) => (await this.redis.eval(EXTEND_SCRIPT, 1, key, token, ms)) === 1,
    };
  }

  async increment(key: string, windowMs: number): Promise<number> {
    return Number(await this.redis.eval(INCREMENT_SCRIPT, 1, key, windowMs));
  }

  async ping(): Promise<void> {
    await this.redis.ping();
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
