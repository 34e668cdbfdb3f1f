import type { InboundProcessor } from '../../bot/inbound-processor.js';
import type { InboundMessage } from '../../platforms/contract.js';
import type { AppContext } from '../context.js';

/** SQLSTATE class 22 (data exception): the row itself cannot be stored, however often it is tried. */
function isDataError(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const { code, originalCode, meta, cause } = current as {
      code?: unknown;
      originalCode?: unknown;
      meta?: { code?: unknown };
      cause?: unknown;
    };
    if ([code, originalCode, meta?.code].some((c) => typeof c === 'string' && /^22[0-9A-Z]{3}$/.test(c))) return true;
    current = cause;
  }
  return false;
}

/**
 * Stores a platform message and schedules its answer. A message the database cannot store (a data error, not an
 * outage) is acknowledged and logged once, so the platform does not retry it forever; an outage still fails the
 * request, so the platform retries and nothing is lost.
 */
export async function acceptOnce(ctx: AppContext, processor: InboundProcessor, message: InboundMessage): Promise<void> {
  let accepted: { id: string } | null;
  try {
    accepted = await processor.accept(message);
  } catch (error) {
    if (!isDataError(error)) throw error;
    ctx.state.log.error(
      { err: error, channel: message.channel, messageId: message.messageId.slice(0, 64) },
      'platform message cannot be stored: acknowledged and dropped',
    );
    return;
  }
  if (accepted) processor.schedule(accepted.id);
}
