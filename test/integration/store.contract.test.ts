import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KeyValueStore } from '../../src/store/key-value-store.js';
import { MemoryStore } from '../../src/store/memory-store.js';
import { RedisStore } from '../../src/store/redis-store.js';
import { testRedisUrl, uniqueSuffix } from '../support/env.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function contract(name: string, make: () => KeyValueStore) {
  describe(`${name} store contract`, () => {
    let store: KeyValueStore;
    beforeAll(() => {
      store = make();
    });
    afterAll(async () => {
      await store.close();
    });

    it('sets a key only when it is absent, so a retried delivery is seen once', async () => {
      expect(await store.setIfAbsent('dedupe:1', 'a', 10_000)).toBe(true);
      expect(await store.setIfAbsent('dedupe:1', 'b', 10_000)).toBe(false);
      expect(await store.get('dedupe:1')).toBe('a');
    });

    it('forgets a value once its TTL has passed', async () => {
      await store.set('conversation:1', 'state', 60);
      expect(await store.get('conversation:1')).toBe('state');
      const ttl = await store.ttl('conversation:1');
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(60);
      await sleep(120);
      expect(await store.get('conversation:1')).toBeNull();
      expect(await store.setIfAbsent('conversation:1', 'again', 1_000)).toBe(true);
    });

    it('keeps a value without TTL until it is deleted', async () => {
      await store.set('token:1', 'abc');
      expect(await store.ttl('token:1')).toBeNull();
      await store.set('token:1', 'def');
      expect(await store.get('token:1')).toBe('def');
      await store.delete('token:1');
      expect(await store.get('token:1')).toBeNull();
    });

    it('grants a lock to one holder at a time and lets only the owner release it', async () => {
      const first = await store.acquireLock('lock:job', 5_000);
      expect(first).not.toBeNull();
      expect(await store.acquireLock('lock:job', 5_000)).toBeNull();
      expect(await first?.extend(5_000)).toBe(true);
      expect(await first?.release()).toBe(true);
      const second = await store.acquireLock('lock:job', 5_000);
      expect(second).not.toBeNull();
      // The first holder's token no longer matches: it cannot free the second holder's lock.
      expect(await first?.release()).toBe(false);
      expect(await first?.extend(5_000)).toBe(false);
      expect(await store.acquireLock('lock:job', 5_000)).toBeNull();
      expect(await second?.release()).toBe(true);
    });

    it('lets a lock expire so a crashed holder does not block others forever', async () => {
      const lock = await store.acquireLock('lock:expiring', 50);
      expect(lock).not.toBeNull();
      await sleep(100);
      expect(await store.acquireLock('lock:expiring', 1_000)).not.toBeNull();
    });

    it('gives only one of many concurrent callers the same lock', async () => {
      const results = await Promise.all(Array.from({ length: 20 }, () => store.acquireLock('lock:race', 5_000)));
      expect(results.filter(Boolean)).toHaveLength(1);
    });

    it('counts within a window and starts again after it', async () => {
      expect(await store.increment('rate:user', 80)).toBe(1);
      expect(await store.increment('rate:user', 80)).toBe(2);
      expect(await store.increment('rate:user', 80)).toBe(3);
      await sleep(150);
      expect(await store.increment('rate:user', 80)).toBe(1);
    });

    it('answers a ping', async () => {
      await expect(store.ping()).resolves.toBeUndefined();
    });
  });
}

contract('in-process', () => new MemoryStore());

describe.runIf(testRedisUrl)('Redis', () => {
  contract('Redis', () => RedisStore.connect(testRedisUrl as string, `test:${uniqueSuffix()}:`));
});
