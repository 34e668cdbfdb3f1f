import type { Clock } from '../../common/clock.js';
import type { FaqEntry, FaqStore } from './faq.js';

/** How long questions may be matched against an FAQ read earlier (the documents' index follows changes as fast). */
export const FAQ_MAX_AGE_MS = 5_000;

/**
 * The FAQ as the questions read it: loaded once every few seconds instead of once per question. What changes through
 * this instance (an entry, an entry's 扩展问) is seen by the next question; what changes through another instance
 * within {@link FAQ_MAX_AGE_MS}. Listing for administrators always reads the store.
 */
export class RecentFaq implements FaqStore {
  private loaded: { entries: Promise<FaqEntry[]>; at: number } | null = null;

  constructor(
    private readonly store: FaqStore,
    private readonly clock: Clock,
    private readonly maxAgeMs = FAQ_MAX_AGE_MS,
  ) {}

  list(): Promise<FaqEntry[]> {
    return this.store.list();
  }

  /** The entries as read at most {@link FAQ_MAX_AGE_MS} ago; callers arriving together share one read. */
  recent(): Promise<FaqEntry[]> {
    const now = this.clock.now().getTime();
    if (this.loaded && now - this.loaded.at < this.maxAgeMs && now >= this.loaded.at) return this.loaded.entries;
    const entries = this.store.list();
    const loaded = { entries, at: now };
    this.loaded = loaded;
    // A failed read is not kept: the next question reads again.
    entries.catch(() => {
      if (this.loaded === loaded) this.loaded = null;
    });
    return entries;
  }

  /** Something an FAQ answer depends on changed here (its 扩展问): the next question reads the store. */
  forget(): void {
    this.loaded = null;
  }

  async add(entry: { pattern: string; answer: string; citation: string | null }): Promise<FaqEntry> {
    try {
      return await this.store.add(entry);
    } finally {
      this.forget();
    }
  }

  async remove(id: string): Promise<boolean> {
    try {
      return await this.store.remove(id);
    } finally {
      this.forget();
    }
  }
}
