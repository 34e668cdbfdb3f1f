import type { InboundLog } from './inbound-log.js';
import type { MessageContext } from './pipeline.js';

/** The chat limit counts the messages of the last minute. */
export const CHAT_RATE_WINDOW_MS = 60_000;

export type RateVerdict = 'ok' | 'just-over' | 'over';

/**
 * Messages a minute one account may send. Beyond the limit the first extra message gets a polite reply and the rest
 * none, so a runaway client cannot make the bot flood the chat either. Counted from the inbound log, up to the
 * message itself: a message processed again gets the same verdict.
 */
export function chatRateLimit(inbound: InboundLog, perMinute: number) {
  return async (_message: unknown, context: MessageContext): Promise<RateVerdict> => {
    const count = context.recentFromSender ?? (await inbound.countRecent(context.inboundId, CHAT_RATE_WINDOW_MS));
    if (count <= perMinute) return 'ok';
    return count === perMinute + 1 ? 'just-over' : 'over';
  };
}
