/** A held lock; `release` frees it only while this holder still owns it. */
export interface Lock {
  readonly key: string;
  readonly token: string;
  release(): Promise<boolean>;
  /** Pushes the expiry out while still the owner; false when the lock was lost. */
  extend(ttlMs: number): Promise<boolean>;
}

/**
 * What the service keeps in Redis (or, embedded, in process): short-lived values that all instances share.
 * Keys are given without the deployment prefix; implementations add it.
 */
export interface KeyValueStore {
  /** Sets the key only if absent. True when this call set it (the basis of dedupe). */
  setIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean>;
  get(key: string): Promise<string | null>;
  /** Sets the key, replacing any value; without ttlMs it does not expire. */
  set(key: string, value: string, ttlMs?: number): Promise<void>;
  delete(key: string): Promise<void>;
  /** Milliseconds until the key expires; null when absent or without expiry. */
  ttl(key: string): Promise<number | null>;
  /** A lock owned by a random token, or null when someone else holds it. */
  acquireLock(key: string, ttlMs: number): Promise<Lock | null>;
  /** Increments a counter; the window starts at the first increment and the counter resets after it. */
  increment(key: string, windowMs: number): Promise<number>;
  ping(): Promise<void>;
  close(): Promise<void>;
}
