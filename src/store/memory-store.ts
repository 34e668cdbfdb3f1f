import { randomUUID } from 'node:crypto';
import type { KeyValueStore, Lock } from './key-value-store.js';

interface Entry {
  value: string;
  expiresAt: number | null;
}

/** The in-process store of the embedded default: one instance, nothing shared. */
export class MemoryStore implements KeyValueStore {
  private readonly entries = new Map<string, Entry>();
  private readonly sweeper: NodeJS.Timeout;

  /** Expiries are relative, on monotonic time, as Redis keeps them: they do not follow the service clock. */
  constructor(private readonly now: () => number = () => performance.now()) {
    this.sweeper = setInterval(() => this.sweep(), 60_000);
    this.sweeper.unref();
  }

  async setIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean> {
    if (this.live(key)) return false;
    this.put(key, value, ttlMs);
    return true;
  }

  async get(key: string): Promise<string | null> {
    return this.live(key)?.value ?? null;
  }

  async set(key: string, value: string, ttlMs?: number): Promise<void> {
    this.put(key, value, ttlMs);
  }

  async delete(key: string): Promise<void> {
    this.entries.delete(key);
  }

  async ttl(key: string): Promise<number | null> {
    const entry = this.live(key);
    return entry?.expiresAt == null ? null : entry.expiresAt - this.now();
  }

  async acquireLock(key: string, ttlMs: number): Promise<Lock | null> {
    const token = randomUUID();
    if (!(await this.setIfAbsent(key, token, ttlMs))) return null;
    const owned = () => this.live(key)?.value === token;
    return {
      key,
      token,
      release: async () => {
        if (!owned()) return false;
        this.entries.delete(key);
        return true;
      },
      extend: async (ms: number) => {
        if (!owned()) return false;
        this.put(key, token, ms);
        return true;
      },
    };
  }

  async increment(key: string, windowMs: number): Promise<number> {
    const entry = this.live(key);
    if (!entry) {
      this.put(key, '1', windowMs);
      return 1;
    }
    const next = Number(entry.value) + 1;
    entry.value = String(next);
    return next;
  }

  async ping(): Promise<void> {}

  async close(): Promise<void> {
    clearInterval(this.sweeper);
    this.entries.clear();
  }

  private put(key: string, value: string, ttlMs?: number): void {
    this.entries.set(key, { value, expiresAt: ttlMs === undefined ? null : this.now() + ttlMs });
  }

  private live(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt !== null && entry.expiresAt <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  private sweep(): void {
    for (const key of this.entries.keys()) this.live(key);
  }
}
