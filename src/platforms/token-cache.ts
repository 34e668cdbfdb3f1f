import type { KeyValueStore } from '../store/key-value-store.js';

export interface FetchedToken {
  token: string;
  expiresInSeconds: number;
}

/** Refresh this long before the platform's expiry, so a token is never used in its last minutes. */
const EARLY_REFRESH_SECONDS = 300;
// Longer than one fetch may take (the API clients time out at 10 s).
const WAIT_FOR_OTHER_FETCHER_MS = 15_000;

/**
 * An access token shared by every instance through the store: one caller at a time fetches it (a store lock
 * across instances, one promise within this one); the others wait for the cached value.
 */
export class TokenCache {
  private inFlight: Promise<string> | undefined;

  constructor(
    private readonly store: KeyValueStore,
    private readonly key: string,
    private readonly fetch: () => Promise<FetchedToken>,
  ) {}

  async get(): Promise<string> {
    const cached = await this.store.get(this.key);
    if (cached) return cached;
    this.inFlight ??= this.refresh().finally(() => {
      this.inFlight = undefined;
    });
    return this.inFlight;
  }

  /** Forgets a token the platform refused, so the next get() fetches a new one. */
  async invalidate(token: string): Promise<void> {
    if ((await this.store.get(this.key)) === token) await this.store.delete(this.key);
  }

  private async refresh(): Promise<string> {
    const deadline = performance.now() + WAIT_FOR_OTHER_FETCHER_MS;
    while (true) {
      const lock = await this.store.acquireLock(`${this.key}:refresh`, 30_000);
      if (lock) {
        try {
          const cached = await this.store.get(this.key);
          if (cached) return cached;
          const { token, expiresInSeconds } = await this.fetch();
          const ttl = Math.max(60, expiresInSeconds - EARLY_REFRESH_SECONDS) * 1000;
          await this.store.set(this.key, token, ttl);
          return token;
        } finally {
          await lock.release();
        }
      }
      // Another instance is fetching: wait for its token rather than ask the platform twice.
      await new Promise((resolve) => setTimeout(resolve, 100));
      const cached = await this.store.get(this.key);
      if (cached) return cached;
      if (performance.now() > deadline) throw new Error(`timed out waiting for the ${this.key} token`);
    }
  }
}
