import type { Config } from '../config/env.js';
import type { KeyValueStore } from './key-value-store.js';
import { MemoryStore } from './memory-store.js';
import { RedisStore } from './redis-store.js';

export function createStore(config: Config['store']): KeyValueStore {
  return config.kind === 'redis' ? RedisStore.connect(config.url, config.keyPrefix) : new MemoryStore();
}
