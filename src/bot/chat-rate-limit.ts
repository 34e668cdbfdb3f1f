import type { InboundMessage } from '../platforms/contract.js';
import type { KeyValueStore } from '../store/key-value-store.js';

const WINDOW_MS = 60_000;

export type RateVerdict = 'ok' | 'just-over' | 'over';

/**
 * Messages a minute one account may send. Beyond the limit the first extra message gets a polite reply and the rest
 * none, so a runaway client cannot make the bot flood the chat either. A store outage lets messages through.
 */
export function chatRateLimit(store: KeyValueStore, perMinute: number) {
  return async (message: InboundMessage): Promise<RateVerdict> => {
    const count = await store.increment(`chat-rate:${message.channel}:${message.senderId}`, WINDOW_MS).catch(() => 0);
    if (count <= perMinute) return 'ok';
    return count === perMinute + 1 ? 'just-over' : 'over';
  };
}
